/**
 * An article collection (a news database export): a `.csv`, `.jsonl` or `.json` file with one article per row
 * or object → Articles, each with its warnings, and the rows that could not be used, each on one line naming the
 * file, the line and the row. A bad row never costs the others. Pure, like parseArticleFile.
 *
 * Fields (matched case-insensitively; the first one a row has is used):
 *   text: text, content, body · title: title, headline · published: published, date, pubDate, publishedAt ·
 *   url: url, link · publisher: publisher, source (NewsAPI's `source: {name}` too) · id: id.
 * The article id is `<file path without extension>/<the row's id, else its row number>`; the row's text is the
 * article text exactly (line endings made LF), so every offset slices it.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { Article, InputProblem } from '../../model/index.ts';
import { articleIdOf } from './articleFileName.ts';
import { decodeArticleBytes } from './decodeArticleBytes.ts';
import type { Finding } from './finding.ts';
import { quoteForMessage } from './finding.ts';
import { MAX_ARTICLE_BYTES, MAX_COLLECTION_BYTES, tooLargeReason } from './limits.ts';
import { withFile, type ParseArticleOptions } from './parseArticleFile.ts';
import { numericOrderOf, type PublishedReading } from './readPublishedDate.ts';
import { readingOfPublished, readPublished, readText, readUrl } from './readMetadata.ts';

export interface CollectionArticle {
  readonly article: Article;
  readonly warnings: readonly InputProblem[];
}

export interface CollectionResult {
  readonly articles: readonly CollectionArticle[];
  /** Rows (or the whole file) not used, one line each. */
  readonly rejected: readonly InputProblem[];
  /** About the file as a whole (columns that are not used). */
  readonly warnings: readonly InputProblem[];
}

/** Our field → the names exports use for it, in order of preference (matched case-insensitively). */
export const COLLECTION_FIELDS = {
  text: ['text', 'content', 'body'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'pubDate', 'publishedAt'],
  url: ['url', 'link'],
  publisher: ['publisher', 'source'],
  id: ['id'],
} as const satisfies Record<string, readonly string[]>;

type Field = keyof typeof COLLECTION_FIELDS;

/** One row as read from the file, before its fields are looked at. */
interface RawRow {
  /** 1-based, counting data rows only (a CSV header is not a row). */
  readonly row: number;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly record: Readonly<Record<string, unknown>>;
}

interface RowsResult {
  readonly rows: readonly RawRow[];
  readonly problems: readonly Finding[];
}

/** Names of unused columns listed in the warning, at most. */
const MAX_NAMED_COLUMNS = 8;

function rowLabel(row: number): string {
  return `row ${row}`;
}

/** CSV via csv-parse; the delimiter is `;` or a tab when the header has one of those and no comma. */
function csvRows(text: string): RowsResult {
  const header = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const delimiter = header.includes(',') ? ',' : header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  const problems: Finding[] = [];
  const parsed = parseCsv(text, {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    on_skip: (err) => {
      // csv-parse resumes after the broken record; an unclosed quote, though, runs to the end of the file.
      const line = (err as { lines?: unknown } | undefined)?.lines;
      if (err !== undefined) {
        problems.push({ line: typeof line === 'number' ? line : undefined, reason: `row not read: ${err.message}` });
      }
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  const [head, ...body] = parsed;
  if (head === undefined) return { rows: [], problems };
  const columns = head.record.map((c) => c.trim());
  const rows = body.map((r, i): RawRow => {
    const inner = r.raw.replace(/\r?\n$/, '');
    const line = r.info.lines - (inner.match(/\n/g)?.length ?? 0);
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    columns.forEach((c, k) => {
      if (c !== '' && k < r.record.length) record[c] = r.record[k];
    });
    if (r.record.length !== columns.length) {
      record[' columns'] = `${r.record.length} fields where the header has ${columns.length}`;
    }
    return { row: i + 1, line, record };
  });
  return { rows, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function jsonLinesRows(text: string): RowsResult {
  const rows: RawRow[] = [];
  const problems: Finding[] = [];
  let row = 0;
  text.split('\n').forEach((source, i) => {
    if (source.trim() === '') return;
    row += 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (e) {
      problems.push({ line: i + 1, reason: `${rowLabel(row)}: not valid JSON (${(e as Error).message})` });
      return;
    }
    if (!isRecord(value)) problems.push({ line: i + 1, reason: `${rowLabel(row)}: not an object` });
    else rows.push({ row, line: i + 1, record: value });
  });
  return { rows, problems };
}

/** A JSON array of objects, or an object whose `articles` (or `items`) is one. Lines are not known per object. */
function jsonRows(text: string): RowsResult | Finding {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { reason: `not valid JSON: ${(e as Error).message}` };
  }
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.articles)
      ? value.articles
      : isRecord(value) && Array.isArray(value.items)
        ? value.items
        : null;
  if (list === null)
    return { reason: 'a .json collection is an array of articles, or an object with an "articles" array' };
  const rows: RawRow[] = [];
  const problems: Finding[] = [];
  list.forEach((item: unknown, i) => {
    if (isRecord(item)) rows.push({ row: i + 1, line: 0, record: item });
    else problems.push({ reason: `${rowLabel(i + 1)}: not an object` });
  });
  return { rows, problems };
}

/** The row's value for a field: the first alternative it has, with the key it was found under. */
function fieldOf(record: Readonly<Record<string, unknown>>, field: Field): { key: string; value: unknown } | null {
  const keys = Object.keys(record);
  for (const name of COLLECTION_FIELDS[field]) {
    const key = keys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) continue;
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    // NewsAPI and similar exports give the source as {id, name}.
    if (field === 'publisher' && isRecord(value) && typeof value.name === 'string') return { key, value: value.name };
    return { key, value };
  }
  return null;
}

/** A row id usable as the last part of an article id (and of a texts/ path): no separators, no dot-only names. */
function idPart(value: unknown): string | null {
  const text =
    typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > 120 || /^\.+$/.test(text) || /[/\\\p{Cc}]/u.test(text)) return null;
  return text;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function parseCollectionFile(
  relPath: string,
  bytes: Uint8Array,
  options: ParseArticleOptions,
): CollectionResult {
  const file = relPath.replace(/\\/g, '/');
  const whole = (f: Finding): CollectionResult => ({ articles: [], rejected: [withFile(file, f)], warnings: [] });
  if (bytes.length > MAX_COLLECTION_BYTES) return whole({ reason: tooLargeReason(bytes.length, MAX_COLLECTION_BYTES) });
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return whole(decoded.problem);
  const text = decoded.text;
  if (text.trim() === '') return whole({ reason: 'no rows (the file is only whitespace)' });

  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  const read = ext === '.csv' ? csvRows(text) : ext === '.jsonl' ? jsonLinesRows(text) : jsonRows(text);
  if (!('rows' in read)) return whole(read);
  const at = (row: RawRow): number | undefined => (row.line > 0 ? row.line : undefined);
  const rejected: InputProblem[] = read.problems.map((p) => withFile(file, p));
  if (read.rows.length === 0 && rejected.length === 0) return whole({ reason: 'no rows' });

  // The file's numeric day/month order is settled by all its rows together (see numericOrderOf).
  const readings: PublishedReading[] = [];
  for (const r of read.rows) {
    const reading = readingOfPublished(fieldOf(r.record, 'published')?.value);
    if (reading !== null) readings.push(reading);
  }
  const order = numericOrderOf(readings);
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const stem = articleIdOf(file);
  const idRows = new Map<string, number>();
  const used = new Set<string>();
  const articles: CollectionArticle[] = [];

  for (const r of read.rows) {
    const label = rowLabel(r.row);
    const refuse = (reason: string): void => {
      rejected.push(withFile(file, { line: at(r), reason: `${label}: ${reason}` }));
    };
    const fields = Object.fromEntries(
      (Object.keys(COLLECTION_FIELDS) as Field[]).map((f) => [f, fieldOf(r.record, f)] as const),
    ) as Record<Field, { key: string; value: unknown } | null>;
    for (const f of Object.values(fields)) if (f !== null) used.add(f.key);
    const shape = r.record[' columns'];
    if (typeof shape === 'string') {
      refuse(shape);
      continue;
    }
    const body = fields.text?.value;
    if (typeof body !== 'string' || body.trim() === '') {
      refuse(`no text (a non-empty ${COLLECTION_FIELDS.text.join(', ')} field)`);
      continue;
    }
    const articleText = body.replace(/\r\n?/g, '\n');
    const size = utf8Length(articleText);
    if (size > maxBytes) {
      refuse(tooLargeReason(size, maxBytes).replace(/^file is/, 'text is'));
      continue;
    }
    const warnings: Finding[] = [];
    const line = at(r);
    const given = fields.id === null ? null : idPart(fields.id.value);
    if (fields.id !== null && given === null) {
      warnings.push({
        line,
        reason: `${label}: id ${quoteForMessage(String(fields.id.value))} cannot name a file; the row number is used`,
      });
    }
    const id = `${stem}/${given ?? String(r.row)}`;
    const earlier = idRows.get(id);
    if (earlier !== undefined) {
      refuse(`same article id "${id}" as row ${earlier}, which is used; this row is skipped`);
      continue;
    }
    idRows.set(id, r.row);
    const rowWarnings: Finding[] = [];
    const article: Article = {
      id,
      title: readText('title', fields.title?.value, line, rowWarnings),
      publisher: readText('publisher', fields.publisher?.value, line, rowWarnings),
      url: readUrl(fields.url?.value, line, rowWarnings),
      published: readPublished(fields.published?.value, options.today, line, rowWarnings, order),
      text: articleText,
    };
    warnings.push(...rowWarnings.map((w) => ({ ...w, reason: `${label}: ${w.reason}` })));
    articles.push({ article, warnings: warnings.map((w) => withFile(file, w)) });
  }

  const unused = [...new Set(read.rows.flatMap((r) => Object.keys(r.record)))].filter(
    (k) => !used.has(k) && k !== ' columns',
  );
  const known = (Object.values(COLLECTION_FIELDS) as readonly (readonly string[])[]).flat().join(', ');
  const warnings: InputProblem[] =
    unused.length === 0 || articles.length === 0
      ? []
      : [
          withFile(file, {
            line: ext === '.csv' ? 1 : undefined,
            reason: `${unused.length === 1 ? 'field' : 'fields'} not used: ${unused
              .slice(0, MAX_NAMED_COLUMNS)
              .map((k) => quoteForMessage(k, 30))
              .join(', ')}${unused.length > MAX_NAMED_COLUMNS ? `, … (${unused.length} in all)` : ''} (read: ${known})`,
          }),
        ];
  rejected.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { articles, rejected, warnings };
}
