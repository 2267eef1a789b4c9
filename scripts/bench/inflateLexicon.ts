/**
 * A grown copy of the lexicon for the "matching does not get slower as the lexicon grows" figure: the real
 * entries plus thousands of synthetic actors and places whose names never occur in the corpus (made of syllables
 * no English or Arabic place name in the generator uses). Only the lexicon's size changes, so extraction time
 * with it against extraction time with data/lexicon measures what the growth alone costs: a compiled matcher
 * (trie, one regex) stays flat, a loop over aliases grows linearly. Pure and seeded.
 */
import { createRandom } from '../synthetic/random.ts';

type Json = Record<string, unknown>;

export interface InflateOptions {
  readonly extraActors: number;
  readonly extraPlaces: number;
  readonly seed: number;
}

const SYLLABLES = ['zor', 'vak', 'quen', 'brim', 'tesh', 'olv', 'drun', 'yav', 'klem', 'prax', 'ulm', 'fesk'] as const;

/**
 * Distinct pseudo-words without limit: the k-th name spells k in base 12 with one syllable per digit (at least
 * three), over a seeded order of the syllables. Unique by construction, so no retry loop can run out of names.
 */
function nameMaker(seed: number): () => string {
  const rng = createRandom(seed);
  const order: string[] = [...SYLLABLES];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  let k = 0;
  return () => {
    let x = k++;
    const parts: string[] = [];
    do {
      parts.push(order[x % order.length] as string);
      x = Math.floor(x / order.length);
    } while (x > 0 || parts.length < 3);
    const w = parts.join('');
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  };
}

/** Returns new actors.json and places.json values: the originals with synthetic entries appended. */
export function inflateLexicon(
  actorsFile: Json,
  placesFile: Json,
  options: InflateOptions,
): { actors: Json; places: Json } {
  const next = nameMaker(options.seed);
  const actors = Array.isArray(actorsFile.actors) ? actorsFile.actors : [];
  const places = Array.isArray(placesFile.places) ? placesFile.places : [];
  const extraActors = Array.from({ length: options.extraActors }, () => {
    const base = next();
    return {
      name: `${base} Brigade`,
      kind: 'non-state',
      aliases: [`${base} Brigades`, `${base} Front`, `${next()} Army`],
    };
  });
  const extraPlaces = Array.from({ length: options.extraPlaces }, (_, i) => {
    const base = next();
    return {
      name: base,
      kind: 'town',
      // Spread over the region's box, deterministically.
      lat: 32 + ((i * 37) % 500) / 100,
      lon: 36 + ((i * 53) % 700) / 100,
      country: i % 2 === 0 ? 'Syria' : 'Iraq',
      aliases: [`${base}a`, `Tall ${base}`],
    };
  });
  return {
    actors: { ...actorsFile, actors: [...actors, ...extraActors] },
    places: { ...placesFile, places: [...places, ...extraPlaces] },
  };
}
