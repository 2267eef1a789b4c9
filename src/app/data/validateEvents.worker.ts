/**
 * Module worker: receives events.json (its text, or its bytes, decoded here as the page's Response.text() decodes
 * them: UTF-8, a BOM dropped, bad sequences replaced), answers with a Verdict. It parses the text and checks it
 * against the contract (quickCheck's reading of the schema, zod for a file it is not sure of) beside the page
 * instead of freezing it. The worker starts before the body has arrived, so its start-up is not waited for.
 */
import { validateEventsText } from './validateEventsText.ts';

self.onmessage = (message: MessageEvent<unknown>) => {
  const data = message.data;
  const text = data instanceof ArrayBuffer ? new TextDecoder().decode(data) : data;
  self.postMessage(
    typeof text === 'string' ? validateEventsText(text) : { ok: false, message: 'the validator received no text' },
  );
};
