/**
 * A date that names something is not a date of this story: "the March 14 alliance", "the April 6 Youth
 * Movement", "the Feb. 17 revolution", "26 July Street". The day and month are there, but the year is not the
 * publication's — dropping the mention is better than dating it wrong.
 */
import type { DropRule } from './nonDateFilter.ts';

// prettier-ignore
const NAMED_THING_AFTER = /^\s+(?:youth\s+)?(?:alliance|movement|coalition|bloc|camp|street|square|bridge|avenue|road|university|stadium|revolution|uprising|brigade|battalion|martyrs)\b/i;

export const dateNamedThingRule: DropRule = (context, r) => {
  if (!r.start.isCertain('month') || r.start.isCertain('year')) return null;
  const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 30);
  return NAMED_THING_AFTER.test(after) ? 'a date that names something ("the March 14 alliance")' : null;
};
