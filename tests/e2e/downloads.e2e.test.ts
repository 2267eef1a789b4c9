/**
 * The Download menu (issue 13 item 3) on the built site in Chromium, at 1,440×900 and 390×844: with one actor
 * chosen, each item gives a well-formed file of the FILTERED events (CSV parsed by csv-parse, GeoJSON checked as
 * an RFC 7946 FeatureCollection, SVG parsed as XML with its title, window, filters and legend, PNG by its
 * signature and header), the menu works from the keyboard, and no request leaves the origin. Expectations are
 * computed from the events.json being served. The files are copied to test-output/ to be looked at.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/model/index.ts';
import { EVENT_TYPES } from '../../src/model/index.ts';
import { cspViolations, leavesOrigin, screenshotPath, waitForApp, watchedPage } from './support/page.ts';
import { defaultSiteData } from './support/site.ts';
import { siteSuite } from './support/suite.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const suite = siteSuite(defaultSiteData());
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The actor with the most events (ties by name): choosing it alone leaves a real, smaller set. */
function busiestActor(events: readonly TimelineEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Chooses a menu item and waits for the file it gives. */
async function download(page: Page, item: string): Promise<{ file: Download; body: Buffer }> {
  await page.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await file.path();
  return { file, body: readFileSync(path) };
}

/** The downloaded SVG as Chromium's XML parser reads it. */
function readSvg(page: Page, body: Buffer) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      maps: doc.querySelectorAll('svg > svg[aria-label="Map"]').length,
      marks: doc.querySelectorAll('g.lane').length,
    };
  }, body.toString('utf8'));
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)(`downloads in Chromium, %s (${defaultSiteData()} data)`, (label, viewport) => {
  it('gives the filtered events as CSV and GeoJSON, and the view as SVG and PNG, with nothing sent anywhere', async () => {
    const data = suite.site().data;
    const actor = busiestActor(data.events);
    const expected = data.events.filter((e) => e.actors.includes(actor));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(data.events.length);

    const { page, context, problems } = await watchedPage(suite.browser(), viewport);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(suite.site().url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'None of the actors' }).click();
    await page.getByRole('checkbox', { name: actor, exact: true }).check();
    await page.waitForFunction(
      (n) => document.querySelector('.summary')?.textContent?.startsWith(`${n} of `) === true,
      expected.length,
    );
    // On a wide screen the map is shown beside the timeline: the snapshot carries it once drawn.
    const mapShown = viewport.width > 700;
    if (mapShown) await page.locator('.map-marker').first().waitFor({ timeout: 20_000 });

    // CSV: one row per event and source, only the chosen actor's events.
    const csv = await download(page, 'Events as CSV');
    expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
    // UTF-8 with a byte order mark, as Excel needs for non-ASCII names (src/export/csvTable.ts).
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.body.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.length).toBe(expected.reduce((n, e) => n + e.sources.length, 0));
    expect([...new Set(rows.map((r) => r.event_id))].sort()).toEqual(expected.map((e) => e.id).sort());
    for (const r of rows) expect(r.actors!.split('; ')).toContain(actor);

    // GeoJSON: a FeatureCollection of [lon, lat] Points, one per located event of the actor.
    const geo = await download(page, 'Events as GeoJSON');
    expect(geo.file.suggestedFilename()).toMatch(/\.geojson$/);
    const fc = JSON.parse(geo.body.toString('utf8')) as {
      type: string;
      features: { type: string; id: string; geometry: { type: string; coordinates: number[] } }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    const located = expected.filter((e) => e.location !== null);
    expect(fc.features.map((f) => f.id).sort()).toEqual(located.map((e) => e.id).sort());
    for (const f of fc.features) {
      const e = located.find((x) => x.id === f.id)!;
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toEqual([e.location!.lon, e.location!.lat]);
    }

    // SVG: well-formed XML with the title, the window, the filter and the legend (parsed by Chromium's XML parser).
    const svg = await download(page, 'View as SVG');
    expect(svg.file.suggestedFilename()).toMatch(/^conflict-timeline-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.svg$/);
    copyFileSync(await svg.file.path(), screenshotPath(`download-${label}`).replace(/\.png$/, '.svg'));
    const parsed = await readSvg(page, svg.body);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('http://www.w3.org/2000/svg svg');
    expect(parsed.texts).toContain('Conflict timeline');
    // Counts as the page's header writes them, with thousands separators.
    const windowLine = /^\d{1,2} \w{3} \d{4} – \d{1,2} \w{3} \d{4} · ([\d,]+) of ([\d,]+) events$/;
    const counts = parsed.texts.map((t) => windowLine.exec(t)).find((m) => m !== null);
    expect(counts?.slice(1).map((c) => Number(c.replace(/,/g, '')))).toEqual([expected.length, data.events.length]);
    expect(parsed.texts).toContain(`Actors: ${actor}`);
    expect(parsed.texts).toContain('Legend');
    const types = EVENT_TYPES.filter((t) => data.events.some((e) => e.type === t));
    for (const t of types) expect(parsed.texts).toContain(t);
    expect(parsed.marks).toBeGreaterThan(0);
    expect(parsed.maps).toBe(mapShown ? 1 : 0);

    // PNG: the signature, then an IHDR chunk with the snapshot's size at 2 device pixels per CSS pixel.
    const png = await download(page, 'View as PNG');
    expect(png.file.suggestedFilename()).toBe(svg.file.suggestedFilename().replace(/\.svg$/, '.png'));
    copyFileSync(await png.file.path(), screenshotPath(`download-${label}-view`));
    expect([...png.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.body.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.body.readUInt32BE(16)).toBe(parsed.width * 2);
    expect(png.body.readUInt32BE(20)).toBe(parsed.height * 2);
    // A blank canvas compresses to almost nothing: a drawn view is tens of kilobytes.
    expect(png.body.length).toBeGreaterThan(20_000);

    // On a phone the map is a tab: once shown, the pictures carry it too.
    if (!mapShown) {
      await page.getByRole('tab', { name: 'Map' }).click();
      await page.locator('.map-marker').first().waitFor({ timeout: 20_000 });
      expect((await readSvg(page, (await download(page, 'View as SVG')).body)).maps).toBe(1);
    }

    expect(requests.filter((u) => leavesOrigin(u, suite.site().url))).toEqual([]);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('is a labelled menu button that the keyboard opens, moves through and closes', async () => {
    const { page, context } = await watchedPage(suite.browser(), viewport);
    await page.goto(suite.site().url);
    await waitForApp(page);
    const button = page.getByRole('button', { name: 'Download' });
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Download' });
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items).toEqual(['Events as CSV', 'Events as GeoJSON', 'View as SVG', 'View as PNG']);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Events as CSV');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Events as GeoJSON');
    await page.keyboard.press('End');
    expect(await focused()).toBe('View as PNG');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Events as CSV');
    await page.screenshot({ path: screenshotPath(`download-${label}-menu`) });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused()).toBe('Download');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // A click elsewhere closes it too.
    await button.click();
    await menu.waitFor();
    await page.locator('.summary').click();
    await menu.waitFor({ state: 'detached' });
    await context.close();
  });

  it('has no serious or critical axe violation with the menu open', async () => {
    // axe is injected as a script: the test page bypasses the CSP for it (the site's own code never needs to).
    const { page, context } = await watchedPage(suite.browser(), viewport, { bypassCSP: true });
    await page.goto(suite.site().url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('menu', { name: 'Download' }).waitFor();
    await page.addScriptTag({
      content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: Element) => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      const result = await axe.run(document.querySelector('.app-header')!);
      return result.violations.map((v) => `${v.impact} ${v.id}`);
    });
    expect(violations.filter((v) => /^(serious|critical) /.test(v))).toEqual([]);
    await context.close();
  });
});
