/** Saved web pages: Readability's article text, metadata from each source in order, no script run, nothing fetched. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/pipeline/input/index.ts';
import { readHtmlPage } from '../../src/pipeline/input/readHtmlPage.ts';

const TODAY = '2026-11-21';
const HEADLINE = 'Headline in the page';
const STORY = [
  'Rebel fighters took control of the town of Kafr Nabl on Thursday after three days of fighting, residents said. The army withdrew to positions south of the town, according to a statement read on state television.',
  'Government aircraft struck the outskirts on April 10, killing four people, a monitoring group said. Residents fled towards the border in the days that followed, aid workers said, and the main road was closed.',
  'The town had been held by government forces since 2012 and was shelled repeatedly during the winter, when the road to the north was cut.',
];

function page({ head = '', body = '' }: { head?: string; body?: string }): string {
  return `<!doctype html><html><head>${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
${body}
<article><h1>${HEADLINE}</h1>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Ten things to read today</a></li></ul></aside>
<footer><p>© 2023 Example Wire. All rights reserved. Privacy policy. Terms of use.</p></footer>
</body></html>`;
}

function parse(html: string, file = 'saved/story.html') {
  const r = parseArticleFile(file, new TextEncoder().encode(html), { today: TODAY });
  if (!r.ok) throw new Error(r.problem.reason);
  return r;
}

describe('saved web pages', () => {
  it('takes the article text with Readability, paragraphs on their own lines, furniture left out', () => {
    const { article, warnings } = parse(page({}));
    expect(article.id).toBe('saved/story');
    expect(article.text).toBe([HEADLINE, ...STORY].join('\n\n'));
    for (const furniture of ['Home', 'Subscribe now', 'Ten things to read today', 'All rights reserved']) {
      expect(article.text).not.toContain(furniture);
    }
    expect(warnings).toEqual([]);
  });

  it('reads the title from og:title, then <title>', () => {
    const both = '<title>Page title | Example</title><meta property="og:title" content="Open Graph title">';
    expect(parse(page({ head: both })).article.title).toBe('Open Graph title');
    expect(parse(page({ head: '<title>Page   title</title>' })).article.title).toBe('Page title');
    expect(parse(page({})).article.title).toBeNull();
  });

  it('reads the publisher from og:site_name', () => {
    expect(parse(page({ head: '<meta property="og:site_name" content="Example Wire">' })).article.publisher).toBe(
      'Example Wire',
    );
  });

  it('reads the url from the canonical link, then og:url, and drops one that is not http(s)', () => {
    const both =
      '<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/b">';
    expect(parse(page({ head: both })).article.url).toBe('https://example.org/a');
    expect(parse(page({ head: '<meta property="og:url" content="https://example.org/b">' })).article.url).toBe(
      'https://example.org/b',
    );
    const bad = parse(page({ head: '<link rel="canonical" href="javascript:alert(1)">' }));
    expect(bad.article.url).toBeNull();
    expect(bad.warnings[0]).toMatchObject({ dropped: 'url' });
  });

  it('reads the published date from each source in order', () => {
    const meta = '<meta property="article:published_time" content="2023-04-14T23:30:00-05:00">';
    const jsonLd =
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-04-12T08:00:00Z"}]}</script>';
    const time = '<p>Posted <time datetime="2023-04-11">Tuesday</time></p>';
    const dated = '<link rel="canonical" href="https://example.org/world/2023/04/10/kafr-nabl">';
    expect(parse(page({ head: meta + jsonLd + dated, body: time })).article.published).toBe('2023-04-14');
    expect(parse(page({ head: jsonLd + dated, body: time })).article.published).toBe('2023-04-12');
    expect(parse(page({ head: dated, body: time })).article.published).toBe('2023-04-11');
    expect(parse(page({ head: dated })).article.published).toBe('2023-04-10');
    expect(parse(page({})).article.published).toBeNull();
  });

  it('goes on to the next source when one cannot be read, and names it', () => {
    const head =
      '<meta property="article:published_time" content="someday"><script type="application/ld+json">{"datePublished": "April 12, 2023"}</script>';
    const r = parse(page({ head }));
    expect(r.article.published).toBe('2023-04-12');
    expect(r.warnings.map((w) => w.reason)).toEqual([
      expect.stringMatching(/^article:published_time published "someday" is not a real date/),
    ]);
    expect(r.warnings[0]?.dropped).toBeUndefined();
    const none = parse(page({ head: '<meta property="article:published_time" content="someday">' }));
    expect(none.article.published).toBeNull();
    expect(none.warnings[0]?.dropped).toBe('published');
  });

  it('runs no script: a script that would rewrite the article changes nothing', () => {
    const script = `<script>document.querySelector('article').textContent = 'HACKED'; document.title = 'HACKED';</script>`;
    const r = parse(page({ head: `<title>Real title</title>${script}`, body: script }));
    expect(r.article.text).toBe([HEADLINE, ...STORY].join('\n\n'));
    expect(r.article.title).toBe('Real title');
    expect(JSON.stringify(r)).not.toContain('HACKED');
  });

  it('refuses a page without an article', () => {
    const r = parseArticleFile(
      'empty.html',
      new TextEncoder().encode('<html><head><title>x</title></head><body></body></html>'),
      { today: TODAY },
    );
    expect(r).toEqual({ ok: false, problem: { file: 'empty.html', reason: 'no article text found in the page' } });
  });
});

describe('saved web pages fetch nothing', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('document.title = "fetched"');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads no script, stylesheet, image, frame or JSON-LD from the network', async () => {
    const head = `<script src="${base}/s.js"></script><link rel="stylesheet" href="${base}/c.css"><link rel="preload" href="${base}/p.js"><script type="application/ld+json" src="${base}/ld.json"></script>`;
    const body = `<img src="${base}/i.png"><iframe src="${base}/f.html"></iframe><video src="${base}/v.mp4" poster="${base}/poster.png"></video>`;
    const r = readHtmlPage(page({ head, body }));
    expect(r.ok).toBe(true);
    // Give any request a stray component might have started the time to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });
});
