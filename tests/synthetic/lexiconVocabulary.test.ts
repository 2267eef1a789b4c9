import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  actorsFromLexicon,
  placesFromLexicon,
  readLexiconVocabulary,
} from '../../scripts/synthetic/lexiconVocabulary.ts';
import { BUILTIN_VOCABULARY } from '../../scripts/synthetic/vocabulary.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('lexicon vocabulary', () => {
  it('reads actors from an array or a wrapped list, with the canonical name among the aliases', () => {
    const list = [{ name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'] }];
    expect(actorsFromLexicon(list)).toEqual([
      { canonical: 'Hezbollah', aliases: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
    ]);
    expect(actorsFromLexicon({ actors: list })).toEqual(actorsFromLexicon(list));
  });

  it('reads exact-case alias objects and writes qualifiers before a force noun', () => {
    const [actor] = actorsFromLexicon({
      actors: [{ name: 'Russia', aliases: ['Moscow', { text: 'RU', matchCase: true }], qualifiers: ['Russian'] }],
    });
    expect(actor?.aliases).toEqual(['Russia', 'Moscow', 'RU', 'Russian forces', 'Russian troops', 'Russian fighters']);
  });

  it('leaves out institutions and the states that no longer exist as actors, and countries as places', () => {
    expect(actorsFromLexicon([{ name: 'United Nations', kind: 'other', aliases: ['UN'] }])).toEqual([]);
    expect(actorsFromLexicon([{ name: 'Soviet Union', kind: 'state', aliases: ['USSR'] }])).toEqual([]);
    expect(placesFromLexicon([{ name: 'Iraq', kind: 'country', lat: 33, lon: 43.7, country: 'Iraq' }])).toEqual([]);
  });

  it('drops pattern-like aliases that cannot be written into text', () => {
    expect(actorsFromLexicon([{ canonical: 'ISIS', aliases: ['IS(IL)?', 'Daesh'] }])[0]?.aliases).toEqual([
      'ISIS',
      'Daesh',
    ]);
  });

  it('reads places with coordinates, nested or flat, and skips places without them', () => {
    const places = placesFromLexicon({
      places: [
        { name: 'Manbij', spellings: ['Menbij'], lat: 36.5, lon: 37.9, country: 'Syria' },
        { canonical: 'Sirte', variants: ['Surt'], coordinates: { latitude: 31.2, longitude: 16.6 }, country: 'Libya' },
        { name: 'Atlantis', aliases: [] },
      ],
    });
    expect(places.map((p) => [p.canonical, p.spellings, p.lat, p.lon])).toEqual([
      ['Manbij', ['Manbij', 'Menbij'], 36.5, 37.9],
      ['Sirte', ['Sirte', 'Surt'], 31.2, 16.6],
    ]);
  });

  it('falls back to the built-in names for a missing folder or a half the folder lacks', () => {
    expect(readLexiconVocabulary(join(tmpdir(), 'no-such-lexicon-folder-xyz'))).toBe(BUILTIN_VOCABULARY);
    const d = mkdtempSync(join(tmpdir(), 'lexicon-'));
    dirs.push(d);
    writeFileSync(
      join(d, 'actors.json'),
      JSON.stringify([
        { name: 'A', aliases: ['Alpha'] },
        { name: 'B', aliases: ['Bravo'] },
      ]),
    );
    writeFileSync(join(d, 'places.json'), '{ not json');
    // Source files beside the compiled ones are not what the pipeline reads, so they are not read here either.
    writeFileSync(join(d, 'places.curated.json'), JSON.stringify([{ name: 'X', lat: 1, lon: 2, country: 'Y' }]));
    const v = readLexiconVocabulary(d);
    expect(v.actors.map((a) => a.canonical)).toEqual(['A', 'B']);
    expect(v.places).toBe(BUILTIN_VOCABULARY.places);
    expect(v.origin).toBe('actors from actors.json; built-in places');
  });
});
