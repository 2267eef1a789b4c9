/**
 * Temporal expressions as newsrooms write them, each with the date it means. Relative ones ("on Friday",
 * "in March", "in mid-March", "last June", "last year", "since Dec. 15", "on the night of May 17", "three days
 * after the Raqqa offensive") are resolved against the publication date the way a careful reader would: the most
 * recent past occurrence, never the future. Windows are kept short enough (≤ 150 days for a month and day
 * without a year) that the reading is not ambiguous.
 */
import type { Precision } from '../../src/model/index.ts';
import {
  calendarDay,
  dayNumber,
  isoDay,
  isoMonth,
  monthName,
  monthNameAp,
  monthsBefore,
  weekdayOf,
  type CalendarDay,
} from './calendar.ts';
import type { Random } from './random.ts';

export interface PlantedDate {
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
  readonly qualifier?: 'since' | 'by';
}

export interface DateExpression {
  /** As written in running text, lower-case where it may be ("on Friday"); see `atSentenceStart`. */
  readonly text: string;
  readonly date: PlantedDate;
  readonly resolvedAgainst: string;
  /** Which form this is, so tests and reports can count the variety. */
  readonly form: DateForm;
  /** Day number when the expression names a single day: such an event can anchor "three days after …". */
  readonly dayNo: number | null;
}

export type DateForm =
  | 'weekday'
  | 'yesterday'
  | 'month-day'
  | 'in-month'
  | 'this-month'
  | 'last-month'
  | 'month-year'
  | 'full-date'
  | 'since'
  | 'by'
  | 'year'
  | 'year-range'
  | 'part-of-month'
  | 'last-year'
  | 'night-of'
  | 'after-anchor';

/** An earlier day-precise event in the same article that later sentences may count from. */
export interface DateAnchor {
  readonly dayNo: number;
  /** A noun phrase naming the event: "the Raqqa offensive". */
  readonly phrase: string;
  readonly dateText: string;
}

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;
/** Earliest date a background sentence reaches back to: the war's wider context starts before the corpus. */
const EARLIEST_YEAR = 2011;

/** Non-breaking spaces appear in real copy between month and day; the pipeline must cope with them. */
function space(rng: Random): string {
  return rng.chance(0.05) ? '\u00a0' : ' ';
}

function monthDayText(rng: Random, d: CalendarDay, withYear: boolean): string {
  if (rng.chance(0.2)) return `${d.day} ${monthName(d.month)}${withYear ? ` ${d.year}` : ''}`; // British order
  const month = rng.chance(0.7) ? monthNameAp(d.month) : monthName(d.month);
  return `${month}${space(rng)}${d.day}${withYear ? `, ${d.year}` : ''}`;
}

const dayValue = (dayNo: number): PlantedDate => ({ start: isoDay(calendarDay(dayNo)), precision: 'day' });

/** Weighted choice of a form; `after-anchor` only when an anchor exists. */
function pickForm(rng: Random, hasAnchor: boolean): DateForm {
  const weights: readonly (readonly [DateForm, number])[] = [
    ['weekday', 15],
    ['yesterday', 3],
    ['month-day', 16],
    ['in-month', 10],
    ['this-month', 3],
    ['last-month', 6],
    ['month-year', 10],
    ['full-date', 8],
    ['since', 6],
    ['by', 4],
    ['year', 6],
    ['year-range', 2],
    ['part-of-month', 4],
    ['last-year', 3],
    ['night-of', 2],
    ['after-anchor', hasAnchor ? 12 : 0],
  ];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [form, w] of weights) {
    if (r < w) return form;
    r -= w;
  }
  return 'weekday';
}

export function pickDateExpression(rng: Random, publishedDayNo: number, anchor: DateAnchor | null): DateExpression {
  const published = calendarDay(publishedDayNo);
  const ref = `published ${isoDay(published)}`;
  // An anchor on the publication day leaves no later day to count to.
  const usable = anchor !== null && anchor.dayNo < publishedDayNo ? anchor : null;
  const form = pickForm(rng, usable !== null);
  const make = (text: string, date: PlantedDate, dayNo: number | null, resolvedAgainst = ref): DateExpression => ({
    text,
    date,
    resolvedAgainst,
    form,
    dayNo,
  });
  switch (form) {
    case 'weekday': {
      const dayNo = publishedDayNo - rng.between(1, 6);
      return make(rng.chance(0.3) ? weekdayOf(dayNo) : `on ${weekdayOf(dayNo)}`, dayValue(dayNo), dayNo);
    }
    case 'yesterday':
      return make('yesterday', dayValue(publishedDayNo - 1), publishedDayNo - 1);
    case 'month-day': {
      const dayNo = publishedDayNo - rng.between(1, 150);
      return make(`on ${monthDayText(rng, calendarDay(dayNo), false)}`, dayValue(dayNo), dayNo);
    }
    case 'in-month': {
      const [y, m] = monthsBefore(published.year, published.month, rng.between(1, 5));
      return make(`in ${monthName(m)}`, { start: isoMonth(y, m), precision: 'month' }, null);
    }
    case 'this-month':
      return make('earlier this month', { start: isoMonth(published.year, published.month), precision: 'month' }, null);
    case 'last-month': {
      const [y, m] = monthsBefore(published.year, published.month, rng.between(6, 11));
      return make(`last ${monthName(m)}`, { start: isoMonth(y, m), precision: 'month' }, null);
    }
    case 'month-year': {
      // Mostly the last two years, as reports are; sometimes background reaching back to 2011.
      const span = (published.year - EARLIEST_YEAR) * 12 + published.month - 1;
      const back = rng.chance(0.8) ? rng.between(1, 24) : rng.between(1, Math.max(1, span));
      const [y, m] = monthsBefore(published.year, published.month, back);
      return make(`in ${monthName(m)} ${y}`, { start: isoMonth(y, m), precision: 'month' }, null);
    }
    case 'full-date': {
      const earliest = dayNumber({ year: EARLIEST_YEAR, month: 1, day: 1 });
      const back = rng.chance(0.8) ? rng.between(1, 730) : rng.between(1, Math.max(1, publishedDayNo - earliest));
      const dayNo = publishedDayNo - back;
      return make(`on ${monthDayText(rng, calendarDay(dayNo), true)}`, dayValue(dayNo), dayNo);
    }
    case 'since':
    case 'by': {
      const dayNo = publishedDayNo - rng.between(1, form === 'since' ? 90 : 60);
      const d = calendarDay(dayNo);
      const text = `${form} ${monthNameAp(d.month)}${space(rng)}${d.day}`;
      return make(text, { ...dayValue(dayNo), qualifier: form }, null);
    }
    case 'year': {
      const year = rng.between(EARLIEST_YEAR, Math.max(EARLIEST_YEAR, published.year - 1));
      return make(`in ${year}`, { start: String(year), precision: 'year' }, null);
    }
    case 'year-range': {
      const first = rng.between(EARLIEST_YEAR, Math.max(EARLIEST_YEAR, published.year - 2));
      const last = first + 1;
      return make(`between ${first} and ${last}`, { start: String(first), end: String(last), precision: 'year' }, null);
    }
    case 'part-of-month': {
      const [y, m] = monthsBefore(published.year, published.month, rng.between(1, 5));
      const part = rng.pick(['early', 'mid-', 'late']);
      const text = part === 'mid-' ? `in mid-${monthName(m)}` : `in ${part} ${monthName(m)}`;
      return make(text, { start: isoMonth(y, m), precision: 'month' }, null);
    }
    case 'last-year':
      return make(
        rng.pick(['last year', 'late last year', 'earlier last year']),
        { start: String(published.year - 1), precision: 'year' },
        null,
      );
    case 'night-of': {
      const dayNo = publishedDayNo - rng.between(1, 150);
      return make(`on the night of ${monthDayText(rng, calendarDay(dayNo), false)}`, dayValue(dayNo), dayNo);
    }
    case 'after-anchor': {
      if (usable === null) throw new Error('after-anchor needs an anchor before the publication day');
      // Never past the publication date: the article cannot report a day that has not come yet.
      const days = rng.between(1, Math.min(7, publishedDayNo - usable.dayNo));
      const text =
        days === 1
          ? rng.pick(['the next day', 'the following day', `a day after ${usable.phrase}`])
          : days === 7 && rng.chance(0.5)
            ? 'a week later'
            : rng.chance(0.5)
              ? `${COUNT_WORDS[days - 1]} days after ${usable.phrase}`
              : `${COUNT_WORDS[days - 1]} days later`;
      return make(text, dayValue(usable.dayNo + days), usable.dayNo + days, `${usable.dateText} (earlier in the text)`);
    }
  }
}

/** "on Friday" → "On Friday": the form used when the expression opens the sentence. */
export function atSentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
