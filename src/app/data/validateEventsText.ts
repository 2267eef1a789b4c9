/**
 * The whole check of an events.json body, as one verdict with a message for the page: is it JSON, is it this
 * app's version, does it match the contract. Runs inside the validation worker (validateEvents.worker.ts), so
 * zod and the schema stay out of the page's own script and the page stays responsive while 100,000 events are
 * checked. Pure: text in, verdict out. A valid file is accepted by quickCheck's reading of the schema, without
 * zod's output copy; only a file it is not sure of goes through zod, which gives the message.
 */
import { eventsFileSchema, parseEventsFile } from '../../model/index.ts';
import { quickCheck } from '../../model/quickCheck.ts';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The message for a body that is not JSON; the page parses the body too and reports the same words. */
export function notJsonMessage(error: unknown): string {
  return `events.json is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
}

/** Yes-only: a file it accepts needs no zod run; for any other, zod decides and says why (quickCheck.ts). Pure: the
 * page imports this module for notJsonMessage alone and must not pull the schema in. */
const acceptsQuickly = /* @__PURE__ */ quickCheck(eventsFileSchema);

export function validateEventsText(text: string): Verdict {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: notJsonMessage(e) };
  }
  try {
    if (acceptsQuickly?.(value) !== true) parseEventsFile(value);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
