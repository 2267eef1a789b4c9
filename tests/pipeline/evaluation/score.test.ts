import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/index.ts';
import { isGoldArticle, parseGoldFile } from '../../../src/pipeline/evaluation/gold.ts';
import type { NameResolver } from '../../../src/pipeline/evaluation/names.ts';
import { formatReport, formatSummaryTable } from '../../../src/pipeline/evaluation/report.ts';
import { isBareTitle, MAX_TITLE_CHARS, scoreEvents } from '../../../src/pipeline/evaluation/score.ts';

function ev(
  id: string,
  article: string,
  sentence: string,
  date: TimelineEvent['date'],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    date,
    type: 'capture',
    title: id,
    actors: ['Rebels'],
    location: { name: 'Goma', lat: 0, lon: 0, country: 'DR Congo', countryCode: 'CD', admin1: 'North Kivu' },
    sources: [{ article, sentence, start: 0, end: sentence.length, dateText: 'x' }],
    ...extra,
  };
}

const gold = parseGoldFile({
  events: [
    {
      article: '01',
      quote: 'rebels  took\u00A0Goma',
      date: '2012-11-20',
      actors: ['Rebels'],
      location: 'Goma',
      type: 'capture',
      mission: true,
    },
    {
      article: '01',
      quote: 'troops left Bunagana',
      date: '2012-07',
      actors: ['Army', 'Rebels'],
      location: 'Bunagana',
      type: 'withdrawal',
    },
    {
      article: '02',
      quote: 'talks in Kampala',
      date: '2012-12',
      actors: [],
      location: null,
      type: 'agreement',
      optional: true,
    },
  ],
  never: [{ article: '01', quote: 'Comments are closed' }],
});

describe('scoreEvents', () => {
  it('matches on article prefix, folded quote and exact date, and scores precision, recall and F1', () => {
    const events = [
      ev('a', '01_x', 'The rebels took Goma on Nov. 20.', { start: '2012-11-20', precision: 'day' }),
      ev('b', '01_x', 'In July troops left Bunagana.', { start: '2012-07-15', precision: 'day' }),
      ev('c', '01_x', 'Something else in 2011.', { start: '2011', precision: 'year' }),
      ev('d', '02_y', 'There were talks in Kampala.', { start: '2013', precision: 'year' }),
    ];
    const s = scoreEvents(events, gold);
    expect(s.golds.map((g) => g.event?.id ?? null)).toEqual(['a', null, null]);
    expect(s.golds[1]?.nearMiss?.date.start).toBe('2012-07-15');
    expect(s.events.map((e) => e.verdict)).toEqual(['true-positive', 'false-positive', 'false-positive', 'optional']);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
    expect(s.missionFound).toBe(1);
  });

  it('uses a source’s own date over the event date, and counts a second match as a duplicate', () => {
    const merged = ev(
      'm',
      '01_x',
      'The rebels took Goma.',
      { start: '2012-11-21', precision: 'day' },
      {
        sources: [
          {
            article: '01_x',
            sentence: 'The rebels took Goma.',
            start: 0,
            end: 21,
            dateText: 'x',
            date: { start: '2012-11-20', precision: 'day' },
          },
        ],
      },
    );
    const dup = ev('n', '01_x', 'Again the rebels took Goma.', { start: '2012-11-20', precision: 'day' });
    const s = scoreEvents([merged, dup], gold);
    expect(s.golds[0]?.event?.id).toBe('m');
    expect(s.events.map((e) => e.verdict)).toEqual(['true-positive', 'duplicate']);
  });

  it('rates actors (all gold actors present, or exactly) and place over found events', () => {
    const events = [
      ev(
        'a',
        '01_x',
        'The rebels took Goma.',
        { start: '2012-11-20', precision: 'day' },
        { actors: ['Rebels', 'Army'] },
      ),
      ev(
        'b',
        '01_x',
        'troops left Bunagana',
        { start: '2012-07', precision: 'month' },
        { actors: ['Army'], location: null },
      ),
    ];
    const s = scoreEvents(events, gold);
    expect(s.actorsRightRate).toBe(0.5);
    expect(s.actorsExactRate).toBe(0);
    expect(s.placeRightRate).toBe(0.5);
    // 'a' has every gold actor and the right place; 'b' misses an actor and the place.
    expect(s.factsRightRate).toBe(0.5);
    const report = formatReport(s);
    expect(report).toMatch(/actors right \(every gold actor present\): 50\.0% of found \(1 of 2\)/);
    expect(report).toMatch(/actors exactly the gold set .*: 0\.0% of found \(0 of 2\)/);
    expect(report).toMatch(/actors and place both right .*: 50\.0% of found \(1 of 2\)/);
  });

  it('counts an event as fully right only when actors and place are right together', () => {
    // Right actors with the wrong place, and the right place with a missing actor: neither is fully right.
    const events = [
      ev('a', '01_x', 'The rebels took Goma.', { start: '2012-11-20', precision: 'day' }, { location: null }),
      ev(
        'b',
        '01_x',
        'troops left Bunagana',
        { start: '2012-07', precision: 'month' },
        {
          actors: ['Army'],
          location: { name: 'Bunagana', lat: 0, lon: 0, country: 'DR Congo', countryCode: 'CD', admin1: 'North Kivu' },
        },
      ),
    ];
    const s = scoreEvents(events, gold);
    expect(s.actorsRightRate).toBe(0.5);
    expect(s.placeRightRate).toBe(0.5);
    expect(s.factsRightRate).toBe(0);
  });

  it("reports events from 'never' quotes", () => {
    const s = scoreEvents([ev('z', '01_x', 'Comments are closed.', { start: '2024', precision: 'year' })], gold);
    expect(s.never).toHaveLength(1);
    expect(formatReport(s)).toMatch(/Events from 'never' quotes/);
  });

  it('ties articles to gold names by file-stem prefix', () => {
    expect(isGoldArticle('000_fd31', '000')).toBe(true);
    expect(isGoldArticle('sub/000_fd31', '000')).toBe(true);
    expect(isGoldArticle('0001_fd31', '000')).toBe(false);
  });

  it('prints the matching rule, the figures, misses and false positives', () => {
    const r = formatReport(
      scoreEvents([ev('c', '01_x', 'Something else in 2011.', { start: '2011', precision: 'year' })], gold),
    );
    expect(r).toMatch(/^Matching: /);
    expect(r).toMatch(/mission events found: 0\/1/);
    expect(r).toMatch(/Misses \(2\)/);
    expect(r).toMatch(/False positives \(1\):[\s\S]*Something else in 2011/);
  });

  it('rates the type over found events: right only when it equals the gold type', () => {
    const events = [
      ev('a', '01_x', 'The rebels took Goma.', { start: '2012-11-20', precision: 'day' }),
      ev('b', '01_x', 'troops left Bunagana', { start: '2012-07', precision: 'month' }, { type: 'capture' }),
    ];
    const s = scoreEvents(events, gold);
    expect(s.golds.map((g) => g.typeRight)).toEqual([true, false, false]);
    expect(s.typeRightRate).toBe(0.5);
    const report = formatReport(s);
    expect(report).toMatch(/type right \(the gold event type\): 50\.0% of found \(1 of 2\)/);
    expect(report).toMatch(/Found with the wrong type \(1\):\n {2}01 capture, gold withdrawal: “troops left Bunagana”/);
  });

  it('counts a gold event whose sentence gave an event at the wrong date as found in its sentence, not recalled', () => {
    const events = [
      ev('a', '01_x', 'The rebels took Goma.', { start: '2012-11-20', precision: 'day' }),
      ev('b', '01_x', 'In July troops left Bunagana.', { start: '2012-06', precision: 'month' }),
    ];
    const s = scoreEvents(events, gold);
    expect(s.recall).toBe(0.5);
    expect(s.sentenceFound).toBe(2);
    expect(formatReport(s)).toMatch(/sentence found, any date: 100\.0% \(2 of 2\)/);
    expect(scoreEvents([], gold).sentenceFound).toBe(0);
  });

  it('compares actors and places through the resolver it is given', () => {
    // A resolver that knows one alias each: "M23" for "March 23 Movement", "Goma" for "Ngoma".
    const aliases: Record<string, string> = { m23: 'March 23 Movement', ngoma: 'Goma' };
    const id = (n: string): string[] => [aliases[n.toLowerCase()] ?? n];
    const names: NameResolver = { actorIds: id, placeIds: id };
    const g = parseGoldFile({
      events: [
        { article: '01', quote: 'took Goma', date: '2012', actors: ['M23'], location: 'Ngoma', type: 'capture' },
        {
          article: '01',
          quote: 'left Bunagana',
          date: '2012',
          actors: ['Army'],
          location: 'Bunagana',
          type: 'withdrawal',
        },
      ],
    });
    const events = [
      ev('a', '01_x', 'Rebels took Goma.', { start: '2012', precision: 'year' }, { actors: ['March 23 Movement'] }),
      ev('b', '01_x', 'Troops left Bunagana.', { start: '2012', precision: 'year' }, { actors: ['Rebels'] }),
    ];
    const withNames = scoreEvents(events, g, names);
    expect(withNames.golds.map((o) => [o.actorsRight, o.actorsExact, o.placeRight])).toEqual([
      [true, true, true],
      [false, false, false],
    ]);
    // Without a resolver the names compare as written, case and punctuation aside.
    const plain = scoreEvents(events, g);
    expect(plain.golds.map((o) => [o.actorsRight, o.placeRight])).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('counts an extra actor against the exact rule only, and matches no place to a named one', () => {
    const g = parseGoldFile({
      events: [{ article: '01', quote: 'took Goma', date: '2012', actors: [], location: null, type: 'capture' }],
    });
    const s = scoreEvents([ev('a', '01_x', 'They took Goma.', { start: '2012', precision: 'year' })], g);
    expect(s.golds[0]?.actorsRight).toBe(true);
    expect(s.golds[0]?.actorsExact).toBe(false);
    expect(s.golds[0]?.placeRight).toBe(false);
  });

  it('prints a summary table with one row per set', () => {
    const s = scoreEvents([ev('a', '01_x', 'The rebels took Goma.', { start: '2012-11-20', precision: 'day' })], gold);
    const table = formatSummaryTable([
      { set: 'seeds', articles: 5, score: s },
      { set: 'dev', articles: 38, score: scoreEvents([], gold) },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| set +\| articles \| gold events \| recall \(date right\) \|/);
    expect(lines[1]).toMatch(/^\| -+ \| -+: \|/);
    expect(lines[2]).toMatch(/^\| seeds +\| +5 \| +2 \| +50\.0% \| +50\.0% \| +100\.0% \|/);
    expect(lines[3]).toMatch(/^\| dev +\| +38 \| +2 \| +0\.0% \|/);
  });
});

describe('title checks', () => {
  it('calls a title bare when it is one word or an event type alone', () => {
    expect(isBareTitle('Attack')).toBe(true);
    expect(isBareTitle('Statement')).toBe(true);
    expect(isBareTitle('Ground attack')).toBe(true);
    expect(isBareTitle('  recapture ')).toBe(true);
    expect(isBareTitle('RSF takes Wad Madani')).toBe(false);
    expect(isBareTitle('Attack on Bamako')).toBe(false);
    expect(isBareTitle('Russian forces capture Avdiivka')).toBe(false);
  });

  it('counts bare and over-long titles over every extracted event', () => {
    const long = 'Rapid Support Forces take control of Wad Madani, capital of Gezira state';
    const events = [
      ev('a', '01_x', 'x', { start: '2012', precision: 'year' }, { title: 'Attack' }),
      ev('b', '01_x', 'y', { start: '2012', precision: 'year' }, { title: long }),
      ev('c', '01_x', 'z', { start: '2012', precision: 'year' }, { title: 'M23 takes Goma' }),
    ];
    const s = scoreEvents(events, gold);
    expect(long.length).toBeGreaterThan(MAX_TITLE_CHARS);
    expect([s.bareTitles, s.longTitles]).toEqual([1, 1]);
    expect(formatReport(s)).toMatch(/titles that are a bare type word: 1 of 3 events; longer than 60 characters: 1/);
  });
});
