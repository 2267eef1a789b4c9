/**
 * Module worker: receives the text of events.json, answers with a Verdict. Validating 100,000 events takes
 * about a second of zod, which here runs beside the page instead of freezing it.
 */
import { validateEventsText } from './validateEventsText.ts';

self.onmessage = (message: MessageEvent<unknown>) => {
  const text = message.data;
  self.postMessage(
    typeof text === 'string' ? validateEventsText(text) : { ok: false, message: 'the validator received no text' },
  );
};
