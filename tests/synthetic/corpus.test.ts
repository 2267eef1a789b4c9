import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { precisionOf } from '../../src/model/index.ts';
import { generateArticle } from '../../scripts/synthetic/article.ts';
import { corpusArticles } from '../../scripts/synthetic/corpus.ts';
import { BUILTIN_VOCABULARY } from '../../scripts/synthetic/vocabulary.ts';
import { writeCorpus } from '../../scripts/synthetic/writeOutputs.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

describe('writeCorpus', () => {
  it('writes byte-identical files for the same seed', () => {
    const a = tempDir();
    const b = tempDir();
    writeCorpus(a, 40, 7, BUILTIN_VOCABULARY);
    writeCorpus(b, 40, 7, BUILTIN_VOCABULARY);
    const fa = filesOf(a);
    const fb = filesOf(b);
    expect(fa.size).toBe(40);
    expect([...fb.keys()]).toEqual([...fa.keys()]);
    for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name) as Buffer), name).toBe(true);
  });

  it('writes different texts for different seeds', () => {
    const a = [...corpusArticles(20, 1, BUILTIN_VOCABULARY)].map((x) => x.text);
    const b = [...corpusArticles(20, 2, BUILTIN_VOCABULARY)].map((x) => x.text);
    const same = a.filter((t, i) => t === b[i]).length;
    expect(same).toBe(0);
  });

  it('refuses a folder that already holds articles', () => {
    const d = tempDir();
    writeCorpus(d, 2, 1, BUILTIN_VOCABULARY);
    expect(() => writeCorpus(d, 2, 1, BUILTIN_VOCABULARY)).toThrow(/already holds 2 article files/);
  });
});

describe('generated articles', () => {
  const articles = [...corpusArticles(300, 11, BUILTIN_VOCABULARY)];

  it('is a prefix of a larger corpus with the same seed', () => {
    const small = [...corpusArticles(5, 11, BUILTIN_VOCABULARY)];
    expect(small.map((a) => a.fileContent)).toEqual(articles.slice(0, 5).map((a) => a.fileContent));
  });

  it('parse with gray-matter into the text and a real published date in 2014–2023', () => {
    for (const a of articles) {
      const parsed = matter(a.fileContent);
      expect(parsed.content).toBe(a.text);
      const published: unknown = parsed.data.published;
      expect(typeof published).toBe('string');
      expect(precisionOf(published as string)).toBe('day');
      expect((published as string) >= '2014-01-01' && (published as string) <= '2023-12-31').toBe(true);
      if (a.title !== null) expect(parsed.data.title).toBe(a.title);
      if (a.url !== null) expect(new URL(a.url).protocol).toBe('https:');
    }
  });

  it('spreads publication dates over every year from 2014 to 2023', () => {
    const years = new Set(articles.map((a) => a.published.slice(0, 4)));
    expect([...years].sort()).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
  });

  it('records event offsets that slice each sentence and date expression out of the text', () => {
    for (const a of articles) {
      expect(a.events.length).toBeGreaterThan(0);
      for (const e of a.events) {
        expect(a.text.slice(e.start, e.end)).toBe(e.sentence);
        expect(e.sentence).toContain(e.dateText);
        expect(precisionOf(e.date.start)).toBe(e.date.precision);
      }
    }
  });

  it('never dates a day-precise event after the article was published', () => {
    for (const a of articles)
      for (const e of a.events) if (e.date.precision === 'day') expect(e.date.start <= a.published).toBe(true);
  });

  it('uses several aliases per actor and several spellings per place', () => {
    const text = articles.map((a) => a.text).join('\n');
    for (const alias of ['ISIS', 'ISIL', 'Daesh', 'Islamic State', 'the U.S.', 'American forces', 'the Assad regime'])
      expect(text, alias).toContain(alias);
    for (const spelling of ['Deir ez-Zor', 'Deir el-Zour', 'Deir ez-Zour', 'Kobani', 'Kobane', 'Ain al-Arab'])
      expect(text, spelling).toContain(spelling);
  });

  it('writes every form of date expression, relative and absolute', () => {
    const forms = new Set(articles.flatMap((a) => a.events.map((e) => e.dateForm)));
    for (const form of [
      'weekday',
      'month-day',
      'in-month',
      'last-month',
      'month-year',
      'full-date',
      'since',
      'by',
      'year',
      'part-of-month',
      'last-year',
      'night-of',
      'after-anchor',
    ] as const)
      expect(forms.has(form), form).toBe(true);
    const texts = articles.flatMap((a) => a.events.map((e) => e.dateText));
    expect(texts.some((t) => /^(on |On )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(t))).toBe(
      true,
    );
    expect(
      texts.some((t) => /^[Ss]ince (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)/.test(t)),
    ).toBe(true);
    expect(texts.some((t) => / days after the /.test(t))).toBe(true);
  });

  it('carries site footers and numbered reader comments after the story', () => {
    expect(articles.some((a) => a.text.includes('© Copyright'))).toBe(true);
    expect(articles.some((a) => a.text.includes('Comments are closed.'))).toBe(true);
    const withComments = articles.filter((a) => /\n1\. .+ says:\n/.test(a.text));
    expect(withComments.length).toBeGreaterThan(0);
    for (const a of withComments) {
      // Comments come after every planted event: they are noise, not reporting.
      const commentsAt = a.text.search(/\n1\. .+ says:\n/);
      for (const e of a.events) expect(e.end).toBeLessThan(commentsAt);
    }
  });

  it('depends only on seed and index', () => {
    expect(generateArticle(3, 17, BUILTIN_VOCABULARY)).toEqual(generateArticle(3, 17, BUILTIN_VOCABULARY));
    expect(generateArticle(3, 17, BUILTIN_VOCABULARY).text).not.toBe(generateArticle(3, 18, BUILTIN_VOCABULARY).text);
  });
});
