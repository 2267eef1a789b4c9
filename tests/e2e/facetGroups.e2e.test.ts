/**
 * Issue 12, items 7 and 8, in Chromium at 1,440×900 and 390×844, on the seed site and on 3,000 generated articles:
 * the actor list is grouped by kind (events.json's actor table) with counts and searchable, and places group under
 * their country and, in a country with many places, under its first-level division, both in the place list and in
 * lanes grouped by location. Expectations are computed from the events.json being served.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EventsFile } from '../../src/model/index.ts';
import { ACTOR_KIND_HEADINGS } from '../../src/app/core/facetGroups.ts';
import { DIVIDE_COUNTRY_FROM, DIVISION_SEPARATOR } from '../../src/app/core/placeGroups.ts';
import { generatedCorpus } from './support/generatedCorpus.ts';
import { defaultSiteData } from './support/site.ts';
import { siteSuite, type SiteSuite } from './support/suite.ts';
import { screenshotPath, waitForApp, watchedPage } from './support/page.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [DESKTOP, PHONE] as const;
const tag = (v: { width: number; height: number }) => `${v.width}x${v.height}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function open(suite: SiteSuite, viewport: { width: number; height: number }, bypassCSP = false) {
  const w = await watchedPage(suite.browser(), viewport, { bypassCSP });
  await w.page.goto(suite.site().url);
  await waitForApp(w.page);
  return w;
}

/** Each kind heading the data should show, with the actors under it. */
function actorsByHeading(data: EventsFile): Map<string, string[]> {
  const kinds = new Map((data.actors ?? []).map((a) => [a.name, a.kind]));
  const out = new Map<string, string[]>();
  for (const name of new Set(data.events.flatMap((e) => e.actors))) {
    const kind = kinds.get(name);
    const heading = kind === undefined ? 'Kind not known' : ACTOR_KIND_HEADINGS.get(kind)!;
    out.set(heading, [...(out.get(heading) ?? []), name]);
  }
  return out;
}

/** The summary line with its counts' thousands separators taken out ("17651 of 17651 events"). */
const summary = async (page: Page) => (await page.locator('.summary').textContent())?.replace(/,/g, '');

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({
    content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  });
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as { axe: { run: (c: Element) => Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe;
    const result = await axe.run(document.querySelector(sel)!);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  }, selector);
}

describe(`actor kinds and place divisions on the seeds (${defaultSiteData()} data)`, () => {
  const suite = siteSuite(defaultSiteData());

  it('groups the actor list by kind with counts; a kind’s box filters its actors', async () => {
    const data = suite.site().data;
    expect(data.actors?.length ?? 0).toBeGreaterThan(0);
    const headings = actorsByHeading(data);
    expect(headings.size).toBeGreaterThan(1);
    for (const viewport of VIEWPORTS) {
      const { page, context, problems } = await open(suite, viewport);
      const actors = page.getByRole('group', { name: 'Actors' });
      for (const [heading, names] of headings) {
        const box = actors.getByRole('checkbox', { name: `${heading} (${names.length})`, exact: true });
        await expect(box.count()).resolves.toBe(1);
      }
      await actors.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`issue12-actor-kinds-${tag(viewport)}`) });
      expect(problems).toEqual([]);
      await context.close();
    }
    // Unchecking the states leaves every event that names another actor, or none.
    const { page, context } = await open(suite, DESKTOP);
    const states = new Set(headings.get('States') ?? []);
    expect(states.size).toBeGreaterThan(0);
    const remaining = data.events.filter((e) => e.actors.length === 0 || e.actors.some((a) => !states.has(a))).length;
    expect(remaining).toBeLessThan(data.events.length);
    await page
      .getByRole('group', { name: 'Actors' })
      .getByRole('checkbox', { name: new RegExp(`^States \\(`) })
      .uncheck();
    await expect.poll(() => summary(page)).toContain(`${remaining} of ${data.events.length}`);
    await context.close();
  }, 40_000);

  it('keeps the filters axe clean with the kind groups open', async () => {
    const { page, context } = await open(suite, DESKTOP, true);
    expect(await axeViolations(page, '.filters')).toEqual([]);
    await context.close();
  });
});

describe('actor kinds and place divisions on 3,000 generated articles', () => {
  const suite = siteSuite(async () => ({ eventsDir: generatedCorpus(3000) }));

  /** A country with enough places to be cut by division, with its divisions. */
  function dividedCountry(data: EventsFile): { country: string; divisions: string[] } {
    const places = new Map<string, Map<string, string | null>>();
    for (const e of data.events) {
      if (e.location === null || e.location.country === null) continue;
      const m = places.get(e.location.country) ?? new Map<string, string | null>();
      if (!m.has(e.location.name)) m.set(e.location.name, e.location.admin1);
      places.set(e.location.country, m);
    }
    const [country, m] = [...places].sort((a, b) => b[1].size - a[1].size)[0]!;
    expect(m.size).toBeGreaterThanOrEqual(DIVIDE_COUNTRY_FROM);
    const divisions = [...new Set([...m.values()].filter((d): d is string => d !== null && d !== country))];
    return { country, divisions };
  }

  it('nests a big country’s divisions in the place list; a division search finds its places', async () => {
    const data = suite.site().data;
    const { country, divisions } = dividedCountry(data);
    expect(divisions.length).toBeGreaterThan(1);
    for (const viewport of VIEWPORTS) {
      const { page, context, problems } = await open(suite, viewport);
      const places = page.getByRole('group', { name: 'Places' });
      // Folded at first: one box per country; opening the country shows one box per division.
      await places.getByRole('button', { name: `${country}: places` }).click();
      for (const d of divisions)
        await expect(places.getByRole('checkbox', { name: new RegExp(`^${escape(d)} \\(`) }).count()).resolves.toBe(1);
      await places.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`issue12-dense-place-divisions-${tag(viewport)}`) });
      // Opening a division lists its places: those the data places in it.
      const division = divisions[0]!;
      const divisionBox = places.getByRole('checkbox', { name: new RegExp(`^${escape(division)} \\(`) });
      await places.getByRole('button', { name: `${division}: places` }).click();
      const listed = await places
        .locator('.facet-subgroups .facet-group')
        .filter({ has: page.getByRole('checkbox', { name: new RegExp(`^${escape(division)} \\(`) }) })
        .locator('li label')
        .allTextContents();
      expect(listed.length).toBeGreaterThan(0);
      const inDivision = new Set(
        data.events.filter((e) => e.location?.admin1 === division).map((e) => e.location!.name),
      );
      // A name is grouped by the first location the data gives it, so a name also used elsewhere may not be here.
      expect(listed.filter((name) => inDivision.has(name)).length).toBeGreaterThan(listed.length / 2);
      // A search for the division's name lists its places, even those whose names do not contain it.
      await places.getByRole('searchbox', { name: 'Find places' }).fill(division);
      for (const name of listed.slice(0, 5))
        await expect(places.getByRole('checkbox', { name, exact: true }).isVisible()).resolves.toBe(true);
      // Under their country and division, which say where they are.
      await expect(
        places.getByRole('checkbox', { name: new RegExp(`^${escape(country)} \\(`) }).isVisible(),
      ).resolves.toBe(true);
      await expect(divisionBox.isVisible()).resolves.toBe(true);
      await page.screenshot({ path: screenshotPath(`issue12-dense-place-division-search-${tag(viewport)}`) });
      // Unchecking the division hides the events placed at its places, and only those.
      await places.getByRole('searchbox', { name: 'Find places' }).fill('');
      await places.getByRole('button', { name: `${country}: places` }).click();
      const names = new Set(listed);
      const remaining = data.events.filter((e) => e.location === null || !names.has(e.location.name)).length;
      await divisionBox.uncheck();
      await expect.poll(() => summary(page)).toContain(`${remaining} of ${data.events.length}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it('groups location lanes under "country · division" headings, a country’s headings together', async () => {
    const data = suite.site().data;
    const { country } = dividedCountry(data);
    for (const viewport of VIEWPORTS) {
      const { page, context } = await open(suite, viewport);
      await page.getByRole('group', { name: 'Group by' }).getByRole('radio', { name: 'Location' }).check();
      const headings = page.locator('.lane-group');
      await expect.poll(() => headings.count()).toBeGreaterThan(0);
      const names = await headings.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      const ofCountry = names
        .map((n, k) => ({ n, k }))
        .filter(({ n }) => n === country || n.startsWith(`${country}${DIVISION_SEPARATOR}`));
      expect(ofCountry.length).toBeGreaterThan(1);
      // Consecutive: nothing of another country between the first and the last of this one.
      expect(ofCountry.at(-1)!.k - ofCountry[0]!.k + 1).toBe(ofCountry.length);
      await page.screenshot({ path: screenshotPath(`issue12-dense-location-divisions-${tag(viewport)}`) });
      await context.close();
    }
  }, 180_000);

  it('lists actors by kind, and a search for a kind lists its actors', async () => {
    const data = suite.site().data;
    const headings = actorsByHeading(data);
    const [heading, names] = [...headings].find(([h]) => h !== 'States')!;
    for (const viewport of VIEWPORTS) {
      const { page, context } = await open(suite, viewport);
      const actors = page.getByRole('group', { name: 'Actors' });
      for (const [h, n] of headings)
        await expect(actors.getByRole('checkbox', { name: `${h} (${n.length})`, exact: true }).count()).resolves.toBe(
          1,
        );
      await actors.getByRole('searchbox', { name: 'Find actors' }).fill(heading.split(' ')[0]!.toLowerCase());
      for (const name of names.slice(0, 5))
        await expect(actors.getByRole('checkbox', { name, exact: true }).isVisible()).resolves.toBe(true);
      // The kind's heading stays over them: it says why a name without the word matches.
      await expect(
        actors.getByRole('checkbox', { name: `${heading} (${names.length})`, exact: true }).isVisible(),
      ).resolves.toBe(true);
      await actors.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`issue12-dense-actor-kind-search-${tag(viewport)}`) });
      await context.close();
    }
  }, 80_000);
});
