/**
 * Seeded randomness for the synthetic corpus: mulberry32 (Tommy Ettinger's 32-bit generator, public domain),
 * the same algorithm ../shared/bench-peers/gen-data.mjs uses. Hand-written because it is six lines of integer
 * arithmetic with a fixed, platform-independent output, and the alternatives cost more than they give: d3's
 * `randomLcg` lives in d3-random, which the project only gets through the whole `d3` bundle it is moving away
 * from, and `pure-rand` is only a transitive dependency of fast-check. Statistical quality is ample for choosing
 * words; nothing here needs cryptographic randomness.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both inclusive. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
  };
}

/**
 * The seed of item `index` in a stream seeded with `seed`. Each article gets its own generator, so article k is
 * the same whether 10 or 10,000 are generated (a smaller corpus is a prefix of a larger one). The mix is
 * murmur3's 32-bit finalizer: a few lines, well known, and no library exports it on its own.
 */
export function childSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
