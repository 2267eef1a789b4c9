/**
 * Runs validateEventsText in a module worker, one worker per body, ended once it has answered. The worker is a
 * separate same-origin file, which the CSP's script-src 'self' allows (worker-src falls back to it).
 */
import type { Verdict } from './validateEventsText.ts';

export function validateInWorker(text: string): Promise<Verdict> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./validateEvents.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      resolve({ ok: false, message: `Could not start the events.json validator: ${String(e)}` });
      return;
    }
    const finish = (verdict: Verdict): void => {
      worker.terminate();
      resolve(verdict);
    };
    worker.onmessage = (m: MessageEvent<Verdict>) => finish(m.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      finish({ ok: false, message: `The events.json validator failed: ${e.message || 'its script did not load'}` });
    };
    worker.postMessage(text);
  });
}
