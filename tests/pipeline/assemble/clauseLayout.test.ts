import { describe, expect, it } from 'vitest';
import { clauseLayout } from '../../../src/pipeline/assemble/clauseLayout.ts';
import type { DatedClause } from '../../../src/pipeline/assemble/clauses.ts';
import type { DateMention, Span } from '../../../src/pipeline/types.ts';

const MENTION = { start: 0, end: 0 } as DateMention;

function clause(start: number, end: number): DatedClause {
  return { clause: { start, end }, local: { start, end }, mention: MENTION, mentions: [MENTION] };
}

/** The question asked plainly: every item against every other clause. */
function plainly(clauses: readonly DatedClause[], dc: DatedClause, items: readonly Span[]): Span[] {
  const others = clauses.filter((c) => c !== dc).map((c) => c.clause);
  return items.filter((p) => !others.some((o) => p.start < o.end && o.start < p.end));
}

/** A seeded sequence, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('clauseLayout', () => {
  it('keeps what lies in the clause or in no clause, and drops what reaches into another', () => {
    const clauses = [clause(0, 10), clause(10, 20), clause(20, 30)];
    const items = [
      { start: 12, end: 15 }, // inside the second
      { start: 8, end: 12 }, // across the first two
      { start: 2, end: 5 }, // inside the first
      { start: 30, end: 34 }, // after every clause
      { start: 18, end: 25 }, // across the last two
    ];
    expect(clauseLayout(clauses).outsideOthers(clauses[1] as DatedClause, items)).toEqual([
      { start: 12, end: 15 },
      { start: 30, end: 34 },
    ]);
  });

  it('answers as the plain comparison does, for clauses in order, empty ones included', () => {
    const next = random(7);
    for (let round = 0; round < 300; round += 1) {
      const cuts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 100)).sort(
        (a, b) => a - b,
      );
      const bounds = [0, ...cuts, 100];
      const clauses = bounds.slice(1).map((end, i) => clause(bounds[i] as number, end));
      const items = Array.from({ length: 12 }, () => {
        const start = Math.floor(next() * 110);
        return { start, end: start + 1 + Math.floor(next() * 15) };
      });
      const layout = clauseLayout(clauses);
      for (const dc of clauses) expect(layout.outsideOthers(dc, items)).toEqual(plainly(clauses, dc, items));
    }
  });

  it('answers as the plain comparison does for clauses out of order', () => {
    const clauses = [clause(10, 20), clause(0, 12), clause(15, 40)];
    const items = [
      { start: 1, end: 3 },
      { start: 11, end: 13 },
      { start: 16, end: 18 },
      { start: 30, end: 35 },
    ];
    const layout = clauseLayout(clauses);
    for (const dc of clauses) expect(layout.outsideOthers(dc, items)).toEqual(plainly(clauses, dc, items));
  });
});
