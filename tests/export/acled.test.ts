/** The ACLED-style CSV: parsed back with csv-parse, its dates, precision and coordinates checked against the events. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ACLED_COLUMNS,
  acledEventDate,
  acledInterCode,
  acledTimePrecision,
  toAcledCsv,
} from '../../src/export/index.ts';
import type { TimelineEvent } from '../../src/model/index.ts';
import { appFixture, hostileFile } from './fixtureEvents.ts';

type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string>;

function rowsOf(csv: string): AcledRow[] {
  return parse(csv, { columns: true }) as AcledRow[];
}

function withDate(date: TimelineEvent['date']): TimelineEvent {
  return { ...hostileFile().events[0]!, date };
}

describe('ACLED CSV', () => {
  it('has the codebook columns, one row per event, dates, precision and coordinates matching the events', () => {
    const file = appFixture();
    const csv = toAcledCsv(file);
    expect(csv.split('\r\n')[0]).toBe(ACLED_COLUMNS.join(','));
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(file.events.length);
    for (const [i, e] of file.events.entries()) {
      const row = rows[i]!;
      expect(row.event_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.event_date.startsWith(e.date.start)).toBe(e.date.end === undefined);
      expect(row.year).toBe(row.event_date.slice(0, 4));
      expect(row.time_precision).toBe(e.date.precision === 'day' && e.date.end === undefined ? '1' : '3');
      expect(row.latitude).toBe(e.location ? String(e.location.lat) : '');
      expect(row.longitude).toBe(e.location ? String(e.location.lon) : '');
      expect(row.location).toBe(e.location?.name ?? '');
      expect(row.event_id_cnty).toBe(e.location?.countryCode ? `${e.location.countryCode}-${e.id}` : e.id);
      expect(row.actor1).toBe(e.actors[0] ?? '');
      expect(row.actor2).toBe(e.actors[1] ?? '');
      // We do not know how exactly a place was geocoded: left empty, not guessed.
      expect(row.geo_precision).toBe('');
      for (const s of e.sources) expect(row.notes).toContain(s.sentence);
    }
    // A month-precision event on October's midpoint, a year-precision one on the year's, as the codebook codes them.
    expect(rows.find((r) => r.event_id_cnty === 'SY-ev-kobani-strikes')).toMatchObject({
      event_date: '2014-10-16',
      time_precision: '3',
    });
    expect(rows.find((r) => r.event_id_cnty === 'ev-caliphate')).toMatchObject({
      event_date: '2014-07-02',
      time_precision: '3',
    });
  });

  it('names every publisher once, the article title and link in the notes, and the ACLED types when known', () => {
    const rows = rowsOf(toAcledCsv(appFixture()));
    const palmyra = rows.find((r) => r.event_id_cnty === 'SY-ev-palmyra-captured')!;
    expect(palmyra.source).toBe('Desert Dispatch; Example Times');
    expect(palmyra.notes).toContain('(ISIS overruns Palmyra, http://example.net/palmyra-falls)');
    const hostile = rowsOf(toAcledCsv(hostileFile()));
    expect(hostile[0]).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash', country: 'DR Congo' });
    // An article with no title (and no link) is named by its id.
    expect(hostile[1]!.notes).toBe('Talks were announced. (a2)');
    expect(hostile[1]).toMatchObject({ event_type: '', sub_event_type: '', source: '', actor1: '', latitude: '' });
  });

  it('neutralises formulas in text cells but leaves negative coordinates numeric', () => {
    const [row] = rowsOf(toAcledCsv(hostileFile()));
    expect(row!.actor1).toBe("'@Rebels");
    expect(row!.location).toBe("'-Goma");
    expect(row!.notes.startsWith("'=HYPERLINK")).toBe(true);
    expect(row!.latitude).toBe('-1.679');
  });

  it('codes time_precision from the span: a day 1, up to a week 2, a month or more 3', () => {
    expect(acledTimePrecision(withDate({ start: '2024-02-03', precision: 'day' }))).toBe(1);
    expect(acledTimePrecision(withDate({ start: '2024-02-03', end: '2024-02-03', precision: 'day' }))).toBe(1);
    expect(acledTimePrecision(withDate({ start: '2024-02-03', end: '2024-02-09', precision: 'day' }))).toBe(2);
    expect(acledTimePrecision(withDate({ start: '2024-02-03', end: '2024-02-10', precision: 'day' }))).toBe(3);
    expect(acledTimePrecision(withDate({ start: '2024-02', precision: 'month' }))).toBe(3);
    expect(acledTimePrecision(withDate({ start: '2024', precision: 'year' }))).toBe(3);
  });

  it('writes an inexact date as the middle day of the period it covers, as the codebook does', () => {
    expect(acledEventDate({ start: '2024-02-03', precision: 'day' })).toBe('2024-02-03');
    // Months of 30, 31, 29 and 28 days.
    expect(acledEventDate({ start: '2024-04', precision: 'month' })).toBe('2024-04-15');
    expect(acledEventDate({ start: '2024-01', precision: 'month' })).toBe('2024-01-16');
    expect(acledEventDate({ start: '2024-02', precision: 'month' })).toBe('2024-02-15');
    expect(acledEventDate({ start: '2023-02', precision: 'month' })).toBe('2023-02-14');
    // A year: day 183 of 365, day 183 of 366.
    expect(acledEventDate({ start: '2023', precision: 'year' })).toBe('2023-07-02');
    expect(acledEventDate({ start: '2024', precision: 'year' })).toBe('2024-07-01');
    // A week, Monday to Sunday: its Thursday ("Wednesday or Thursday" in the codebook).
    expect(acledEventDate({ start: '2024-02-05', end: '2024-02-11', precision: 'day' })).toBe('2024-02-08');
    // A range of months across a year's end, and of years: the middle of the whole span.
    expect(acledEventDate({ start: '2023-12', end: '2024-01', precision: 'month' })).toBe('2023-12-31');
    expect(acledEventDate({ start: '2014', end: '2015', precision: 'year' })).toBe('2014-12-31');
  });

  it('dates the year column by event_date, so a range centred in the next year says so', () => {
    const [row] = rowsOf(
      toAcledCsv({
        ...hostileFile(),
        events: [withDate({ start: '2014-12-20', end: '2015-01-20', precision: 'day' })],
      }),
    );
    expect(row).toMatchObject({ event_date: '2015-01-04', year: '2015', time_precision: '3' });
  });

  it('codes inter1/inter2 from the actor table where the kind decides it, and leaves the rest empty', () => {
    const file = appFixture();
    const [first] = file.events;
    const at = (countryCode: string | null, actors: string[]) => ({
      ...first!,
      actors,
      location: first!.location === null ? null : { ...first!.location, countryCode },
    });
    const rows = rowsOf(
      toAcledCsv({
        ...file,
        events: [at('SY', ['Syria', 'ISIS']), at('SY', ['Russia', 'Hezbollah']), at(null, ['Syria', 'Coalition'])],
        actors: [
          { name: 'Syria', kind: 'state', countryCode: 'SY' },
          { name: 'Russia', kind: 'state', countryCode: 'RU' },
          { name: 'ISIS', kind: 'jihadist' },
          { name: 'Hezbollah', kind: 'militia' },
          { name: 'Coalition', kind: 'coalition' },
        ],
      }),
    );
    expect(rows.map((r) => [r.inter1, r.inter2])).toEqual([
      ['1', '2'],
      // A state abroad is an external force; a militia's code needs its aims, which the kind does not give.
      ['8', ''],
      // Where the event's country is unknown, so is whether the state is at home.
      ['', '8'],
    ]);
    // A file without the actor table: no codes at all.
    expect(rowsOf(toAcledCsv(appFixture())).every((r) => r.inter1 === '' && r.inter2 === '')).toBe(true);
  });

  it('maps each kind to the codebook’s inter code only when the kind decides it', () => {
    expect(acledInterCode({ name: 'A', kind: 'rebel' }, null)).toBe(2);
    expect(acledInterCode({ name: 'A', kind: 'separatist' }, 'SY')).toBe(2);
    expect(acledInterCode({ name: 'A', kind: 'state' }, 'SY')).toBeNull();
    for (const kind of ['government', 'paramilitary', 'militia', 'non-state', 'other'] as const)
      expect(acledInterCode({ name: 'A', kind }, 'SY')).toBeNull();
    expect(acledInterCode(undefined, 'SY')).toBeNull();
  });
});
