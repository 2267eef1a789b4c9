/**
 * Article text can never run code in the site. Payload articles (script, img onerror, svg onload, javascript:
 * links, in text, front matter and file names) go through the real extractor into a copy of the built site;
 * Chromium opens every event's every source and the test asserts: no dialog, no injected element, no request
 * off the site's origin, only http(s) links with rel="noopener noreferrer", no CSP violation. Also: the built
 * index.html carries a strict Content-Security-Policy, broken data files give a message (not a blank page), and
 * state in the URL hash never becomes markup.
 *
 * Needs a built dist/ (`npm run build`; `npm test` builds before running vitest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEventsFile, type EventsFile } from '../../src/model/index.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.ts';
import { PAYLOADS } from '../input/badInputs.ts';
import {
  INJECTED_MARKERS,
  PAYLOAD_ARTICLES,
  URL_SPECIAL_ARTICLE,
  type PayloadArticle,
} from '../security/payloadArticles.ts';

const REPO = join(import.meta.dirname, '../..');
const DIST = join(REPO, 'dist');

function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` builds before running vitest).');
  }
}

/** A copy of dist/ served on 127.0.0.1, with events.json (and texts/) chosen by the test. */
interface Site {
  readonly root: string;
  readonly server: StaticServer;
  close(): Promise<void>;
}

async function copyDist(): Promise<string> {
  requireDist();
  const root = await mkdtemp(join(tmpdir(), 'security-site-'));
  await cp(DIST, root, { recursive: true });
  await rm(join(root, 'events.json'), { force: true });
  await rm(join(root, 'texts'), { recursive: true, force: true });
  return root;
}

async function serve(root: string): Promise<Site> {
  const server = await startStaticServer(root);
  return {
    root,
    server,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Everything the page did that a payload could cause, recorded from the first byte on. */
interface Watch {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly dialogs: string[];
  readonly requests: string[];
  readonly problems: string[];
}

async function watch(browser: Browser): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const w: Watch = { page, context, dialogs: [], requests: [], problems: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text()))
      w.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.problems.push(`pageerror: ${e.message}`));
  // Injected by the browser itself (not subject to the page's CSP): records every policy violation.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return w;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/**
 * Says where a known violation comes from. zod 4 probes `new Function('')` once to decide whether it may compile
 * parsers; under a strict CSP the probe is blocked (nothing runs) but reported. `z.config({ jitless: true })`
 * before the first parse skips the probe.
 */
function explainViolations(violations: readonly string[]): string {
  return violations.some((v) => v.startsWith('script-src eval'))
    ? "an eval was attempted: if it is zod's probe, call z.config({ jitless: true }) before events.json is parsed"
    : 'CSP violations';
}

/** Elements and attributes that only exist if a payload became markup. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(
    (markers) => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          // React attaches listeners by delegation: no element of the app carries an on* attribute.
          if (attr.toLowerCase().startsWith('on')) found.push(`<${el.localName} ${attr}>`);
        }
      }
      for (const s of document.querySelectorAll('script')) {
        if (!s.src || new URL(s.src).origin !== location.origin) found.push(`<script src="${s.src}">`);
      }
      for (const el of document.querySelectorAll('iframe, object, embed, frame, body style, img[src="x"]'))
        found.push(`<${el.localName}>`);
      for (const id of markers) if (document.getElementById(id) !== null) found.push(`#${id}`);
      for (const img of document.images)
        if (new URL(img.src, location.href).origin !== location.origin) found.push(`<img src="${img.src}">`);
      return found;
    },
    INJECTED_MARKERS as unknown as string[],
  );
}

/** Every link on the page: its href, rel and target, for the http(s)-only and rel checks. */
async function links(page: Page, within = 'body'): Promise<{ href: string; rel: string; target: string }[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`${selector} a[href]`)].map((a) => ({
        href: (a as HTMLAnchorElement).href,
        rel: a.getAttribute('rel') ?? '',
        target: a.getAttribute('target') ?? '',
      })),
    within,
  );
}

/** Runs the extract CLI on `articles` into a copy of dist/ and serves it. */
async function extractedSite(articles: readonly PayloadArticle[]): Promise<{ site: Site; data: EventsFile }> {
  const root = await copyDist();
  const input = `${root}-articles`;
  await mkdir(input, { recursive: true });
  for (const a of articles) await writeFile(join(input, a.file), a.content);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/extract.ts', '--in', input, '--out', join(root, 'events.json')],
    {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  await rm(input, { recursive: true, force: true });
  // 1 says some input was not used as given: here the payloads' links, which must be dropped. The file is written.
  if (run.status !== 0 && run.status !== 1) throw new Error(`extract exited ${run.status}:\n${run.stderr}`);
  const data = parseEventsFile(JSON.parse(readFileSync(join(root, 'events.json'), 'utf8')));
  return { site: await serve(root), data };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built index.html', () => {
  const html = (): string => {
    requireDist();
    return readFileSync(join(DIST, 'index.html'), 'utf8');
  };

  it('sets a strict Content-Security-Policy before any script or stylesheet', () => {
    const page = html();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page);
    expect(meta, 'no CSP meta in dist/index.html').not.toBeNull();
    const policy = new Map(
      (meta?.[1] ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== '')
        .map(([name, ...sources]) => [name as string, sources]),
    );
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSrc).toEqual(["'self'"]);
    // The validator worker: same-origin files only, never blob: or data: workers.
    expect(policy.get('worker-src') ?? scriptSrc).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(["'none'", "'self'"]).toContain(policy.get('base-uri')?.[0]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        // No foreign host, no wildcard, no inline code, no eval; data: only for images and fonts.
        const allowed =
          source === "'self'" ||
          source === "'none'" ||
          (source === 'data:' && (name === 'img-src' || name === 'font-src'));
        expect(allowed, `${name} allows ${source}`).toBe(true);
      }
    }
    const metaAt = page.indexOf(meta?.[0] ?? '');
    for (const tag of ['<script', '<link rel="stylesheet"']) {
      const at = page.indexOf(tag);
      if (at !== -1) expect(metaAt, `${tag} comes before the CSP meta`).toBeLessThan(at);
    }
  });

  it('has no inline script and no inline event handler', () => {
    const page = html();
    for (const m of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1], 'a script without src').toMatch(/\ssrc=/);
      expect(m[2]?.trim()).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('payload articles through the extractor and the site', () => {
  let site: Site;
  let data: EventsFile;

  beforeAll(async () => {
    ({ site, data } = await extractedSite(PAYLOAD_ARTICLES));
  });
  afterAll(async () => {
    await site?.close();
  });

  it('keeps every payload article, its payload-laden metadata as text and only http(s) urls', () => {
    expect(data.articles.map((a) => a.id).sort()).toEqual(
      PAYLOAD_ARTICLES.map((a) => a.file.replace(/\.md$/, '')).sort(),
    );
    for (const a of data.articles) if (a.url !== null) expect(a.url).toMatch(/^https?:\/\//);
    expect(data.articles.find((a) => a.id === 'payload-front-matter')?.url).toBeNull();
    // Every article yields events, so every payload is shown by the source panel below.
    expect(new Set(data.events.flatMap((e) => e.sources.map((s) => s.article)))).toEqual(
      new Set(data.articles.map((a) => a.id)),
    );
  });

  it('opens every source of every event with no dialog, no injected element, no foreign request, no CSP violation', async () => {
    const w = await watch(browser);
    const { page } = w;
    await page.goto(`${site.server.url}/`);
    await page.waitForSelector('table[aria-label="Events"] tbody tr', { timeout: 15_000 });
    // The table follows the timeline's window by default, and a row recentres the window: list every event.
    await page.getByRole('radio', { name: /All filtered/ }).check();
    const panel = page.locator('.source-panel');
    const opened: string[] = [];
    // Links checked: the loops below check each one, so they must have met some to prove anything.
    let linksChecked = 0;

    for (const event of data.events) {
      await page
        .locator('table[aria-label="Events"] tbody tr')
        .filter({ hasText: event.title })
        .first()
        .locator('button.linklike')
        .click();
      for (const [i, source] of event.sources.entries()) {
        if (i > 0) await panel.getByRole('button', { name: 'Next source' }).click();
        const article = data.articles.find((a) => a.id === source.article);
        await expect(panel.locator('#article-title').textContent()).resolves.toBe(article?.title ?? source.article);
        await panel.locator('mark.sentence').waitFor({ timeout: 10_000 });
        // The sentence, payload included, is shown as text: its characters, not an element.
        expect(await panel.locator('mark.sentence').textContent()).toBe(source.sentence);
        expect(await injectedElements(page), `after opening ${event.id} source ${i}`).toEqual([]);
        opened.push(`${event.id}/${i}`);
      }
      const sourceLinks = await links(page, '.source-panel');
      linksChecked += sourceLinks.length;
      for (const l of sourceLinks) {
        expect(new URL(l.href).protocol, l.href).toMatch(/^https?:$/);
        expect(l.rel.split(/\s+/).sort(), l.href).toEqual(['noopener', 'noreferrer']);
        expect(l.target).toBe('_blank');
      }
    }

    expect(opened).toHaveLength(data.events.reduce((n, e) => n + e.sources.length, 0));
    expect(linksChecked).toBeGreaterThan(0);
    // The payload article's own text reached the page as characters.
    await page
      .locator('table[aria-label="Events"] tbody tr')
      .filter({ hasText: data.events.find((e) => e.sources[0]?.article === 'payload-text')?.title ?? '' })
      .first()
      .locator('button.linklike')
      .click();
    await expect(panel.locator('.article').innerText()).resolves.toContain(PAYLOADS.script);
    await expect(panel.locator('.article').innerText()).resolves.toContain(PAYLOADS.img);

    for (const l of await links(page)) expect(new URL(l.href).protocol, l.href).toMatch(/^https?:$/);
    expect(w.dialogs).toEqual([]);
    const origin = new URL(site.server.url).origin;
    expect(w.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(site.server.requests.filter((p) => p === '/x' || p.endsWith('/x'))).toEqual([]);
    const violations = await cspViolations(page);
    expect(violations, explainViolations(violations)).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  it('draws the map, its basemap and code from the site alone, with no injected element and no CSP violation', async () => {
    const w = await watch(browser);
    const { page } = w;
    // A hand-made area in the link, payload included: ignored, never markup.
    await page.goto(`${site.server.url}/#r=${encodeURIComponent(PAYLOADS.img)}`);
    const map = page.getByRole('region', { name: 'Map' });
    await map.locator('.map-marker').first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('.map-stage.moving') === null);
    // The map's chunk and the basemap came from the site; nothing else was asked of any other host.
    const origin = new URL(site.server.url).origin;
    expect(w.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(site.server.requests.some((p) => /\/assets\/map-[^/]*\.js$/.test(p))).toBe(true);
    expect(site.server.requests.some((p) => /\/assets\/countries-[^/]*\.json$/.test(p))).toBe(true);
    // Marker names carry payload titles as text.
    await map.locator('.map-marker[data-event-id]').first().click();
    await page.locator('mark.sentence').waitFor();
    await map.getByRole('button', { name: 'Zoom in on the map' }).click();
    expect(await injectedElements(page)).toEqual([]);
    expect(w.dialogs).toEqual([]);
    const violations = await cspViolations(page);
    expect(violations, explainViolations(violations)).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  it('never turns state in the URL hash into markup', async () => {
    const w = await watch(browser);
    const hash = new URLSearchParams({ q: PAYLOADS.img, e: PAYLOADS.svg, g: PAYLOADS.script }).toString();
    await w.page.goto(`${site.server.url}/#${hash}`);
    await w.page.waitForSelector('table[aria-label="Events"], [role="alert"]', { timeout: 15_000 });
    expect(await injectedElements(w.page)).toEqual([]);
    expect(w.dialogs).toEqual([]);
    const violations = await cspViolations(w.page);
    expect(violations, explainViolations(violations)).toEqual([]);
    await w.context.close();
  });

  it('has detectors that do see an injection, and a policy that stops its handler', async () => {
    const w = await watch(browser);
    await w.page.goto(`${site.server.url}/`);
    await w.page.waitForSelector('table[aria-label="Events"]', { timeout: 15_000 });
    const before = (await cspViolations(w.page)).length;
    // What a rendering bug would do: turn article text into markup.
    await w.page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      `${PAYLOADS.img}${PAYLOADS.svg}`,
    );
    await w.page.waitForFunction(
      (n) => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > n,
      before,
    );
    expect(await injectedElements(w.page)).toEqual(expect.arrayContaining(['<img onerror>', '<svg onload>', '<img>']));
    expect((await cspViolations(w.page)).slice(before).join(' ')).toMatch(/script-src/);
    expect(w.dialogs).toEqual([]);
    await w.context.close();
  });
});

describe('an article whose file name holds #, ? and %', () => {
  it('shows its text in the source panel', async () => {
    const { site, data } = await extractedSite([URL_SPECIAL_ARTICLE]);
    try {
      const event = data.events[0];
      expect(event, 'the extractor found no event in the article').toBeDefined();
      const w = await watch(browser);
      await w.page.goto(`${site.server.url}/`);
      await w.page.locator('table[aria-label="Events"] tbody tr button.linklike').first().click();
      const panel = w.page.locator('.source-panel');
      await panel.locator('mark.sentence, .article .error').first().waitFor({ timeout: 10_000 });
      // The id reaches a URL: textFile must be resolvable as a URL path (each segment percent-encoded).
      expect((await panel.locator('.article .error').allInnerTexts()).join(' | ')).toBe('');
      expect(await panel.locator('mark.sentence').textContent()).toBe(event?.sources[0]?.sentence);
      await w.context.close();
    } finally {
      await site.close();
    }
  });
});

describe('broken events.json under the policy', () => {
  const cases: [string, string | null][] = [
    ['missing', null],
    ['malformed', '{"version": 1, "events": ['],
    ['of another version', JSON.stringify({ version: 2, events: [], articles: [] })],
    ['of a version that is markup', JSON.stringify({ version: PAYLOADS.img, events: [], articles: [] })],
    [
      'holding markup where the contract expects a date',
      JSON.stringify({ version: 1, events: [{ id: PAYLOADS.script, date: { start: PAYLOADS.svg } }], articles: [] }),
    ],
  ];
  for (const [name, body] of cases) {
    it(`shows a clear message, as text, when events.json is ${name}`, async () => {
      const site = await serve(await copyDist());
      try {
        if (body !== null) await writeFile(join(site.root, 'events.json'), body);
        const w = await watch(browser);
        await w.page.goto(`${site.server.url}/`);
        const alert = w.page.getByRole('alert');
        await alert.waitFor({ timeout: 15_000 });
        const message = (await alert.innerText()).trim();
        expect(message.length).toBeGreaterThan(20);
        expect(message).toMatch(/events\.json/);
        expect(await injectedElements(w.page)).toEqual([]);
        expect(w.dialogs).toEqual([]);
        const violations = await cspViolations(w.page);
        expect(violations, explainViolations(violations)).toEqual([]);
        await w.context.close();
      } finally {
        await site.close();
      }
    });
  }
});
