/**
 * Screenshots of the built app, made the same way every time from seeded generated data.
 *
 *   npm run screenshots                  docs/map-beside-timeline.png (README): 850 generated articles, seed 1,
 *                                        1,440×900, window 2016–2017, the map above the timeline
 *   npm run screenshots -- --tour        the analyst's tour (below) at 1,440×900 and 390×844, on the seeds
 *                                        (dist/events.json) and on 3,000 generated articles, into test-output/shots/
 *
 * Options: --n N (articles for the README picture), --seed S, --out FILE (the README picture's path),
 * --dense DIR (the tour's dense data: a folder with events.json and texts/, instead of generating it),
 * --only A,B (the tour's views by name: first, month, location, source, filters, map, events, legend, download,
 * correct).
 * Needs a built site (`npm run screenshots` builds it first). The data is written by `npm run gen-corpus` and
 * `npm run extract` into a temporary folder; the site is a temporary copy of dist/ served on 127.0.0.1, as the
 * end-to-end tests serve it. Nothing leaves the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, TEST_OUTPUT_DIR } from '../tests/helpers/browser.ts';
import { openSite, type Site } from '../tests/e2e/support/site.ts';
import { waitForEventList, watchedPage } from '../tests/e2e/support/page.ts';

const { values } = parseArgs({
  options: {
    tour: { type: 'boolean', default: false },
    n: { type: 'string', default: '850' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'docs/map-beside-timeline.png' },
    dense: { type: 'string' },
    only: { type: 'string' },
  },
  strict: true,
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

function run(args: readonly string[]): void {
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  // extract exits 1 when it kept articles with warnings; the events file is written all the same.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
}

/** A folder with events.json and texts/ extracted from `n` generated articles. */
function generatedData(n: number, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'screenshots-'));
  console.error(`Writing ${n} articles (seed ${seed}) and extracting them into ${dir} …`);
  run([
    '--import',
    'tsx',
    'scripts/synthetic/cli.ts',
    '--n',
    String(n),
    '--seed',
    String(seed),
    '--out',
    join(dir, 'a'),
  ]);
  run(['scripts/run-extract.mjs', '--in', join(dir, 'a'), '--out', join(dir, 'events.json'), '--workers', '1']);
  return dir;
}

/** Opens the site at `hash` and waits until the timeline is drawn (and the map, when it is shown). */
async function open(browser: Browser, site: Site, viewport: typeof DESKTOP, hash = '', map = true): Promise<Page> {
  const { page, problems } = await watchedPage(browser, viewport);
  await page.goto(`${site.url}${hash}`);
  // The machine may be busy: give the first picture more time than the tests' 15 s.
  await page.waitForSelector('.lane, [role="alert"]', { timeout: 60_000 });
  if (map && viewport.width > 700) await waitForMap(page);
  await page.evaluate(() => document.fonts.ready);
  page.on('close', () => {
    if (problems.length > 0) console.error(`problems on ${site.url}${hash}:\n  ${problems.join('\n  ')}`);
  });
  return page;
}

async function waitForMap(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Map' }).locator('canvas, svg').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(800); // the fine basemap replaces the coarse one
}

async function shoot(page: Page, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  console.error(`${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

async function readmePicture(browser: Browser): Promise<void> {
  const dir = generatedData(Number(values.n), Number(values.seed));
  const site = await openSite({ eventsDir: dir });
  try {
    const page = await open(browser, site, DESKTOP, '#w=2016-01-01T00:00Z~2018-01-01T00:00Z&lg=1');
    await shoot(page, values.out);
    await page.context().close();
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The tour: each view an analyst opens, at both sizes. */
async function tour(browser: Browser, site: Site, data: string, month: string): Promise<void> {
  const dir = join(TEST_OUTPUT_DIR, 'shots');
  for (const viewport of [DESKTOP, PHONE]) {
    const size = `${viewport.width}x${viewport.height}`;
    const phone = viewport.width <= 700;
    const name = (what: string) => join(dir, `${data}-${what}-${size}.png`);
    const step = async (what: string, hash: string, act: (page: Page) => Promise<void> = async () => {}) => {
      if (values.only !== undefined && !values.only.split(',').includes(what)) return;
      let page: Page | undefined;
      try {
        page = await open(browser, site, viewport, hash);
        await act(page);
        await page.waitForTimeout(300);
        await shoot(page, name(what));
      } catch (e) {
        console.error(`${name(what)}: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await page?.context().close();
      }
    };
    const firstMark = (page: Page) =>
      page.locator('.lane [role="button"][aria-label], .lane button[aria-label]').first().click();
    await step('first', '');
    await step('month', `#w=${month}`);
    await step('location', `#g=location&w=${month}`);
    await step('source', `#w=${month}`, async (page) => {
      await firstMark(page);
      await page.locator('mark.sentence').first().waitFor();
    });
    await step('filters', '', async (page) => {
      // Short lists have no search box. On a phone the filters come last, under the timeline.
      for (const [label, text] of [
        ['Find places', 'al'],
        ['Find actors', 'a'],
      ] as const)
        if ((await page.getByLabel(label).count()) > 0) await page.getByLabel(label).fill(text);
      if (phone) await page.locator('.filters').scrollIntoViewIfNeeded();
    });
    await step('map', '', async (page) => {
      if (phone) {
        await page.getByRole('tab', { name: 'Map' }).click();
        await waitForMap(page);
      }
    });
    await step('events', `#w=${month}`, async (page) => {
      await waitForEventList(page);
      if (phone) await page.getByRole('tab', { name: 'Events' }).click();
      else await page.getByRole('table', { name: 'Events' }).scrollIntoViewIfNeeded();
    });
    await step('legend', '#lg=1', async (page) => {
      await page.locator('.legend').first().scrollIntoViewIfNeeded();
    });
    await step('download', '', async (page) => {
      await page.getByRole('button', { name: 'Download' }).click();
      await page.getByRole('menu', { name: 'Download' }).waitFor();
    });
    await step('correct', `#w=${month}`, async (page) => {
      await firstMark(page);
      await page.getByRole('button', { name: 'Correct this event' }).click();
      await page.getByRole('form', { name: 'Correct this event' }).waitFor();
      await page.getByRole('form', { name: 'Correct this event' }).scrollIntoViewIfNeeded();
    });
  }
}

const browser = await launchChromium();
try {
  if (values.tour) {
    const seeds = await openSite('built');
    try {
      await tour(browser, seeds, 'seeds', '2016-12-01T00:00Z~2017-01-01T00:00Z');
    } finally {
      await seeds.close();
    }
    const dir = values.dense ?? generatedData(3000, Number(values.seed));
    const dense = await openSite({ eventsDir: dir });
    try {
      await tour(browser, dense, 'dense', '2016-03-01T00:00Z~2016-04-01T00:00Z');
    } finally {
      await dense.close();
      if (values.dense === undefined) rmSync(dir, { recursive: true, force: true });
    }
  } else await readmePicture(browser);
} finally {
  await browser.close();
}
