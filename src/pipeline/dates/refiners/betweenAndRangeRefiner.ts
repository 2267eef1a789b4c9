/**
 * "between 2013 and 2014", "between March and May": chrono merges "X to Y" and "X - Y" into ranges but not
 * "between X and Y". Two adjacent results joined by "and" and preceded by "between" become one range result;
 * the span starts at the first date (the role comes from the range, not from the word "between").
 */
import type { ParsingResult, Refiner } from 'chrono-node';

export function createBetweenAndRangeRefiner(): Refiner {
  return {
    refine(context, results) {
      const out: ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const first = results[i]!;
        const second = results[i + 1];
        const before = context.text.slice(Math.max(0, first.index - 12), first.index);
        if (second && !first.end && !second.end && /\bbetween\s+$/i.test(before)) {
          const between = context.text.slice(first.index + first.text.length, second.index);
          if (/^\s*and\s*$/i.test(between)) {
            const merged = context.createParsingResult(
              first.index,
              context.text.slice(first.index, second.index + second.text.length),
              first.start,
              second.start,
            );
            merged.addTags(first.tags()).addTags(second.tags()).addTag('dates/betweenAnd');
            out.push(merged);
            i++;
            continue;
          }
        }
        out.push(first);
      }
      return out;
    },
  };
}
