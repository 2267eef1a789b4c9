/** The committed lexicon, compiled once per test file. */
import { GAZETTEER_INDEX_FILE } from '../../../scripts/lib/gazetteerIndexFile.ts';
import { readLexicon } from '../../../scripts/lib/readLexicon.ts';
import { EVENT_TYPES, type EventType } from '../../../src/model/index.ts';
import {
  compileLexicon,
  findPlaces,
  type CompiledLexicon,
  type RawLexicon,
} from '../../../src/pipeline/lexicon/index.ts';
import type { PlaceMention, Span } from '../../../src/pipeline/types.ts';

let cached: CompiledLexicon | null = null;

export function lexicon(): CompiledLexicon {
  // The gazetteer from the CLI's prebuilt index (made here when missing or stale): encoding it from the JSON in
  // every test file costs seconds; gazetteerIndex.test.ts checks the index against the JSON.
  cached ??= compileLexicon(readLexicon('data/lexicon', { gazetteerIndex: GAZETTEER_INDEX_FILE }));
  return cached;
}

export function whole(text: string): Span {
  return { start: 0, end: text.length };
}

/** The place mentions of `sentence`, read inside `article` (the sentence alone when none is given). */
export function placeMentionsIn(sentence: string, article = sentence): PlaceMention[] {
  const start = article.indexOf(sentence);
  if (start < 0) throw new Error('sentence not in article');
  return findPlaces(lexicon(), article, { start, end: start + sentence.length }, article);
}

/** Event types with no triggers, for lexicons written for a test of actors or places. */
export function noEventTypes(): RawLexicon['eventTypes'] {
  return {
    acled: Object.fromEntries(
      EVENT_TYPES.map((t) => [t, { eventType: 'Battles', subEventType: 'Armed clash' }]),
    ) as Record<EventType, { eventType: string; subEventType: string }>,
    agentNouns: {},
    groups: [],
  };
}
