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

interface NavigatorWithScheduling {
  readonly scheduling?: { readonly isInputPending?: () => boolean };
}

/**
 * A yieldToPage for work done in small slices: the page gets its turn only once `budgetMs` have passed since its
 * last one, or at once when the browser says input is waiting (navigator.scheduling.isInputPending, Chromium).
 * Long work then holds the page for about a frame at a time, without paying a task switch, and often a frame,
 * after every slice (parsing and indexing 100,000 events in slices with a turn after each took 250 ms longer).
 */
export function yieldWhenDue(budgetMs = 16, now: () => number = () => performance.now()): () => Promise<void> {
  let last = now();
  const scheduling = (globalThis.navigator as NavigatorWithScheduling | undefined)?.scheduling;
  return async () => {
    if (scheduling?.isInputPending?.() !== true && now() - last < budgetMs) return;
    await yieldToPage();
    last = now();
  };
}
