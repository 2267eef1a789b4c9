/**
 * Durations are not dates: "a three-year siege", "for nearly ten days", "two hours", "months of attacks", "for
 * months", "in recent months", "within two weeks", "the past month". Most of these chrono never reads as dates;
 * the ones it does ("for 3 days", "within 2 weeks", "past month", "in two days") carry a time unit and no "ago",
 * and are dropped by the non-date filter. A date in the same sentence is unaffected: only the duration's own
 * span is dropped.
 */

const TIME_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|fortnights?|decades?)\b/i;
/** chrono's relative periods that are dates: "3 days ago", "last month" (our own parsers cover the rest). */
const DATED_RELATIVE = /\bago\b|^(?:last|next|this)\s+(?:month|year)$/i;

/**
 * Whether chrono's text names a span of time (or an offset that textRelative.ts resolves against the text
 * instead: "three days after", "a day earlier"), rather than a date.
 */
export function isDurationText(text: string): boolean {
  return TIME_UNIT.test(text) && !DATED_RELATIVE.test(text.trim());
}

/** Words before "three days after X" that make it a span: "for three days after", "lasted two days after". */
export const DURATION_LEAD =
  /\b(?:for|within|over|lasted|lasting|last|spent|took|takes|nearly|almost|about|around|some)\s+$/i;
