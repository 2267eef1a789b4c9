/**
 * Issue 12, items 3, 4, 5, 6 and 8 in Chromium, on the seed site and on 3,000 generated articles (about 18,000
 * events), each at 1,440×900 and 390×844 (where the event list is a tab): a badge zooms to its events (seeds), the
 * Events table follows the window and a row centres the timeline, Fit all fits what is filtered and a date filter
 * moves the window, the legend folds and stays folded across a reload, and the place list searches and groups.
 * Expectations are computed from the events.json being served.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EventsFile, TimelineEvent } from '../../src/model/index.ts';
import { eventExtent } from '../../src/app/core/timeline/precision.ts';
import { generatedCorpus } from './support/generatedCorpus.ts';
import { defaultSiteData } from './support/site.ts';
import { siteSuite, type SiteSuite } from './support/suite.ts';
import {
  markedSentence,
  screenshotPath,
  seriousAxeViolations,
  waitForApp,
  waitForEventList,
  watchedPage,
} from './support/page.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

async function open(suite: SiteSuite, viewport = DESKTOP, hash = '') {
  const w = await watchedPage(suite.browser(), viewport);
  await w.page.goto(`${suite.site().url}${hash}`);
  await waitForApp(w.page);
  await waitForEventList(w.page);
  await w.page.locator('.plot .mark, .plot .cluster').first().waitFor();
  return w;
}

const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}Z`;
const windowHash = (a: number, b: number) => `#w=${iso(a)}~${iso(b)}`;

/** [start, end) of each event, as the app computes it. */
function extents(data: EventsFile): Map<TimelineEvent, { start: number; end: number }> {
  const published = new Map(data.articles.map((a) => [a.id, a.published]));
  return new Map(
    data.events.map((e) => {
      const dates = e.sources.map((s) => published.get(s.article) ?? null).filter((p) => p !== null);
      return [e, eventExtent(e.date, dates.sort()[0] ?? null)];
    }),
  );
}

/** The window the URL holds, in ms. */
function urlWindow(page: Page): [number, number] | null {
  const w = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('w');
  return w === null ? null : (w.split('~').map((x) => Date.parse(x)) as [number, number]);
}

const tableRows = (page: Page) => page.getByRole('table', { name: 'Events' }).locator('tbody tr');

/** The window label's dates ("2 Jun 2012 – 10 Sep 2028") as UTC ms. */
async function labelWindow(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.window-label').textContent()) ?? '';
  const [a, b] = text.split(' – ').map((d) => Date.parse(`${d} UTC`));
  return [a!, b!];
}

type Viewport = { readonly width: number; readonly height: number };
const VIEWPORTS = [DESKTOP, PHONE] as const;
const tag = (v: Viewport) => `${v.width}x${v.height}`;

/** On a phone the timeline and the event list are tabs (ViewTabs): shows the one named. */
async function showTab(page: Page, viewport: Viewport, name: 'Timeline' | 'Events'): Promise<void> {
  if (viewport.width <= 700) await page.getByRole('tab', { name, exact: true }).click();
}

/** The summary's first number: how many events pass the filters. */
async function passing(page: Page): Promise<number> {
  return Number(/^([\d,]+) of /.exec((await page.locator('.summary').textContent()) ?? '')?.[1]?.replace(/,/g, ''));
}

/** Words of the table's cells that the layout broke across two lines, as "word (cell text)". */
function brokenWords(page: Page): Promise<string[]> {
  return page.locator('table[aria-label="Events"] tbody').evaluate((tbody) => {
    const broken: string[] = [];
    for (const td of tbody.querySelectorAll('td')) {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${m[0]} (${td.textContent})`);
        }
      }
    }
    return broken;
  });
}

/**
 * Clicks the last row of the table (showing the Events tab on a phone): its source opens and the window, as the
 * URL holds it, is centred on the event. Returns to the timeline tab.
 */
async function rowCentresTimeline(page: Page, viewport: Viewport, data: EventsFile): Promise<void> {
  const x = extents(data);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  await showTab(page, viewport, 'Events');
  const row = tableRows(page).last();
  const event = byId.get((await row.getAttribute('data-event-id'))!)!;
  await row.locator('.linklike').click();
  await page.locator('mark.sentence').waitFor();
  expect(event.sources.map((s) => s.sentence)).toContain(await markedSentence(page));
  const e = x.get(event)!;
  const offCentre = () => {
    const [u0, u1] = urlWindow(page)!;
    return Math.abs((u0 + u1) / 2 - (e.start + e.end) / 2);
  };
  // The URL holds the window to the minute, written a moment after it changes.
  await expect.poll(offCentre).toBeLessThan(2 * 60_000);
  await page.screenshot({ path: screenshotPath(`issue12-row-opened-${data.events.length}-${tag(viewport)}`) });
  await showTab(page, viewport, 'Timeline');
}

/**
 * Item 5 on any data: a search (`word`) then Fit all shows from its first hit to its last; with the search
 * cleared and the view zoomed and panned elsewhere, a date range (the year `year`) moves the window to it.
 */
async function fitAllAndDateFilter(suite: SiteSuite, viewport: Viewport, word: string, year: number, name: string) {
  const data = suite.site().data;
  const x = extents(data);
  const { page, context, problems } = await open(suite, viewport);
  const all = await labelWindow(page);
  const hits = data.events.filter((e) =>
    [e.title, ...e.sources.map((s) => s.sentence)].some((t) => t.toLowerCase().includes(word)),
  );
  expect(hits.length).toBeGreaterThan(0);
  await page.getByRole('searchbox', { name: /search/i }).fill(word);
  await page.locator('.zoom-buttons').getByRole('button', { name: 'Fit all', exact: true }).click();
  await expect.poll(() => passing(page)).toBe(hits.length);
  const first = Math.min(...hits.map((e) => x.get(e)!.start));
  const last = Math.max(...hits.map((e) => x.get(e)!.end));
  await expect.poll(async () => (await labelWindow(page))[0]).toBeGreaterThan(all[0]);
  const fitted = await labelWindow(page);
  expect(fitted[0]).toBeLessThanOrEqual(first);
  expect(fitted[1]).toBeGreaterThanOrEqual(last - DAY);
  await page.screenshot({ path: screenshotPath(`issue12-${name}-fit-search-${tag(viewport)}`) });
  await page.getByRole('searchbox', { name: /search/i }).fill('');
  // Zoomed elsewhere, a date range moves the window to it.
  await page.locator('.zoom-buttons').getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Earlier', exact: true }).click();
  await page.getByLabel('From', { exact: true }).fill(`${year}-01-01`);
  await page.getByLabel('To', { exact: true }).fill(`${year}-12-31`);
  await expect
    .poll(async () => {
      const [a, b] = await labelWindow(page);
      return a >= Date.UTC(year - 1, 9, 1) && b <= Date.UTC(year + 2, 0, 1);
    })
    .toBe(true);
  await page.screenshot({ path: screenshotPath(`issue12-${name}-date-filter-${tag(viewport)}`) });
  expect(problems).toEqual([]);
  await context.close();
}

/** The month ("2016-03") with the most day-precision events. */
function busiestMonth(data: EventsFile): string {
  const perMonth = new Map<string, number>();
  for (const e of data.events)
    if (e.date.precision === 'day')
      perMonth.set(e.date.start.slice(0, 7), (perMonth.get(e.date.start.slice(0, 7)) ?? 0) + 1);
  return [...perMonth].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** The year most events start in. */
function busiestYear(data: EventsFile): number {
  const n = new Map<number, number>();
  for (const e of data.events)
    n.set(Number(e.date.start.slice(0, 4)), (n.get(Number(e.date.start.slice(0, 4))) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

describe(`issue 12 items on the seeds (${defaultSiteData()} data)`, () => {
  const suite = siteSuite(defaultSiteData());

  describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
    it('the table lists the events in view in date order, or all filtered; a row centres the timeline', async () => {
      const data = suite.site().data;
      const x = extents(data);
      const starts = [...x.values()].map((e) => e.start).sort((a, b) => a - b);
      // A window around the middle event, wide enough to hold a few.
      const mid = starts[Math.floor(starts.length / 2)]!;
      const w: [number, number] = [mid - 200 * DAY, mid + 200 * DAY];
      const { page, context, problems } = await open(suite, viewport, windowHash(w[0], w[1]));
      await showTab(page, viewport, 'Events');
      const inView = data.events.filter((e) => x.get(e)!.end > w[0] && x.get(e)!.start < w[1]);
      expect(inView.length).toBeGreaterThan(0);
      expect(inView.length).toBeLessThan(data.events.length);
      await expect.poll(() => tableRows(page).count()).toBe(inView.length);
      const rowIds = () => tableRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')!));
      expect((await rowIds()).sort()).toEqual(inView.map((e) => e.id).sort());
      await page.screenshot({ path: screenshotPath(`issue12-table-in-view-${tag(viewport)}`) });
      await page.getByRole('radio', { name: /All filtered/ }).check();
      await expect.poll(() => tableRows(page).count()).toBe(data.events.length);
      // Every word whole, at 390 px too (the Place column read "Palmy / ra").
      expect(await brokenWords(page)).toEqual([]);
      // Date order: each row's event starts no earlier than the one before.
      const byId = new Map(data.events.map((e) => [e.id, e]));
      const rowStarts = (await rowIds()).map((id) => x.get(byId.get(id)!)!.start);
      expect([...rowStarts].sort((a, b) => a - b)).toEqual(rowStarts);
      await page.getByRole('radio', { name: /In view/ }).check();
      // Clicking a row opens its source and centres the timeline on the event.
      await rowCentresTimeline(page, viewport, data);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('a "+N" badge shows its count on screen and zooms to exactly its events, which then show', async () => {
      // The seeds have no badge at fit-all on a wide screen (no lane has more than three day events close together,
      // and it has four rows). Where one shows there too: each event in every actor's lane, in a window of sixty
      // years, where the days of the ISIS lane (21 of the 25 events) fall on one another.
      const data = suite.site().data;
      const x = extents(data);
      const { page, context, problems } = await open(
        suite,
        viewport,
        '#la=every&w=1990-01-01T00:00Z~2050-01-01T00:00Z',
      );
      const badge = page.locator('.plot .cluster.overflow').first();
      await badge.waitFor();
      const laneName = await badge.evaluate((b) => b.closest('.lane')!.getAttribute('aria-label')!);
      // Its name says how many and when ("4 more events, 20 May 2015 to 5 Sep 2017: zoom in"); its count is
      // written inside the plot.
      const name = (await badge.getAttribute('aria-label'))!;
      const [, count, from, to] = /^(\d+) more events?, (.+) to (.+): zoom in$/.exec(name)!;
      expect(await badge.textContent()).toBe(`+${count}`);
      const plot = (await page.locator('.plot').boundingBox())!;
      const box = (await badge.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(plot.x);
      expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width);
      await page.screenshot({ path: screenshotPath(`issue12-seed-badge-${tag(viewport)}`) });
      // Its events: the lane's day points of those days (every actor's lane: the lane's actor among theirs).
      const start = Date.parse(`${from} UTC`);
      const end = Date.parse(`${to} UTC`) + DAY;
      const inLane = data.events.filter(
        (e) =>
          e.actors.includes(laneName) &&
          e.date.precision === 'day' &&
          e.date.qualifier === undefined &&
          e.date.end === undefined &&
          x.get(e)!.start >= start &&
          x.get(e)!.end <= end,
      );
      expect(inLane.length).toBeGreaterThanOrEqual(Number(count));
      // The window is their extent with a little margin (8 %, at least half a day), not a fixed zoom step.
      const wide = urlWindow(page)!;
      await badge.click();
      await expect.poll(() => urlWindow(page)?.[0]).not.toBe(wide[0]);
      const [a, b] = urlWindow(page)!;
      const margin = Math.max((end - start) * 0.08, DAY / 2) + 60_000;
      expect(a).toBeGreaterThanOrEqual(start - margin);
      expect(b).toBeGreaterThanOrEqual(end);
      expect(b).toBeLessThanOrEqual(end + margin);
      // Each of them is a named mark of the lane, and the lane has no badge left there.
      await page.locator('.plot:not(.moving)').waitFor();
      const lane = page.getByRole('group', { name: laneName, exact: true });
      const shown = () => lane.locator('.mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-event-id')));
      const missing = async () => {
        const ids = new Set(await shown());
        return inLane.filter((e) => !ids.has(e.id)).map((e) => e.title);
      };
      await expect.poll(missing).toEqual([]);
      await expect(lane.locator('.cluster.overflow').count()).resolves.toBe(0);
      await page.screenshot({ path: screenshotPath(`issue12-seed-badge-zoomed-${tag(viewport)}`) });
      expect(problems).toEqual([]);
      await context.close();
    }, 40_000);

    it('Fit all fits what the search leaves, and a date filter moves the window to it', async () => {
      const data = suite.site().data;
      const x = extents(data);
      // The longest title word of the latest event, as a reader would search it.
      const latest = [...data.events].sort((a, b) => x.get(a)!.start - x.get(b)!.start).at(-1)!;
      const word = latest.title
        .split(' ')
        .sort((a, b) => b.length - a.length)[0]!
        .toLowerCase();
      await fitAllAndDateFilter(suite, viewport, word, busiestYear(data), 'seeds');
    });
  });

  it('the legend shows shapes and type colours, folds, and stays folded across a reload', async () => {
    const { page, context } = await open(suite);
    const legend = page.locator('.legend');
    await expect(legend.getByRole('list', { name: 'Shapes' }).locator('li').allTextContents()).resolves.toEqual([
      'day',
      'month',
      'year',
      '“since”: until the article’s date',
      '“by”: at some time before',
      'sources disagree on the date',
    ]);
    const types = new Set(suite.site().data.events.map((e) => e.type));
    await expect(legend.getByRole('list', { name: 'Event type colours' }).locator('li').count()).resolves.toBe(
      types.size,
    );
    await page.screenshot({
      path: screenshotPath('issue12-legend-1440x900'),
      clip: { x: 0, y: 0, width: 1440, height: 260 },
    });
    await legend.getByRole('button', { name: 'Legend' }).click();
    await expect(legend.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect.poll(() => new URL(page.url()).hash).toContain('lg=0');
    await page.reload();
    await waitForApp(page);
    await expect(legend.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(legend.locator('li').count()).resolves.toBe(0);
    await context.close();
    // On a phone it starts folded (it would take seven lines), and opens on a tap.
    const phone = await open(suite, PHONE);
    const button = phone.page.locator('.legend').getByRole('button', { name: 'Legend' });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await button.click();
    await expect(phone.page.locator('.legend li').count()).resolves.toBeGreaterThan(6);
    await phone.page.screenshot({ path: screenshotPath('issue12-legend-390x844') });
    await phone.context.close();
  });
});

describe('issue 12 items on 3,000 generated articles', () => {
  const suite = siteSuite(async () => ({ eventsDir: generatedCorpus(3000) }));

  it('the place list searches and groups by country, with counts; a country box filters its places', async () => {
    const data = suite.site().data;
    // Seas and gulfs have no country (null) and are listed apart.
    const countries = [
      ...new Set(data.events.flatMap((e) => (e.location?.country == null ? [] : [e.location.country]))),
    ];
    expect(countries.length).toBeGreaterThan(1);
    const place = data.events.find((e) => e.location?.country != null)!.location!;
    for (const viewport of VIEWPORTS) {
      const { page, context } = await open(suite, viewport);
      const places = page.getByRole('group', { name: 'Places' });
      // Groups start folded: one header per country, each with its own checkbox.
      for (const c of countries)
        await expect(places.getByRole('checkbox', { name: new RegExp(`^${c} \\(`) }).count()).resolves.toBe(1);
      // A search finds a place whatever its case and accents, and opens its group.
      await places.getByRole('searchbox', { name: 'Find places' }).fill(place.name.slice(0, 4).toUpperCase());
      await expect(places.getByRole('checkbox', { name: place.name, exact: true }).isVisible()).resolves.toBe(true);
      await places.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`issue12-dense-place-search-${tag(viewport)}`) });
      await places.getByRole('searchbox', { name: 'Find places' }).fill('');
      // Unchecking a country hides every event placed in it (and only those: homonyms in other countries stay).
      const country = place.country;
      const remaining = data.events.filter((e) => e.location?.country !== country).length;
      await places.getByRole('checkbox', { name: new RegExp(`^${country} \\(`) }).uncheck();
      await expect.poll(() => passing(page)).toBe(remaining);
      await context.close();
    }
  }, 80_000);

  it('Fit all fits what a search leaves, and a date filter moves the window to it', async () => {
    const data = suite.site().data;
    const x = extents(data);
    const [min, max] = [
      Math.min(...[...x.values()].map((e) => e.start)),
      Math.max(...[...x.values()].map((e) => e.end)),
    ];
    // A title word that few events hold, all of them well inside the data's span: Fit all must narrow to them.
    const haystack = data.events.map((e) => [e.title, ...e.sources.map((s) => s.sentence)].join('\n').toLowerCase());
    const words = [...new Set(data.events.flatMap((e) => e.title.toLowerCase().split(/[^a-z]+/)))].filter(
      (w) => w.length >= 6,
    );
    const word = words
      .map((w) => {
        const hits = data.events.filter((_, i) => haystack[i]!.includes(w));
        const first = Math.min(...hits.map((e) => x.get(e)!.start));
        const last = Math.max(...hits.map((e) => x.get(e)!.end));
        return { w, n: hits.length, inside: first > min + (max - min) / 10 && last < max };
      })
      .filter((c) => c.n >= 2 && c.inside)
      .sort((a, b) => a.n - b.n || (a.w < b.w ? -1 : 1))[0]?.w;
    expect(word).toBeDefined();
    for (const viewport of VIEWPORTS) await fitAllAndDateFilter(suite, viewport, word!, busiestYear(data), 'dense');
  }, 120_000);

  it('has no serious or critical axe violation on the busiest month, at 1440 and 390 px, legend open', async () => {
    const types = new Set(suite.site().data.events.map((e) => e.type));
    const month = busiestMonth(suite.site().data);
    const a = Date.parse(`${month}-01T00:00Z`);
    for (const viewport of VIEWPORTS) {
      // axe is injected as a script: this page bypasses the CSP for it.
      const { page, context } = await watchedPage(suite.browser(), viewport, { bypassCSP: true });
      await page.goto(`${suite.site().url}${windowHash(a, a + 31 * DAY)}`);
      await waitForApp(page);
      await waitForEventList(page);
      await page.locator('.plot .mark').first().waitFor();
      // The legend (folded at first on a phone) names one colour per event type of the data.
      const legend = page.locator('.legend');
      const button = legend.getByRole('button', { name: 'Legend' });
      if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
      await expect(legend.getByRole('list', { name: 'Event type colours' }).locator('li').count()).resolves.toBe(
        types.size,
      );
      await page.screenshot({ path: screenshotPath(`issue12-dense-legend-${tag(viewport)}`) });
      expect(await seriousAxeViolations(page), tag(viewport)).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('the table follows a month of the timeline, and every screen fits', async () => {
    const data = suite.site().data;
    const x = extents(data);
    const month = busiestMonth(data);
    const a = Date.parse(`${month}-01T00:00Z`);
    const b = a + 31 * DAY;
    for (const viewport of VIEWPORTS) {
      const { page, context, problems } = await open(suite, viewport, windowHash(a, b));
      const inView = data.events.filter((e) => x.get(e)!.end > a && x.get(e)!.start < b).length;
      await expect
        .poll(async () =>
          Number(
            /\(([\d,]+) in view/
              .exec((await page.locator('#events-heading').textContent()) ?? '')?.[1]
              ?.replace(/,/g, ''),
          ),
        )
        .toBe(inView);
      await page.screenshot({ path: screenshotPath(`issue12-dense-month-${tag(viewport)}`) });
      await showTab(page, viewport, 'Events');
      await page.locator('#events-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: screenshotPath(`issue12-dense-month-${tag(viewport)}-table`) });
      if (viewport.width > 700) {
        // Beside the table the filters stay in view (the left column was blank once scrolled down to it).
        const filters = (await page.locator('#filters-heading').boundingBox())!;
        expect(filters.y).toBeGreaterThanOrEqual(0);
        expect(filters.y + filters.height).toBeLessThanOrEqual(viewport.height);
        // Scrolled down the month's list, the column names stay in view above the rows.
        const rows = page.locator('.event-list tbody tr');
        expect(await rows.count()).toBeGreaterThan(40);
        await rows.nth(30).evaluate((r) => r.scrollIntoView({ block: 'start' }));
        const header = (await page.locator('.event-list thead th').first().boundingBox())!;
        expect(header.y).toBeGreaterThanOrEqual(-1);
        expect(header.y + header.height).toBeLessThanOrEqual(viewport.height);
        await page.locator('#events-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The table itself fits its box: no column (the Place column, at 390 px) is left to be scrolled to sideways.
      const tableOverflow = await page.locator('.table-wrap').evaluate((w) => w.scrollWidth - w.clientWidth);
      expect(tableOverflow).toBeLessThanOrEqual(0);
      // ...and keeps its words whole: at 390 px the Place column read "Palmy / ra".
      expect(await brokenWords(page)).toEqual([]);
      // Before an event is chosen, a phone shows no empty source panel between the tabs and the table.
      const source = page.getByRole('region', { name: 'Source' });
      expect(await source.isVisible()).toBe(viewport.width > 700);
      await showTab(page, viewport, 'Timeline');
      // A row of the month's table centres the timeline on its event.
      await rowCentresTimeline(page, viewport, data);
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 90_000);

  it('the map writes its counts with thousands separators, as the header does', async () => {
    const data = suite.site().data;
    const count = new Intl.NumberFormat('en-US');
    const located = data.events.filter((e) => e.location !== null).length;
    expect(located).toBeGreaterThan(999);
    const { page, context, problems } = await open(suite, DESKTOP);
    const status = page.getByRole('region', { name: 'Map' }).locator('.map-status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe(
        `${count.format(located)} events on the map · ${count.format(data.events.length - located)} without a place`,
      );
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
