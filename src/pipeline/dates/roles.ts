/**
 * How a date relates to its event, read from the words right before it: "since Dec. 15" is the start of an
 * ongoing state, "by Dec. 12" (or "no later than") a deadline the event happened on or before; a date with an
 * end is a range; anything else is a point.
 */
import type { DateRole } from '../types.ts';

const SINCE = /\bsince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$/i;
const BY =
  /\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$/i;

export function roleOf(textBefore: string, hasEnd: boolean): DateRole {
  if (hasEnd) return 'range';
  if (SINCE.test(textBefore)) return 'since';
  if (BY.test(textBefore)) return 'by';
  return 'point';
}
