import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeSamples, type ExtractionSample } from '../../scripts/bench/extractionSample.ts';
import { measurePageParts, measurePagePayload } from '../../scripts/bench/payload.ts';
import { formatNumber, renderTable } from '../../scripts/bench/table.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const sample = (ms: number, peakRssMB: number): ExtractionSample => ({
  mode: 'pipeline',
  articles: 1000,
  rejected: 0,
  bytes: 2_000_000,
  ms,
  outputs: 5000,
  lexiconMs: 40,
  peakRssMB,
});

describe('summarizeSamples', () => {
  it('takes the median time and the highest peak memory over repetitions', () => {
    const f = summarizeSamples([sample(900, 150), sample(500, 170), sample(400, 160)]);
    expect(f).toMatchObject({
      seconds: 0.5,
      articlesPerSecond: 2000,
      mbPerSecond: 4,
      peakRssMB: 170,
      lexiconSeconds: 0.04,
    });
  });

  it('takes the median CPU time when every sample reports one, and none otherwise', () => {
    const cpu = (ms: number, cpuMs: number): ExtractionSample => ({ ...sample(ms, 100), cpuMs });
    expect(summarizeSamples([cpu(900, 1200), cpu(500, 700), cpu(400, 800)])).toMatchObject({ cpuSeconds: 0.8 });
    expect(summarizeSamples([cpu(900, 1200), sample(500, 100)])).toMatchObject({ cpuSeconds: null });
  });

  it('passes on why nothing was measured', () => {
    const f = summarizeSamples([{ mode: 'pipeline', articles: 10, rejected: 0, bytes: 1, unavailable: 'no entry' }]);
    expect(f).toEqual({ unavailable: 'no entry' });
  });
});

describe('measurePagePayload', () => {
  it('sums the gzipped JS and CSS the page loads, following imports, and nothing else', () => {
    const d = mkdtempSync(join(tmpdir(), 'payload-'));
    dirs.push(d);
    mkdirSync(join(d, 'assets'));
    mkdirSync(join(d, 'texts'));
    const files: Record<string, string> = {
      'index.html':
        '<script src="/harness/outside.js"></script><script type="module" src="./assets/main.js"></script>' +
        '<link rel="stylesheet" href="./assets/app.css"><link rel="icon" href="./favicon.svg">',
      'assets/main.js': `import{a}from"./shared.js";const l=()=>import("./lazy.js");${'x=1;'.repeat(300)}`,
      'assets/shared.js': `export const a=1;${'y=2;'.repeat(200)}`,
      'assets/lazy.js': `export default 3;${'z=3;'.repeat(100)}`,
      'assets/app.css': `@import "./more.css";${'body{margin:0}'.repeat(50)}`,
      'assets/more.css': 'p{color:red}',
      'assets/bench.js': 'another page entry, not loaded by index.html',
      'events.json': '{"version":1}',
      'texts/a.txt': 'article text',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
    const p = measurePagePayload(d, 'index.html');
    const counted = ['assets/app.css', 'assets/lazy.js', 'assets/main.js', 'assets/more.css', 'assets/shared.js'];
    expect(p.perFile.map(([f]) => f)).toEqual(counted.map((f) => join(...f.split('/'))));
    expect(p.files).toBe(5);
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    expect(p.gzipBytes).toBe(counted.reduce((sum, f) => sum + gz(files[f] as string), 0));
    expect(p.rawBytes).toBe(counted.reduce((sum, f) => sum + (files[f] as string).length, 0));
  });
});

describe('measurePageParts', () => {
  it('counts static imports and workers as the first screen, and each import() apart with what it adds', () => {
    const d = mkdtempSync(join(tmpdir(), 'payload-'));
    dirs.push(d);
    mkdirSync(join(d, 'assets'));
    const files: Record<string, string> = {
      'index.html':
        '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/app.css">',
      'assets/main.js':
        'import{a}from"./shared.js";new Worker(new URL(`worker.js`,import.meta.url));' +
        'const m=()=>pre(()=>import(`./map-1.js`),["assets/map-1.css"]);const t=()=>import("./table.js");' +
        // Vite's other form: the preloads as indices into the file's __vite__mapDeps list, after a .then(…).
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./form.js","./form.css"])))=>i.map(i=>d[i]);' +
        'const f=()=>pre(()=>import(`./form.js`).then(e=>({default:e.F}),e=>g(e)),__vite__mapDeps([0,1]),import.meta.url);',
      'assets/shared.js': `export const a=1;${'y=2;'.repeat(50)}`,
      'assets/worker.js': `self.onmessage=1;${'w=1;'.repeat(40)}`,
      'assets/app.css': 'body{margin:0}',
      'assets/map-1.js': `import{a}from"./shared.js";import{g}from"./geo.js";${'m=1;'.repeat(70)}`,
      'assets/geo.js': `export const g=1;${'g=1;'.repeat(30)}`,
      'assets/map-1.css': '.map{color:red}',
      'assets/table.js': 'export default 1;',
      'assets/form.js': `export default 2;${'f=1;'.repeat(20)}`,
      'assets/form.css': '.form{color:blue}',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
    const p = measurePageParts(d, 'index.html');
    const names = (list: readonly (readonly [string, number])[]) => list.map(([f]) => f.split(/[\\/]/).pop());
    expect(names(p.firstScreen.perFile)).toEqual(['app.css', 'main.js', 'shared.js', 'worker.js']);
    expect([...p.onDemand.keys()].map((k) => k.split(/[\\/]/).pop())).toEqual(['form.js', 'map-1.js', 'table.js']);
    const [form, map] = [...p.onDemand.values()];
    // The map chunk brings geo.js and its stylesheet; shared.js is already on the first screen.
    expect(names(map!.perFile)).toEqual(['geo.js', 'map-1.css', 'map-1.js']);
    expect(names(form!.perFile)).toEqual(['form.css', 'form.js']);
  });
});

describe('renderTable', () => {
  it('prints one Markdown table with a row per figure and escapes pipes in cells', () => {
    const out = renderTable([
      {
        area: 'extraction',
        measure: 'articles/s',
        n: '1,000',
        ours: '2,100',
        peer: 'a | b',
        ratio: '',
        target: '≥ 2,000',
        status: 'met',
      },
    ]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('| area | measure | N | ours | peer / baseline (same run) | ratio | target | status |');
    expect(lines[2]).toBe('| extraction | articles/s | 1,000 | 2,100 | a \\| b |  | ≥ 2,000 | met |');
  });

  it('formats numbers the same on every machine', () => {
    expect(formatNumber(12345.678)).toBe('12,346');
    expect(formatNumber(0.5, 2)).toBe('0.50');
  });
});
