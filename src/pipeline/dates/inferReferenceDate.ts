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
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { boundSentences, splitSentences } from '../text/sentences.ts';
import type { ReferenceDate, Span } from '../types.ts';
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

/**
 * Texts up to this length (far beyond any news article) are read by chrono whole. A longer one is read sentence by
 * sentence, run-on text cut into bounded pieces (sentences.ts): chrono's time over one text grows faster than its
 * length (a 540 KB run-on text took 3 s, 180 KB 0.6 s), and the time must stay proportional (issue 14).
 */
export const WHOLE_TEXT_CHARS = 50_000;

function piecesOf(text: string): readonly Span[] {
  if (text.length <= WHOLE_TEXT_CHARS) return [{ start: 0, end: text.length }];
  return boundSentences(text, splitSentences(text)).sentences;
}

/** A stated date chrono found, at its offset in the whole text. */
interface StatedDate {
  readonly index: number;
  readonly text: string;
  readonly start: ParsedComponents;
}

function statedDates(text: string): StatedDate[] {
  // Any reference does for finding stated dates: their components are all known, none implied.
  const ref = toChronoReference({ year: 2000, month: 1, day: 1 });
  return piecesOf(text).flatMap((piece) =>
    chrono
      .parse(text.slice(piece.start, piece.end), ref)
      .filter(isStated)
      .map((r) => ({ index: piece.start + r.index, text: r.text, start: r.start })),
  );
}

/** The offsets of the line breaks of `text`, in order. */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** The line holding offset `at`: after the last break at or before it, up to the first break at or after it. */
function lineAround(text: string, breaks: readonly number[], at: number): Span {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  const before = breaks[lo - 1];
  const start = before === undefined ? 0 : before + 1;
  const after = before === at ? at : breaks[lo];
  return { start, end: after === undefined ? text.length : after };
}

export function inferReferenceDate(text: string): ReferenceDate | null {
  const results = statedDates(text);
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
  const breaks = lineBreaks(text);
  for (const r of results) {
    const { start: lineStart, end: lineEnd } = lineAround(text, breaks, r.index);
    const line = text.slice(lineStart, lineEnd);
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
