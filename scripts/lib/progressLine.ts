/**
 * Progress of a long CLI step on stderr, without flooding logs. On a terminal, one line rewritten in place
 * (`\r`) at most every `ttyEveryMs`; elsewhere (CI logs, pipes), one line at most every `logEveryMs`. The last
 * step (done === total) is always written, ending the line, so a log always shows that the step completed.
 * Small inputs (total below `from`) print nothing. The clock and the writer are passed in, so the throttling
 * is testable without waiting.
 */
export interface ProgressLineOptions {
  readonly write: (s: string) => void;
  readonly isTTY: boolean;
  /** Milliseconds, monotonic (performance.now). */
  readonly now: () => number;
  readonly from?: number;
  readonly ttyEveryMs?: number;
  readonly logEveryMs?: number;
}

export function progressLine(label: string, o: ProgressLineOptions): (done: number, total: number) => void {
  const from = o.from ?? 200;
  const every = o.isTTY ? (o.ttyEveryMs ?? 250) : (o.logEveryMs ?? 10_000);
  let last = o.now();
  return (done, total) => {
    if (total < from) return;
    const final = done >= total;
    const t = o.now();
    if (!final && t - last < every) return;
    last = t;
    const text = `${label} ${done}/${total}`;
    if (o.isTTY) o.write(`\r${text}${final ? '\n' : ''}`);
    else o.write(`${text}\n`);
  };
}
