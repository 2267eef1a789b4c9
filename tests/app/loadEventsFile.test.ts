import { describe, expect, it } from 'vitest';
import { loadEventsFile } from '../../src/app/data/loadEventsFile.ts';
import { fetchArticleText } from '../../src/app/data/articleText.ts';
import { fixtureFile } from './fixture.ts';

const respond = (status: number, body: string) => async () =>
  new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' });

describe('loadEventsFile', () => {
  it('accepts a file that matches the contract', async () => {
    const r = await loadEventsFile('x/events.json', respond(200, JSON.stringify(fixtureFile())));
    expect(r.ok && r.file.events.length).toBe(fixtureFile().events.length);
  });

  it('says what went wrong, with what to do, for each way a file can be unusable', async () => {
    const cases: [() => Promise<Response>, RegExp][] = [
      [respond(404, 'not found'), /HTTP 404 Not Found.*npm run extract/],
      [async () => Promise.reject(new TypeError('Failed to fetch')), /Could not load .*Failed to fetch/],
      [respond(200, '<!doctype html><html>'), /not valid JSON/],
      [respond(200, JSON.stringify({ version: 2, events: [], articles: [] })), /version 2; this app reads version 1/],
      [
        respond(
          200,
          JSON.stringify({
            version: 1,
            events: [{ id: 'a', date: { start: '2015-13', precision: 'month' } }],
            articles: [],
          }),
        ),
        /events\[0\]\.date/,
      ],
    ];
    for (const [fetchFn, message] of cases) {
      const r = await loadEventsFile('x/events.json', fetchFn);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});

describe('fetchArticleText', () => {
  const article = { id: 'a', title: null, publisher: null, url: null, published: null };
  it('returns inline text without fetching and resolves textFile against events.json', async () => {
    const seen: string[] = [];
    const fetchFn = async (u: string) => {
      seen.push(u);
      return new Response('body');
    };
    await expect(fetchArticleText({ ...article, text: 'inline' }, 'http://h/s/events.json', fetchFn)).resolves.toBe(
      'inline',
    );
    await expect(
      fetchArticleText({ ...article, textFile: 'texts/a b.txt' }, 'http://h/s/events.json', fetchFn),
    ).resolves.toBe('body');
    await fetchArticleText({ ...article, textFile: 'texts/50% #1?.txt' }, 'http://h/s/events.json', fetchFn);
    expect(seen).toEqual(['http://h/s/texts/a%20b.txt', 'http://h/s/texts/50%25%20%231%3F.txt']);
  });

  it('never leaves the site: a URL-looking textFile is a file name, a protocol-relative one is refused', async () => {
    const seen: string[] = [];
    const fetchFn = async (u: string) => {
      seen.push(u);
      return new Response('text');
    };
    await fetchArticleText({ ...article, textFile: 'https://evil.example/x.txt' }, 'http://h/s/events.json', fetchFn);
    expect(seen.every((u) => u.startsWith('http://h/s/'))).toBe(true);
    await expect(
      fetchArticleText({ ...article, textFile: '//evil.example/x.txt' }, 'http://h/s/events.json', fetchFn),
    ).rejects.toThrow(/outside this site/);
    expect(seen).toHaveLength(1);
  });
});
