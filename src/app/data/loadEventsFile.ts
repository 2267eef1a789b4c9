/**
 * Fetches and validates events.json. Every way it can fail becomes one readable message for the page (never a
 * blank page, never a stack trace): not found, not JSON, wrong version, not matching the contract.
 */
import { parseEventsFile, type EventsFile } from '../../model/index.ts';

export type LoadResult =
  { readonly ok: true; readonly file: EventsFile } | { readonly ok: false; readonly message: string };

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

export async function loadEventsFile(url: string, fetchFn: Fetch): Promise<LoadResult> {
  let body: string;
  try {
    const res = await fetchFn(url);
    if (!res.ok) {
      return {
        ok: false,
        message:
          `Could not load ${url}: HTTP ${res.status} ${res.statusText}`.trim() +
          '. Build the data with `npm run extract` (or `npm run build`), which writes events.json beside index.html.',
      };
    }
    body = await res.text();
  } catch (e) {
    return { ok: false, message: `Could not load ${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return { ok: false, message: `events.json is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  try {
    return { ok: true, file: parseEventsFile(value) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
