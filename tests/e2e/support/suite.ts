/** One site and one Chromium for a test file: opened before its tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../helpers/browser.ts';
import { openSite, type Site, type SiteData } from './site.ts';

export interface SiteSuite {
  readonly site: () => Site;
  readonly browser: () => Browser;
}

export function siteSuite(data: SiteData | (() => Promise<SiteData>)): SiteSuite {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await openSite(typeof data === 'function' ? await data() : data);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    site: () =>
      site ??
      (() => {
        throw new Error('the site is opened in beforeAll');
      })(),
    browser: () =>
      browser ??
      (() => {
        throw new Error('Chromium is launched in beforeAll');
      })(),
  };
}
