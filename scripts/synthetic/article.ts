/**
 * One synthetic article in the project's article format (.md with YAML front matter), together with the events
 * planted in it: what a careful reader would extract, with the exact sentence offsets. Pure: the same
 * (seed, index, vocabulary) always gives the same article, byte for byte.
 */
import type { EventType } from '../../src/model/index.ts';
import { calendarDay, dayNumber, isoDay, monthName } from './calendar.ts';
import {
  atSentenceStart,
  pickDateExpression,
  type DateAnchor,
  type DateForm,
  type PlantedDate,
} from './dateExpressions.ts';
import { COMMENT_TEXTS, COMMENTERS, EVENT_TEMPLATES, FILLER_SENTENCES, PUBLISHERS } from './eventSentences.ts';
import { childSeed, createRandom, type Random } from './random.ts';
import { TextBuilder } from './textBuilder.ts';
import type { ActorName, PlaceName, Vocabulary } from './vocabulary.ts';

export interface PlantedEvent {
  readonly type: EventType;
  readonly title: string;
  /** Canonical actor names, in order of mention. */
  readonly actors: readonly string[];
  readonly place: PlaceName;
  readonly date: PlantedDate;
  /** The date expression exactly as it stands in the sentence. */
  readonly dateText: string;
  readonly dateForm: DateForm;
  readonly resolvedAgainst: string;
  readonly sentence: string;
  /** UTF-16 offsets of `sentence` in the article text. */
  readonly start: number;
  readonly end: number;
}

export interface GeneratedArticle {
  /** Article id = file name without extension (files are written flat). */
  readonly id: string;
  readonly fileName: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  /** YYYY-MM-DD, within 2014–2023. */
  readonly published: string;
  /** The body after the front matter; event offsets index into it. */
  readonly text: string;
  /** The whole file: front matter and body. */
  readonly fileContent: string;
  readonly events: readonly PlantedEvent[];
}

export interface ArticleOptions {
  /** How many event sentences the body holds; the rest is filler, footers and comments. */
  readonly minEvents?: number;
  readonly maxEvents?: number;
}

const FIRST_PUBLISHED = dayNumber({ year: 2014, month: 1, day: 1 });
const LAST_PUBLISHED = dayNumber({ year: 2023, month: 12, day: 31 });

const ANCHOR_NOUNS: Record<EventType, string> = {
  capture: 'capture',
  recapture: 'recapture',
  airstrike: 'airstrikes',
  'ground-attack': 'offensive',
  bombing: 'bombing',
  killing: 'killings',
  siege: 'siege',
  withdrawal: 'withdrawal',
  agreement: 'ceasefire',
  statement: 'announcement',
  incident: 'clashes',
  other: 'events',
};

const DATELINES = ['BEIRUT (Reuters) - ', 'BAGHDAD (AP) — ', 'ISTANBUL — ', 'ERBIL, Iraq — '];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Article id for index `index` of the corpus seeded with `seed`. */
export function articleId(seed: number, index: number): string {
  return `syn${seed}_${String(index).padStart(6, '0')}`;
}

interface Writer {
  readonly rng: Random;
  readonly vocabulary: Vocabulary;
  /** One spelling per place per article: a writer is consistent within a piece, outlets differ between pieces. */
  readonly spellings: Map<string, string>;
}

function spellingOf(w: Writer, place: PlaceName): string {
  let s = w.spellings.get(place.canonical);
  if (s === undefined) {
    s = w.rng.pick(place.spellings);
    w.spellings.set(place.canonical, s);
  }
  return s;
}

function otherActor(rng: Random, actors: readonly ActorName[], not: ActorName): ActorName {
  if (actors.length < 2) return not;
  for (;;) {
    const b = rng.pick(actors);
    if (b !== not) return b;
  }
}

function fillPlaceholders(template: string, values: Readonly<Record<'A' | 'B' | 'P' | 'N', string>>): string {
  return template.replace(/\{([ABPN])\}/g, (_, k: 'A' | 'B' | 'P' | 'N') => values[k]);
}

function eventSentence(
  w: Writer,
  publishedDayNo: number,
  anchor: DateAnchor | null,
): Omit<PlantedEvent, 'start' | 'end'> {
  const { rng, vocabulary } = w;
  const template = rng.pick(EVENT_TEMPLATES);
  const a = rng.pick(vocabulary.actors);
  const b = otherActor(rng, vocabulary.actors, a);
  const place = rng.pick(vocabulary.places);
  const values = {
    A: rng.pick(a.aliases),
    B: rng.pick(b.aliases),
    P: spellingOf(w, place),
    N: String(rng.between(2, 60)),
  };
  const date = pickDateExpression(rng, publishedDayNo, anchor);
  const main = fillPlaceholders(template.main, values);
  const tail = template.tail === undefined ? '' : fillPlaceholders(template.tail, values);
  const dateFirst = rng.chance(0.4);
  const dateText = dateFirst ? atSentenceStart(date.text) : date.text;
  const sentence = dateFirst ? `${dateText}, ${main}${tail}.` : `${capitalize(main)} ${dateText}${tail}.`;
  const actors = template.actors === 2 && b !== a ? [a.canonical, b.canonical] : [a.canonical];
  const title = fillPlaceholders(template.title, { ...values, A: a.canonical, B: b.canonical, P: place.canonical });
  return {
    type: template.type,
    title: capitalize(title),
    actors,
    place,
    date: date.date,
    dateText,
    dateForm: date.form,
    resolvedAgainst: date.resolvedAgainst,
    sentence,
  };
}

function fillerSentence(w: Writer): string {
  const { rng, vocabulary } = w;
  return capitalize(
    fillPlaceholders(rng.pick(FILLER_SENTENCES), {
      A: rng.pick(rng.pick(vocabulary.actors).aliases),
      B: '',
      P: spellingOf(w, rng.pick(vocabulary.places)),
      N: String(rng.between(3, 400)),
    }),
  );
}

function frontMatter(fields: Readonly<Record<string, string | null>>): string {
  // JSON strings are valid YAML scalars: titles with colons or quotes stay strings, and a quoted date stays a
  // string instead of becoming a YAML timestamp.
  const lines = Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function generateArticle(
  seed: number,
  index: number,
  vocabulary: Vocabulary,
  options: ArticleOptions = {},
): GeneratedArticle {
  const rng = createRandom(childSeed(seed, index));
  const w: Writer = { rng, vocabulary, spellings: new Map() };
  const publishedDayNo = rng.between(FIRST_PUBLISHED, LAST_PUBLISHED);
  const published = calendarDay(publishedDayNo);
  const publisher = rng.pick(PUBLISHERS);
  const eventCount = rng.between(options.minEvents ?? 3, options.maxEvents ?? 9);
  const paragraphBreak = rng.chance(0.7) ? '\n\n' : '\n';

  // Plan the events first: the headline is written from the first one, as an editor would.
  const events: Omit<PlantedEvent, 'start' | 'end'>[] = [];
  let anchor: DateAnchor | null = null;
  for (let i = 0; i < eventCount; i++) {
    const e = eventSentence(w, publishedDayNo, anchor);
    events.push(e);
    if (e.date.precision === 'day' && e.date.qualifier === undefined && e.date.end === undefined) {
      const [y, m, d] = e.date.start.split('-').map(Number) as [number, number, number];
      anchor = {
        dayNo: dayNumber({ year: y, month: m, day: d }),
        phrase: `the ${spellingOf(w, e.place)} ${ANCHOR_NOUNS[e.type]}`,
        dateText: e.dateText,
      };
    }
  }
  const headline = `${rng.chance(0.1) ? 'UPDATE: ' : ''}${events[0]?.title ?? 'Fighting continues'}`;

  const body = new TextBuilder();
  if (rng.chance(0.2)) body.append(`Skip to main content${paragraphBreak}`);
  if (rng.chance(0.3)) body.append(`${headline}${paragraphBreak}`);
  if (rng.chance(0.3)) body.append(rng.pick(DATELINES));

  const planted: PlantedEvent[] = [];
  let pending = [...events];
  let first = true;
  while (pending.length > 0) {
    if (!first) body.append(paragraphBreak);
    const sentencesHere = rng.between(2, 5);
    for (let s = 0; s < sentencesHere; s++) {
      if (s > 0) body.append(' ');
      // About two filler sentences per event: real reports carry context, quotes and caveats around each fact.
      const useEvent = pending.length > 0 && (first || rng.chance(0.3));
      first = false;
      if (useEvent) {
        const e = pending[0] as Omit<PlantedEvent, 'start' | 'end'>;
        pending = pending.slice(1);
        planted.push({ ...e, ...body.appendRecorded(e.sentence) });
      } else {
        body.append(fillerSentence(w));
      }
    }
  }

  // Site furniture after the story: copyright lines, share prompts, reader comments.
  const footers: string[] = [];
  if (rng.chance(0.4)) footers.push(`Sources: ${publisher.name}, AP / Photo credit: ${rng.pick(COMMENTERS)}/Flickr`);
  if (rng.chance(0.2)) footers.push('Popular Video');
  if (rng.chance(0.2)) footers.push('Share this article\nFacebook\nTwitter\nEmail');
  if (rng.chance(0.5)) footers.push(`© Copyright ${publisher.name} ${published.year}. All rights reserved.`);
  for (const f of footers) body.append(`${paragraphBreak}${f}`);
  if (rng.chance(0.25)) {
    const count = rng.between(1, 4);
    body.append(`${paragraphBreak}${count} ${count === 1 ? 'comment' : 'comments'}`);
    for (let c = 1; c <= count; c++) {
      const when = calendarDay(publishedDayNo + rng.between(0, 3));
      const hour = rng.between(1, 12);
      const minute = String(rng.between(0, 59)).padStart(2, '0');
      const stamp = `${monthName(when.month)} ${when.day}, ${when.year} at ${hour}:${minute} ${rng.chance(0.5) ? 'am' : 'pm'}`;
      const text = fillPlaceholders(rng.pick(COMMENT_TEXTS), {
        A: rng.pick(rng.pick(vocabulary.actors).aliases),
        B: '',
        P: spellingOf(w, rng.pick(vocabulary.places)),
        N: '',
      });
      body.append(`${paragraphBreak}${c}. ${rng.pick(COMMENTERS)} says:\n${stamp}\n${capitalize(text)}`);
    }
    if (rng.chance(0.5)) body.append(`${paragraphBreak}Comments are closed.`);
  } else if (rng.chance(0.15)) {
    body.append(`${paragraphBreak}Comments are closed.`);
  }
  body.append('\n');

  const id = articleId(seed, index);
  const text = body.toString();
  const bare = rng.chance(0.1); // some files carry only a date, like pasted wire copy
  const publishedIso = isoDay(published);
  const url = `https://${publisher.domain}/${publishedIso.replace(/-/g, '/')}/${slug(headline)}-${index}`;
  const meta = {
    title: bare ? null : headline,
    publisher: bare ? null : publisher.name,
    url: bare ? null : url,
    published: publishedIso,
  };
  return {
    id,
    fileName: `${id}.md`,
    ...meta,
    text,
    fileContent: frontMatter(meta) + text,
    events: planted,
  };
}
