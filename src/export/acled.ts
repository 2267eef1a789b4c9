/**
 * ACLED-style CSV: one row per event, with the column names and meanings of ACLED's codebook, so the events can
 * be laid beside hand-coded ACLED data. Columns our model has nothing for (geo_precision, fatalities, the actor
 * codes) are empty or absent: a guessed value would pass for coded data.
 */
import { endOfDateString, startOfDateString, type EventsFile, type TimelineEvent } from '../model/index.ts';
import { articleIndex } from './articleIndex.ts';
import { csvTable, type CsvCell } from './csvTable.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
] as const;

const DAY_MS = 86_400_000;

/**
 * ACLED's time_precision: 1 when the day is known, 2 when the event falls within a week or so, 3 when only the
 * month (or something coarser) is known. Read off the span the event's date covers, start to end.
 */
export function acledTimePrecision(event: TimelineEvent): 1 | 2 | 3 {
  const { start, end } = event.date;
  const days = (endOfDateString(end ?? start).getTime() - startOfDateString(start).getTime()) / DAY_MS;
  if (days <= 1) return 1;
  return days <= 7 ? 2 : 3;
}

/** YYYY-MM-DD: a month or year date stands for its first day, as ACLED codes them (time_precision says so). */
export function acledEventDate(start: string): string {
  if (start.length === 4) return `${start}-01-01`;
  if (start.length === 7) return `${start}-01`;
  return start;
}

function acledRow(event: TimelineEvent, articles: ReturnType<typeof articleIndex>): CsvCell[] {
  const place = event.location;
  const cited = event.sources.map((s) => ({ source: s, article: articles.get(s.article) }));
  const publishers = [...new Set(cited.flatMap(({ article }) => (article?.publisher ? [article.publisher] : [])))];
  // ACLED's notes summarise the event; ours quote each source sentence and say which article it comes from.
  const notes = cited.map(({ source, article }) => {
    const from = [article?.title || source.article, article?.url].filter((x) => x != null && x !== '').join(', ');
    return `${source.sentence} (${from})`;
  });
  return [
    place?.countryCode ? `${place.countryCode}-${event.id}` : event.id,
    acledEventDate(event.date.start),
    Number(event.date.start.slice(0, 4)),
    acledTimePrecision(event),
    event.acled?.eventType ?? null,
    event.acled?.subEventType ?? null,
    event.actors[0] ?? null,
    event.actors[1] ?? null,
    place?.country || null,
    place?.admin1 ?? null,
    place?.name ?? null,
    place?.lat ?? null,
    place?.lon ?? null,
    null,
    publishers.join('; ') || null,
    notes.join(' | '),
  ];
}

export function toAcledCsv(file: EventsFile): string {
  const articles = articleIndex(file);
  return csvTable(
    ACLED_COLUMNS,
    file.events.map((e) => acledRow(e, articles)),
  );
}
