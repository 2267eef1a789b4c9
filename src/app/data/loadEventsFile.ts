/**
 * Fetches and validates events.json. Every way it can fail becomes one readable message for the page (never a
 * blank page, never a stack trace): not found, not JSON, wrong version, not matching the contract.
 *
 * For large files the page only parses: the contract is checked in a worker at the same time (validateInWorker.ts,
 * the worker started before the fetch so that it is ready when the body arrives, and given the body's bytes from a
 * clone of the response rather than the page's string, which the browser would copy on the page's thread),
 * because validating 100,000 events would otherwise hold the page for about a second. The page's own parse is
 * used only once the worker has accepted the same text, so nothing unvalidated is ever returned. While the
 * worker checks, the caller may prepare what it needs from the parse (`whileValidating`).
 */
import type { EventsFile } from '../../model/index.ts';
import { notJsonMessage, type Verdict } from './validateEventsText.ts';
import { startValidatorWorker, type ValidatorWorker } from './validateInWorker.ts';
import type { parseJsonInSlices } from './parseInSlices.ts';
import { yieldWhenDue } from './yieldToPage.ts';

/**
 * Bodies from this many characters are parsed in slices (parseInSlices.ts). Below it one JSON.parse takes a few
 * frames at most, and slicing (a scan of the body, then a parse per slice) would only add to the wait. The sliced
 * parser is imported only for such a body (a chunk of its own, no part of the first screen): its import, a few
 * milliseconds, overlaps the worker's check, which takes far longer on a file this size.
 */
export const SLICED_PARSE_FROM = 8_000_000;

/**
 * An accepted file, with what `whileValidating` prepared from that very file (undefined when there was nothing
 * to prepare or the preparation failed), or the one-line message of why it was refused.
 */
export type LoadResult<P = never> =
  | { readonly ok: true; readonly file: EventsFile; readonly prepared: P | undefined }
  | { readonly ok: false; readonly message: string };

/** What the loader reads of a response; `clone` (a real Response has it) lets the worker read the bytes itself. */
type FetchedBody = Pick<Response, 'ok' | 'status' | 'statusText' | 'text'> & {
  readonly clone?: () => Pick<Response, 'arrayBuffer'>;
};
type Fetch = (url: string) => Promise<FetchedBody>;

export interface LoadOptions<P = never> {
  /** Called once, as soon as the whole body has been read and before it is parsed (benchmarks mark it). */
  readonly onBodyArrived?: () => void;
  /** Checks the body against the contract; the default runs validateEventsText in a worker. */
  readonly validate?: (text: string) => Promise<Verdict>;
  /**
   * Work on the page's parse while the validator runs (the app builds its index: buildDataIndexInSlices). The
   * value is not validated yet; the result is awaited and returned with an accepted file, ignored for a refused one.
   */
  readonly whileValidating?: (value: unknown) => Promise<P>;
  /** Gives the page a turn between slices of the parse (default: yieldWhenDue()). */
  readonly yieldToPage?: () => Promise<void>;
}

export async function loadEventsFile<P = never>(
  url: string,
  fetchFn: Fetch,
  options: LoadOptions<P> = {},
): Promise<LoadResult<P>> {
  const own = options.validate;
  // Only the worker is handed the body's bytes (below); a validator given in the options is given the text.
  const { validate, dispose }: ValidatorWorker =
    own === undefined
      ? startValidatorWorker()
      : { validate: (b) => own(typeof b === 'string' ? b : new TextDecoder().decode(b)), dispose: () => undefined };
  let body: string;
  let bytes: Promise<ArrayBuffer | null> = Promise.resolve(null);
  try {
    const res = await fetchFn(url);
    if (!res.ok) {
      dispose();
      return {
        ok: false,
        message:
          `Could not load ${url}: HTTP ${res.status} ${res.statusText}`.trim() +
          '. Build the data with `npm run extract` (or `npm run build`), which writes events.json beside index.html.',
      };
    }
    // The worker gets the body's bytes from a clone of the response (one download, two readers), handed over
    // without a copy: posting it the page's string (40 MB for 100,000 events) held the page 150-210 ms while the
    // browser serialized it (SerializedScriptValueFactory in a trace), all of it before the first draw.
    // A clone that cannot be read leaves the worker the text, as before.
    if (own === undefined && res.clone !== undefined)
      bytes = res
        .clone()
        .arrayBuffer()
        .catch(() => null);
    body = await res.text();
  } catch (e) {
    dispose();
    return { ok: false, message: `Could not load ${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  options.onBodyArrived?.();
  // Started before the page parses, so the worker's parse and check overlap the page's parse.
  const text = body;
  const verdict = bytes.then((b) => validate(b ?? text));
  let value: unknown;
  // A large body in slices: parsing 100,000 events at once would hold the page for a third of a second.
  let parseSliced: typeof parseJsonInSlices | null = null;
  if (body.length >= SLICED_PARSE_FROM) {
    try {
      parseSliced = (await import('./parseInSlices.ts')).parseJsonInSlices;
    } catch (e) {
      return { ok: false, message: `Could not load the parser for a large events.json: ${String(e)}` };
    }
  }
  try {
    value = parseSliced !== null ? await parseSliced(body, options.yieldToPage ?? yieldWhenDue()) : JSON.parse(body);
  } catch (e) {
    return { ok: false, message: notJsonMessage(e) };
  }
  // Preparation is an optimisation: if it fails, the store builds what it needs from the accepted file itself.
  const meanwhile = options.whileValidating?.(value).catch(() => undefined);
  const checked = await verdict.catch((e: unknown): Verdict => ({
    ok: false,
    message: `events.json could not be checked: ${String(e)}`,
  }));
  if (!checked.ok) return checked;
  // The worker accepted exactly this text, and the schema has no defaults or transforms, so the page's parse
  // is the validated file (keys outside the contract, which zod would drop, stay on it; nothing reads them),
  // and what was prepared from it belongs to the file returned.
  return { ok: true, file: value as EventsFile, prepared: await meanwhile };
}
