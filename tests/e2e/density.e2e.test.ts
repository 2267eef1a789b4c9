/**
 * Issue 12, items 1, 2, 3 and 7 in Chromium at 1440×900 and 390×844, on the seeds (the built site's events) and on
 * dense generated data (the synthetic corpus's events, 18,000 of them): day events first and bands that never
 * hide them, overviews by type, badges that zoom in and open their lane, and lanes people can read. Screenshots
 * go to test-output/density-*.png.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventsFile, TimelineEvent } from '../../src/model/index.ts';
import { generateEventsFile } from '../../scripts/synthetic/eventsFile.ts';
import { BUILTIN_VOCABULARY } from '../../scripts/synthetic/vocabulary.ts';
import { launchChromium } from '../helpers/browser.ts';
import { defaultSiteData, openSite, type Site } from './support/site.ts';
import { screenshotPath, waitForApp, watchedPage } from './support/page.ts';

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
const isoMinute = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');

/** Sets the window as a link would (the URL hash, then the popstate the app listens to) and waits for it. */
async function showWindow(page: Page, from: number, to: number): Promise<void> {
  const before = await page.locator('.window-label').textContent();
  await page.evaluate(
    (hash) => {
      history.replaceState(null, '', hash);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    `#w=${isoMinute(from)}~${isoMinute(to)}`,
  );
  await page.waitForFunction((b) => document.querySelector('.window-label')?.textContent !== b, before);
  await page.locator('.plot:not(.moving)').waitFor();
}

/** The window in the URL (written a moment after each change). */
async function urlWindow(page: Page): Promise<[number, number]> {
  let w: string | null = null;
  await expect
    .poll(() => (w = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('w')), { timeout: 5000 })
    .not.toBeNull();
  return w!.split('~').map((x) => Date.parse(x)) as [number, number];
}

/** Ids of the events that have a named mark (a button with an accessible name) anywhere on the timeline. */
function namedMarks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mark[data-event-id]')]
      .filter((b) => (b.getAttribute('aria-label') ?? '').length > 0)
      .map((b) => b.dataset.eventId!),
  );
}

/** For each lane, the lowest bottom of its point marks and the highest top of its bands (px in the page). */
function pointsAboveBands(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.lane-body')].every((body) => {
      const bottoms = [...body.querySelectorAll('.mark:not(.band)')].map((m) => m.getBoundingClientRect().bottom);
      const tops = [...body.querySelectorAll('.mark.band, .cluster.bands')].map((m) => m.getBoundingClientRect().top);
      return bottoms.length === 0 || tops.length === 0 || Math.max(...bottoms) <= Math.min(...tops) + 0.5;
    }),
  );
}

/** Every badge's button lies inside the plot, so its count (written in its middle) is on screen. */
function badgesInsidePlot(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const plot = document.querySelector('.plot')!.getBoundingClientRect();
    return [...document.querySelectorAll('.cluster')].every((c) => {
      const r = c.getBoundingClientRect();
      return r.left >= plot.left - 0.5 && r.right <= plot.right + 0.5;
    });
  });
}

/** `n` day events on one day for one actor, in one article: no zoom can separate them. */
function sameDayFile(n: number): EventsFile {
  const text = Array.from({ length: n }, (_, i) => `Strike ${i + 1} hit the town on 3 March 2016.`).join('\n');
  let offset = 0;
  const events: TimelineEvent[] = text.split('\n').map((sentence, i) => {
    const start = offset;
    offset += sentence.length + 1;
    return {
      id: `ev-same-day-${String(i).padStart(2, '0')}`,
      date: { start: '2016-03-03', precision: 'day' },
      type: 'airstrike',
      title: `Strike ${i + 1} on the town`,
      actors: ['Force A'],
      location: { name: 'Town', lat: 35, lon: 38, country: 'Syria', countryCode: 'SY', admin1: null },
      sources: [{ article: 'one', sentence, start, end: start + sentence.length, dateText: '3 March 2016' }],
    };
  });
  events.push({ ...events[0]!, id: 'ev-other', date: { start: '2018-06-01', precision: 'day' }, actors: ['Force B'] });
  return {
    version: 1,
    events,
    articles: [{ id: 'one', title: 'One', publisher: 'P', url: null, published: '2018-06-02', text }],
  };
}

let browser: Browser;
let seeds: Site;
let dense: Site;
let denseFile: EventsFile;
let sameDay: Site;

beforeAll(async () => {
  browser = await launchChromium();
  seeds = await openSite(defaultSiteData());
  const generated = generateEventsFile({ n: 18_000, seed: 1, vocabulary: BUILTIN_VOCABULARY, texts: 'files' });
  denseFile = generated.file;
  dense = await openSite({ rawEventsJson: JSON.stringify(denseFile) });
  for (const [path, text] of generated.textFiles) {
    await mkdir(dirname(join(dense.root, path)), { recursive: true });
    await writeFile(join(dense.root, path), text);
  }
  sameDay = await openSite({ rawEventsJson: JSON.stringify(sameDayFile(12)) });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await seeds?.close();
  await dense?.close();
  await sameDay?.close();
});

async function open(site: Site, viewport: { width: number; height: number }, hash = '') {
  const w = await watchedPage(browser, viewport);
  await w.page.goto(`${site.url}${hash}`);
  await waitForApp(w.page);
  return w;
}

describe.each(VIEWPORTS)('density at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  describe('seeds', () => {
    it('puts each event in its main actor’s lane, as a named mark, with "every actor" as an option', async () => {
      const { page, context, problems } = await open(seeds, viewport);
      const main = new Map<string, number>();
      for (const e of seeds.data.events) {
        const a = e.actors[0] ?? '(no actor named)';
        main.set(a, (main.get(a) ?? 0) + 1);
      }
      const lanes = await page.locator('.lane').evaluateAll((ls) =>
        ls.map((l) => ({
          name: l.getAttribute('aria-label'),
          count: Number(l.querySelector('.lane-count')!.textContent!.split(' ')[0]!.replace(/,/g, '')),
        })),
      );
      expect(new Map(lanes.map((l) => [l.name, l.count]))).toEqual(main);
      // At fit-all each seed event is a named mark of its own, or counted by a "+N" badge of its lane (each once).
      const marked = new Set(await namedMarks(page));
      const badged = await page
        .locator('.cluster')
        .evaluateAll((bs) => bs.reduce((k, b) => k + Number(b.textContent!.replace(/\D/g, '')), 0));
      expect(marked.size + badged).toBe(seeds.data.events.length);
      expect(marked.size).toBeGreaterThanOrEqual(seeds.data.events.length - 3);
      await page.screenshot({ path: screenshotPath(`density-seeds-${size}`) });

      await page.getByRole('checkbox', { name: 'Show each event in every actor’s lane' }).check();
      const actors = new Set(seeds.data.events.flatMap((e) => (e.actors.length > 0 ? e.actors : ['(no actor named)'])));
      await expect.poll(() => page.locator('.lane').count()).toBe(actors.size);
      expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('la')).toBe('every');
      await page.reload();
      await waitForApp(page);
      await expect(
        page.getByRole('checkbox', { name: 'Show each event in every actor’s lane' }).isChecked(),
      ).resolves.toBe(true);
      await expect(page.locator('.lane').count()).resolves.toBe(actors.size);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('groups places under their country, "(no place named)" last', async () => {
      const { page, context } = await open(seeds, viewport);
      await page.getByRole('radio', { name: 'Location' }).check();
      const palmyra = seeds.data.events.find((e) => e.location?.name === 'Palmyra')!.location!;
      const country = page
        .locator('.lane-group')
        .filter({ has: page.locator('.lane-group-header', { hasText: palmyra.country ?? '' }) });
      await expect(country.getByRole('group', { name: 'Palmyra', exact: true }).count()).resolves.toBe(1);
      const names = await page.locator('.lane').evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label')));
      if (seeds.data.events.some((e) => e.location === null)) expect(names.at(-1)).toBe('(no place named)');
      await page.screenshot({ path: screenshotPath(`density-seeds-location-${size}`) });
      // A country folds its places away, and opens them again.
      await country.locator('.lane-group-header button').click();
      await expect(country.getByRole('group', { name: 'Palmyra', exact: true }).count()).resolves.toBe(0);
      await country.locator('.lane-group-header button').click();
      await expect(country.getByRole('group', { name: 'Palmyra', exact: true }).count()).resolves.toBe(1);
      await context.close();
    });

    it('pins a year’s title inside the window when the year began before it, below the day events', async () => {
      const { page, context } = await open(seeds, viewport);
      await showWindow(page, Date.UTC(2014, 9, 1), Date.UTC(2015, 6, 1));
      const plotLeft = (await page.locator('.plot').boundingBox())!.x;
      const pinned = await page
        .locator('.mark.band')
        .evaluateAll(
          (bs, left) =>
            bs
              .filter((b) => Math.abs(b.getBoundingClientRect().left - left) < 1 && b.querySelector('.mark-title'))
              .map((b) => b.getAttribute('aria-label')),
          plotLeft,
        );
      expect(pinned.some((name) => /^2014: /.test(name ?? ''))).toBe(true);
      expect(await pointsAboveBands(page)).toBe(true);
      await page.screenshot({ path: screenshotPath(`density-seeds-pinned-${size}`) });
      await context.close();
    });

    it('folds lanes with nothing in the window into one line that names them', async () => {
      const { page, context } = await open(seeds, viewport);
      const [from, to] = [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)];
      await showWindow(page, from, to);
      const inWindow = new Set(
        seeds.data.events.filter((e) => e.date.start.startsWith('2023')).map((e) => e.actors[0] ?? '(no actor named)'),
      );
      expect(inWindow.size).toBeGreaterThan(0);
      const shown = await page.locator('.lane').evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label')));
      expect(new Set(shown)).toEqual(inWindow);
      const others = [...new Set(seeds.data.events.map((e) => e.actors[0] ?? '(no actor named)'))].filter(
        (a) => !inWindow.has(a),
      );
      const line = (await page.locator('.folded-lanes').textContent())!;
      expect(line).toMatch(/^Nothing in this window: /);
      for (const a of others.slice(0, 8)) expect(line).toContain(a);
      await page.screenshot({ path: screenshotPath(`density-seeds-folded-${size}`) });
      // Fit all: every lane is back.
      await page.getByRole('button', { name: 'Fit all' }).click();
      await expect.poll(() => page.locator('.lane').count()).toBe(inWindow.size + others.length);
      await context.close();
    });
  });

  describe('dense generated data (18,000 events)', () => {
    it('shows each dense lane as a histogram by type, and a bar zooms into its own slice', async () => {
      const { page, context, problems } = await open(dense, viewport);
      const bucket = page.locator('.lane-body .cluster.bucket').nth(3);
      const name = (await bucket.getAttribute('aria-label'))!;
      // "37 events, 1 Jan 2014 to 3 Apr 2014 (9 airstrikes, 7 captures, …): zoom in"
      expect(name).toMatch(/^\d+ events?, .+ to .+ \(\d+ [a-z ]+(, \d+ [a-z ]+)*\): zoom in$/);
      // Painted in type colours, not grey: the pixel just above the bar's foot is saturated.
      const box = (await bucket.boundingBox())!;
      const [r, g, b] = await page.evaluate(
        ({ x, y }) => {
          const canvas = document.querySelector<HTMLCanvasElement>('.lane-canvas')!;
          const c = canvas.getBoundingClientRect();
          const k = canvas.width / c.width;
          return [
            ...canvas.getContext('2d')!.getImageData(Math.floor((x - c.left) * k), Math.floor((y - c.top) * k), 1, 1)
              .data,
          ];
        },
        { x: box.x + box.width / 2, y: box.y + box.height - 2 },
      );
      expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeGreaterThan(20);
      await page.screenshot({ path: screenshotPath(`density-dense-fit-${size}`) });
      expect(await badgesInsidePlot(page)).toBe(true);

      const [w0, w1] = fullSpan(denseFile);
      const plotWidth = (await page.locator('.plot').boundingBox())!.width;
      await bucket.click();
      const [a, b2] = await urlWindow(page);
      // A bar is one slice of about its own width (up to one and a half at an edge, and the fit window reaches past
      // the data), plus a small margin: the window narrows to it, whatever the screen.
      const slice = ((w1 - w0) * box.width) / plotWidth;
      expect(b2 - a).toBeLessThan(3 * slice);
      // The slice's events are in the new window: the lane now holds marks or finer bars of its own.
      await page.locator('.plot:not(.moving)').waitFor();
      await expect(page.locator('.lane-body .mark, .lane-body .cluster').count()).resolves.toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('draws most of a month’s day events as named marks, above the bands, at any month', async () => {
      const { page, context } = await open(dense, viewport);
      // Three months: a busy one, a quiet one and one in between.
      const byMonth = new Map<string, Set<string>>();
      for (const e of denseFile.events)
        if (e.date.precision === 'day') {
          const m = e.date.start.slice(0, 7);
          if (!byMonth.has(m)) byMonth.set(m, new Set());
          byMonth.get(m)!.add(e.id);
        }
      const months = [...byMonth].sort((x, y) => y[1].size - x[1].size);
      for (const [month, ids] of [months[0]!, months[Math.floor(months.length / 2)]!, months.at(-1)!]) {
        const [y, m] = month.split('-').map(Number) as [number, number];
        await showWindow(page, Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1));
        const marked = (await namedMarks(page)).filter((id) => ids.has(id));
        expect(new Set(marked).size, month).toBeGreaterThanOrEqual(Math.min(15, Math.ceil(ids.size / 2)));
        expect(await pointsAboveBands(page), month).toBe(true);
        expect(await badgesInsidePlot(page), month).toBe(true);
        if (month === months[0]![0]) await page.screenshot({ path: screenshotPath(`density-dense-month-${size}`) });
      }
      await context.close();
    }, 60_000);

    it('opens a lane from its "+N more" chip, showing the bands that did not fit', async () => {
      const { page, context } = await open(dense, viewport);
      const busiest = new Map<string, number>();
      for (const e of denseFile.events)
        if (e.date.precision === 'day')
          busiest.set(e.date.start.slice(0, 7), (busiest.get(e.date.start.slice(0, 7)) ?? 0) + 1);
      const [month] = [...busiest].sort((x, y) => y[1] - x[1])[0]!;
      const [y, m] = month.split('-').map(Number) as [number, number];
      await showWindow(page, Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1));
      const chip = page.locator('.cluster.bands').first();
      const lane = page.locator('.lane').filter({ has: chip }).first();
      const laneName = await lane.getAttribute('aria-label');
      const count = Number((await chip.textContent())!.match(/\+(\d+)/)![1]);
      const before = await lane.locator('.mark.band').count();
      const windowBefore = await urlWindow(page);
      await chip.click();
      const opened = page.getByRole('group', { name: laneName!, exact: true });
      await expect.poll(() => opened.locator('.mark.band').count()).toBe(before + count);
      await expect(opened.locator('.cluster.bands').count()).resolves.toBe(0);
      expect(await urlWindow(page)).toEqual(windowBefore); // bands longer than the window: no zoom out
      await page.screenshot({ path: screenshotPath(`density-dense-opened-${size}`) });
      await context.close();
    }, 60_000);

    it('groups places under their country at 18,000 events', async () => {
      const { page, context } = await open(dense, viewport);
      await page.getByRole('radio', { name: 'Location' }).check();
      await page.locator('.lane-group').first().waitFor();
      const groups = await page.locator('.lane-group').evaluateAll((gs) =>
        gs.map((g) => ({
          name: g.getAttribute('aria-label'),
          lanes: [...g.querySelectorAll('.lane')].map((l) => l.getAttribute('aria-label')),
        })),
      );
      const countryOf = new Map(
        denseFile.events.flatMap((e) => (e.location ? [[e.location.name, e.location.country] as const] : [])),
      );
      expect(groups.map((g) => g.name).sort()).toEqual([...new Set(countryOf.values())].sort());
      for (const g of groups) for (const l of g.lanes) expect(countryOf.get(l!), l!).toBe(g.name);
      await page.screenshot({ path: screenshotPath(`density-dense-location-${size}`) });
      await context.close();
    }, 60_000);
  });

  describe('events of one day', () => {
    it('zooms into a "+N" badge to exactly its events and shows every one of them', async () => {
      const { page, context } = await open(sameDay, viewport);
      const badge = page.locator('.cluster.overflow').first();
      const n = Number((await badge.textContent())!.replace('+', ''));
      expect(n).toBeGreaterThan(0);
      await badge.click();
      const [a, b] = await urlWindow(page);
      // The day, with a margin of half a day each side at most.
      expect(a).toBeGreaterThanOrEqual(Date.UTC(2016, 2, 2, 12) - 60_000);
      expect(b).toBeLessThanOrEqual(Date.UTC(2016, 2, 4, 12) + 60_000);
      await page.locator('.plot:not(.moving)').waitFor();
      await expect.poll(() => page.locator('.cluster.overflow').count()).toBe(0);
      const ids = await namedMarks(page);
      expect(new Set(ids).size).toBe(12);
      await page.screenshot({ path: screenshotPath(`density-same-day-${size}`) });
      await context.close();
    });
  });
});

function fullSpan(file: EventsFile): [number, number] {
  const starts = file.events.map((e) => Date.parse(e.date.start.length === 4 ? `${e.date.start}-01-01` : e.date.start));
  return [Math.min(...starts), Math.max(...starts)];
}
