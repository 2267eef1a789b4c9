/** Article collections: CSV, JSON lines and JSON, the field alternatives, bad rows, ids, dates, offsets. */
import { describe, expect, it } from 'vitest';
import { formatInputProblem } from '../../src/model/index.ts';
import { parseCollectionFile } from '../../src/pipeline/input/index.ts';

const TODAY = '2026-11-21';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (file: string, text: string) => parseCollectionFile(file, utf8(text), { today: TODAY });
const lines = (ps: readonly Parameters<typeof formatInputProblem>[0][]): string[] => ps.map(formatInputProblem);

describe('CSV collections', () => {
  const CSV = [
    'id,title,date,content,source,link,section',
    'A1,Town falls,25/04/2023,"Rebels seized the town of Idlib on Monday, residents said.",Wire,https://example.org/a1,world',
    'A2,Strike,04/05/2023,"An airstrike hit Aleppo on Tuesday,',
    'killing four.",Wire,https://example.org/a2,world',
    ',No text,2023-01-01,,Wire,,world',
    'A4,Too many,2023-01-01,text,Wire,,world,extra',
    ',Untitled id,April 14 2023,"Fighting near Raqqa, officials said.",Wire,ftp://x,world',
  ].join('\n');

  it('reads one article per row, with the alternative field names and multi-line cells', () => {
    const r = parse('exports/news.csv', CSV);
    expect(r.articles.map((a) => a.article)).toEqual([
      {
        id: 'exports/news/A1',
        title: 'Town falls',
        publisher: 'Wire',
        url: 'https://example.org/a1',
        published: '2023-04-25',
        text: 'Rebels seized the town of Idlib on Monday, residents said.',
      },
      // 04/05/2023 is read day first: row 1's 25/04/2023 settles the file's order.
      {
        id: 'exports/news/A2',
        title: 'Strike',
        publisher: 'Wire',
        url: 'https://example.org/a2',
        published: '2023-05-04',
        text: 'An airstrike hit Aleppo on Tuesday,\nkilling four.',
      },
      {
        id: 'exports/news/5',
        title: 'Untitled id',
        publisher: 'Wire',
        url: null,
        published: '2023-04-14',
        text: 'Fighting near Raqqa, officials said.',
      },
    ]);
  });

  it('names the file, the line and the row of every bad row, and keeps the others', () => {
    const r = parse('exports/news.csv', CSV);
    expect(lines(r.rejected)).toEqual([
      'exports/news.csv:5: row 3: no text (a non-empty text, content, body field)',
      'exports/news.csv:6: row 4: 8 fields where the header has 7',
    ]);
    expect(lines(r.articles.flatMap((a) => a.warnings))).toEqual([
      'exports/news.csv:7: row 5: url "ftp://x" is not an absolute http(s) link; dropped',
    ]);
    expect(lines(r.warnings)).toEqual([
      expect.stringMatching(/^exports\/news\.csv:1: field not used: "section" \(read: text, content, body, title/),
    ]);
  });

  it('reads ; and tab separated exports', () => {
    const r = parse('semi.csv', 'title;text;published\nT;Body text here.;2023-04-14\n');
    expect(r.articles[0]?.article).toMatchObject({
      id: 'semi/1',
      title: 'T',
      text: 'Body text here.',
      published: '2023-04-14',
    });
  });
});

describe('JSON lines and JSON collections', () => {
  it('reads .jsonl with pubDate, body and NewsAPI-style source objects; a bad line costs only itself', () => {
    const text = [
      '{"title":"J1","pubDate":"Fri, 14 Apr 2023 10:00:00 GMT","body":"Troops withdrew from Mosul on Thursday.","source":{"id":null,"name":"Example Wire"}}',
      '{bad json',
      '',
      '[1, 2]',
      '{"id": 7, "headline":"J4","publishedAt":"2023-04-14T23:30:00-05:00","text":"Fighting in Raqqa on Monday."}',
    ].join('\n');
    const r = parse('feed.jsonl', text);
    expect(r.articles.map((a) => a.article)).toEqual([
      {
        id: 'feed/1',
        title: 'J1',
        publisher: 'Example Wire',
        url: null,
        published: '2023-04-14',
        text: 'Troops withdrew from Mosul on Thursday.',
      },
      {
        id: 'feed/7',
        title: 'J4',
        publisher: null,
        url: null,
        published: '2023-04-14',
        text: 'Fighting in Raqqa on Monday.',
      },
    ]);
    expect(lines(r.rejected)).toEqual([
      expect.stringMatching(/^feed\.jsonl:2: row 2: not valid JSON \(/),
      'feed.jsonl:4: row 3: not an object',
    ]);
  });

  it('reads a .json array or {"articles": [...]}, and refuses any other shape as a whole', () => {
    const list = [
      { title: 'A', text: 'One.' },
      { title: 'B', content: 'Two.', id: 'b' },
    ];
    expect(parse('a.json', JSON.stringify(list)).articles.map((a) => a.article.id)).toEqual(['a/1', 'a/b']);
    expect(parse('b.json', JSON.stringify({ articles: list })).articles.map((a) => a.article.text)).toEqual([
      'One.',
      'Two.',
    ]);
    expect(lines(parse('c.json', '{"title": "x"}').rejected)).toEqual([
      'c.json: a .json collection is an array of articles, or an object with an "articles" array',
    ]);
    expect(lines(parse('d.json', '[{"title": "x"').rejected)).toEqual([
      expect.stringMatching(/^d\.json: not valid JSON: /),
    ]);
  });

  it('uses the row number for an id that cannot name a file, and skips a repeated id', () => {
    const r = parse(
      'c.json',
      JSON.stringify([
        { id: '../etc', text: 'One.' },
        { id: 'x', text: 'Two.' },
        { id: 'x', text: 'Three.' },
      ]),
    );
    expect(r.articles.map((a) => a.article.id)).toEqual(['c/1', 'c/x']);
    expect(lines(r.articles[0]?.warnings ?? [])).toEqual([
      'c.json: row 1: id "../etc" cannot name a file; the row number is used',
    ]);
    expect(lines(r.rejected)).toEqual([
      'c.json: row 3: same article id "c/x" as row 2, which is used; this row is skipped',
    ]);
  });
});

describe('collection dates and texts', () => {
  it('leaves an ambiguous numeric date unread when nothing in the file settles the order, marked as dropped', () => {
    const r = parse('amb.csv', 'date,text\n04/05/2023,One.\n06/07/2023,Two.\n');
    expect(r.articles.map((a) => a.article.published)).toEqual([null, null]);
    expect(r.articles[0]?.warnings[0]).toMatchObject({ file: 'amb.csv', line: 2, dropped: 'published' });
    expect(r.articles[0]?.warnings[0]?.reason).toMatch(/^row 1: published "04\/05\/2023" is ambiguous/);
    // Month first, settled by 12/25/2023.
    expect(
      parse('us.csv', 'date,text\n04/05/2023,One.\n12/25/2023,Two.\n').articles.map((a) => a.article.published),
    ).toEqual(['2023-04-05', '2023-12-25']);
  });

  it('keeps each row text exactly, so offsets into it slice it (line endings made LF)', () => {
    const text = 'Line one, with "quotes".\r\nLine two — ünïcödé.';
    const r = parse('t.jsonl', JSON.stringify({ text }));
    const article = r.articles[0]?.article;
    expect(article?.text).toBe('Line one, with "quotes".\nLine two — ünïcödé.');
    const at = article?.text.indexOf('Line two') ?? -1;
    expect(article?.text.slice(at, at + 8)).toBe('Line two');
  });
});
