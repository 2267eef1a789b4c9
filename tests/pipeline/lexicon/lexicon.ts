/** The committed lexicon, compiled once per test file. */
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
  cached ??= compileLexicon(readLexicon('data/lexicon'));
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
