/**
 * Issue 14 item 4 in Chromium, at 1,440×900 and 390×844: the source panel shows what corrections.json changed
 * on an event, and "Correct this event", worked from the keyboard, writes an entry the extractor accepts, copied
 * to the clipboard and downloaded as a corrections.json, with no request leaving the site and no CSP refusal.
 * Runs on the app fixture with one event marked as corrected. Needs a built dist/ (`npx vite build`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorrection, parseCorrectionsFile } from '../../src/model/corrections.ts';
import type { EventsFile } from '../../src/model/index.ts';
import { FIXTURE } from './support/site.ts';
import { siteSuite } from './support/suite.ts';
import { cspViolations, screenshotPath, waitForApp, watchedPage } from './support/page.ts';

const EVENT = 'ev-palmyra-captured';

/** The fixture, with one event carrying the record of two corrections that share a note. */
function correctedFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corrections-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(FIXTURE, 'texts'), join(dir, 'texts'), { recursive: true });
  const file = JSON.parse(readFileSync(join(FIXTURE, 'events.json'), 'utf8')) as EventsFile;
  const events = file.events.map((e) =>
    e.id === EVENT
      ? {
          ...e,
          corrected: [
            { what: 'title', note: 'checked against AP' },
            { what: 'type', note: 'checked against AP' },
          ],
        }
      : e,
  );
  writeFileSync(join(dir, 'events.json'), JSON.stringify({ ...file, events }));
  return dir;
}

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

describe('correcting an event in the source panel', () => {
  const dir = correctedFixture();
  const suite = siteSuite({ eventsDir: dir });

  for (const { name, viewport } of VIEWPORTS) {
    it(`shows the corrections and writes a valid entry from the keyboard (${name})`, async () => {
      const { page, context, problems } = await watchedPage(suite.browser(), viewport);
      const origin = new URL(suite.site().url).origin;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const offSite: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
          offSite.push(r.url());
      });
      await page.goto(`${suite.site().url}#e=${EVENT}`);
      await waitForApp(page);
      const panel = page.getByRole('region', { name: 'Source' });
      await expect
        .poll(() => panel.getByRole('list', { name: 'Corrections by the analyst' }).textContent())
        .toBe('Corrected: title, type – checked against AP');

      await panel.getByRole('list', { name: 'Corrections by the analyst' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`corrections-note-${name}`) });

      // Open the form and move through it with the keyboard only.
      const toggle = panel.getByRole('button', { name: 'Correct this event' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      const form = panel.getByRole('form', { name: 'Correct this event' });
      await form.waitFor();
      const focusedLabel = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.tagName ?? '';
        });
      await page.keyboard.press('Tab');
      expect(await focusedLabel()).toBe('Change fields');
      await page.keyboard.press('Tab');
      expect(await focusedLabel()).toBe('Title');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('IS takes Palmyra after a week of fighting');
      await page.keyboard.press('Tab');
      expect(await focusedLabel()).toBe('Type');
      await form.getByLabel('Type').selectOption('siege');
      await form.getByLabel('Date').focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('2015-05');
      await form.getByLabel('Note (optional)').focus();
      await page.keyboard.type('two reports, one week');

      const entryBox = form.getByLabel('Entry for corrections.json');
      const entry = JSON.parse(await entryBox.inputValue()) as unknown;
      expect(entry).toEqual({
        event: EVENT,
        set: { title: 'IS takes Palmyra after a week of fighting', type: 'siege', date: '2015-05' },
        note: 'two reports, one week',
      });
      expect(parseCorrection(entry)).toEqual({ correction: entry });
      await form.screenshot({ path: screenshotPath(`corrections-form-${name}`) });
      await page.screenshot({ path: screenshotPath(`corrections-panel-${name}`) });

      await form.getByRole('button', { name: 'Copy entry' }).press('Enter');
      await expect.poll(() => form.getByRole('status').textContent()).toMatch(/^Entry copied/);
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(entry);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        form.getByRole('button', { name: 'Download corrections.json' }).press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe('corrections.json');
      const saved = parseCorrectionsFile(JSON.parse(readFileSync(await download.path(), 'utf8')));
      expect(saved).toEqual({ entries: [{ index: 0, correction: entry }], problems: [] });

      // Merge asks for an id this data holds, and says so until it gets one.
      await form.getByRole('radio', { name: 'Merge with another event' }).check();
      await expect
        .poll(() => form.getByRole('list', { name: 'Not yet an entry' }).textContent())
        .toMatch(/Give the id/);
      await form.getByLabel('Other event’s id').fill('ev-government-withdraws');
      expect(JSON.parse(await entryBox.inputValue())).toEqual({
        merge: [EVENT, 'ev-government-withdraws'],
        note: 'two reports, one week',
      });
      await page.screenshot({ path: screenshotPath(`corrections-merge-${name}`) });

      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(offSite).toEqual([]);
      await context.close();
    });
  }
});
