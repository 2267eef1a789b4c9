import { describe, expect, it } from 'vitest';
import { formatInputProblem } from '../../src/model/index.ts';
import { parseArticleFile } from '../../src/pipeline/input/index.ts';

const TODAY = '2026-11-21';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (relPath: string, content: string | Uint8Array) =>
  parseArticleFile(relPath, typeof content === 'string' ? utf8(content) : content, { today: TODAY });

function accepted(relPath: string, content: string | Uint8Array) {
  const r = parse(relPath, content);
  if (!r.ok) throw new Error(`expected acceptance, got ${formatInputProblem(r.problem)}`);
  return r;
}

function rejected(relPath: string, content: string | Uint8Array): string {
  const r = parse(relPath, content);
  if (r.ok) throw new Error(`expected rejection of ${relPath}`);
  return formatInputProblem(r.problem);
}

describe('parseArticleFile: the article format', () => {
  it('reads front matter and keeps the body after it as the text', () => {
    const r = accepted(
      'gaza/2014/strike.md',
      '---\ntitle: "Strike on the port"\npublisher: Example Wire\nurl: https://example.org/a\npublished: "2014-07-09"\n---\nFirst line.\n\nSecond paragraph.\n',
    );
    expect(r.article).toEqual({
      id: 'gaza/2014/strike',
      title: 'Strike on the port',
      publisher: 'Example Wire',
      url: 'https://example.org/a',
      published: '2014-07-09',
      text: 'First line.\n\nSecond paragraph.\n',
    });
    expect(r.warnings).toEqual([]);
  });

  it('accepts an unquoted published date as the calendar date written', () => {
    const r = accepted('a.md', '---\npublished: 2019-03-23\n---\nBaghouz fell.');
    expect(r.article.published).toBe('2019-03-23');
  });

  it('keeps the date of an ISO timestamp as written, whatever the zone', () => {
    const r = accepted('a.md', '---\npublished: 2019-03-23T23:30:00-05:00\n---\nText.');
    expect(r.article.published).toBe('2019-03-23');
  });

  it('reads a .txt file without front matter as pure text with no metadata', () => {
    const r = accepted('notes/b.txt', 'Fighters withdrew from the town on 3 May.');
    expect(r.article).toMatchObject({ id: 'notes/b', title: null, publisher: null, url: null, published: null });
    expect(r.article.text).toBe('Fighters withdrew from the town on 3 May.');
  });

  it('accepts an article with no dates: it simply yields no events later', () => {
    expect(accepted('c.md', 'The ministry said talks would continue.').warnings).toEqual([]);
  });
});

describe('parseArticleFile: rejections are one line naming the file', () => {
  it('rejects an empty file', () => {
    expect(rejected('empty.md', '')).toBe('empty.md: empty file');
  });
  it('rejects a whitespace-only file', () => {
    expect(rejected('blank.txt', ' \n\t\n  ')).toBe('blank.txt: no text (only whitespace)');
  });
});
