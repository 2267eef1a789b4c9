/**
 * The spreadsheet export: one row per event and source, every field flat, so a pivot table or a filter on the
 * publisher works without unpacking anything. The event's fields repeat on each of its sources' rows. It starts
 * with a UTF-8 byte order mark so that Excel reads names and sentences as UTF-8 (csvTable.ts, UTF8_BOM); the
 * page's "Events as CSV" and `npm run export -- --format csv` are this same text.
 */
import type { EventsFile } from '../model/index.ts';
import { articleIndex } from './articleIndex.ts';
import { csvTable, UTF8_BOM, type CsvCell } from './csvTable.ts';

export const FLAT_CSV_COLUMNS = [
  'event_id',
  'date_start',
  'date_end',
  'date_precision',
  'type',
  'title',
  'actors',
  'place',
  'country',
  'country_code',
  'admin1',
  'latitude',
  'longitude',
  'article_id',
  'article_title',
  'publisher',
  'url',
  'sentence',
  'date_text',
] as const;

export function toFlatCsv(file: EventsFile): string {
  const articles = articleIndex(file);
  const rows = file.events.flatMap((e) =>
    e.sources.map((s): CsvCell[] => {
      const article = articles.get(s.article);
      const place = e.location;
      return [
        e.id,
        e.date.start,
        e.date.end ?? null,
        e.date.precision,
        e.type,
        e.title,
        e.actors.join('; '),
        place?.name ?? null,
        place?.country || null,
        place?.countryCode ?? null,
        place?.admin1 ?? null,
        place?.lat ?? null,
        place?.lon ?? null,
        s.article,
        article?.title ?? null,
        article?.publisher ?? null,
        article?.url ?? null,
        s.sentence,
        s.dateText,
      ];
    }),
  );
  return UTF8_BOM + csvTable(FLAT_CSV_COLUMNS, rows);
}
