/**
 * Month readability of the timeline (issue 12's target): zoomed to any month of the 3,000-article generated corpus,
 * at least half of that month's day-precision events (or 15, whichever is fewer) must be readable marks with
 * accessible names. Prints figures for every month; it is a benchmark, not a test.
 *
 *   npx tsx scripts/bench-density.ts [--events FILE] [--n 3000] [--seed 1] [--width 1440] [--height 900]
 *
 * Without --events it writes the corpus (`npm run gen-corpus`) and extracts it (`npm run extract`) into a temporary
 * folder first. Needs a built site (`npx vite build`). The window is set through the URL hash, as a link would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { openSite } from '../tests/e2e/support/site.ts';
import type { EventsFile } from '../src/model/index.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string' },
    n: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '1' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
  },
});

function run(args: string[]): void {
  const r = spawnSync('npm', ['run', '--silent', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`npm run ${args.join(' ')} exited with ${r.status}`);
}

let eventsPath = values.events;
if (eventsPath === undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-density-'));
  console.error(`Writing ${values.n} articles (seed ${values.seed}) and extracting them into ${dir} …`);
  run(['gen-corpus', '--', '--n', values.n, '--seed', values.seed, '--out', join(dir, 'articles')]);
  run(['extract', '--', '--in', join(dir, 'articles'), '--out', join(dir, 'site', 'events.json')]);
  eventsPath = join(dir, 'site', 'events.json');
}
if (!existsSync(eventsPath)) throw new Error(`${eventsPath}: no such events file`);
const body = readFileSync(eventsPath, 'utf8');
const file = JSON.parse(body) as EventsFile;

/** Day-precision events by month (YYYY-MM of their start): what each month's figure is measured against. */
const byMonth = new Map<string, Set<string>>();
for (const e of file.events) {
  if (e.date.precision !== 'day') continue;
  const m = e.date.start.slice(0, 7);
  let set = byMonth.get(m);
  if (set === undefined) byMonth.set(m, (set = new Set()));
  set.add(e.id);
}
const months = [...byMonth.keys()].sort();

const site = await openSite({ rawEventsJson: body });
const browser = await launchChromium();
const viewport = { width: Number(values.width), height: Number(values.height) };
const rows: { month: string; events: number; marks: number; titled: number; needed: number }[] = [];
try {
  const page = await browser.newPage({ viewport });
  await page.goto(site.url);
  await page.waitForSelector('.lane', { timeout: 120_000 });
  for (const month of months) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const from = new Date(Date.UTC(y, m - 1, 1)).toISOString().replace(':00.000Z', 'Z');
    const to = new Date(Date.UTC(y, m, 1)).toISOString().replace(':00.000Z', 'Z');
    const label = await page.locator('.window-label').textContent();
    await page.evaluate((hash) => {
      history.replaceState(null, '', hash);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `#w=${from}~${to}`);
    await page.waitForFunction((before) => document.querySelector('.window-label')?.textContent !== before, label);
    await page.waitForSelector('.plot:not(.moving)');
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.mark[data-event-id]')]
        .filter((b) => (b.getAttribute('aria-label') ?? '') !== '')
        .map((b) => ({ id: b.dataset.eventId!, titled: b.querySelector('.mark-title') !== null })),
    );
    const ids = byMonth.get(month)!;
    const marks = new Set(drawn.filter((d) => ids.has(d.id)).map((d) => d.id));
    const titled = new Set(drawn.filter((d) => ids.has(d.id) && d.titled).map((d) => d.id));
    rows.push({
      month,
      events: ids.size,
      marks: marks.size,
      titled: titled.size,
      needed: Math.min(15, Math.ceil(ids.size / 2)),
    });
  }
} finally {
  await browser.close();
  await site.close();
}

const failing = rows.filter((r) => r.marks < r.needed);
const share = rows.map((r) => r.marks / r.events).sort((a, b) => a - b);
const titledShare = rows.map((r) => r.titled / r.events).sort((a, b) => a - b);
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
console.log(
  `Month readability, ${file.events.length} events, ${viewport.width}×${viewport.height}, ${rows.length} months`,
);
console.log(
  `months meeting the target (marks ≥ min(15, half the month's day events)): ${rows.length - failing.length} of ${rows.length}`,
);
console.log(`day events that are named marks, per month: min ${pct(q(share, 0))}, median ${pct(q(share, 0.5))}`);
console.log(`… of them with their title drawn: min ${pct(q(titledShare, 0))}, median ${pct(q(titledShare, 0.5))}`);
const busiest = [...rows].sort((a, b) => b.events - a.events).slice(0, 5);
for (const r of busiest)
  console.log(`  ${r.month}: ${r.events} day events, ${r.marks} marks (${r.titled} titled), needed ${r.needed}`);
for (const r of failing.slice(0, 10))
  console.log(`  NOT met ${r.month}: ${r.marks} of ${r.events}, needed ${r.needed}`);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
