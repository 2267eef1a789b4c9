import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/index.ts';
import { checkSourceOffsets, parseEventsFile } from '../../src/model/index.ts';
import { buildEventsFile } from '../../src/pipeline/assemble/eventsFile.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { fakeConfig, LEXICON } from './fakes.ts';

function article(
  id: string,
  text: string,
  published: string | null = '2016-11-02',
  title: string | null = null,
): Article {
  return { id, title, publisher: 'Test Wire', url: 'https://example.org/a', published, text };
}

const STORY_A =
  'Taliban Overrun Kunduz\n' +
  'Taliban Overrun Kunduz\n' +
  'The Taliban seized Kunduz on September 28, 2015, officials said. Afghan forces retook the city on October 1, 2015.\n' +
  'Aid groups said thousands fled. A three-year campaign of attacks followed.\n' +
  '© 2016 Test Wire. All rights reserved.\n' +
  '1. Reader X – I remember September 30, 2015 well, the Taliban seized everything.\n';

const STORY_B = 'Afghan forces retook Kunduz in October 2015 after days of street fighting, NATO said.\n';

describe('runPipeline', () => {
  it('extracts events from the article body only, never from footers or comments', () => {
    const r = runPipeline([article('a', STORY_A, '2016-11-02', 'Taliban Overrun Kunduz')], LEXICON, fakeConfig());
    expect(r.events.map((e) => [e.date.start, e.type, e.location?.name])).toEqual([
      ['2015-09-28', 'capture', 'Kunduz'],
      ['2015-10-01', 'recapture', 'Kunduz'],
    ]);
    for (const e of r.events) for (const s of e.sources) expect(s.sentence).not.toMatch(/Reader|©/);
    const report = r.articles[0];
    expect(report?.excluded.map((x) => x.reason)).toEqual(
      expect.arrayContaining(['headline repeated in the body', 'copyright line and everything after it']),
    );
  });

  it('merges one event reported by two articles into one with both sources', () => {
    const r = runPipeline([article('a', STORY_A), article('b', STORY_B)], LEXICON, fakeConfig());
    const retake = r.events.find((e) => e.type === 'recapture');
    expect(retake?.sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(retake?.date).toEqual({ start: '2015-10-01', precision: 'day' });
    expect(retake?.sources[1]?.date).toEqual({ start: '2015-10', precision: 'month' });
  });

  it('is deterministic, sorted by date, with stable ids that do not depend on the other articles', () => {
    const one = runPipeline([article('a', STORY_A), article('b', STORY_B)], LEXICON, fakeConfig());
    const two = runPipeline([article('a', STORY_A), article('b', STORY_B)], LEXICON, fakeConfig());
    expect(two).toEqual(one);
    const starts = one.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    const alone = runPipeline([article('a', STORY_A)], LEXICON, fakeConfig());
    expect(alone.events.map((e) => e.id)).toEqual(one.events.map((e) => e.id));
  });

  it('infers a reference date and warns when an article has no published date', () => {
    const r = runPipeline([article('n', STORY_B, null)], LEXICON, fakeConfig());
    expect(r.articles[0]?.referenceInferred).toBe(true);
    expect(r.warnings[0]).toMatch(/^n: no published date; relative dates read against 2015-12-31/);
    expect(r.events).toHaveLength(1);
  });

  it('skips the dates of an article with no published date and none in its text, with a warning', () => {
    const r = runPipeline([article('z', 'The Taliban seized the town last week.', null)], LEXICON, fakeConfig());
    expect(r.events).toEqual([]);
    expect(r.warnings[0]).toMatch(/none could be inferred/);
  });

  it('writes an events file that passes the contract and whose offsets slice every sentence', () => {
    const articles = [article('x/a', STORY_A), article('b', STORY_B)];
    const r = runPipeline(articles, LEXICON, fakeConfig());
    const extras = new Map(
      r.articles.map((a) => [
        a.id,
        { referenceInferred: a.referenceInferred, warnings: a.warnings, excluded: a.excluded },
      ]),
    );
    const file = buildEventsFile(r.events, articles, extras);
    const parsed = parseEventsFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.articles[0]?.excluded?.map((x) => x.reason)).toContain('copyright line and everything after it');
    expect(parsed.articles[1]?.excluded).toBeUndefined();
    expect(parsed.articles.map((a) => a.textFile)).toEqual([
      expect.stringMatching(/^texts\/x\/a\.[0-9a-f]{12}\.txt$/),
      expect.stringMatching(/^texts\/b\.[0-9a-f]{12}\.txt$/),
    ]);
    const changed = buildEventsFile(r.events, [{ ...articles[0]!, text: `${STORY_A} ` }], new Map());
    expect(changed.articles[0]?.textFile).not.toBe(parsed.articles[0]?.textFile);
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    expect(checkSourceOffsets(parsed, (id) => texts.get(id))).toEqual([]);
  });

  it('drops a url that is not http(s) with a warning', () => {
    const bad = { ...article('q', STORY_B), url: 'javascript:alert(1)' };
    const file = buildEventsFile([], [bad], new Map());
    expect(file.articles[0]?.url).toBeNull();
    expect(file.articles[0]?.warnings?.[0]).toMatch(/url dropped/);
  });

  it('notes why candidates were dropped when debugging', () => {
    const quiet = runPipeline(
      [article('a', 'In 1850, nothing. The Taliban seized Kunduz in 1850.')],
      LEXICON,
      fakeConfig(),
      { debug: true },
    );
    expect(quiet.notes.some((n) => /before 1900/.test(n))).toBe(true);
    const silent = runPipeline(
      [article('a', 'In 1850, nothing. The Taliban seized Kunduz in 1850.')],
      LEXICON,
      fakeConfig(),
    );
    expect(silent.notes).toEqual([]);
  });
});
