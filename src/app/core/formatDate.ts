/**
 * Labels that say no more than the data knows: a month-precision date reads "Mar 2016", never "1 Mar 2016".
 * Dates are calendar dates, so they are read from the string (or from UTC fields) whatever the reader's zone.
 *
 * The labels are English and have four shapes ("20 May 2015", "Mar 2016", "2015", "06:00"), so they are put
 * together from the string's own fields and the platform's English month names (Intl) rather than through
 * date-fns' `format`, whose token parser and locale cost 6 KB gzipped of the page and ~20 µs a label (the index
 * formats every distinct date of 100,000 events on load).
 */
import { formatDateAt, precisionOf, type EventDate, type Precision } from '../../model/index.ts';

/** "Jan" … "Dec", from the platform's English calendar data. */
const MONTHS: readonly string[] = (() => {
  const month = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2000, m, 15)));
})();

const monthName = (date: string): string => MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
const dayNumber = (date: string): string => String(Number(date.slice(8, 10)));

function formatAt(date: string, precision: Precision): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return `${monthName(date)} ${date.slice(0, 4)}`;
  return `${dayNumber(date)} ${monthName(date)} ${date.slice(0, 4)}`;
}

/** One date string at its own precision: "20 May 2015", "Mar 2016", "2015". */
export function formatDateString(date: string): string {
  const precision = precisionOf(date);
  return precision === null ? date : formatAt(date, precision);
}

/** An event's date as shown on marks, in the table and the source panel ("since Oct 2014", "Jun – Aug 2015"). */
export function formatEventDate(date: EventDate): string {
  let label = formatDateString(date.start);
  if (date.end !== undefined && date.end !== date.start)
    label = `${formatRangeStart(date.start, date.end)} – ${formatDateString(date.end)}`;
  if (date.qualifier === 'since') return `since ${label}`;
  if (date.qualifier === 'by') return `by ${label}`;
  return label;
}

/** The start of a range drops the year it shares with the end ("Jun – Aug 2015"), as people write it. */
function formatRangeStart(start: string, end: string): string {
  const p = precisionOf(start);
  if (p !== null && p !== 'year' && precisionOf(end) === p && start.slice(0, 4) === end.slice(0, 4)) {
    return p === 'month' ? monthName(start) : `${dayNumber(start)} ${monthName(start)}`;
  }
  return formatDateString(start);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The UTC calendar day of an instant as a date string (YYYY-MM-DD). */
const dayOf = (d: Date): string => formatDateAt(d, 'day');

/**
 * Axis tick labels, multi-scale like d3's: each tick is labelled by the coarsest calendar boundary it falls on
 * (a year boundary shows the year, a month boundary the month, a day the day), so ticks adapt as one zooms.
 */
export function formatTick(instant: Date): string {
  if (instant.getUTCHours() !== 0 || instant.getUTCMinutes() !== 0)
    return `${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}`;
  const day = dayOf(instant);
  if (instant.getUTCDate() !== 1) return `${dayNumber(day)} ${monthName(day)}`;
  if (instant.getUTCMonth() !== 0) return monthName(day);
  return day.slice(0, 4);
}

/**
 * Labels for a row of ticks: formatTick's, except that the first tick also names the larger units it omits
 * ("Apr 2018", "3 Apr 2018", "3 Apr 2018 06:00"), so a window with no year boundary in it still says which
 * year it shows instead of "Apr Jul Oct".
 */
export function tickLabels(ticks: readonly Date[]): string[] {
  return ticks.map((t, n) => {
    const label = formatTick(t);
    if (n > 0 || /^\d{4}$/.test(label)) return label;
    const day = dayOf(t);
    if (label.includes(':')) return `${formatAt(day, 'day')} ${label}`;
    return t.getUTCDate() === 1 ? formatAt(day, 'month') : formatAt(day, 'day');
  });
}

/** A window bound for the UI ("27 Dec 2016"). */
export function formatInstant(ms: number): string {
  return formatAt(dayOf(new Date(ms)), 'day');
}
