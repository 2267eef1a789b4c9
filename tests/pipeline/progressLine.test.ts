import { describe, expect, it } from 'vitest';
import { progressLine } from '../../scripts/lib/progressLine.ts';

function setup(isTTY: boolean) {
  let clock = 0;
  const out: string[] = [];
  const report = progressLine('extract: read', { write: (s) => out.push(s), isTTY, now: () => clock });
  return { out, report, advance: (ms: number) => (clock += ms) };
}

describe('progressLine', () => {
  it('writes a log line at most every 10 s, and always the last step', () => {
    const { out, report, advance } = setup(false);
    for (let done = 1; done <= 5000; done += 1) {
      advance(5); // 25 s in all
      report(done, 5000);
    }
    expect(out).toEqual(['extract: read 2000/5000\n', 'extract: read 4000/5000\n', 'extract: read 5000/5000\n']);
  });

  it('rewrites one terminal line in place, ending it at the last step', () => {
    const { out, report, advance } = setup(true);
    for (let done = 1; done <= 1000; done += 1) {
      advance(1);
      report(done, 1000);
    }
    expect(out).toEqual([
      '\rextract: read 250/1000',
      '\rextract: read 500/1000',
      '\rextract: read 750/1000',
      '\rextract: read 1000/1000\n',
    ]);
  });

  it('says nothing for small inputs, however long they take', () => {
    const { out, report, advance } = setup(false);
    for (let done = 1; done <= 199; done += 1) {
      advance(60_000);
      report(done, 199);
    }
    expect(out).toEqual([]);
  });
});
