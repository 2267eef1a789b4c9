/**
 * Lets the page handle input and paint before long work goes on: `scheduler.yield()` where the browser has it
 * (Chromium 129+), else a task queued through a MessageChannel. Not setTimeout(0), which browsers clamp to 4 ms
 * once calls nest, and not a microtask, which runs before the page gets its turn.
 */
interface SchedulerWithYield {
  readonly yield: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
