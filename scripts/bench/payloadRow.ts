/**
 * The payload rows: the JS + CSS the first screen loads (index.html's scripts and styles, their static imports and
 * the validator worker the page starts; not the chunks it imports on demand), beside vis-timeline's bundle from
 * the same run, and the map's chunk (imported when the map is first shown; its basemap data apart).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserBench } from './browser.ts';
import { gzipSize, measurePageParts } from './payload.ts';
import { formatNumber, statusOf, type BenchRow } from './table.ts';

const kb = (bytes: number): string => `${formatNumber(bytes / 1024, 1)} KB`;

export function payloadRows(distDir: string, bench: BrowserBench | null): BenchRow[] {
  const visPayload = bench && 'results' in bench ? bench.visPayload : null;
  const peer = visPayload
    ? `vis-timeline bundle: ${kb(visPayload.gzipBytes)}`
    : 'vis-timeline: 159 KB (published figure, not measured)';
  const first = {
    area: 'payload',
    measure: 'first screen: JS + CSS index.html loads, gzipped (no data, no texts, no on-demand chunks)',
    n: '—',
    peer,
  } as const;
  const map = {
    area: 'payload',
    measure: 'map chunk, loaded when the map is first shown, gzipped (basemap data apart)',
    n: '—',
    peer: '',
  } as const;
  if (!existsSync(join(distDir, 'index.html'))) {
    const missing = `not available: no ${distDir}/index.html (run npm run build)`;
    return [
      { ...first, ours: missing, ratio: '', target: '≤ 100 KB', status: 'not available' },
      { ...map, ours: missing, ratio: '', target: '≤ 40 KB', status: 'not available' },
    ];
  }
  const parts = measurePageParts(distDir, 'index.html');
  const f = parts.firstScreen;
  const worker = f.perFile.filter(([p]) => /worker/i.test(p)).reduce((s, [, gz]) => s + gz, 0);
  const rows: BenchRow[] = [
    {
      ...first,
      ours: `${kb(f.gzipBytes)} (${f.files} files; validator worker ${kb(worker)})`,
      ratio: visPayload ? `${formatNumber(f.gzipBytes / visPayload.gzipBytes, 2)}×` : '',
      target: '≤ 100 KB (TimelineJS 76 KB)',
      status: statusOf(f.gzipBytes / 1024 <= 100),
    },
  ];
  const mapChunk = [...parts.onDemand].find(([p]) => /(^|[\\/])map-[^\\/]*\.js$/.test(p));
  if (mapChunk === undefined) {
    rows.push({
      ...map,
      ours: 'not available: no map-*.js chunk imported on demand',
      ratio: '',
      target: '≤ 40 KB',
      status: 'not available',
    });
    return rows;
  }
  const basemap = readdirSync(join(distDir, 'assets')).find((n) => /^countries-.*\.json$/.test(n));
  const basemapGz = basemap === undefined ? null : gzipSize(readFileSync(join(distDir, 'assets', basemap)));
  rows.push({
    ...map,
    peer: basemapGz === null ? '' : `basemap data (${basemap}): ${kb(basemapGz)}`,
    ours: `${kb(mapChunk[1].gzipBytes)} (${mapChunk[1].files} files)`,
    ratio: '',
    target: '≤ 40 KB',
    status: statusOf(mapChunk[1].gzipBytes / 1024 <= 40),
  });
  return rows;
}
