/** The benchmark's one Markdown table: a row per figure, ours beside the peer measured in the same run. */
export interface BenchRow {
  readonly area: 'extraction' | 'payload' | 'browser';
  readonly measure: string;
  /** Input size: articles for extraction, events for the browser; '—' when none applies. */
  readonly n: string;
  readonly ours: string;
  /** The baseline or peer measured in the same run: chrono-node alone, vis-timeline. */
  readonly peer: string;
  /** ours ÷ peer where that is the figure the target is stated in. */
  readonly ratio: string;
  readonly target: string;
  /** 'met', 'NOT met', 'not measured yet', 'not available', or '—' when there is no target. */
  readonly status: string;
}

const HEADER = ['area', 'measure', 'N', 'ours', 'peer / baseline (same run)', 'ratio', 'target', 'status'] as const;

/** Pipes would split a cell; everything else in our cells is plain text. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((h) => (h === 'N' || h === 'ours' || h === 'ratio' ? '---:' : '---')).join('|')}|`,
    ...rows.map(
      (r) => `| ${[r.area, r.measure, r.n, r.ours, r.peer, r.ratio, r.target, r.status].map(cell).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}

/** 12345.6 → "12,346"; small figures keep `digits` decimals. Explicit locale: output must not depend on the machine. */
export function formatNumber(x: number, digits = 0): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function statusOf(met: boolean): string {
  return met ? 'met' : 'NOT met';
}
