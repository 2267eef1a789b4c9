/**
 * For an article with no published date: estimate the reference from the text, so that its relative
 * expressions can still be read. The evidence, best first:
 * 1. the latest fully stated date (day, month and year all written: "on August 28, 2017", "9 July 2023") —
 *    a story is written on or after every full date it reports, and the latest is usually days away;
 * 2. a dateline's day ("BEIRUT, Dec 9 (Reuters) -") in the latest year the text states.
 * Relative expressions ("yesterday", "last week") prove nothing without a reference and are ignored, and so are
 * dates in future-tense clauses (a scheduled vote is not the day of writing). Returns null
 * when the text gives no year at all. The caller marks the article and warns (basis 'inferred').
 */
import type { ParsedResult } from 'chrono-node';
import type { ReferenceDate } from '../types.ts';
import { compareDays, type CalendarDay, formatDay, isRealDay } from './calendarDay.ts';
import { createNewsChrono } from './chronoConfig.ts';
import { isDateline } from './datelines.ts';
import { toChronoReference } from './reference.ts';
import { tenseAround } from './tense.ts';

const chrono = createNewsChrono();

/** Stated, not computed from the (here arbitrary) reference. */
function isStated(r: ParsedResult): boolean {
  return ![...r.tags()].some(
    (t) =>
      t === 'result/relativeDate' ||
      t.startsWith('casualReference/') ||
      (t.startsWith('dates/') && !t.startsWith('dates/year')),
  );
}

/**
 * How far from a date its tense is read. A clause's tense stands near its date; the bound keeps the work per
 * date constant, so a text of thousands of dates and no sentence end is not read once per date.
 */
const TENSE_WINDOW = 400;

/**
 * Whether the sentence around [start, end) puts the date in the future (sentence = text between . ! ? or breaks,
 * at most TENSE_WINDOW characters either side of the date).
 */
function isInFutureClause(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - TENSE_WINDOW);
  const before = text.slice(from, start);
  const sentenceStart = from + Math.max(...['.', '!', '?', '\n'].map((c) => before.lastIndexOf(c) + 1), 0);
  const window = text.slice(end, end + TENSE_WINDOW);
  const after = /[.!?\n](?:\s|$)/.exec(window);
  const sentenceEnd = after ? end + after.index : end + window.length;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  return tenseAround(sentence, start - sentenceStart, end - sentenceStart) === 'future';
}

function latest(days: readonly CalendarDay[]): CalendarDay | null {
  return days.reduce<CalendarDay | null>((best, d) => (best === null || compareDays(d, best) > 0 ? d : best), null);
}

export function inferReferenceDate(text: string): ReferenceDate | null {
  // Any reference does for finding stated dates: their components are all known, none implied.
  const results = chrono.parse(text, toChronoReference({ year: 2000, month: 1, day: 1 })).filter(isStated);
  const fullDates: CalendarDay[] = [];
  const years: number[] = [];
  for (const r of results) {
    const c = r.start;
    const year = c.isCertain('year') ? c.get('year') : null;
    // A scheduled date ("elections will be held on May 3, 2024") says nothing about when the story was written.
    if (year === null || isInFutureClause(text, r.index, r.index + r.text.length)) continue;
    years.push(year);
    const month = c.isCertain('month') ? c.get('month') : null;
    const day = c.isCertain('day') ? c.get('day') : null;
    if (month !== null && day !== null && isRealDay(year, month, day)) fullDates.push({ year, month, day });
  }
  const full = latest(fullDates);
  if (full) return { date: formatDay(full), basis: 'inferred' };

  const latestYear = years.length > 0 ? Math.max(...years) : null;
  if (latestYear === null) return null;
  for (const r of results) {
    const lineStart = text.lastIndexOf('\n', r.index) + 1;
    const lineEnd = text.indexOf('\n', r.index);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const at = r.index - lineStart;
    const month = r.start.isCertain('month') ? r.start.get('month') : null;
    const day = r.start.isCertain('day') ? r.start.get('day') : null;
    if (
      month !== null &&
      day !== null &&
      isDateline(line, at, at + r.text.trimEnd().length) &&
      isRealDay(latestYear, month, day)
    ) {
      return { date: formatDay({ year: latestYear, month, day }), basis: 'inferred' };
    }
  }
  return null;
}
