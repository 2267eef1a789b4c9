/**
 * "between 2013 and 2014", "between March and May": chrono merges "X to Y" and "X - Y" into ranges but not
 * "between X and Y". Two adjacent results joined by "and" and preceded by "between" become one range result;
 * the span starts at the first date (the role comes from the range, not from the word "between").
 */
import type { Refiner } from 'chrono-node';
import { createAdjacentPairRefiner } from './adjacentPairRefiner.ts';

export function createBetweenAndRangeRefiner(): Refiner {
  return createAdjacentPairRefiner((context, first, second) => {
    const before = context.text.slice(Math.max(0, first.index - 12), first.index);
    const between = context.text.slice(first.index + first.text.length, second.index);
    return !first.end && !second.end && /\bbetween\s+$/i.test(before) && /^\s*and\s*$/i.test(between);
  }, 'dates/betweenAnd');
}
