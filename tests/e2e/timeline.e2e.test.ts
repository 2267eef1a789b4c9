/**
 * The built site in headless Chromium, with the data `npm run build` extracted from data/articles (or the app
 * fixture where the project has no extractor yet; see defaultSiteData). Expectations are computed from the
 * events.json being served, so they hold for any data set that has the named features.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { defaultSiteData, openSite, type Site } from './support/site.ts';
import {
  cspViolations,
  eventsOfActor,
  markIsVisible,
  markedSentence,
  screenshotPath,
  seriousAxeViolations,
  sortedTitles,
  waitForApp,
  waitForEventList,
  watchedPage,
} from './support/page.ts';

let site: Site;
let browser: Browser;

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

beforeAll(async () => {
  site = await openSite(defaultSiteData());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(viewport?: { width: number; height: number }) {
  const w = await watchedPage(browser, viewport);
  await w.page.goto(site.url);
  await waitForApp(w.page);
  await waitForEventList(w.page);
  return w;
}

/**
 * Clicks the first mark drawn wholly inside the plot and returns its event. The button must lie inside too, not
 * only its shape: the plot clips what sticks out, and a click at the centre of a button half outside it lands on
 * the page instead (Playwright then waits for it forever).
 */
async function clickFirstMark(page: Page) {
  const key = await page.evaluate(() => {
    const plot = document.querySelector('.plot')!.getBoundingClientRect();
    for (const m of document.querySelectorAll<HTMLElement>('.mark')) {
      const shape = m.querySelector('.shape')!.getBoundingClientRect();
      const button = m.getBoundingClientRect();
      const inside = (r: DOMRect) => r.left >= plot.left && r.right <= plot.right;
      if (inside(shape) && inside(button)) return m.dataset.key ?? null;
    }
    return null;
  });
  if (key === null) throw new Error('no mark is drawn inside the plot');
  const mark = page.locator(`.mark[data-key="${key.replace(/"/g, '\\"')}"]`);
  const id = await mark.getAttribute('data-event-id');
  const event = site.data.events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`mark for unknown event ${id}`);
  await mark.click();
  return event;
}

describe.each(VIEWPORTS)(`timeline in Chromium (${defaultSiteData()} data) at $width×$height`, (viewport) => {
  it('draws one lane per main actor (each event in its first actor’s lane), under the CSP, without errors', async () => {
    const { page, context, problems } = await open(viewport);
    const actors = new Set(site.data.events.map((e) => e.actors[0] ?? '(no actor named)'));
    for (const actor of actors)
      await expect(page.getByRole('group', { name: actor, exact: true }).count()).resolves.toBe(1);
    const drawn = await page.locator('.mark, .cluster').count();
    expect(drawn).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('groups by location and shows a "Palmyra" lane holding the Palmyra events', async () => {
    const { page, context } = await open(viewport);
    await page.getByRole('group', { name: 'Group by' }).getByRole('radio', { name: 'Location' }).check();
    const lane = page.getByRole('group', { name: 'Palmyra', exact: true });
    await lane.waitFor();
    const expected = site.data.events.filter((e) => e.location?.name === 'Palmyra').length;
    expect(expected).toBeGreaterThan(0);
    await expect(lane.locator('.lane-count').textContent()).resolves.toBe(
      `${expected} ${expected === 1 ? 'event' : 'events'}`,
    );
    await context.close();
  });

  it('filters to one actor and lists exactly that actor’s events in the table', async () => {
    const { page, context } = await open(viewport);
    const counts = new Map<string, number>();
    for (const e of site.data.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
    // The actor with the fewest events that still shares some with others: the filter must drop the rest.
    const actor = [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
    const expected = eventsOfActor(site.data, actor);
    // On a phone the event list is a tab, and draws its rows only while shown.
    if (viewport.width <= 700) await page.getByRole('tab', { name: 'Events', exact: true }).click();
    await page.getByRole('button', { name: 'None of the actors' }).click();
    await expect(page.getByRole('table', { name: 'Events' }).locator('tbody tr').count()).resolves.toBe(0);
    await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: actor, exact: true }).check();
    const rows = page.getByRole('table', { name: 'Events' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.length);
    const titles = (await rows.locator('td:nth-child(2)').allTextContents()).sort();
    expect(titles).toEqual(sortedTitles(expected));
    await context.close();
  });

  it('clicking a mark opens its source with the sentence in a <mark>, scrolled into view', async () => {
    const { page, context, problems } = await open(viewport);
    const event = await clickFirstMark(page);
    const panel = page.getByRole('region', { name: 'Source' });
    await panel.locator('mark.sentence').waitFor();
    expect(await markedSentence(page)).toBe(event.sources[0]!.sentence);
    expect(await markIsVisible(page)).toBe(true);
    expect(await cspViolations(page)).toEqual([]); // the article text was fetched and shown under the policy
    const article = site.data.articles.find((a) => a.id === event.sources[0]!.article)!;
    if (article.title !== null)
      await expect(panel.getByRole('heading', { name: article.title }).count()).resolves.toBe(1);
    if (article.url !== null) {
      const link = panel.getByRole('link');
      await expect(link.getAttribute('href')).resolves.toBe(new URL(article.url).href);
      await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps grouping, filters, window and selection across a reload, and back/forward step through them', async () => {
    const { page, context } = await open(viewport);
    const actorCount = new Map<string, number>();
    for (const e of site.data.events) for (const a of e.actors) actorCount.set(a, (actorCount.get(a) ?? 0) + 1);
    const hidden = [...actorCount].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
    const actorBox = () =>
      page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: hidden, exact: true });
    await page.getByRole('radio', { name: 'Location' }).check();
    await page.getByRole('combobox', { name: 'Order lanes' }).selectOption('name');
    await actorBox().uncheck();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const event = await clickFirstMark(page);
    await page.locator('mark.sentence').waitFor();
    const windowLabel = await page.locator('.window-label').textContent();
    const rows = await page.getByRole('table', { name: 'Events' }).locator('tbody tr').count();
    await page.waitForTimeout(400); // the window is written to the URL after a short debounce
    await page.reload();
    await waitForApp(page);
    await waitForEventList(page);
    await expect(page.getByRole('radio', { name: 'Location' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Order lanes' }).inputValue()).resolves.toBe('name');
    await expect(actorBox().isChecked()).resolves.toBe(false);
    await expect(page.getByRole('table', { name: 'Events' }).locator('tbody tr').count()).resolves.toBe(rows);
    await expect(page.locator('.window-label').textContent()).resolves.toBe(windowLabel);
    await page.locator('mark.sentence').waitFor();
    expect(await markedSentence(page)).toBe(event.sources[0]!.sentence);
    // Back undoes one step at a time: the selection, then the actor filter, the lane order, the grouping.
    await page.goBack();
    // The panel says how to choose an event again (on a phone it hides until one is chosen).
    const hint = page.locator('.source-panel .hint');
    await hint.waitFor({ state: 'attached' });
    expect(await hint.isVisible()).toBe(viewport.width > 700);
    expect(await markedSentence(page)).toBeNull();
    await page.goBack();
    await expect(actorBox().isChecked()).resolves.toBe(true);
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Order lanes' }).inputValue()).resolves.toBe('count');
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Actor' }).isChecked()).resolves.toBe(true);
    await page.goForward();
    await expect(page.getByRole('radio', { name: 'Location' }).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('reaches a source by keyboard: Tab into the timeline, arrows between marks, Enter opens it', async () => {
    const { page, context } = await open(viewport);
    let onMark = false;
    for (let i = 0; i < 200 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => document.activeElement?.classList.contains('mark') ?? false);
    }
    expect(onMark).toBe(true);
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
    expect(second).not.toBe(first);
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId);
    await page.keyboard.press('Enter');
    await page.locator('mark.sentence').waitFor();
    const event = site.data.events.find((e) => e.id === id)!;
    expect(await markedSentence(page)).toBe(event.sources[0]!.sentence);
    await context.close();
  });

  it('zooms with + and −, the buttons, the wheel and the overview brush, and fits all again', async () => {
    const { page, context } = await open(viewport);
    const label = () => page.locator('.window-label').textContent();
    const all = await label();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(label).not.toBe(all);
    const zoomed = await label();
    await page.locator('.plot').hover();
    await page.mouse.wheel(0, -400);
    await expect.poll(label).not.toBe(zoomed);
    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await expect.poll(label).toBe(all);
    await page.locator('.overview-brush .selection').waitFor({ state: 'hidden' }); // showing all: no brush drawn
    // Brushing a stretch of the overview strip shows that stretch; a click beside the brush recentres it.
    const strip = (await page.locator('.overview').boundingBox())!;
    const y = strip.y + strip.height / 2;
    await page.mouse.move(strip.x + strip.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.4, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(label).not.toBe(all);
    const brushed = await label();
    await page.mouse.click(strip.x + strip.width * 0.8, y);
    await expect.poll(label).not.toBe(brushed);
    // Keys on the timeline's tab stop (a mark, or the plot when no mark is in the window): 0 fits all, + zooms in.
    await page.locator('.plot[tabindex="0"], .plot [tabindex="0"]').first().focus();
    await page.keyboard.press('0');
    await expect.poll(label).toBe(all);
    await page.keyboard.press('+');
    await expect.poll(label).not.toBe(all);
    await context.close();
  });

  it('drag pans by exactly the dragged distance, keeping the zoom', async () => {
    const { page, context } = await open(viewport);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const windowInUrl = () => {
      const w = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('w');
      return w === null ? null : w.split('~').map((x) => Date.parse(x));
    };
    await expect.poll(windowInUrl).not.toBeNull();
    const before = windowInUrl()!;
    const lane = (await page.locator('.plot .lane-body').first().boundingBox())!;
    const width = (await page.locator('.plot').boundingBox())!.width;
    await page.mouse.move(lane.x + 100, lane.y + 2);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(lane.x + 100 + i * 10, lane.y + 2);
    await page.mouse.up();
    const span = before[1]! - before[0]!;
    const expected = before[0]! - (300 / width) * span;
    // The URL holds the window to the minute.
    await expect.poll(() => Math.abs(windowInUrl()![0]! - expected) < 2 * 60_000).toBe(true);
    const after = windowInUrl()!;
    expect(Math.abs(after[1]! - after[0]! - span)).toBeLessThan(2 * 60_000);
    await context.close();
  });
});

describe(`timeline axe and screenshots (${defaultSiteData()} data)`, () => {
  it('has no serious or critical axe violation, at 1440 px and at 390 px', async () => {
    for (const viewport of VIEWPORTS) {
      const { page, context } = await watchedPage(browser, viewport, { bypassCSP: true });
      await page.goto(site.url);
      await waitForApp(page);
      await clickFirstMark(page);
      await page.locator('mark.sentence').waitFor();
      expect(await seriousAxeViolations(page), `${viewport.width}px`).toEqual([]);
      await context.close();
    }
  });

  it('writes screenshots at 1440×900 and 390×844, and fits 390 px without sideways scrolling', async () => {
    for (const viewport of VIEWPORTS) {
      const { page, context } = await open(viewport);
      await page.screenshot({ path: screenshotPath(`timeline-${viewport.width}x${viewport.height}`) });
      await clickFirstMark(page);
      await page.locator('mark.sentence').waitFor();
      await page.screenshot({
        path: screenshotPath(`timeline-${viewport.width}x${viewport.height}-source`),
        fullPage: true,
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
