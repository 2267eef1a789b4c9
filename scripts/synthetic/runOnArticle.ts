/**
 * A run-on article for the time-bound benchmark (issue 14): one line of text with no sentence punctuation, dense
 * with date expressions, actors, places and event words: what a broken scrape or a concatenated export gives.
 * Seeded, so every run measures the same text.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';
import { createRandom } from './random.ts';
import type { Vocabulary } from './vocabulary.ts';

const VERBS = ['seized', 'shelled', 'attacked', 'withdrew from', 'recaptured', 'bombed', 'besieged', 'struck'] as const;
const LINKS = [', and ', ', while ', ' and then ', ', after which ', ' as ', ', but '] as const;

export function runOnArticle(seed: number, targetBytes: number, vocabulary: Vocabulary): string {
  const rng = createRandom(seed);
  const date = (): string => {
    const month = rng.pick(MONTH_NAMES);
    const day = rng.between(1, 28);
    const year = rng.between(2012, 2023);
    switch (rng.int(6)) {
      case 0:
        return `on ${month} ${day}, ${year}`;
      case 1:
        return `in ${month} ${year}`;
      case 2:
        return `on ${rng.pick(WEEKDAY_NAMES)}`;
      case 3:
        return `${rng.between(2, 9)} days later`;
      case 4:
        return `since ${month} ${day}`;
      default:
        return `in ${year}`;
    }
  };
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const actor = rng.pick(rng.pick(vocabulary.actors).aliases);
    const place = rng.pick(rng.pick(vocabulary.places).spellings);
    const clause = `${actor} ${rng.pick(VERBS)} ${place} ${date()}${rng.pick(LINKS)}`;
    parts.push(clause);
    bytes += clause.length;
  }
  // Names may carry a full stop ("U.S."); the text must have none that could end a sentence.
  return parts.join('').replace(/[.!?]/g, '');
}
