/** CSV cells: RFC 4180 quoting and neutralised formulas, read back with csv-parse. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from '../../src/export/index.ts';

describe('csvField', () => {
  it('quotes only fields with a comma, a double quote, CR or LF, doubling the quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('prefixes text that a spreadsheet would read as a formula with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}SUM(A1)`)).toMatch(/^"?'/);
    expect(csvField('=1+1')).toBe("'=1+1");
    // Not at the start: no formula, left alone.
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField('e-mail')).toBe('e-mail');
  });

  it('writes numbers as they are (a negative latitude is not a formula) and null as an empty cell', () => {
    expect(csvField(-1.679)).toBe('-1.679');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('csvTable', () => {
  it('round-trips through csv-parse with CRLF line ends', () => {
    const text = csvTable(
      ['a', 'b'],
      [
        ['x, "y"\nz', 2],
        [null, '@me'],
      ],
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('a,b');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { a: 'x, "y"\nz', b: '2' },
      { a: '', b: "'@me" },
    ]);
  });
});
