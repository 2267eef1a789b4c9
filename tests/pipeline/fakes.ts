/**
 * Small stand-ins for the date and lexicon stages, so that the spine's rules are tested on their own: a date
 * stage that reads only fully written dates ("on May 17, 2015", "in March 2016", "in 2014", "since …", "by …",
 * "between 2013 and 2014"), and a lexicon made of a few word lists.
 */
import type { Stages } from '../../src/pipeline/assemble/stages.ts';
import type { PipelineConfig } from '../../src/pipeline/config.ts';
import { filterUnlikely } from '../../src/pipeline/refiners/filterUnlikely.ts';
import { mergeSameEvent } from '../../src/pipeline/refiners/mergeSameEvent.ts';
import { BOILERPLATE_RULES } from '../../src/pipeline/text/boilerplate.ts';
import type {
  ActorMention,
  DateMention,
  EventTypeMatch,
  PlaceMention,
  Sentence,
  Span,
} from '../../src/pipeline/types.ts';
import type { EventType } from '../../src/model/index.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = `(${MONTHS.join('|')})`;
// prettier-ignore
const DATE = new RegExp(
  `\\b(?:(since|by|on|in)\\s+)?(?:between\\s+(\\d{4})\\s+and\\s+(\\d{4})|${MONTH}(?:\\s+(\\d{1,2}),)?\\s+(\\d{4})|(\\d{4}))\\b`,
  'g',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function fakeFindDateMentions(text: string, sentences: readonly Sentence[]): DateMention[] {
  const out: DateMention[] = [];
  for (const s of sentences) {
    const re = new RegExp(DATE.source, 'g');
    const body = text.slice(s.start, s.end);
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const [all, word, from, to, month, day, year, bare] = m;
      let value: DateMention['value'];
      let role: DateMention['role'] = word === 'since' ? 'since' : word === 'by' ? 'by' : 'point';
      if (from !== undefined && to !== undefined) {
        value = { start: from, end: to, precision: 'year' };
        role = 'range';
      } else if (month !== undefined && year !== undefined) {
        const mm = pad(MONTHS.indexOf(month) + 1);
        value =
          day === undefined
            ? { start: `${year}-${mm}`, precision: 'month' }
            : { start: `${year}-${mm}-${pad(Number(day))}`, precision: 'day' };
      } else value = { start: bare as string, precision: 'year' };
      const start = s.start + m.index;
      out.push({ start, end: start + all.length, text: all, value, role, resolvedAgainst: 'test', tags: ['fake'] });
    }
  }
  return out;
}

type PlaceKind = PlaceMention['place']['kind'];

export interface FakeLexicon {
  readonly actors: Readonly<Record<string, string>>;
  readonly places: Readonly<Record<string, PlaceKind>>;
  readonly triggers: Readonly<Record<string, EventType>>;
}

export const LEXICON: FakeLexicon = {
  actors: {
    'the Taliban': 'Taliban',
    Taliban: 'Taliban',
    'Afghan army': 'Afghan government',
    'Afghan forces': 'Afghan government',
    'Boko Haram': 'Boko Haram',
    'Nigerian troops': 'Nigerian government',
    NATO: 'NATO',
  },
  places: {
    Kunduz: 'city',
    Helmand: 'province',
    Afghanistan: 'country',
    Pakistan: 'country',
    Maiduguri: 'city',
    Kabul: 'city',
    Borno: 'province',
  },
  triggers: {
    seized: 'capture',
    captured: 'capture',
    retook: 'recapture',
    'air strike': 'airstrike',
    bombed: 'airstrike',
    said: 'statement',
    signed: 'agreement',
    ambushed: 'ground-attack',
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest alias first, whole words, inside span. */
function scan<T>(
  text: string,
  span: Span,
  table: Readonly<Record<string, T>>,
): Array<{ start: number; end: number; text: string; value: T }> {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${keys.map(escape).join('|')})\\b`, 'g');
  const body = text.slice(span.start, span.end);
  const out: Array<{ start: number; end: number; text: string; value: T }> = [];
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    out.push({
      start: span.start + m.index,
      end: span.start + m.index + m[0].length,
      text: m[0],
      value: table[m[0]] as T,
    });
  }
  return out;
}

export function fakeStages(lex: FakeLexicon = LEXICON): Stages {
  return {
    dates: {
      findDateMentions: (text, sentences) => fakeFindDateMentions(text, sentences),
      inferReferenceDate: (text) => {
        const years = [...text.matchAll(/\b(\d{4})\b/g)].map((m) => m[1] as string).sort();
        const last = years[years.length - 1];
        return last === undefined ? null : { date: `${last}-12-31`, basis: 'inferred' };
      },
    },
    lexicon: {
      findActors: (text, span): ActorMention[] =>
        scan(text, span, lex.actors).map((m) => ({ start: m.start, end: m.end, text: m.text, actor: m.value })),
      findPlaces: (text, span): PlaceMention[] =>
        scan(text, span, lex.places).map((m) => ({
          start: m.start,
          end: m.end,
          text: m.text,
          place: {
            name: m.text,
            lat: 1,
            lon: 2,
            country: m.value === 'country' ? m.text : 'Testland',
            countryCode: null,
            admin1: null,
            kind: m.value,
          },
        })),
      classifyEvent: (text, span): EventTypeMatch | null => {
        const m = scan(text, span, lex.triggers)[0];
        return m === undefined
          ? null
          : { start: m.start, end: m.end, text: m.text, type: m.value, acled: { eventType: 'T', subEventType: 'S' } };
      },
    },
  };
}

export function fakeConfig(lex: FakeLexicon = LEXICON): PipelineConfig<FakeLexicon> {
  return {
    boilerplate: BOILERPLATE_RULES,
    stages: () => () => fakeStages(lex),
    refiners: [filterUnlikely(), mergeSameEvent],
  };
}
