/**
 * Module worker: receives the text of events.json, answers with a Verdict. Validating 100,000 events takes
 * about half a second of zod, which here runs beside the page instead of freezing it. The worker starts before
 * the body has arrived and spends that wait warming the check up (validatorWarmUp.ts).
 */
import { validateEventsText } from './validateEventsText.ts';
import { warmUpText } from './validatorWarmUp.ts';

/** Events in the warm-up file: enough for the engine to compile zod's paths, a few milliseconds of work. */
const WARM_UP_EVENTS = 600;

self.onmessage = (message: MessageEvent<unknown>) => {
  const text = message.data;
  self.postMessage(
    typeof text === 'string' ? validateEventsText(text) : { ok: false, message: 'the validator received no text' },
  );
};

// After the handler is set, so a message that comes during the warm-up waits for it and is then answered.
validateEventsText(warmUpText(WARM_UP_EVENTS));
