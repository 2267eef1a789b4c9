/**
 * Dates in events.json are strings at their precision: `2016`, `2016-12` or `2016-12-27`. They are calendar
 * dates with no time of day and no zone, so they are never serialized from `Date` objects.
 */
export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

const PATTERN: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The precision a date string is written at, or null when it is not one of the three forms (or no real day). */
export function precisionOf(date: string): Precision | null {
  // Dispatch on length so each string meets one pattern; this runs several times per event when events.json
  // is validated, so the day check is arithmetic rather than a Date round trip.
  switch (date.length) {
    case 4:
      return PATTERN.year.test(date) ? 'year' : null;
    case 7:
      return PATTERN.month.test(date) ? 'month' : null;
    case 10: {
      if (!PATTERN.day.test(date)) return null;
      const y = Number(date.slice(0, 4));
      const m = Number(date.slice(5, 7));
      return Number(date.slice(8, 10)) <= daysInMonth(y, m) ? 'day' : null;
    }
    default:
      return null;
  }
}

/** Days in month `m` (1–12) of year `y` in the proleptic Gregorian calendar, as Date uses. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Formats the UTC calendar fields of `instant` at `precision`. */
export function formatDateAt(instant: Date, precision: Precision): string {
  const y = String(instant.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return y;
  const m = String(instant.getUTCMonth() + 1).padStart(2, '0');
  if (precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(instant.getUTCDate()).padStart(2, '0')}`;
}

/** The first instant (UTC midnight) covered by a date string; throws on a malformed one. */
export function startOfDateString(date: string): Date {
  if (precisionOf(date) === null) throw new Error(`not a date string: ${date}`);
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  const out = new Date(Date.UTC(y, m - 1, d));
  out.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return out;
}

/** The instant just after the last one covered by a date string: the exclusive end of its span. */
export function endOfDateString(date: string): Date {
  const precision = precisionOf(date);
  const start = startOfDateString(date);
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const d = start.getUTCDate();
  if (precision === 'year') return new Date(Date.UTC(y + 1, 0, 1));
  if (precision === 'month') return new Date(Date.UTC(y, m + 1, 1));
  return new Date(Date.UTC(y, m, d + 1));
}
