/**
 * Runs validateEventsText in a module worker (startValidatorWorker), one worker per body, ended once it has
 * answered. The worker is a separate same-origin file, which the CSP's script-src 'self' allows (worker-src falls
 * back to it).
 *
 * The worker is started before the body is there (startValidatorWorker, called before the fetch): loading and
 * starting a module worker takes the browser a few hundred milliseconds while the page is busy parsing 100,000
 * events, and the text then waited for it. Started early, the worker is ready when the body arrives.
 */
import type { Verdict } from './validateEventsText.ts';

export interface ValidatorWorker {
  /**
   * Posts the body to the worker, as text or as its UTF-8 bytes (transferred: the buffer is unusable here
   * afterwards); resolves with its verdict. Call once.
   */
  readonly validate: (body: string | ArrayBuffer) => Promise<Verdict>;
  /** Ends the worker without a text (the body never came). */
  readonly dispose: () => void;
}

export function startValidatorWorker(): ValidatorWorker {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validateEvents.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    const failed: Verdict = { ok: false, message: `Could not start the events.json validator: ${String(e)}` };
    return { validate: () => Promise.resolve(failed), dispose: () => undefined };
  }
  // An error before the text is posted (the script did not load) is kept for the verdict.
  let early: Verdict | null = null;
  let settle: ((verdict: Verdict) => void) | null = null;
  const finish = (verdict: Verdict): void => {
    worker.terminate();
    if (settle === null) early ??= verdict;
    else settle(verdict);
  };
  worker.onmessage = (m: MessageEvent<Verdict>) => finish(m.data);
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    finish({ ok: false, message: `The events.json validator failed: ${e.message || 'its script did not load'}` });
  };
  return {
    validate: (body) =>
      new Promise<Verdict>((resolve) => {
        if (early !== null) {
          resolve(early);
          return;
        }
        settle = resolve;
        worker.postMessage(body, body instanceof ArrayBuffer ? [body] : []);
      }),
    dispose: () => worker.terminate(),
  };
}
