import type { ReactNode } from 'react';
import { findAll } from '../../core/sources/highlight.ts';

/** A string with the search query's occurrences wrapped in spans (text only, never HTML). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const hits = findAll(text, query);
  if (hits.length === 0) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  for (const [a, b] of hits) {
    if (a > at) out.push(text.slice(at, a));
    out.push(
      <span key={a} className="hit">
        {text.slice(a, b)}
      </span>,
    );
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
