/** The payload row: the JS + CSS index.html loads, gzipped, beside vis-timeline's bundle from the same run. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserBench } from './browser.ts';
import { measurePagePayload } from './payload.ts';
import { formatNumber, statusOf, type BenchRow } from './table.ts';

export function payloadRow(distDir: string, bench: BrowserBench | null): BenchRow {
  const visPayload = bench && 'results' in bench ? bench.visPayload : null;
  const peer = visPayload
    ? `vis-timeline bundle: ${formatNumber(visPayload.gzipBytes / 1024, 1)} KB`
    : 'vis-timeline: 159 KB (published figure, not measured)';
  const base = {
    area: 'payload',
    measure: 'JS + CSS index.html loads, gzipped (no data, no texts)',
    n: '—',
    peer,
  } as const;
  if (!existsSync(join(distDir, 'index.html'))) {
    return {
      ...base,
      ours: `not available: no ${distDir}/index.html (run npm run build)`,
      ratio: '',
      target: '≤ 100 KB',
      status: 'not available',
    };
  }
  const p = measurePagePayload(distDir, 'index.html');
  const kb = p.gzipBytes / 1024;
  return {
    ...base,
    ours: `${formatNumber(kb, 1)} KB (${p.files} files)`,
    ratio: visPayload ? `${formatNumber(p.gzipBytes / visPayload.gzipBytes, 2)}×` : '',
    target: '≤ 100 KB (TimelineJS 76 KB)',
    status: statusOf(kb <= 100),
  };
}
