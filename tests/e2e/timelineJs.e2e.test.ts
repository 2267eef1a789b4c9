/**
 * Issue 13's acceptance for the TimelineJS export: "TimelineJS3 renders the exported JSON with one slide per
 * event". `npm run export -- --format timelinejs` writes the JSON; TimelineJS3's own npm build
 * (@knight-lab/timelinejs, dist/js and dist/css) renders it in Chromium from a page served on 127.0.0.1, with
 * every other request refused, so the test also shows that a story made from our export works offline. Our
 * export has no title slide, so the slides are exactly the events. Headlines are checked as text: the export
 * escapes article text for TimelineJS's HTML, so each headline must read as the event's title, literally.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseEventsFile } from '../../src/model/index.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startStaticServer } from '../helpers/staticServer.ts';
import { screenshotPath } from './support/page.ts';
import { DIST, FIXTURE } from './support/site.ts';

const TIMELINEJS = join(process.cwd(), 'node_modules', '@knight-lab', 'timelinejs', 'dist');

/**
 * The page a TimelineJS user writes (the embed snippet of its documentation), loading our file. TimelineJS
 * resolves the data URL and script_path with `new URL(x, base)`, so both are given absolute ("Invalid base URL"
 * otherwise). `font: null`: its default font stylesheet (css/fonts/font.default.css) loads PT Sans and PT Serif
 * from fonts.gstatic.com, the one request it makes off the site; without it the story uses the system fonts.
 */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>TimelineJS acceptance</title>
    <link rel="stylesheet" href="tl/css/timeline.css" />
    <script src="tl/js/timeline.js"></script>
  </head>
  <body>
    <div id="timeline-embed" style="width: 100%; height: 640px"></div>
    <script>
      const here = (path) => new URL(path, location.href).href;
      window.timeline = new TL.Timeline('timeline-embed', here('timeline.json'), { script_path: here('tl/js/'), font: null });
    </script>
  </body>
</html>
`;

/** Data sets: the app fixture (every kind of date) and, when built, the seed articles' extraction. */
const DATA: [string, string][] = [['fixture', join(FIXTURE, 'events.json')]];
if (existsSync(join(DIST, 'events.json'))) DATA.push(['built', join(DIST, 'events.json')]);

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(DATA)('TimelineJS3 renders `npm run export -- --format timelinejs` (%s data)', (label, eventsJson) => {
  it('with one slide per event, offline, each headline the event title as text', async () => {
    const root = mkdtempSync(join(tmpdir(), 'timelinejs-'));
    try {
      const out = join(root, 'timeline.json');
      const run = spawnSync(
        'npm',
        ['run', '--silent', 'export', '--', '--in', eventsJson, '--format', 'timelinejs', '--out', out],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      cpSync(join(TIMELINEJS, 'js'), join(root, 'tl', 'js'), { recursive: true });
      cpSync(join(TIMELINEJS, 'css'), join(root, 'tl', 'css'), { recursive: true });
      writeFileSync(join(root, 'index.html'), PAGE);
      const events = parseEventsFile(JSON.parse(readFileSync(eventsJson, 'utf8'))).events;
      const exported = JSON.parse(readFileSync(out, 'utf8')) as { title?: unknown; events: unknown[] };
      expect(exported.title).toBeUndefined();
      expect(exported.events.length).toBe(events.length);

      const server = await startStaticServer(root);
      const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const origin = new URL(server.url).origin;
        const refused: string[] = [];
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
          refused.push(url);
          return route.abort('blockedbyclient');
        });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await page.goto(`${server.url}/`);
        // TimelineJS builds every slide once the data is loaded; then the count holds still.
        await page.waitForFunction(
          (n) => document.querySelectorAll('.tl-storyslider .tl-slide').length === n,
          events.length,
          { timeout: 30_000 },
        );
        const headlines = await page
          .locator('.tl-storyslider .tl-slide .tl-headline')
          .evaluateAll((hs) => hs.map((h) => h.textContent?.trim() ?? ''));
        expect(headlines.sort()).toEqual(events.map((e) => e.title).sort());
        // The time navigation has one marker per event too.
        expect(await page.locator('.tl-timenav .tl-timemarker').count()).toBe(events.length);
        await page.screenshot({ path: screenshotPath(`timelinejs-${label}`) });
        expect(errors).toEqual([]);
        expect(refused).toEqual([]);
        expect(server.requests.filter((p) => p.startsWith('/tl/js/') || p === '/timeline.json').length).toBeGreaterThan(
          1,
        );
      } finally {
        await context.close();
        await server.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 90_000);
});
