/** Checks on the committed lexicon data itself: mistakes an editor can make that no schema catches. */
import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../scripts/lib/readLexicon.ts';
import type { RawPlace } from '../../../src/pipeline/lexicon/index.ts';
import { aliasShape } from '../../../src/pipeline/lexicon/trieMatcher.ts';

const raw = readLexicon('data/lexicon');
const keysOf = (p: RawPlace): Set<string> =>
  new Set(
    (p.matchName === false ? p.aliases : [p.name, ...p.aliases]).map(
      (a) => aliasShape(typeof a === 'string' ? a : a.text).key,
    ),
  );

/** Great-circle distance in km. */
function km(a: RawPlace, b: RawPlace): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('lexicon data', () => {
  it('has no two rows for one settlement (a hand row duplicating a GeoNames row)', () => {
    const settlements = raw.places.places.filter((p) => p.kind === 'city' || p.kind === 'town');
    const keys = settlements.map(keysOf);
    const duplicates: string[] = [];
    for (let i = 0; i < settlements.length; i++)
      for (let j = i + 1; j < settlements.length; j++) {
        const a = settlements[i];
        const b = settlements[j];
        const ka = keys[i];
        const kb = keys[j];
        if (!a || !b || !ka || !kb || km(a, b) > 10) continue;
        if ([...ka].some((k) => kb.has(k))) duplicates.push(`${a.name} / ${b.name}`);
      }
    expect(duplicates).toEqual([]);
  });

  it('names a province that exists for every place that gives one', () => {
    const provinces = new Set(raw.places.places.filter((p) => p.kind === 'province').map((p) => p.name));
    // Damascus is a city-governorate: the city row stands for it.
    provinces.add('Damascus');
    // Towns of the neighbours name their division as the world gazetteer does.
    for (const [, name] of raw.gazetteer?.admin1 ?? []) provinces.add(name);
    const unknown = raw.places.places.filter((p) => p.province !== undefined && !provinces.has(p.province));
    expect(unknown.map((p) => `${p.name}: ${p.province}`)).toEqual([]);
  });

  it('uses the gold canonical names', () => {
    const actors = new Set(raw.actors.actors.map((a) => a.name));
    for (const name of [
      'ISIS',
      'United States',
      'Russia',
      'US-led coalition',
      'Syria',
      'Iraq',
      'Iran',
      'Turkey',
      'Kurdish forces',
      'Hezbollah',
    ])
      expect(actors.has(name), name).toBe(true);
    const places = new Set(raw.places.places.map((p) => p.name));
    for (const name of [
      'Palmyra',
      'Deir ez-Zor',
      'Kobani',
      'Ramadi',
      'Mosul',
      'Dhuluiya',
      'Qalamoun',
      'eastern Syria',
      'Crimea',
      'Syria',
    ])
      expect(places.has(name), name).toBe(true);
  });

  it('gives no alias to two actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of raw.actors.actors)
      for (const alias of [a.name, ...a.aliases]) {
        const text = typeof alias === 'string' ? alias : alias.text;
        const key = `${aliasShape(text).key}/${aliasShape(text).letters}`;
        const prev = owner.get(key);
        if (prev !== undefined && prev !== a.name) clashes.push(`${text}: ${prev} and ${a.name}`);
        owner.set(key, a.name);
      }
    expect(clashes).toEqual([]);
  });
});
