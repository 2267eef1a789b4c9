/**
 * Front-matter values → Article metadata. A bad value never costs the article: it is dropped with a warning
 * (the text is what carries the events; metadata only labels them and anchors relative dates).
 */
import { formatDateAt, httpUrl } from '../../model/index.ts';
import type { Finding } from './finding.ts';
import { quoteForMessage } from './finding.ts';
import { readPublishedDate, settleReading, type NumericOrder, type PublishedReading } from './readPublishedDate.ts';

export const METADATA_KEYS = ['title', 'publisher', 'url', 'published'] as const;

export interface ArticleMetadata {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export interface MetadataResult {
  readonly metadata: ArticleMetadata;
  readonly warnings: readonly Finding[];
}

/** Keys other tools write for our fields (Jekyll/Hugo `date`, feed exports' `link`), for a helpful hint. */
const SYNONYMS: ReadonlyMap<string, (typeof METADATA_KEYS)[number]> = new Map(
  Object.entries({
    date: 'published',
    pubdate: 'published',
    publishdate: 'published',
    published_at: 'published',
    publication_date: 'published',
    link: 'url',
    source_url: 'url',
    href: 'url',
    source: 'publisher',
    outlet: 'publisher',
    site: 'publisher',
    headline: 'title',
  } as const),
);

/** Unknown keys are named one by one up to this many, then counted: a block can hold thousands. */
const MAX_KEY_WARNINGS = 5;

function describe(value: unknown): string {
  if (typeof value === 'string') return quoteForMessage(value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}

export function readText(key: string, value: unknown, line: number | undefined, warnings: Finding[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') {
    warnings.push({ line, reason: `${key} is ${describe(value)}, not text; ignored` });
    return null;
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The reading of a published value, before the file's numeric day/month order is applied (null: no value). */
export function readingOfPublished(value: unknown): PublishedReading | null {
  if (value === undefined || value === null || value === '') return null;
  // js-yaml's default schema turns unquoted dates into Dates at UTC midnight: keep the UTC calendar date.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { kind: 'unreadable' } : { kind: 'date', date: formatDateAt(value, 'day') };
  }
  return typeof value === 'string' ? readPublishedDate(value) : { kind: 'unreadable' };
}

export function readPublished(
  value: unknown,
  today: string,
  line: number | undefined,
  warnings: Finding[],
  order: NumericOrder | null = null,
): string | null {
  const reading = readingOfPublished(value);
  if (reading === null) return null;
  const settled = settleReading(reading, order);
  if (!settled.ok) {
    // Dropped rather than the article rejected: the text is still worth reading, and a wrong anchor would be
    // worse than none (the pipeline then infers the reference date from the text).
    warnings.push({
      line,
      dropped: 'published',
      reason: `published ${describe(value)} ${settled.why}; ignored (relative dates are read against a date inferred from the text)`,
    });
    return null;
  }
  const date = settled.date;
  if (date > today) {
    warnings.push({ line, reason: `published ${date} is after today (${today}); kept, but check it` });
  }
  return date;
}

export function readUrl(value: unknown, line: number | undefined, warnings: Finding[]): string | null {
  const text = readText('url', value, line, warnings);
  if (text === null) return null;
  if (!httpUrl.safeParse(text).success) {
    // Only http(s) links ever reach the page; javascript:, data:, file: and relative links are dropped here.
    warnings.push({
      line,
      dropped: 'url',
      reason: `url ${quoteForMessage(text)} is not an absolute http(s) link; dropped`,
    });
    return null;
  }
  return text;
}

export function readMetadata(
  data: Readonly<Record<string, unknown>>,
  keyLines: Readonly<Record<string, number>>,
  today: string,
): MetadataResult {
  const warnings: Finding[] = [];
  const metadata: ArticleMetadata = {
    title: readText('title', data.title, keyLines.title, warnings),
    publisher: readText('publisher', data.publisher, keyLines.publisher, warnings),
    url: readUrl(data.url, keyLines.url, warnings),
    published: readPublished(data.published, today, keyLines.published, warnings),
  };
  const unknown = Object.keys(data).filter((key) => !(METADATA_KEYS as readonly string[]).includes(key));
  for (const key of unknown.slice(0, MAX_KEY_WARNINGS)) {
    const known = SYNONYMS.get(key.toLowerCase());
    warnings.push({
      line: Object.hasOwn(keyLines, key) ? keyLines[key] : undefined,
      reason: `front matter key ${quoteForMessage(key, 30)} is not used${known === undefined ? ` (known: ${METADATA_KEYS.join(', ')})` : `; did you mean ${known}?`}`,
    });
  }
  if (unknown.length > MAX_KEY_WARNINGS) {
    const next = unknown[MAX_KEY_WARNINGS] as string;
    warnings.push({
      line: Object.hasOwn(keyLines, next) ? keyLines[next] : undefined,
      reason: `… and ${unknown.length - MAX_KEY_WARNINGS} more unused front matter keys`,
    });
  }
  return { metadata, warnings };
}
