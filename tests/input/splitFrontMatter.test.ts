import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/pipeline/input/splitFrontMatter.ts';

function split(text: string) {
  const r = splitFrontMatter(text);
  if (!r.ok) throw new Error(`${r.problem.line}: ${r.problem.reason}`);
  return r;
}

function problem(text: string): string {
  const r = splitFrontMatter(text);
  return r.ok ? 'accepted' : `${r.problem.line}: ${r.problem.reason}`;
}

describe('splitFrontMatter', () => {
  it('returns the whole text when there is no front matter', () => {
    expect(split('Plain text.\n---\nnot front matter')).toMatchObject({
      data: {},
      body: 'Plain text.\n---\nnot front matter',
      bodyLine: 1,
    });
  });

  it('treats a first line of dashes with words, or more than three dashes, as text', () => {
    expect(split('--- Breaking ---\nText.').body).toBe('--- Breaking ---\nText.');
    expect(split('-----\nText.').body).toBe('-----\nText.');
  });

  it('reads ---yaml and an empty block', () => {
    expect(split('---yaml\ntitle: T\n---\nBody').data).toEqual({ title: 'T' });
    expect(split('---\n---\nBody')).toMatchObject({ data: {}, body: 'Body', bodyLine: 3 });
  });

  it('keeps every value as written: no Date objects, no rolled-over impossible dates', () => {
    expect(split('---\npublished: 2016-13-45\nother: 2016-12-28\n---\nB').data).toEqual({
      published: '2016-13-45',
      other: '2016-12-28',
    });
  });

  it('gives the line of each key and of the body', () => {
    const r = split('---\n# a comment\ntitle: T\n\n"url": https://e.org\n---\nBody');
    expect(r.keyLines).toEqual({ title: 3, url: 5 });
    expect(r.bodyLine).toBe(7);
  });

  it('refuses other front-matter languages without running them', () => {
    expect(problem('---javascript\n{ title: (globalThis.__ranJs = 1, "t") }\n---\nB')).toBe(
      '1: front matter in "javascript" is not read; only YAML front matter is',
    );
    expect(problem('---json\n{"title": "t"}\n---\nB')).toBe(
      '1: front matter in "json" is not read; only YAML front matter is',
    );
    expect((globalThis as Record<string, unknown>).__ranJs).toBeUndefined();
  });

  it('refuses YAML tags that construct objects', () => {
    expect(problem('---\ntitle: !!js/function "function () { return 1 }"\n---\nB')).toMatch(
      /^2: malformed YAML front matter: unknown tag/,
    );
  });

  it('refuses front matter that is not a mapping', () => {
    expect(problem('---\n- a\n- b\n---\nB')).toBe(
      '2: front matter must be "key: value" lines (title, publisher, url, published)',
    );
    expect(problem('---\njust words\n---\nB')).toBe(
      '2: front matter must be "key: value" lines (title, publisher, url, published)',
    );
  });

  it('reports the YAML error line for a broken flow list', () => {
    expect(problem('---\ntitle: ok\ntags: [a, b\npublished: 2016-01-01\n---\nB')).toMatch(
      /^\d+: malformed YAML front matter: /,
    );
  });
});
