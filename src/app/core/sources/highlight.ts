/**
 * Splits a text into runs for the source panel: the event's sentence (drawn in <mark>), its date expression
 * (emphasized inside it) and search hits. Pure and index-based, so the text only ever reaches React as strings.
 */
export interface Run {
  readonly text: string;
  readonly start: number;
  readonly inSentence: boolean;
  readonly isDate: boolean;
  readonly isHit: boolean;
  /** Why the extractor left this part out as page furniture ("credit line"), or null for article text. */
  readonly furniture: string | null;
  /** True on the first run of a stretch of furniture: where its label goes. */
  readonly furnitureStart: boolean;
}

/** A stretch of page furniture as events.json lists it (sorted, disjoint UTF-16 offsets). */
export interface ExcludedSpan {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export interface HighlightInput {
  readonly text: string;
  /** The sentence's [start, end) in `text`, or null. */
  readonly sentence: readonly [number, number] | null;
  /** Date expression as written; found inside the sentence (first occurrence). */
  readonly dateText: string;
  /** Search query; every case-insensitive occurrence is a hit. */
  readonly query: string;
  /** Page furniture to tell apart from the article text. */
  readonly excluded?: readonly ExcludedSpan[];
}

/** All [start, end) occurrences of `needle` in `hay`, case-insensitive; none for an empty needle. */
export function findAll(hay: string, needle: string): [number, number][] {
  const q = needle.trim().toLowerCase();
  if (q === '') return [];
  const lower = hay.toLowerCase();
  // toLowerCase keeps UTF-16 length for everything but a few letters (İ); offsets then only shift, never break.
  const out: [number, number][] = [];
  for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length)) out.push([i, i + q.length]);
  return out;
}

export function highlightRuns({ text, sentence, dateText, query, excluded = [] }: HighlightInput): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const x of excluded) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  let date: [number, number] | null = null;
  if (sentence !== null) {
    cuts.add(sentence[0]);
    cuts.add(sentence[1]);
    const at = dateText === '' ? -1 : text.slice(sentence[0], sentence[1]).indexOf(dateText);
    if (at >= 0) {
      date = [sentence[0] + at, sentence[0] + at + dateText.length];
      cuts.add(date[0]);
      cuts.add(date[1]);
    }
  }
  const hits = findAll(text, query);
  for (const [a, b] of hits) {
    cuts.add(a);
    cuts.add(b);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const inside = (r: readonly [number, number] | null, a: number) => r !== null && a >= r[0] && a < r[1];
  const runs: Run[] = [];
  let h = 0;
  let x = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    if (b <= a) continue;
    while (h < hits.length && hits[h]![1] <= a) h++;
    while (x < excluded.length && excluded[x]!.end <= a) x++;
    const furniture = x < excluded.length && excluded[x]!.start <= a ? excluded[x]! : null;
    runs.push({
      text: text.slice(a, b),
      start: a,
      inSentence: inside(sentence, a),
      isDate: inside(date, a),
      isHit: h < hits.length && inside(hits[h]!, a),
      furniture: furniture?.reason ?? null,
      furnitureStart: furniture !== null && furniture.start === a,
    });
  }
  return runs;
}
