/**
 * The whole check of an events.json body, as one verdict with a message for the page: is it JSON, is it this
 * app's version, does it match the contract. Runs inside the validation worker (validateEvents.worker.ts), so
 * zod and the schema stay out of the page's own script and the page stays responsive while 100,000 events are
 * checked. Pure: text in, verdict out.
 */
import { parseEventsFile } from '../../model/index.ts';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The message for a body that is not JSON; the page parses the body too and reports the same words. */
export function notJsonMessage(error: unknown): string {
  return `events.json is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
}

export function validateEventsText(text: string): Verdict {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: notJsonMessage(e) };
  }
  try {
    parseEventsFile(value);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
