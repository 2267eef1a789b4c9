import fc from 'fast-check';
import { casual, type ParsedResult, type ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import {
  CHRONO_PARSER_CUES,
  createCuedNewsChrono,
  createNewsChrono,
} from '../../../src/pipeline/dates/chronoConfig.ts';
import { calendarCues, mayHoldCalendarDate } from '../../../src/pipeline/dates/dateCues.ts';
import { findTextRelativeExpressions } from '../../../src/pipeline/dates/textRelative.ts';
import { mentions } from './sentences.ts';

const chrono = createNewsChrono();
const REFERENCE = { instant: new Date(Date.UTC(2017, 6, 14, 12)), timezone: 0 };

/**
 * Every run of letters in the patterns of the date stage's parsers (chrono's and ours): month, weekday, number
 * and unit words, and the escapes' letters ("s", "d", "w"), which are also chrono's one-letter units. Read from
 * the patterns themselves, so a chrono upgrade that adds a word brings it into the property test below.
 */
function patternWords(): string[] {
  const context = {
    text: '',
    reference: REFERENCE,
    refDate: REFERENCE.instant,
    option: {},
  } as unknown as ParsingContext;
  const words = new Set<string>();
  for (const parser of chrono.parsers) {
    for (const w of parser.pattern(context).source.match(/[A-Za-z]+/g) ?? []) {
      words.add(w.toLowerCase());
      words.add(w[0]!.toUpperCase() + w.slice(1).toLowerCase());
    }
  }
  return [...words];
}

// prettier-ignore
const FILLER = [
  'they', 'the', 'drones', 'phoned', 'them', 'lasts', 'forces', 'shelled', 'Mosul', 'marched', 'decided', 'Sunni',
  'mayor', 'known', 'snow', 'overnight', 'fortnight', '12', '2016', '5th', 'of', 'on', 'in', 'ago', 'later',
];
const GLUE = ['', ' ', ' ', ' ', ', ', '. ', '-', '/', '.', '(', ')', '  '];

/** Random short sentences of the parsers' own words, glued with and without spaces. */
function sentences(): fc.Arbitrary<string> {
  const words = [...patternWords(), ...FILLER];
  return fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
}

// prettier-ignore
const NUMBERS = ['a', 'an', 'the', 'two', 'three', 'ten', 'few', 'a few', 'several', 'half an', 'a couple of', '3', '24', '2.5'];
// prettier-ignore
const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes', 'd', 'h', 'mo', 'yr', 'qtr', 's'];
// prettier-ignore
const MONTHS = ['May', 'March', 'Sept.', 'Dec', 'january', 'Jun'];
const DAYS = ['5', '21st', 'first', 'twenty-third', '30'];
const YEARS = ['2014', '1999', '23'];
const WEEKDAYS = ['Monday', 'tue', 'Thurs.', 'Sunday', 'weekend'];
const RELATIVE = ['this', 'last', 'next', 'past', 'after', 'within', 'in', 'for', 'on', 'of', 'early', 'late'];
const SUFFIXES = ['ago', 'later', 'before', 'after', 'earlier', 'from now', 'out', 'forward'];

/** Date-shaped phrases: a number and a unit with what chrono reads around them, day-month-year orders, weekdays. */
function phrases(): fc.Arbitrary<string> {
  const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
  const piece = fc.oneof(
    fc.tuple(pick(RELATIVE), pick(NUMBERS), pick(UNITS), pick(SUFFIXES)).map((p) => p.join(' ')),
    fc.tuple(pick(NUMBERS), pick(UNITS), pick(SUFFIXES)).map((p) => p.join(' ')),
    fc.tuple(pick(RELATIVE), pick([...UNITS, ...MONTHS, ...WEEKDAYS, 'summer', 'winter'])).map((p) => p.join(' ')),
    fc.tuple(pick(DAYS), pick(['', ' of', '-']), pick(MONTHS), pick(['', ' ', ', '])).map((p) => p.join(' ')),
    fc.tuple(pick(MONTHS), pick(DAYS), pick(['', ',']), pick(YEARS)).map((p) => p.join(' ')),
    fc.tuple(pick(WEEKDAYS), pick(['', 'last week', 'of this week'])).map((p) => p.join(' ')),
    pick(['yesterday', 'today', 'tonight', 'last night', 'this morning', 'noon', 'now', '5/6/2014', '2015-03-02']),
  );
  return fc
    .array(fc.tuple(fc.oneof(piece, pick(FILLER)), pick(GLUE)), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
}

/** What a result says, comparable across chrono instances. */
function described(r: ParsedResult): string {
  return `${r.index}|${r.text}|${r.start.date().toISOString()}|${r.end?.date().toISOString() ?? ''}|${[...r.tags()].sort().join(',')}`;
}

describe('date cues: which sentences go to chrono', () => {
  it('never turn away a sentence on which chrono finds a date (random sentences of pattern words)', () => {
    const sentence = fc.oneof(sentences(), phrases());
    fc.assert(
      fc.property(sentence, (s) => {
        if (chrono.parse(s, REFERENCE).length > 0) expect(mayHoldCalendarDate(s), s).toBe(true);
      }),
      { numRuns: 6000 },
    );
  });

  it('pick the parsers that can match: the cut chrono finds exactly what the full one finds', () => {
    const chronoFor = createCuedNewsChrono();
    fc.assert(
      fc.property(fc.oneof(sentences(), phrases()), (s) => {
        const cues = mayHoldCalendarDate(s) ? calendarCues(s) : 0;
        const cut = cues === 0 ? [] : chronoFor(cues).parse(s, REFERENCE);
        expect(cut.map(described), s).toEqual(chrono.parse(s, REFERENCE).map(described));
      }),
      { numRuns: 6000 },
    );
  });

  it('know the cue of every chrono parser (a new one after an upgrade must be listed)', () => {
    for (const parser of casual.parsers)
      expect(CHRONO_PARSER_CUES, parser.constructor.name).toHaveProperty(parser.constructor.name);
  });

  it('turn away sentences with no date word', () => {
    for (const s of [
      'Rebels shelled the airport outside Kandahar, a spokesman for the governor said.',
      'The Houthis denied any role in the blast, which destroyed a fuel depot.',
      'Separatists accused the army of violating the ceasefire agreement.',
      'Aid groups warned that hospitals in the besieged enclave had run out of fuel.',
    ])
      expect(mayHoldCalendarDate(s), s).toBe(false);
  });

  // Not from the seed articles: one sentence per kind of expression the date stage resolves.
  const KINDS: ReadonlyArray<readonly [string, string, string]> = [
    ['Shelling resumed around Donetsk airport on Jan. 21, 2015.', 'Jan. 21, 2015', '2015-01-21'],
    ['Houthi fighters entered Sanaa on 21 September 2014.', '21 September 2014', '2014-09-21'],
    ['The ceasefire was signed in Minsk on 2015-02-12.', '2015-02-12', '2015-02-12'],
    ['Separatists seized the airport in May.', 'May', '2017-05'],
    ['The siege of Marawi began in 2017.', '2017', '2017'],
    ['Government troops retook the pass last March.', 'last March', '2017-03'],
    ['Troops crossed the river on Tuesday.', 'Tuesday', '2017-07-11'],
    ['Gunmen attacked a checkpoint yesterday.', 'yesterday', '2017-07-13'],
    ['A car bomb exploded outside the ministry today.', 'today', '2017-07-14'],
    ['Rockets hit the port on Sept. 30 last year.', 'Sept. 30 last year', '2016-09-30'],
    ['The convoy was ambushed this morning.', 'this morning', '2017-07-14'],
    ['Militants overran the garrison three days ago.', 'three days ago', '2017-07-11'],
    ['The rebels lost the ridge a week ago.', 'a week ago', '2017-07-07'],
    ['Fighting spread to the suburbs earlier this year.', 'earlier this year', '2017'],
    ['Talks collapsed late last month.', 'late last month', '2017-06'],
    ['Drone strikes killed four fighters last summer.', 'last summer', '2016-06'],
    ['Militias shelled the district over the weekend.', 'weekend', '2017-07-08'],
    ['The truce was broken in mid-2016.', 'mid-2016', '2016'],
  ];
  it.each(KINDS)('still go to chrono: %s', (sentence, expression, start) => {
    expect(mayHoldCalendarDate(sentence)).toBe(true);
    const found = mentions(sentence, '2017-07-14').find((m) => m.text.includes(expression));
    expect(found?.value.start).toBe(start);
  });

  it('leave the text-relative expressions to their own stage', () => {
    for (const [s, text] of [
      ['Two days later, the militia withdrew from the village.', 'Two days later'],
      ['The bridge was blown up the next day.', 'the next day'],
      ['Looting began hours after the garrison surrendered.', 'hours after the garrison surrendered'],
      ['Reinforcements arrived that same day.', 'that same day'],
    ] as const)
      expect(findTextRelativeExpressions(s).map((e) => s.slice(e.start, e.end))).toContain(text);
    expect(findTextRelativeExpressions('Rebels shelled the airport, a spokesman said.')).toEqual([]);
  });
});
