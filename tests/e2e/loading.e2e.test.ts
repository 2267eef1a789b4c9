/**
 * What the page shows when events.json is missing, malformed or of another version (a clear message, never a
 * blank page), and that article texts are fetched only when a source is opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { openSite } from './support/site.ts';
import { markedSentence, waitForApp, watchedPage } from './support/page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('loading events.json', () => {
  const cases: [string, string | null, RegExp][] = [
    ['missing', null, /HTTP 404[\s\S]*npm run extract/],
    ['not JSON', '{"version": 1, "events": [', /not valid JSON/],
    ['another version', JSON.stringify({ version: 99, events: [], articles: [] }), /version 99.*version 1/],
    ['not the contract', JSON.stringify({ version: 1, events: [{ id: 'x' }], articles: [] }), /events\[0\]\.date/],
  ];
  for (const [name, body, message] of cases) {
    it(`shows a clear message when events.json is ${name}`, async () => {
      const site = await openSite({ rawEventsJson: body });
      try {
        const { page, context } = await watchedPage(browser);
        await page.goto(site.url);
        await waitForApp(page);
        const alert = page.getByRole('alert');
        await expect(alert.textContent()).resolves.toMatch(message);
        await context.close();
      } finally {
        await site.close();
      }
    });
  }

  it('fetches an article text only when one of its sources is opened', async () => {
    const site = await openSite('fixture');
    try {
      const { page, context, problems } = await watchedPage(browser);
      await page.goto(site.url);
      await waitForApp(page);
      expect(site.server.requests.filter((r) => r.includes('/texts/'))).toEqual([]);
      const withFile = site.data.events.find((e) => {
        const a = site.data.articles.find((x) => x.id === e.sources[0]!.article);
        return a?.textFile !== undefined;
      })!;
      const article = site.data.articles.find((a) => a.id === withFile.sources[0]!.article)!;
      await page.locator(`.mark[data-event-id="${withFile.id}"]`).first().click();
      await page.locator('mark.sentence').waitFor();
      expect(await markedSentence(page)).toBe(withFile.sources[0]!.sentence);
      expect(site.server.requests).toContain(`/${article.textFile}`);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });

  it('has a page watcher that does see a request leave the site', async () => {
    // The e2e files take `problems` being empty as proof that nothing left the origin: the proof needs a watcher
    // that can see one. The policy would refuse the request before it is made, so this page runs without it.
    const site = await openSite('fixture');
    try {
      const { page, context, problems } = await watchedPage(browser, undefined, { bypassCSP: true });
      await page.goto(site.url);
      await waitForApp(page);
      expect(problems).toEqual([]);
      const elsewhere = `http://127.0.0.2:${site.server.url.split(':').pop()}/x`;
      await page.evaluate((url) => fetch(url).catch(() => null), elsewhere);
      expect(problems).toContain(`request off the site: ${elsewhere}`);
      await context.close();
    } finally {
      await site.close();
    }
  });
});
