/**
 * Issue 12's bug list, each reproduced on the seed site in Chromium as the reader met it: a click near the right
 * edge, Fit all at the latest events, the keys at the end of a lane, Escape, a phone tap, Tab from the top, the
 * axis at fine zoom, the order and naming of sources and dimmed page furniture. Expectations are computed from
 * the events.json being served.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/model/index.ts';
import { defaultSiteData } from './support/site.ts';
import { siteSuite } from './support/suite.ts';
import { markedSentence, screenshotPath, waitForApp, watchedPage } from './support/page.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const suite = siteSuite(defaultSiteData());

async function open(viewport = DESKTOP, hash = '') {
  const w = await watchedPage(suite.browser(), viewport);
  await w.page.goto(`${suite.site().url}${hash}`);
  await waitForApp(w.page);
  await w.page.locator('.plot .mark').first().waitFor();
  return w;
}

/** The event that starts last (ties: the last in file order), and its marks. */
function latestEvent(): TimelineEvent {
  return [...suite.site().data.events].sort((a, b) => (a.date.start < b.date.start ? -1 : 1)).at(-1)!;
}

const focusedKey = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key);
const windowLabel = (page: Page) => page.locator('.window-label').textContent();

describe(`issue 12 bugs (${defaultSiteData()} data)`, () => {
  it('a click on a mark at the right edge does not shift the timeline sideways', async () => {
    // The latest event near the right edge, its title running past it (as the reader found it).
    const event = latestEvent();
    const t = Date.parse(event.date.start);
    const span = 2 * 365 * 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
    const { page, context, problems } = await open(DESKTOP, `#w=${iso(t - 0.97 * span)}~${iso(t + 0.03 * span)}`);
    const laneX = async () => (await page.locator('.lane-toggle').first().boundingBox())!.x;
    const before = await laneX();
    // Where the reader clicks: on the shape (the button's centre, under its title, may lie past the edge).
    const shape = (await page.locator(`.mark[data-event-id="${event.id}"] .shape`).first().boundingBox())!;
    const plotBox = (await page.locator('.plot').boundingBox())!;
    expect(shape.x + shape.width).toBeLessThan(plotBox.x + plotBox.width);
    await page.mouse.click(shape.x + shape.width / 2, shape.y + shape.height / 2);
    // Scrolling it into view (Playwright's click does, as do find-in-page and assistive technology) must not
    // scroll the plot: its button runs past the right edge under its title.
    await page
      .locator(`.mark[data-event-id="${event.id}"]`)
      .first()
      .evaluate((m) => m.scrollIntoView({ block: 'nearest', inline: 'end' }));
    await page.locator('mark.sentence').waitFor();
    expect(await laneX()).toBe(before);
    expect(await page.locator('.plot').evaluate((p) => p.scrollLeft)).toBe(0);
    // The axis, lanes and canvases still start at the plot's left edge (no blank strip).
    const plot = (await page.locator('.plot').boundingBox())!;
    const canvas = (await page.locator('.lane-canvas').first().boundingBox())!;
    expect(Math.abs(canvas.x - plot.x)).toBeLessThan(1);
    await page.screenshot({ path: screenshotPath('issue12-right-edge-click-1440x900') });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Fit all leaves room for the titles of the latest events', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await open(viewport);
      await page.locator('.zoom-buttons').getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.locator('.zoom-buttons').getByRole('button', { name: 'Fit all', exact: true }).click();
      const latest = latestEvent();
      const overflow = await page.evaluate((id) => {
        const plot = document.querySelector('.plot')!.getBoundingClientRect();
        const marks = [...document.querySelectorAll<HTMLElement>(`.mark[data-event-id="${id}"]`)];
        return marks.map((m) => {
          const title = m.querySelector('.mark-title');
          const r = (title ?? m).getBoundingClientRect();
          return { titled: title !== null, over: r.right - plot.right };
        });
      }, latest.id);
      expect(overflow.length).toBeGreaterThan(0);
      for (const o of overflow) expect(o.over).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`issue12-fit-all-${viewport.width}x${viewport.height}`) });
      await context.close();
    }
  });

  it('ArrowRight on a lane’s last event stays on it; PageDown keeps focus in the same lane', async () => {
    const { page, context } = await open();
    await page.locator('.plot [tabindex="0"]').first().focus();
    await page.keyboard.press('End');
    const last = await focusedKey(page);
    const label = await windowLabel(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedKey(page)).toBe(last);
    expect(await windowLabel(page)).toBe(label);
    // A lane in the middle: PageDown pans, and focus stays in that lane.
    const lanes = await page.locator('.lane').evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label')));
    const laneName = lanes[Math.min(2, lanes.length - 1)]!;
    await page.getByRole('group', { name: laneName, exact: true }).locator('.mark').first().focus();
    // Where focus is once the window has settled: a mark of the lane, else the plot itself (never the page).
    const focusInLane = async () => {
      const key = await focusedKey(page);
      if (key !== undefined) return key.startsWith(`actor:${laneName}|`);
      return page.evaluate(() => document.activeElement?.classList.contains('plot') === true);
    };
    let shown = label;
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => windowLabel(page)).not.toBe(shown);
      shown = (await windowLabel(page)) ?? '';
      await expect.poll(focusInLane).toBe(true);
    }
    await context.close();
  });

  it('Escape and the Close button close the source panel and give focus back to the mark', async () => {
    const { page, context } = await open();
    const mark = page.locator('.plot .mark').first();
    const key = await mark.getAttribute('data-key');
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.locator('mark.sentence').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Source' }).locator('.hint').waitFor();
    expect(await markedSentence(page)).toBeNull();
    expect(await focusedKey(page)).toBe(key);
    await mark.click();
    await page.locator('mark.sentence').waitFor();
    await page.getByRole('button', { name: 'Close the source panel' }).click();
    await page.getByRole('region', { name: 'Source' }).locator('.hint').waitFor();
    expect(new URL(page.url()).hash).not.toMatch(/[#&]e=/);
    await context.close();
  });

  it('on a 390×844 phone a tap shows the event title, the source buttons and the sentence together', async () => {
    const { page, context } = await open(PHONE);
    // A mark wholly inside the plot (the plot clips what sticks out; a click there would miss).
    const key = await page.evaluate(() => {
      const plot = document.querySelector('.plot')!.getBoundingClientRect();
      const inside = (r: DOMRect) => r.left >= plot.left && r.right <= plot.right;
      const m = [...document.querySelectorAll<HTMLElement>('.mark')].find((el) => inside(el.getBoundingClientRect()));
      return m?.dataset.key ?? null;
    });
    expect(key).not.toBeNull();
    const mark = page.locator(`.mark[data-key="${key!.replace(/"/g, '\\"')}"]`);
    await mark.scrollIntoViewIfNeeded();
    const y0 = await page.evaluate(() => window.scrollY);
    await mark.click();
    await page.locator('mark.sentence').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: screenshotPath('issue12-phone-tap-390x844') });
    const inView = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    expect(await inView('.event-title')).toBe(true);
    expect(await inView('.source-nav')).toBe(true);
    const sentence = await page.locator('mark.sentence').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    expect(sentence).toBe(true);
    const jump = (await page.evaluate(() => window.scrollY)) - y0;
    expect(jump).toBeLessThan(1500);
    await context.close();
  });

  it('the first Tab reaches a skip link that puts focus on a mark; + zooms around that mark', async () => {
    const { page, context } = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the timeline');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mark'))).toBe(true);
    // Move to a mark away from the middle, then zoom: that mark stays where it was on screen.
    await page.keyboard.press('End');
    const key = (await focusedKey(page))!;
    const centre = () =>
      page.evaluate((k) => {
        const el = document.querySelector<HTMLElement>(`.mark[data-key="${CSS.escape(k)}"] .shape`);
        if (el === null) return null;
        const r = el.getBoundingClientRect();
        return r.left + r.width / 2;
      }, key);
    const x0 = (await centre())!;
    const label = await windowLabel(page);
    await page.keyboard.press('+');
    await expect.poll(() => windowLabel(page)).not.toBe(label);
    await expect.poll(centre).not.toBeNull();
    expect(Math.abs((await centre())! - x0)).toBeLessThan(8);
    await context.close();
  });

  it('axis ticks keep the year at fine zoom', async () => {
    const { page, context } = await open(DESKTOP, '#w=2015-04-10T00:00Z~2015-10-20T00:00Z');
    const labels = await page.locator('.axis text').allTextContents();
    expect(labels.length).toBeGreaterThan(2);
    expect(labels[0]).toMatch(/\b2015\b/);
    const days = await open(DESKTOP, '#w=2015-05-15T00:00Z~2015-05-29T00:00Z');
    expect((await days.page.locator('.axis text').allTextContents())[0]).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2015$/);
    await days.context.close();
    await context.close();
  });

  it('the source panel reads the oldest source first, names untitled articles and dims page furniture', async () => {
    const { page, context } = await open();
    const published = new Map(suite.site().data.articles.map((a) => [a.id, a.published]));
    const multi = suite
      .site()
      .data.events.find(
        (e) => new Set(e.sources.map((s) => published.get(s.article))).size > 1 && e.sources.length > 1,
      );
    expect(multi).toBeDefined();
    await page.goto(`${suite.site().url}#e=${encodeURIComponent(multi!.id)}`);
    await page.locator('mark.sentence').waitFor();
    const dates = [];
    const n = multi!.sources.length;
    for (let k = 0; k < n; k++) {
      const meta = await page.locator('.article-meta').last().textContent();
      dates.push(/published (.+)$/.exec(meta ?? '')?.[1] ?? '');
      if (k < n - 1) await page.getByRole('button', { name: 'Next source' }).click();
    }
    const order = dates.map((d) => Date.parse(d));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Page furniture, where the article has some, is dimmed and labelled.
    const withFurniture = suite.site().data.articles.find((a) => (a.excluded ?? []).length > 0);
    if (withFurniture !== undefined) {
      const e = suite
        .site()
        .data.events.find((ev) => ev.sources[0]!.article === withFurniture.id && ev.sources.length === 1);
      if (e !== undefined) {
        await page.goto(`${suite.site().url}#e=${encodeURIComponent(e.id)}`);
        await page.locator('mark.sentence').waitFor();
        expect(await page.locator('.article-text .furniture-label').count()).toBe(withFurniture.excluded!.length);
        await page.locator('.article-text').evaluate((t) => (t.scrollTop = 0));
        await page.locator('.source-panel').screenshot({ path: screenshotPath('issue12-furniture-1440x900') });
      }
    }
    // An article without title or publisher has a readable name, not its raw id.
    const untitled = suite.site().data.articles.find((a) => a.title === null);
    if (untitled !== undefined) {
      const e = suite.site().data.events.find((ev) => ev.sources.every((s) => s.article === untitled.id))!;
      await page.goto(`${suite.site().url}#e=${encodeURIComponent(e.id)}`);
      await page.locator('mark.sentence').waitFor();
      const heading = await page.locator('#article-title').textContent();
      expect(heading).not.toContain(untitled.id);
      expect(await page.locator('.source-panel').textContent()).not.toContain('Unknown publisher');
    }
    await context.close();
  });
});
