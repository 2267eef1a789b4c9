/**
 * Stable event ids: the same input gives the same id on every run and machine. An id hashes what identifies an
 * event's first source (article id, sentence and clause offsets, date), so re-running the extractor on the same
 * articles keeps links and URL state that name an event valid.
 */
import { hash } from 'node:crypto';
import type { EventDate } from '../model/index.ts';

export interface IdKey {
  readonly article: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly clauseStart: number;
  readonly date: EventDate;
}

const ID_HEX_LENGTH = 16;

export function eventId(key: IdKey): string {
  const d = key.date;
  const material = [
    key.article,
    key.sentenceStart,
    key.sentenceEnd,
    key.clauseStart,
    d.start,
    d.end ?? '',
    d.precision,
    d.qualifier ?? '',
  ].join('\u0000');
  // The one-shot hash: the same digest as createHash().update().digest(), several times faster for a short input
  // (an id per event: 30,000 for a 1.8 MB run-on article).
  return `ev-${hash('sha256', material, 'hex').slice(0, ID_HEX_LENGTH)}`;
}

/** Makes ids unique in order: a repeat (same key twice) gets `-2`, `-3`… */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
