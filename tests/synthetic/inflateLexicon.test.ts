import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorsFileSchema, placesFileSchema } from '../../src/pipeline/lexicon/index.ts';
import { inflateLexicon } from '../../scripts/bench/inflateLexicon.ts';

const read = (f: string) => JSON.parse(readFileSync(`data/lexicon/${f}`, 'utf8')) as Record<string, unknown>;

describe('inflateLexicon', () => {
  const actors = read('actors.json');
  const places = read('places.json');
  const grown = inflateLexicon(actors, places, { extraActors: 300, extraPlaces: 2000, seed: 1 });

  it('keeps every real entry and adds the asked number, still valid lexicon files', () => {
    const a = actorsFileSchema.parse(grown.actors);
    const p = placesFileSchema.parse(grown.places);
    const realActors = (actors.actors as unknown[]).length;
    const realPlaces = (places.places as unknown[]).length;
    expect(a.actors).toHaveLength(realActors + 300);
    expect(p.places).toHaveLength(realPlaces + 2000);
    expect(a.actors.slice(0, realActors)).toEqual(actors.actors);
  });

  it('gives every added entry a name and aliases used nowhere else', () => {
    const a = actorsFileSchema.parse(grown.actors).actors.slice(-300);
    const p = placesFileSchema.parse(grown.places).places.slice(-2000);
    const written = [...a, ...p].flatMap((e) => [
      e.name,
      ...e.aliases.map((x) => (typeof x === 'string' ? x : x.text)),
    ]);
    expect(new Set(written).size).toBe(written.length);
  });

  it('is the same for the same seed', () => {
    expect(inflateLexicon(actors, places, { extraActors: 300, extraPlaces: 2000, seed: 1 })).toEqual(grown);
  });
});
