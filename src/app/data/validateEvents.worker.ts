/**
 * Module worker: receives the text of events.json, answers with a Verdict. It parses the text and checks it
 * against the contract (quickCheck's reading of the schema, zod for a file it is not sure of) beside the page
 * instead of freezing it. The worker starts before the body has arrived, so its start-up is not waited for.
 */
import { validateEventsText } from './validateEventsText.ts';

self.onmessage = (message: MessageEvent<unknown>) => {
  const text = message.data;
  self.postMessage(
    typeof text === 'string' ? validateEventsText(text) : { ok: false, message: 'the validator received no text' },
  );
};
