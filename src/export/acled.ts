/**
 * ACLED-style CSV: one row per event, with the column names and meanings of ACLED's codebook, so the events can
 * be laid beside hand-coded ACLED data. Columns our model has nothing for (geo_precision, fatalities) are empty or
 * absent, and so is an actor-type code the actor's kind does not decide: a guessed value would pass for coded
 * data. No byte order mark, unlike the spreadsheet CSV (flatCsv.ts): this table is read by scripts beside ACLED's
 * own files, and R's read.csv and other readers not told about a BOM would take it into the first column's name,
 * event_id_cnty, and break the join.
 */
import {
  calendarDayOf,
  endOfDateString,
  formatDay,
  startOfDateString,
  type ActorEntry,
  type EventDate,
  type EventsFile,
  type TimelineEvent,
} from '../model/index.ts';
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
  'inter1',
  'actor2',
  'inter2',
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

/** The whole days a date covers, start to end, as [first day's UTC midnight, days]. */
function daySpan(date: EventDate): readonly [number, number] {
  const first = startOfDateString(date.start).getTime();
  return [first, Math.round((endOfDateString(date.end ?? date.start).getTime() - first) / DAY_MS)];
}

/**
 * ACLED's time_precision (codebook, "Time precision codes"): 1 when the source gives the actual date, 2 when the
 * event happened sometime within a week or a similar period, 3 when only the month is known. ACLED itself leaves
 * out events known less exactly; we keep them (a row per event) at 3, the codebook's coarsest code. Read off the
 * span the event's date covers, start to end.
 */
export function acledTimePrecision(event: TimelineEvent): 1 | 2 | 3 {
  const [, days] = daySpan(event.date);
  if (days <= 1) return 1;
  return days <= 7 ? 2 : 3;
}

/**
 * event_date, YYYY-MM-DD, as the codebook codes an inexact date: the middle of the period it covers (an event
 * "last week" falls on its Wednesday or Thursday, one "in January" on the month's midpoint), time_precision
 * saying how inexact. So a month is written as its middle day (the 15th of a 30-day month, the 16th of a 31-day
 * one), a year as 2 July (1 July in a leap year), a range start–end as its middle day, a known day as itself.
 */
export function acledEventDate(date: EventDate): string {
  const [first, days] = daySpan(date);
  return formatDay(calendarDayOf(new Date(first + Math.floor((days - 1) / 2) * DAY_MS)));
}

/**
 * ACLED's "inter" code of an actor (its type) where the kind events.json gives decides it: a state's forces are 1
 * (State Forces) at home and 8 (External/Other Forces) outside their country; rebel, jihadist and separatist
 * groups, armed opposition seeking power or secession, are 2 (Rebel Groups); coalitions, multinational forces,
 * are 8. Null where the codebook needs what the kind does not say: a militia is political (3) or identity (4) by
 * its aims, a paramilitary or government-aligned force may be coded as the state or apart from it, and a state
 * acting where the event has no known country may be at home or abroad.
 */
export function acledInterCode(actor: ActorEntry | undefined, eventCountryCode: string | null): number | null {
  switch (actor?.kind) {
    case 'state':
      if (actor.countryCode === undefined || eventCountryCode === null) return null;
      return actor.countryCode === eventCountryCode ? 1 : 8;
    case 'rebel':
    case 'jihadist':
    case 'separatist':
      return 2;
    case 'coalition':
      return 8;
    default:
      return null;
  }
}

type ActorTable = ReadonlyMap<string, ActorEntry>;

function acledRow(event: TimelineEvent, articles: ReturnType<typeof articleIndex>, actors: ActorTable): CsvCell[] {
  const place = event.location;
  const eventDate = acledEventDate(event.date);
  const cited = event.sources.map((s) => ({ source: s, article: articles.get(s.article) }));
  const publishers = [...new Set(cited.flatMap(({ article }) => (article?.publisher ? [article.publisher] : [])))];
  // ACLED's notes summarise the event; ours quote each source sentence and say which article it comes from.
  const notes = cited.map(({ source, article }) => {
    const from = [article?.title || source.article, article?.url].filter((x) => x != null && x !== '').join(', ');
    return `${source.sentence} (${from})`;
  });
  return [
    place?.countryCode ? `${place.countryCode}-${event.id}` : event.id,
    eventDate,
    Number(eventDate.slice(0, 4)),
    acledTimePrecision(event),
    event.acled?.eventType ?? null,
    event.acled?.subEventType ?? null,
    event.actors[0] ?? null,
    inter(event.actors[0], actors, place?.countryCode ?? null),
    event.actors[1] ?? null,
    inter(event.actors[1], actors, place?.countryCode ?? null),
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

function inter(name: string | undefined, actors: ActorTable, countryCode: string | null): number | null {
  return name === undefined ? null : acledInterCode(actors.get(name), countryCode);
}

export function toAcledCsv(file: EventsFile): string {
  const articles = articleIndex(file);
  const actors: ActorTable = new Map((file.actors ?? []).map((a) => [a.name, a]));
  return csvTable(
    ACLED_COLUMNS,
    file.events.map((e) => acledRow(e, articles, actors)),
  );
}
