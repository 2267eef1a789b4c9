/**
 * Where the dated clauses of one sentence lie, for asking which mentions stand outside every clause but one.
 * Asked for each clause, over the sentence's places, the question compared every place with every other clause:
 * cubic in a sentence's clause count. The clauses of a sentence follow each other in order (splitDatedClauses),
 * so the clauses a mention overlaps form one run of neighbours, found by two binary searches.
 */
import type { Span } from '../types.ts';
import type { DatedClause } from './clauses.ts';

export interface ClauseLayout {
  /** The items of `items` that overlap no clause of the sentence other than `dc`, in their order. */
  outsideOthers<T extends Span>(dc: DatedClause, items: readonly T[]): T[];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The first index in [0, n) for which `past` holds, `past` being false then true along the indices; else n. */
function firstWhere(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function clauseLayout(clauses: readonly DatedClause[]): ClauseLayout {
  const spans = clauses.map((c) => c.clause);
  // Starts and ends both in order: then the clauses overlapping a span are the run [lo, hi).
  const ordered = spans.every(
    (s, i) => i === 0 || (s.start >= (spans[i - 1] as Span).start && s.end >= (spans[i - 1] as Span).end),
  );
  const indexOf = new Map(clauses.map((c, i) => [c, i]));
  return {
    outsideOthers<T extends Span>(dc: DatedClause, items: readonly T[]): T[] {
      const i = indexOf.get(dc);
      if (!ordered || i === undefined) {
        const others = clauses.filter((c) => c !== dc).map((c) => c.clause);
        return items.filter((p) => !others.some((o) => overlaps(p, o)));
      }
      return items.filter((p) => {
        const lo = firstWhere(spans.length, (j) => (spans[j] as Span).end > p.start);
        const hi = firstWhere(spans.length, (j) => (spans[j] as Span).start >= p.end);
        return hi <= lo || (lo === i && hi === i + 1);
      });
    },
  };
}
