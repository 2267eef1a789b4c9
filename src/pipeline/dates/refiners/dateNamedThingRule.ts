/**
 * A date that names something is not a date of this story: "the March 14 alliance", "the April 6 Youth
 * Movement", "the Feb. 17 revolution", "26 July Square". The day and month are there, but the year is not the
 * publication's — dropping the mention is better than dating it wrong. Only a noun right after the date counts
 * ("In February, coalition forces …" is a date), and place nouns only as part of a capitalised name ("July
 * Square"), so that "on May 3 road closures began" stays a date.
 */
import type { DropRule } from './nonDateFilter.ts';

const NAMING_NOUN = /^\s+(?:youth\s+)?(?:alliance|movement|bloc|revolution|uprising)\b/i;
const NAMED_PLACE = /^\s+(?:Street|Square|Bridge|Avenue|Road|University|Stadium|Martyrs)\b/;

export const dateNamedThingRule: DropRule = (context, r) => {
  if (!r.start.isCertain('month') || r.start.isCertain('year') || !/\w$/.test(r.text)) return null;
  const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 30);
  return NAMING_NOUN.test(after) || NAMED_PLACE.test(after)
    ? 'a date that names something ("the March 14 alliance")'
    : null;
};
