/**
 * A refiner that joins two adjacent chrono results into one range when `joins` says the text around them reads as
 * one stretch of time ("between March and May", "on Saturday and Sunday"). The range spans from the first result
 * to the end of the second and keeps the tags of both, plus `tag`.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export function createAdjacentPairRefiner(
  joins: (context: ParsingContext, first: ParsingResult, second: ParsingResult) => boolean,
  tag: string,
): Refiner {
  return {
    refine(context, results) {
      const out: ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const first = results[i]!;
        const second = results[i + 1];
        if (second !== undefined && joins(context, first, second)) {
          const merged = context.createParsingResult(
            first.index,
            context.text.slice(first.index, second.index + second.text.length),
            first.start,
            second.start,
          );
          merged.addTags(first.tags()).addTags(second.tags()).addTag(tag);
          out.push(merged);
          i++;
          continue;
        }
        out.push(first);
      }
      return out;
    },
  };
}
