/**
 * Property tests over the whole pipeline with the real stages and lexicon: whatever the text, it does not
 * throw, and every source's offsets slice exactly its sentence out of the article text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/index.ts';
import { checkSourceOffsets, parseEventsFile } from '../../src/model/index.ts';
import { buildEventsFile } from '../../src/pipeline/assemble/eventsFile.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { compileLexicon } from '../../src/pipeline/lexicon/index.ts';
import { findBoilerplate, keptRegions } from '../../src/pipeline/text/boilerplate.ts';
import { splitSentences } from '../../src/pipeline/text/sentences.ts';
import { readLexicon } from '../../scripts/lib/readLexicon.ts';

const lexicon = compileLexicon(readLexicon('data/lexicon'));

/** News-like pieces, so that generated texts hit dates, actors, places, abbreviations and furniture. */
const FRAGMENTS = [
  'On Dec. 27, ',
  'U.S. officials said ',
  'ISIS ',
  'the group ',
  'seized ',
  'retook ',
  'Palmyra',
  'Mosul',
  ' in March',
  ' by Dec. 12',
  ' since 2014',
  ' last June',
  ' on Friday',
  ' three days after the fall of Ramadi',
  ', ',
  '. ',
  '? ',
  '\n',
  '\n\n',
  '“',
  '”',
  '(',
  ')',
  'Gen. ',
  'a three-year siege',
  'between 2013 and 2014',
  '© Copyright 2024',
  '1. John – ',
  'Comments are closed',
  'Skip to main content',
  '\u00A0',
  'the city',
  'airstrikes',
  'Kobane',
  'Daesh ',
];

const newsText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 6 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    ),
    { maxLength: 50 },
  )
  .map((xs) => xs.join(''));
const anyText = fc.oneof(
  { arbitrary: newsText, weight: 4 },
  { arbitrary: fc.string({ maxLength: 300 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
);
const published = fc.option(fc.constantFrom('2015-05-25', '2016-12-28', '2023-07-09', '2020-01-01', '2019-12-31'), {
  nil: null,
});
const title = fc.option(fc.oneof(fc.constant('U.S. And Russia'), fc.string({ maxLength: 30 })), { nil: null });

function articleOf(text: string, pub: string | null, t: string | null, id = 'gen/a'): Article {
  return { id, title: t, publisher: null, url: null, published: pub, text };
}

describe('pipeline properties', () => {
  it('never throws, and every source slices its sentence out of the article text', () => {
    let events = 0;
    fc.assert(
      fc.property(anyText, anyText, published, title, (a, b, pub, t) => {
        const articles = [articleOf(a, pub, t, 'gen/a'), articleOf(b, pub, null, 'gen/b')];
        const r = runPipeline(articles, lexicon);
        events += r.events.length;
        const texts = new Map(articles.map((x) => [x.id, x.text]));
        for (const e of r.events) {
          for (const s of e.sources) expect(texts.get(s.article)?.slice(s.start, s.end)).toBe(s.sentence);
        }
        const file = parseEventsFile(JSON.parse(JSON.stringify(buildEventsFile(r.events, articles, new Map()))));
        expect(checkSourceOffsets(file, (id) => texts.get(id))).toEqual([]);
      }),
      { numRuns: 150, seed: 20240611 },
    );
    // The generator must reach the interesting paths: texts that do give events.
    expect(events).toBeGreaterThan(20);
  });

  it('splits sentences that slice the text, in order, without overlaps, outside excluded spans', () => {
    fc.assert(
      fc.property(anyText, title, (text, t) => {
        const excluded = findBoilerplate(text, t);
        const sentences = splitSentences(text, keptRegions(text.length, excluded));
        let last = 0;
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.text).toBe(s.text.trim());
          expect(excluded.some((e) => s.start < e.end && e.start < s.end)).toBe(false);
          last = s.end;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
