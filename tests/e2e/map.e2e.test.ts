/**
 * The map (issue 13 item 1) on the built site in Chromium, at 1,440×900 and on a phone (390×844, where it is a
 * tab): a region named "Map" holding the markers as buttons; choosing one opens its sentence; it follows the
 * actor filter and the timeline's window; a box drawn on it filters the timeline and shows among the filters.
 * Expectations are computed from the events.json being served.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/model/index.ts';
import { cspViolations, markedSentence, screenshotPath, waitForApp, watchedPage } from './support/page.ts';
import { defaultSiteData } from './support/site.ts';
import { siteSuite } from './support/suite.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const suite = siteSuite(defaultSiteData());

const located = (events: readonly TimelineEvent[]) => events.filter((e) => e.location !== null);

async function openMap(viewport = DESKTOP, hash = '') {
  const w = await watchedPage(suite.browser(), viewport);
  await w.page.goto(`${suite.site().url}${hash}`);
  await waitForApp(w.page);
  if (viewport.width <= 700) await w.page.getByRole('tab', { name: 'Map' }).click();
  const map = w.page.getByRole('region', { name: 'Map' });
  await map.locator('.map-marker').first().waitFor({ timeout: 20_000 });
  return { ...w, map };
}

/** Markers of the map as the reader sees them: buttons whose names say what they hold. */
function markers(map: Locator): Locator {
  return map.getByRole('button', { name: /^(.+: .+|\d[\d,]* events (near|at) .+)$/ });
}

/** Events the map's buttons stand for (a cluster's name starts with its count); waits for the map to settle. */
async function eventsOnMap(page: Page, map: Locator): Promise<number> {
  await page.waitForFunction(() => document.querySelector('.map-stage.moving') === null);
  const names = await markers(map).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
  // Counts are written as the header writes them ("1,234 events near Aleppo").
  const count = (n: string) => /^(\d[\d,]*) events (near|at) /.exec(n)?.[1]?.replaceAll(',', '');
  return names.reduce((sum, n) => sum + Number(count(n) ?? 1), 0);
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)(`map in Chromium, %s (${defaultSiteData()} data)`, (label, viewport) => {
  it('shows every located event as a named button, and choosing a marker opens its sentence', async () => {
    const { page, context, problems, map } = await openMap(viewport);
    const data = suite.site().data;
    expect(await eventsOnMap(page, map)).toBe(located(data.events).length);
    const lone = map.locator('.map-marker[data-event-id]').first();
    const id = await lone.getAttribute('data-event-id');
    const event = data.events.find((e) => e.id === id)!;
    expect(await lone.getAttribute('aria-label')).toContain(event.title);
    await lone.click();
    await page.locator('mark.sentence').waitFor();
    expect(event.sources.map((s) => s.sentence)).toContain(await markedSentence(page));
    expect(await lone.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: screenshotPath(`map-${label}-selected`) });
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("follows the actor filter and the timeline's window", async () => {
    const data = suite.site().data;
    const actor = [...new Set(located(data.events).flatMap((e) => e.actors))].sort()[0]!;
    const years = located(data.events).map((e) => Number(e.date.start.slice(0, 4)));
    const year = [...years].sort()[Math.floor(years.length / 2)]!;
    const { page, context, map } = await openMap(viewport);
    // One actor: the reader unchecks all, then checks it (the filters sit below the views on a phone).
    await page.getByRole('button', { name: 'None of the actors' }).click();
    await page.getByRole('checkbox', { name: actor, exact: true }).check();
    const ofActor = located(data.events).filter((e) => e.actors.includes(actor));
    expect(await eventsOnMap(page, map)).toBe(ofActor.length);
    await context.close();

    // A window of one year, from a link: only the located events that overlap it.
    const w = await openMap(viewport, `#w=${year}-01-01T00:00Z~${year + 1}-01-01T00:00Z`);
    const inYear = located(data.events).filter((e) => {
      const start = e.date.start.slice(0, 4);
      const end = (e.date.end ?? e.date.start).slice(0, 4);
      return Number(start) <= year && Number(end) >= year;
    });
    const shown = await eventsOnMap(w.page, w.map);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(inYear.length);
    expect(shown).toBeLessThan(located(data.events).length);
    await w.context.close();
  });

  it('filters the timeline to a box drawn on the map, lists the area among the filters, and removes it', async () => {
    const { page, context, problems, map } = await openMap(viewport);
    const data = suite.site().data;
    const lone = map.locator('.map-marker[data-event-id]').first();
    const id = (await lone.getAttribute('data-event-id'))!;
    const at = data.events.find((e) => e.id === id)!.location!;
    const box = (await lone.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // "Draw area", then a drag around the marker (Shift+drag does the same with a mouse).
    await map.getByRole('button', { name: 'Draw area' }).click();
    await page.mouse.move(cx - 8, cy - 8);
    await page.mouse.down();
    await page.mouse.move(cx + 2, cy + 2, { steps: 3 });
    await page.mouse.move(cx + 8, cy + 8, { steps: 3 });
    await page.mouse.up();
    const area = page.getByRole('group', { name: 'Map area' });
    await area.waitFor();
    const hash = new URL(page.url()).hash;
    const r = new URLSearchParams(hash.slice(1)).get('r')!.split(',').map(Number);
    expect(at.lon).toBeGreaterThanOrEqual(r[0]!);
    expect(at.lat).toBeGreaterThanOrEqual(r[1]!);
    expect(at.lon).toBeLessThanOrEqual(r[2]!);
    expect(at.lat).toBeLessThanOrEqual(r[3]!);
    const inBox = data.events.filter(
      (e) =>
        e.location !== null &&
        e.location.lon >= r[0]! &&
        e.location.lat >= r[1]! &&
        e.location.lon <= r[2]! &&
        e.location.lat <= r[3]!,
    );
    // The timeline (its tab on a phone) holds exactly the events inside the box.
    if (viewport.width <= 700) await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.waitForFunction(
      (n) => document.querySelector('.summary')?.textContent?.startsWith(`${n} of `) === true,
      inBox.length,
    );
    await page.locator('.plot .mark').first().waitFor();
    const onTimeline = new Set(
      await page.locator('.plot .mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-event-id'))),
    );
    expect([...onTimeline].sort()).toEqual(inBox.map((e) => e.id).sort());
    await page.screenshot({ path: screenshotPath(`map-${label}-area-filter`), fullPage: viewport.width > 700 });
    await area.getByRole('button', { name: 'Remove the map area filter' }).click();
    await area.waitFor({ state: 'detached' });
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).has('r')).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe(`map keyboard (${defaultSiteData()} data)`, () => {
  it('folds away on a wide screen and comes back', async () => {
    const { context, map } = await openMap(DESKTOP);
    const toggle = map.getByRole('button', { name: 'Hide map' });
    await toggle.click();
    expect(await map.locator('.map-marker').count()).toBe(0);
    await map.getByRole('button', { name: 'Show map' }).click();
    await map.locator('.map-marker').first().waitFor();
    expect(await map.getByRole('button', { name: 'Hide map' }).getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });

  it("hovering a marker lights its event's mark on the timeline", async () => {
    const { page, context, map } = await openMap(DESKTOP);
    await page.waitForFunction(() => document.querySelector('.map-stage.moving') === null);
    // A lone event that also has a button on the timeline.
    const ids = await map
      .locator('.map-marker[data-event-id]')
      .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.eventId!));
    const onTimeline = new Set(
      await page.locator('.plot .mark').evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.eventId)),
    );
    const id = ids.find((i) => onTimeline.has(i));
    if (id === undefined) throw new Error('no event has both a map marker and a timeline mark');
    await map.locator(`.map-marker[data-event-id="${id}"]`).hover();
    await page.locator(`.plot .mark.twin[data-event-id="${id}"]`).first().waitFor({ timeout: 5_000 });
    await page.mouse.move(5, 5);
    await page.locator(`.plot .mark.twin`).first().waitFor({ state: 'detached', timeout: 5_000 });
    await context.close();
  });

  it('gives the markers one tab stop, walks them with arrows and opens one with Enter', async () => {
    const { page, context, map } = await openMap(DESKTOP);
    await page.waitForFunction(() => document.querySelector('.map-stage.moving') === null);
    const tabbable = await markers(map).evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).tabIndex === 0).length);
    expect(tabbable).toBe(1);
    await map.locator('.map-marker[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(first);
    // Walk to a lone event and open it.
    for (let i = 0; i < 50; i++) {
      const isEvent = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId !== undefined);
      if (isEvent) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    await page.locator('mark.sentence').waitFor();
    await context.close();
  });
});
