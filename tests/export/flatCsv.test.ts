/** The flat spreadsheet CSV: one row per event and source, every field in its own column. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FLAT_CSV_COLUMNS, toAcledCsv, toFlatCsv, UTF8_BOM } from '../../src/export/index.ts';
import { appFixture, hostileFile } from './fixtureEvents.ts';

type FlatRow = Record<(typeof FLAT_CSV_COLUMNS)[number], string>;

function rowsOf(csv: string): FlatRow[] {
  return parse(csv, { columns: true, bom: true }) as FlatRow[];
}

describe('flat CSV export', () => {
  it('has one row per event and source, in order', () => {
    const file = appFixture();
    const csv = toFlatCsv(file);
    expect(csv.split('\r\n')[0]).toBe(UTF8_BOM + FLAT_CSV_COLUMNS.join(','));
    const rows = rowsOf(csv);
    const expected = file.events.flatMap((e) => e.sources.map((s) => [e.id, s.article, s.sentence]));
    expect(rows.map((r) => [r.event_id, r.article_id, r.sentence])).toEqual(expected);
  });

  it('writes every field flat, actors joined by "; ", empty cells where nothing is known', () => {
    const [first, second, third] = rowsOf(toFlatCsv(hostileFile()));
    expect(first).toMatchObject({
      event_id: 'ev-1',
      date_start: '2024-02-03',
      date_end: '2024-02-07',
      date_precision: 'day',
      type: 'ground-attack',
      actors: "'@Rebels; Army",
      country_code: 'CD',
      admin1: 'North Kivu',
      latitude: '-1.679',
      longitude: '29.222',
      article_title: 'A "quoted" title',
      publisher: 'Wire, Inc.',
      url: 'https://example.org/a1?x=1&y=2',
      date_text: 'Feb. 3',
    });
    expect(second).toMatchObject({ event_id: 'ev-1', article_id: 'a2', article_title: '', publisher: '', url: '' });
    expect(third).toMatchObject({ event_id: 'ev-2', actors: '', place: '', latitude: '', date_end: '' });
  });

  it('neutralises formula injection in text cells', () => {
    const [first] = rowsOf(toFlatCsv(hostileFile()));
    expect(first!.title).toBe("'+Rebels <script>alert(1)</script> attack");
    expect(first!.place).toBe("'-Goma");
    expect(first!.sentence.startsWith("'=HYPERLINK(")).toBe(true);
  });

  it('starts with a UTF-8 byte order mark, so Excel reads non-ASCII names as UTF-8; the ACLED table has none', () => {
    const file = hostileFile();
    const [first, ...rest] = file.events;
    const kyiv = { ...first!, location: { ...first!.location!, name: 'Київ', country: 'Україна' } };
    const bytes = Buffer.from(toFlatCsv({ ...file, events: [kyiv, ...rest] }), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Read back as a spreadsheet or script would (BOM recognised): the names are intact, the header is clean.
    const [row] = rowsOf(bytes.toString('utf8'));
    expect(Object.keys(row!)[0]).toBe('event_id');
    expect(row).toMatchObject({ event_id: 'ev-1', place: 'Київ', country: 'Україна' });
    expect(toAcledCsv(file).startsWith('event_id_cnty,')).toBe(true);
  });
});
