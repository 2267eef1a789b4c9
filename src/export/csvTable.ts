/**
 * CSV text for spreadsheets, written by hand: csv-stringify is not a dependency of the project (only csv-parse
 * is), and RFC 4180 quoting plus formula neutralising is a dozen lines, less than a new package to vet.
 */

/** A cell: text, a number (written as is, never neutralised), or null for an empty cell. */
export type CsvCell = string | number | null;

/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a text cell as a formula. Article
 * text is untrusted: a sentence or title starting with `=HYPERLINK(...)` or `@SUM(...)` would run when an analyst
 * opens the file (CSV injection). A leading apostrophe makes the cell plain text in every common spreadsheet;
 * tab and CR are on OWASP's list too, since some spreadsheets strip them before reading the formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Must the cell be quoted (RFC 4180 §2.6: comma, double quote, CR or LF inside)? */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as it is written: numbers as digits, text neutralised against formulas, then quoted if needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole table: header line then rows, CRLF line ends as RFC 4180 asks, ending with a line break. */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * The UTF-8 byte order mark, put first in the CSV made for spreadsheets. Excel opens a double-clicked .csv in the
 * system's legacy code page (Windows-1252, Shift_JIS, …) unless the file starts with it, and garbles every
 * non-ASCII letter: Deir ez-Zōr, Київ, حلب. LibreOffice, Google Sheets, csv-parse ({ bom: true }), pandas and
 * Python's utf-8-sig codec all read it as a mark, not as text.
 */
export const UTF8_BOM = '\uFEFF';
