/**
 * A publication date as people and tools write it → `YYYY-MM-DD`. Front matter, saved pages and collection
 * exports write "2023-04-14", "14 April 2023", "April 14, 2023", "Apr. 14, 2023", ISO 8601 date-times with a zone
 * ("2023-04-14T23:30:00-05:00") and RFC 2822 ("Fri, 14 Apr 2023 10:00:00 GMT"). Every form is read by date-fns'
 * `parse` (ISO 8601 by its `parseISO`) against an explicit format; nothing here parses digits by hand.
 *
 * A date-time with a zone gives the calendar date in that zone (date-fns formats the instant in the written
 * offset through @date-fns/tz): "2023-04-14T23:30:00-05:00" was written on the 14th where it was published,
 * although it is already the 15th in UTC. A date-time without a zone keeps the date as written.
 *
 * A numeric day/month date ("04/05/2023") is ambiguous: both readings are returned and the caller decides, from
 * the rest of the file, which order the file uses (see numericOrderOf).
 */
import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { format, isValid, parse, parseISO } from 'date-fns';

export type PublishedReading =
  | { readonly kind: 'date'; readonly date: string }
  /** Day and month written as numbers; each reading is null when it is not a real date ("13/04/2023" month-first). */
  | { readonly kind: 'numeric'; readonly dayFirst: string | null; readonly monthFirst: string | null }
  | { readonly kind: 'unreadable' };

export type NumericOrder = 'day-first' | 'month-first';

/** Word forms, tried in order; each is a date-fns format over the whole (trimmed) value. */
// prettier-ignore
const WORD_FORMATS = [
  'yyyy-MM-dd', 'yyyy/MM/dd', 'yyyyMMdd',
  'd MMMM yyyy', 'd MMM yyyy', 'd MMM. yyyy', 'do MMMM yyyy', 'd MMMM, yyyy',
  'MMMM d, yyyy', 'MMM d, yyyy', 'MMM. d, yyyy', 'MMMM do, yyyy', 'MMMM d yyyy', 'MMM d yyyy',
  'EEEE, MMMM d, yyyy', 'EEEE, d MMMM yyyy', 'EEE, MMM d, yyyy', 'EEE, d MMM yyyy', 'EEEE d MMMM yyyy',
] as const;

/** RFC 2822 (mail, RSS `pubDate`) with a numeric zone; the obsolete zone names are turned into one first. */
// prettier-ignore
const RFC_2822_FORMATS = [
  'EEE, d MMM yyyy HH:mm:ss xx', 'EEE, d MMM yyyy HH:mm xx', 'd MMM yyyy HH:mm:ss xx', 'd MMM yyyy HH:mm xx',
] as const;

// prettier-ignore
/** RFC 2822 §4.3 zone names (plus UTC and Z) as offsets; military letters other than Z are not used in practice. */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
};

/** Numeric day/month/year with `/`, `.` or `-`; year last, four digits. */
const NUMERIC_FORMATS = {
  dayFirst: ['d/M/yyyy', 'd.M.yyyy', 'd-M-yyyy'],
  monthFirst: ['M/d/yyyy', 'M.d.yyyy', 'M-d-yyyy'],
} as const;

/** ISO 8601 date-time: a date, `T` or a space, a time; the zone (Z or ±hh[:mm]) is read from its end. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const ISO_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

const REFERENCE = new Date(0);

/** date-fns' `yyyy` also takes "16" as the year 16: a publication date has a four-digit year. */
function parseUtc(value: string, form: string): Date | null {
  const d = parse(value, form, REFERENCE, { in: utc });
  return isValid(d) && d.getUTCFullYear() >= 1000 ? d : null;
}

/** The calendar date of `instant` at the UTC offset `offset` ("+05:30", "-0500", "Z"). */
function dateInZone(instant: Date, offset: string): string {
  const zone = offset.toUpperCase() === 'Z' ? '+00:00' : offset.length === 3 ? `${offset}:00` : offset;
  return format(instant, 'yyyy-MM-dd', { in: tz(zone) });
}

function readIsoDateTime(value: string): string | null {
  const instant = parseISO(value);
  if (!isValid(instant)) return null;
  const zone = ISO_ZONE.exec(value)?.[0];
  // Without a zone the written wall-clock date is the date: parseISO read it in UTC here (in: utc).
  return zone === undefined
    ? format(parseISO(value, { in: utc }), 'yyyy-MM-dd', { in: utc })
    : dateInZone(instant, zone);
}

function readRfc2822(value: string): string | null {
  const named = /\s([A-Za-z]{1,3})$/.exec(value);
  const offset = named?.[1] === undefined ? undefined : ZONE_NAMES[named[1].toUpperCase()];
  const numeric = named === null ? value : offset === undefined ? null : `${value.slice(0, named.index)} ${offset}`;
  if (numeric === null) return null;
  for (const form of RFC_2822_FORMATS) {
    const instant = parseUtc(numeric, form);
    if (instant !== null) return dateInZone(instant, numeric.slice(numeric.lastIndexOf(' ') + 1));
  }
  return null;
}

function readNumeric(value: string): PublishedReading | null {
  if (!/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value)) return null;
  const first = (forms: readonly string[]): string | null => {
    for (const form of forms) {
      const d = parseUtc(value, form);
      if (d !== null) return format(d, 'yyyy-MM-dd', { in: utc });
    }
    return null;
  };
  const dayFirst = first(NUMERIC_FORMATS.dayFirst);
  const monthFirst = first(NUMERIC_FORMATS.monthFirst);
  if (dayFirst === null && monthFirst === null) return { kind: 'unreadable' };
  return { kind: 'numeric', dayFirst, monthFirst };
}

export function readPublishedDate(raw: string): PublishedReading {
  // "Sept." is how AP style abbreviates September; date-fns knows only "Sep".
  const value = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\bSept\b/i, 'Sep');
  if (value === '') return { kind: 'unreadable' };
  if (ISO_DATE_TIME.test(value)) {
    const date = readIsoDateTime(value);
    return date === null ? { kind: 'unreadable' } : { kind: 'date', date };
  }
  const numeric = readNumeric(value);
  if (numeric !== null) return numeric;
  for (const form of WORD_FORMATS) {
    const d = parseUtc(value, form);
    if (d !== null) return { kind: 'date', date: format(d, 'yyyy-MM-dd', { in: utc }) };
  }
  const rfc = /\d{1,2}:\d{2}/.test(value) ? readRfc2822(value) : null;
  return rfc === null ? { kind: 'unreadable' } : { kind: 'date', date: rfc };
}

/**
 * The order a file writes numeric dates in, from the readings that settle it: a day above 12 makes a reading
 * one-way ("25/04/2023" can only be day-first). Null when nothing settles it, or when the file settles it both
 * ways (a mix of conventions: no order can be trusted).
 */
export function numericOrderOf(readings: Iterable<PublishedReading>): NumericOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const r of readings) {
    if (r.kind !== 'numeric') continue;
    if (r.dayFirst !== null && r.monthFirst === null) dayFirst = true;
    if (r.monthFirst !== null && r.dayFirst === null) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

export type SettledDate = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly why: string };

/** A reading with the file's numeric order applied: the date, or why it cannot be read. */
export function settleReading(reading: PublishedReading, order: NumericOrder | null): SettledDate {
  if (reading.kind === 'date') return { ok: true, date: reading.date };
  if (reading.kind === 'unreadable') {
    return {
      ok: false,
      why: 'is not a real date in a form that is read (2023-04-14, 14 April 2023, April 14, 2023, ISO 8601, RFC 2822)',
    };
  }
  const { dayFirst, monthFirst } = reading;
  if (dayFirst !== null && monthFirst === null) return { ok: true, date: dayFirst };
  if (monthFirst !== null && dayFirst === null) return { ok: true, date: monthFirst };
  if (order === 'day-first' && dayFirst !== null) return { ok: true, date: dayFirst };
  if (order === 'month-first' && monthFirst !== null) return { ok: true, date: monthFirst };
  return {
    ok: false,
    why: `is ambiguous (${dayFirst} day first, ${monthFirst} month first) and nothing else in the file settles the order; write YYYY-MM-DD`,
  };
}
