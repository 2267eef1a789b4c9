/**
 * chrono fills the components a parser leaves out from the reference date. For a month or a year that is
 * wrong and can be fatal: "last November" read on Aug. 31 would become Nov. 31, "in 2015" read on Feb. 29
 * would become Feb. 29, 2015, and chrono's validity filter drops such results. Our parsers imply the first day
 * (and month) instead; the implied values never reach a date value, they only keep the result valid.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';

function implyStart(c: ParsingComponents): void {
  if (!c.isCertain('month')) c.imply('month', 1);
  if (!c.isCertain('day')) c.imply('day', 1);
}

export function withImpliedStart(result: ParsingResult): ParsingResult {
  implyStart(result.start);
  if (result.end) implyStart(result.end);
  return result;
}
