/**
 * Drops what chrono finds that a news reader would not call a date. Each rule names its reason (shown with
 * chrono's debug output):
 * - clock times with no date ("at 10 a.m.", "noon") and "now";
 * - month words that are other words (monthWordRule.ts) and weekday look-alikes (weekdayWordRule.ts);
 * - "Today" inside a name (casualNameRule.ts), and dates that name something: "the March 14 alliance"
 *   (dateNamedThingRule.ts);
 * - durations, and offsets that textRelative.ts resolves against the text instead of the publication date
 *   (durations.ts);
 * - chrono's ordinal "the second";
 * - slash dates with no year ("9/11", "24/7"): the day/month order is unknown and the year is not given.
 * Runs before chrono's own refiners so that merges ("three days after May 17") never swallow a real date.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isDurationText } from '../durations.ts';
import { casualNameRule } from './casualNameRule.ts';
import { dateNamedThingRule } from './dateNamedThingRule.ts';
import { monthWordRule } from './monthWordRule.ts';
import { hasTagPrefix } from './tagPrefix.ts';
import { weekdayWordRule } from './weekdayWordRule.ts';

/**
 * A reason to drop a result, or null to keep it. `tags` is result.tags(), read once per result for all the rules:
 * chrono builds two new Sets on every call, and the rules asking one after another made these Sets the largest
 * single item the pipeline allocated on dense text (issue 14).
 */
export type DropRule = (context: ParsingContext, result: ParsingResult, tags: ReadonlySet<string>) => string | null;

const timeOnlyRule: DropRule = (_context, r, tags) => {
  const c = r.start;
  const hasDate = c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday');
  if (!hasDate && !/^this\s+(?:morning|afternoon|evening)$/i.test(r.text)) return 'no date component';
  return tags.has('casualReference/now') ? '"now"' : null;
};

const durationRule: DropRule = (_context, r, tags) => {
  const ownResult = hasTagPrefix(tags, 'dates/');
  return !ownResult && isDurationText(r.text) ? 'duration or text-relative offset' : null;
};

const ordinalRule: DropRule = (_context, r) => (/\bthe\s+second$/i.test(r.text) ? 'ordinal "the second"' : null);

const slashDateRule: DropRule = (_context, r, tags) =>
  tags.has('parser/SlashDateFormatParser') && !r.start.isCertain('year') ? 'slash date without year' : null;

export const NON_DATE_RULES: readonly DropRule[] = [
  timeOnlyRule,
  casualNameRule,
  durationRule,
  monthWordRule,
  weekdayWordRule,
  dateNamedThingRule,
  ordinalRule,
  slashDateRule,
];

export function createNonDateFilter(rules: readonly DropRule[] = NON_DATE_RULES): Refiner {
  return {
    refine(context, results) {
      return results.filter((r) => {
        const tags = r.tags();
        let reason: string | null = null;
        for (const rule of rules) if ((reason = rule(context, r, tags)) !== null) break;
        if (reason) context.debug(() => console.log(`nonDateFilter drops "${r.text}": ${reason}`));
        return reason === null;
      });
    },
  };
}
