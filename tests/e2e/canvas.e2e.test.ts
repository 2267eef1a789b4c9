/**
 * The timeline's canvas layer in Chromium: marks are painted where their (invisible) buttons are, a click on the
 * canvas itself selects what is painted there, and 20,000 events are drawn as counts per time bucket with a
 * bounded number of focusable marks, opening into single events as the reader zooms in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { convertBenchPeersData, type BenchPeersItem } from '../../scripts/synthetic/fromBenchPeers.ts';
import { BUILTIN_PLACES } from '../../scripts/synthetic/vocabulary.ts';
import { MAX_DOM_MARKS } from '../../src/app/views/timeline/Timeline.tsx';
import { launchChromium } from '../helpers/browser.ts';
import { defaultSiteData, openSite, type Site } from './support/site.ts';
import { markedSentence, screenshotPath, waitForApp, watchedPage } from './support/page.ts';

const DAY = 86_400_000;
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** `n` events in four lanes over 2014–2023, spread by a multiplicative hash (no seed text involved). */
function denseEventsJson(n: number): string {
  const t0 = Date.UTC(2014, 0, 1);
  const places = BUILTIN_PLACES.slice(0, 6).map((p) => p.canonical);
  const items: BenchPeersItem[] = Array.from({ length: n }, (_, i) => {
    const day = (i * 7919) % 3650;
    return {
      id: i,
      group: i % 4,
      start: new Date(t0 + day * DAY).toISOString().slice(0, 10),
      precision: i % 10 === 0 ? 'month' : i % 25 === 0 ? 'year' : 'day',
      location: places[i % places.length]!,
      label: `Dense event ${i}`,
      source: { url: `https://example.org/dense/${Math.floor(i / 50)}`, sentence: i % 50 },
    };
  });
  const groups = [0, 1, 2, 3].map((id) => ({ id, label: `Force ${String.fromCharCode(65 + id)}` }));
  return JSON.stringify(convertBenchPeersData({ extent: ['2014-01-01', '2024-01-01'], groups, items }, BUILTIN_PLACES));
}

/** Alpha of the lane canvas pixel under a page point (CSS px), read back from the canvas itself. */
function alphaAt(page: Page, laneIndex: number, x: number, y: number): Promise<number> {
  return page.evaluate(
    ([n, px, py]) => {
      const canvas = document.querySelectorAll<HTMLCanvasElement>('.lane-canvas')[n]!;
      const r = canvas.getBoundingClientRect();
      const k = canvas.width / r.width;
      const data = canvas
        .getContext('2d')!
        .getImageData(Math.floor((px - r.left) * k), Math.floor((py - r.top) * k), 1, 1).data;
      return data[3]!;
    },
    [laneIndex, x, y] as const,
  );
}

/** Centres of the on-screen part of the shapes of the first lane's event marks (spans may outrun the plot). */
function markCentres(page: Page) {
  return page.evaluate(() => {
    const plot = document.querySelector('.plot')!.getBoundingClientRect();
    const body = document.querySelector('.lane-body')!;
    return [...body.querySelectorAll<HTMLElement>('.mark')].flatMap((m) => {
      const r = m.querySelector('.shape')!.getBoundingClientRect();
      const left = Math.max(r.left, plot.left);
      const right = Math.min(r.right, plot.right);
      if (right - left < 2) return [];
      return [{ id: m.dataset.eventId!, x: (left + right) / 2, y: r.top + r.height / 2 }];
    });
  });
}

let browser: Browser;

/** A page of `site` at `viewport`, once the app has drawn. */
async function openPage(site: Site, viewport: { readonly width: number; readonly height: number }) {
  const w = await watchedPage(browser, viewport);
  await w.page.goto(site.url);
  await waitForApp(w.page);
  return w;
}
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe(`canvas layer (${defaultSiteData()} data)`, () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite(defaultSiteData());
  });
  afterAll(async () => {
    await site?.close();
  });

  describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
    it('paints each mark where its button is, and nothing in the gaps between rows', async () => {
      const { page, context, problems } = await openPage(site, viewport);
      const centres = await markCentres(page);
      expect(centres.length).toBeGreaterThan(0);
      for (const c of centres) expect(await alphaAt(page, 0, c.x, c.y), `mark ${c.id}`).toBeGreaterThan(0);
      // Just above the first row's shapes (the lane's padding) only grid lines are painted: most pixels are clear.
      const clear = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.lane-canvas')!;
        const k = canvas.width / canvas.getBoundingClientRect().width;
        const row = canvas.getContext('2d')!.getImageData(0, Math.floor(2 * k), canvas.width, 1).data;
        let n = 0;
        for (let i = 3; i < row.length; i += 4) if (row[i] === 0) n++;
        return n / (row.length / 4);
      });
      expect(clear).toBeGreaterThan(0.9);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('selects the mark painted under a click on the canvas itself', async () => {
      const { page, context } = await openPage(site, viewport);
      const [target] = await markCentres(page);
      expect(target).toBeDefined();
      // Dispatched on the canvas, so the mark's own button (which lies over it) plays no part.
      await page.evaluate(({ x, y }) => {
        const canvas = document.querySelector('.lane-canvas')!;
        canvas.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
      }, target!);
      await page.locator('mark.sentence').waitFor();
      const event = site.data.events.find((e) => e.id === target!.id)!;
      expect(await markedSentence(page)).toBe(event.sources[0]!.sentence);
      await expect(
        page.locator(`.lane-body .mark[data-event-id="${target!.id}"]`).first().getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await context.close();
    });
  });
});

describe('canvas layer with 20,000 events', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite({ rawEventsJson: denseEventsJson(20_000) });
  });
  afterAll(async () => {
    await site?.close();
  });

  describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
    it('draws dense lanes as bucket counts that add up to the lane, with few focusable marks', async () => {
      const { page, context, problems } = await watchedPage(browser, viewport);
      await page.addInitScript(() => {
        const w = window as unknown as { __drawnMarks: number[] };
        w.__drawnMarks = [];
        document.addEventListener('timeline-drawn', (e) =>
          w.__drawnMarks.push((e as CustomEvent<{ marks: number }>).detail.marks),
        );
      });
      await page.goto(site.url);
      await waitForApp(page);
      const drawn = await page.evaluate(() => (window as unknown as { __drawnMarks: number[] }).__drawnMarks);
      expect(drawn.some((n) => n > 0)).toBe(true);
      const focusable = await page.locator('.plot .mark, .plot .cluster').count();
      expect(focusable).toBeGreaterThan(0);
      expect(focusable).toBeLessThanOrEqual(MAX_DOM_MARKS);
      // Each lane: its badges' counts add up to its event count (the full window shows every start).
      const lanes = await page.evaluate(() =>
        [...document.querySelectorAll('.lane')].map((lane) => ({
          total: Number(lane.querySelector('.lane-count')!.textContent!.split(' ')[0]!.replace(/,/g, '')),
          counted: [...lane.querySelectorAll('.cluster.bucket')].reduce(
            (n, b) => n + Number(b.getAttribute('aria-label')!.split(' ')[0]!.replace(/,/g, '')),
            0,
          ),
        })),
      );
      expect(lanes).toHaveLength(4);
      for (const l of lanes) expect(l.counted).toBe(l.total);
      // The badges are painted: the canvas is coloured at the foot of the first one (a histogram bar rises from it).
      const badge = (await page.locator('.lane-body .cluster.bucket').first().boundingBox())!;
      expect(await alphaAt(page, 0, badge.x + badge.width / 2, badge.y + badge.height - 2)).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('opens a badge into single events by zooming, and keeps them painted and focusable', async () => {
      const { page, context } = await openPage(site, viewport);
      const firstLane = page.locator('.lane-body').first();
      for (let i = 0; i < 8 && (await firstLane.locator('.mark').count()) === 0; i++) {
        const badges = firstLane.locator('.cluster');
        const n = await badges.count();
        await badges.nth(Math.floor(n / 2)).click();
        await page.locator('.plot:not(.moving)').waitFor(); // the buttons have caught up with the window
      }
      expect(await firstLane.locator('.mark').count()).toBeGreaterThan(0);
      await expect(firstLane.locator('.mark').first().getAttribute('aria-label')).resolves.toMatch(/Dense event \d+/);
      const centres = await markCentres(page);
      expect(centres.length).toBeGreaterThan(0);
      expect(await alphaAt(page, 0, centres[0]!.x, centres[0]!.y)).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath(`canvas-dense-opened-${viewport.width}x${viewport.height}`) });
      await context.close();
    });

    it('paints a lane below the fold for the new window once the window rests', async () => {
      // Short, so that the last lane lies well below the fold.
      const { page, context } = await openPage(site, { ...viewport, height: 300 });
      // A digest of the last lane's pixels, and how far below the viewport that lane lies.
      const lastLane = () =>
        page.evaluate(() => {
          const canvases = document.querySelectorAll<HTMLCanvasElement>('.lane-canvas');
          const canvas = canvases[canvases.length - 1]!;
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let digest = 0;
          for (let i = 3; i < data.length; i += 4) digest = (digest * 31 + data[i]! * (i + 1)) % 1_000_000_007;
          return { digest, below: canvas.getBoundingClientRect().top - window.innerHeight };
        });
      const before = await lastLane();
      expect(before.below).toBeGreaterThan(200); // out of the canvas layer's 200 px margin
      const label = () => page.locator('.window-label').textContent();
      const window0 = await label();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect.poll(label).not.toBe(window0);
      await page.locator('.plot:not(.moving)').waitFor();
      // At rest every lane shows the new window, the one below the fold too …
      await expect.poll(async () => (await lastLane()).digest).not.toBe(before.digest);
      const rested = (await lastLane()).digest;
      // … and scrolling it into view finds it already painted: the same pixels after the next frames.
      await page.evaluate(() => {
        const canvases = document.querySelectorAll('.lane-canvas');
        canvases[canvases.length - 1]!.scrollIntoView();
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect((await lastLane()).digest).toBe(rested);
      await context.close();
    });

    it('reaches a badge by Tab and zooms into it with Enter, keeping focus in the timeline', async () => {
      const { page, context } = await openPage(site, viewport);
      const focusedClass = () => page.evaluate(() => document.activeElement?.className ?? '');
      for (let i = 0; i < 200 && !/cluster|mark/.test(await focusedClass()); i++) await page.keyboard.press('Tab');
      expect(await focusedClass()).toContain('cluster');
      await expect(page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).resolves.toMatch(
        /^\d[\d,]* events?, .+ to .+: zoom in$/,
      );
      const label = () => page.locator('.window-label').textContent();
      const before = await label();
      await page.keyboard.press('Enter');
      await expect.poll(label).not.toBe(before);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('.plot')!.contains(document.activeElement)))
        .toBe(true);
      await context.close();
    });
  });
});
