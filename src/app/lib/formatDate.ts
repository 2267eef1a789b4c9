/**
 * Labels that say no more than the data knows: a month-precision date reads "Mar 2016", never "1 Mar 2016".
 * Dates are calendar dates, so they are formatted in UTC (UTCDate) whatever the reader's time zone.
 */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { precisionOf, startOfDateString, type EventDate, type Precision } from '../../model/index.ts';

const PATTERN: Record<Precision, string> = { day: 'd MMM yyyy', month: 'MMM yyyy', year: 'yyyy' };

/** One date string at its own precision: "20 May 2015", "Mar 2016", "2015". */
export function formatDateString(date: string): string {
  const precision = precisionOf(date);
  if (precision === null) return date;
  return format(new UTCDate(startOfDateString(date).getTime()), PATTERN[precision]);
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
    return format(new UTCDate(startOfDateString(start).getTime()), p === 'month' ? 'MMM' : 'd MMM');
  }
  return formatDateString(start);
}

/**
 * Axis tick labels, multi-scale like d3's: each tick is labelled by the coarsest calendar boundary it falls on
 * (a year boundary shows the year, a month boundary the month, a day the day), so ticks adapt as one zooms.
 */
export function formatTick(instant: Date): string {
  const d = new UTCDate(instant.getTime());
  if (d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0) return format(d, 'HH:mm');
  if (d.getUTCDate() !== 1) return format(d, 'd MMM');
  if (d.getUTCMonth() !== 0) return format(d, 'MMM');
  return format(d, 'yyyy');
}

/** A window bound for the UI ("27 Dec 2016"). */
export function formatInstant(ms: number): string {
  return format(new UTCDate(ms), 'd MMM yyyy');
}
