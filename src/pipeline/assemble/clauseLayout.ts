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

/**
 * The first clause that may overlap a span starting at `at` (edge 'end': the first ending after it), or the first
 * past a span ending at `at` (edge 'start': the first starting at or after it); else n. Both edges are in order.
 * A flag, not a predicate: a predicate closure per item and clause made this function allocate 35 MB of the 1.1 GB
 * that a 900 KB run-on article allocates.
 */
function firstPast(spans: readonly Span[], at: number, edge: 'start' | 'end'): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid] as Span;
    if (edge === 'end' ? s.end > at : s.start >= at) hi = mid;
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
      const out: T[] = [];
      for (const p of items) {
        const lo = firstPast(spans, p.start, 'end');
        const hi = firstPast(spans, p.end, 'start');
        if (hi <= lo || (lo === i && hi === i + 1)) out.push(p);
      }
      return out;
    },
  };
}
