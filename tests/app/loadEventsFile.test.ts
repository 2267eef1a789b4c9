import { describe, expect, it } from 'vitest';
import { loadEventsFile, SLICED_PARSE_FROM } from '../../src/app/data/loadEventsFile.ts';
import { fetchArticleText } from '../../src/app/data/articleText.ts';
import { validateEventsText, type Verdict } from '../../src/app/data/validateEventsText.ts';
import { fixtureFile } from './fixture.ts';

const respond = (status: number, body: string) => async () =>
  new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' });

/** What the worker runs, run here (Node has no Web Worker; the end-to-end tests run the real worker). */
const inline = { validate: async (text: string) => validateEventsText(text) };

describe('loadEventsFile', () => {
  it('accepts a file that matches the contract', async () => {
    const r = await loadEventsFile('x/events.json', respond(200, JSON.stringify(fixtureFile())), inline);
    expect(r.ok && r.file).toEqual(fixtureFile());
  });

  it('parses a large body in slices, giving the page turns, into the same file', async () => {
    const base = fixtureFile();
    const event = base.events[0]!;
    const copies = Math.ceil(SLICED_PARSE_FROM / JSON.stringify(event).length) + 1;
    const big = { ...base, events: Array.from({ length: copies }, (_, i) => ({ ...event, id: `${event.id}-${i}` })) };
    const body = JSON.stringify(big);
    expect(body.length).toBeGreaterThanOrEqual(SLICED_PARSE_FROM);
    let turns = 0;
    const r = await loadEventsFile('x/events.json', respond(200, body), {
      ...inline,
      yieldToPage: async () => void turns++,
    });
    expect(r.ok && r.file).toEqual(big);
    expect(turns).toBeGreaterThan(3);
    // A small body is parsed at once.
    turns = 0;
    await loadEventsFile('x/events.json', respond(200, JSON.stringify(base)), {
      ...inline,
      yieldToPage: async () => void turns++,
    });
    expect(turns).toBe(0);
  });

  it('reports the body as arrived once, after reading it and before it is checked', async () => {
    const steps: string[] = [];
    const fetchFn = async () => ({
      ok: true,
      status: 200,
      statusText: 'OK',
      text: async () => {
        steps.push('read');
        return JSON.stringify(fixtureFile());
      },
    });
    const r = await loadEventsFile('x/events.json', fetchFn, {
      onBodyArrived: () => steps.push('arrived'),
      validate: async (text) => {
        steps.push('validate');
        return validateEventsText(text);
      },
    });
    expect(r.ok).toBe(true);
    expect(steps).toEqual(['read', 'arrived', 'validate']);
  });

  it('never reports a body that did not arrive', async () => {
    let arrived = 0;
    const r = await loadEventsFile('x/events.json', respond(404, 'gone'), {
      onBodyArrived: () => arrived++,
      ...inline,
    });
    expect(r.ok).toBe(false);
    expect(arrived).toBe(0);
  });

  it('lets the caller work on the parse while the validator runs, and returns that work with the file', async () => {
    const steps: string[] = [];
    let accept: (v: Verdict) => void = () => {};
    const r = loadEventsFile('x/events.json', respond(200, JSON.stringify(fixtureFile())), {
      validate: () => new Promise<Verdict>((ok) => (accept = ok)),
      whileValidating: async (value) => {
        steps.push(`prepare ${(value as { events: unknown[] }).events.length}`);
        await new Promise((ok) => setTimeout(ok, 20));
        steps.push('prepared');
        return { from: value };
      },
    });
    await new Promise((ok) => setTimeout(ok, 5));
    steps.push('verdict');
    accept({ ok: true });
    const result = await r;
    expect(steps).toEqual([`prepare ${fixtureFile().events.length}`, 'verdict', 'prepared']);
    if (!result.ok) throw new Error(result.message);
    // Prepared from the very object returned as the file, so the caller can use it for that file.
    expect(result.prepared?.from).toBe(result.file);
  });

  it('returns the file without a preparation when the preparation fails', async () => {
    const r = await loadEventsFile('x/events.json', respond(200, JSON.stringify(fixtureFile())), {
      ...inline,
      whileValidating: async () => {
        throw new Error('cannot prepare');
      },
    });
    expect(r.ok && r.prepared).toBeUndefined();
    expect(r.ok && r.file).toEqual(fixtureFile());
  });

  it("returns the validator's refusal, not the page's own parse, when the contract is broken", async () => {
    const refuse = async (): Promise<Verdict> => ({ ok: false, message: 'events[7].title: too short' });
    const r = await loadEventsFile('x/events.json', respond(200, JSON.stringify(fixtureFile())), { validate: refuse });
    expect(r).toEqual({ ok: false, message: 'events[7].title: too short' });
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
      const r = await loadEventsFile('x/events.json', fetchFn, inline);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});

describe("validateEventsText (the worker's check)", () => {
  it('accepts the contract and names each broken field of a file that is not', () => {
    expect(validateEventsText(JSON.stringify(fixtureFile()))).toEqual({ ok: true });
    const broken = fixtureFile();
    const v = validateEventsText(
      JSON.stringify({
        ...broken,
        events: broken.events.map((e, i) => (i === 1 ? { ...e, title: '', type: 'riot' } : e)),
      }),
    );
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.message).toMatch(/^events\.json does not match the contract:/);
      expect(v.message).toMatch(/events\[1\]\.title: Too small: expected string to have >=1 characters/);
      expect(v.message).toMatch(/events\[1\]\.type: Invalid option: expected one of "capture"\|/);
    }
  });

  it('says when the body is not JSON, in the same words as the page', () => {
    expect(validateEventsText('{"version": 1,')).toMatchObject({ ok: false, message: /not valid JSON \(.+\)\.$/ });
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
