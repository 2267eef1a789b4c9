/** Browser-side helpers shared by the end-to-end tests. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EventsFile, TimelineEvent } from '../../../src/model/index.ts';
import { TEST_OUTPUT_DIR } from '../../helpers/browser.ts';

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors and requests that left the page's origin, seen so far. */
  readonly problems: string[];
}

/**
 * A page that records every console error, uncaught exception, CSP refusal and request off the site, so tests can
 * assert none: every test that checks `problems` also checks that no request leaves the origin (issue 13), at
 * each viewport it opens.
 */
export async function watchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  options: { bypassCSP?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (leavesOrigin(r.url(), page.url(), r.isNavigationRequest() && r.frame() === page.mainFrame()))
      problems.push(`request off the site: ${r.url()}`);
  });
  // CSP refusals do not always reach the console (zod's eval probe does not): record them in the page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, context, problems };
}

/**
 * Whether a request goes to another origin than the page's. The page's own navigation sets the origin; data: and
 * blob: URLs are made inside the page and go nowhere.
 */
export function leavesOrigin(url: string, pageUrl: string, isPageNavigation = false): boolean {
  const to = new URL(url);
  if (isPageNavigation || to.protocol === 'data:' || to.protocol === 'blob:') return false;
  return to.origin !== new URL(pageUrl).origin;
}

/** CSP violations the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Waits until the app has drawn its lanes (or shown its error). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('.lane, [role="alert"]', { timeout: 15_000 });
}

/** The event list's table, imported once the page is idle (App.tsx); attached even while its phone tab is hidden. */
export async function waitForEventList(page: Page): Promise<void> {
  await page.getByRole('table', { name: 'Events', includeHidden: true }).waitFor({ state: 'attached' });
}

export function eventsOfActor(data: EventsFile, actor: string): TimelineEvent[] {
  return data.events.filter((e) => e.actors.includes(actor));
}

export function sortedTitles(events: readonly TimelineEvent[]): string[] {
  return events.map((e) => e.title).sort();
}

export function screenshotPath(name: string): string {
  mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
  return `${TEST_OUTPUT_DIR}/${name}.png`;
}

/** Text of the <mark> in the Source region, or null when there is none. */
export async function markedSentence(page: Page): Promise<string | null> {
  const mark = page.getByRole('region', { name: 'Source' }).locator('mark.sentence');
  if ((await mark.count()) === 0) return null;
  return mark.first().textContent();
}

/** Whether the marked sentence is at least partly inside both its scrolling panel and the viewport. */
export async function markIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const mark = document.querySelector('mark.sentence');
    const panel = document.querySelector('.source-panel');
    if (!mark || !panel) return false;
    const r = mark.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    const top = Math.max(p.top, 0);
    const bottom = Math.min(p.bottom, window.innerHeight);
    return r.bottom > top && r.top < bottom;
  });
}

/**
 * Serious and critical axe-core violations under `selector` (the whole document by default), each as "id: the
 * first few targets". axe is injected as a script: open the page with `bypassCSP` (the site's own code never
 * needs it).
 */
export async function seriousAxeViolations(page: Page, selector = 'html'): Promise<string[]> {
  await page.addScriptTag({
    content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  });
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Element) => Promise<Result> } }).axe;
    const result = await axe.run(document.querySelector(sel)!);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  }, selector);
}
