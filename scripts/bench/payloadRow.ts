/** The payload row: our dist/ JS + CSS gzipped beside vis-timeline's bundle measured in the same run. */
import { existsSync } from 'node:fs';
import type { BrowserBench } from './browser.ts';
import { measurePayload } from './payload.ts';
import { formatNumber, statusOf, type BenchRow } from './table.ts';

export function payloadRow(distDir: string, bench: BrowserBench | null): BenchRow {
  const visPayload = bench && 'results' in bench ? bench.visPayload : null;
  const peer = visPayload
    ? `vis-timeline bundle: ${formatNumber(visPayload.gzipBytes / 1024, 1)} KB`
    : 'vis-timeline: 159 KB (published figure, not measured)';
  const base = { area: 'payload', measure: 'JS + CSS, gzipped (no data, no texts)', n: '—', peer } as const;
  if (!existsSync(distDir)) {
    return {
      ...base,
      ours: `not available: no ${distDir}/ (run npm run build)`,
      ratio: '',
      target: '≤ 100 KB',
      status: 'not available',
    };
  }
  const p = measurePayload(distDir);
  const kb = p.gzipBytes / 1024;
  return {
    ...base,
    ours: `${formatNumber(kb, 1)} KB (${p.files} files)`,
    ratio: visPayload ? `${formatNumber(p.gzipBytes / visPayload.gzipBytes, 2)}×` : '',
    target: '≤ 100 KB (TimelineJS 76 KB)',
    status: statusOf(kb <= 100),
  };
}
