/**
 * "On Saturday and Sunday", "on Wednesday and Thursday": two weekdays joined by "and" after one "on" tell one
 * stretch of days, as a reader takes it ("fighting continued on Wednesday and Thursday"), not two events. Chrono
 * reads them as two results; two adjacent weekday results joined by a bare "and", the first after "on", become one
 * range when the second is the day after the first (not "on Monday and Wednesday": two days). "On Monday and on
 * Tuesday" (a second "on") and "on Monday, and Tuesday's talks" are left as two.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { createAdjacentPairRefiner } from './adjacentPairRefiner.ts';

/** "on" before the first weekday: chrono takes it into the result's text ("on Wednesday"), or leaves it before. */
const ON_BEFORE = /\bon\s+$/i;
const ON_FIRST = /^on\s/i;

function isWeekday(r: ParsingResult): boolean {
  return r.end === null && r.start.isCertain('weekday') && !r.start.isCertain('day');
}

export function createWeekdayPairRangeRefiner(): Refiner {
  return createAdjacentPairRefiner((context, first, second) => {
    const before = context.text.slice(Math.max(0, first.index - 12), first.index);
    const between = context.text.slice(first.index + first.text.length, second.index);
    // Chrono resolves each weekday on its own (one may land in the next week): the days of the week decide.
    const gap = ((second.start.get('weekday') ?? 0) - (first.start.get('weekday') ?? 0) + 7) % 7;
    return (
      isWeekday(first) &&
      isWeekday(second) &&
      (ON_BEFORE.test(before) || ON_FIRST.test(first.text)) &&
      !ON_FIRST.test(second.text) &&
      /^\s+and\s+$/i.test(between) &&
      // Chrono's weekday may take a comma after it ("on Monday,"): a clause break, not a pair.
      !/[,;)]\s*$/.test(first.text) &&
      gap === 1
    );
  }, 'dates/weekdayPair');
}
