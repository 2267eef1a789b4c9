/**
 * The gazetteer's prebuilt index (gazetteerIndex.ts) answers every lookup as the Map built from gazetteer.json
 * did, is the same bytes for the same gazetteer, refuses bytes that are not a whole index, and is kept in its file
 * (gazetteerIndexFile.ts) only for the gazetteer.json it was made from, overlays merged on top.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGazetteerIndex } from '../../../scripts/lib/gazetteerIndexFile.ts';
import { parseLexiconFile, readLexicon, readLexiconForRun } from '../../../scripts/lib/readLexicon.ts';
import { placeAt } from '../../../src/pipeline/lexicon/compileLexicon.ts';
import { compileGazetteer } from '../../../src/pipeline/lexicon/gazetteer.ts';
import {
  encodeGazetteerIndex,
  gazetteerIndexStamp,
  openGazetteerIndex,
} from '../../../src/pipeline/lexicon/gazetteerIndex.ts';
import { ALTERNATE_MARK, KEY_SEPARATOR, gazetteerFileSchema } from '../../../src/pipeline/lexicon/gazetteerSchema.ts';
import { compileLexicon, findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { whole } from './lexicon.ts';

const GAZETTEER = 'data/lexicon/gazetteer.json';
const raw = parseLexiconFile(GAZETTEER, readFileSync(GAZETTEER, 'utf8'), gazetteerFileSchema);
const bytes = encodeGazetteerIndex(raw, 'stamp');

const root = mkdtempSync(join(tmpdir(), 'gazetteer-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The index as compileGazetteer built it from the JSON before there was one: the specification. */
function referenceMap(offset: number): Map<string, number | number[]> {
  const byKey = new Map<string, number | number[]>();
  for (const [r, all] of raw.places.keys.entries()) {
    for (const part of all.split(KEY_SEPARATOR)) {
      const alternate = part.startsWith(ALTERNATE_MARK);
      const value = alternate ? ~(offset + r) : offset + r;
      const key = alternate ? part.slice(1) : part;
      const found = byKey.get(key);
      if (found === undefined) byKey.set(key, value);
      else if (typeof found === 'number') {
        if (found !== value) byKey.set(key, [found, value]);
      } else if (!found.includes(value)) found.push(value);
    }
  }
  return byKey;
}

describe('the gazetteer index', () => {
  it('answers every name, prefix and place of the committed gazetteer as the JSON does', () => {
    const offset = 585;
    const g = compileGazetteer(bytes, offset, new Set(['sirja']));
    const reference = referenceMap(offset);
    // Plain loops, one expect each: 176,000 keys.
    const wrong: string[] = [];
    for (const [key, value] of reference)
      if (JSON.stringify(g.byKey.get(key)) !== JSON.stringify(value)) wrong.push(key);
    for (const key of raw.prefixes) if (!g.prefixes.has(key)) wrong.push(`prefix ${key}`);
    for (const key of ['', 'nowhere|at|all', 'dimashk|x', 'zz']) {
      if (g.byKey.get(key) !== reference.get(key)) wrong.push(key);
      if (g.prefixes.has(key) !== raw.prefixes.includes(key)) wrong.push(`prefix ${key}`);
    }
    expect(wrong).toEqual([]);
    expect(g.size).toBe(raw.places.name.length);
    for (let r = 0; r < g.size; r += 997) {
      const p = g.place(offset + r);
      const [countryCode, country] = raw.countries[raw.places.country[r] as number] ?? ['', ''];
      const admin1 = raw.places.admin1[r] as number;
      expect(p).toEqual({
        name: raw.places.name[r],
        kind: raw.places.kind[r],
        lat: raw.places.lat[r],
        lon: raw.places.lon[r],
        country,
        countryCode: countryCode === '' ? null : countryCode,
        province: admin1 < 0 ? null : raw.admin1[admin1]?.[1],
        population: raw.places.population[r],
        gazetteer: true,
      });
    }
    expect(g.place(offset - 1)).toBeUndefined();
    expect(g.place(offset + g.size)).toBeUndefined();
    expect(g.countryKeys.has('sirja')).toBe(true);
    const oneWord = raw.places.keys.flatMap((k, r) =>
      raw.places.kind[r] === 'country' ? k.split(KEY_SEPARATOR).map((x) => x.replace(ALTERNATE_MARK, '')) : [],
    );
    expect(oneWord.filter((k) => !k.includes('|') && !g.countryKeys.has(k))).toEqual([]);
    expect([...g.commonWords]).toEqual(raw.commonWords);
  }, 60_000);

  it('is the same bytes for the same gazetteer', () => {
    expect(Buffer.from(encodeGazetteerIndex(raw, 'stamp')).equals(Buffer.from(bytes))).toBe(true);
    expect(gazetteerIndexStamp(bytes)).toBe('stamp');
  }, 60_000);

  it('refuses bytes that are not a whole index', () => {
    expect(() => openGazetteerIndex(bytes.slice(0, 40))).toThrow(/gazetteer index: truncated/);
    expect(() => openGazetteerIndex(bytes.slice(0, bytes.length - 4096))).toThrow(/gazetteer index: bad section/);
    const other = bytes.slice();
    other[0] = 0;
    expect(() => openGazetteerIndex(other)).toThrow(/not an index/);
    expect(gazetteerIndexStamp(other)).toBeNull();
    const later = bytes.slice();
    new Uint32Array(later.buffer, 4, 1)[0] = 999;
    expect(() => openGazetteerIndex(later)).toThrow(/format 999/);
  });

  it('is written once, read while gazetteer.json is unchanged, and rebuilt when it changes', () => {
    // The committed lexicon, the gazetteer with it, in a folder of its own.
    const dir = join(root, 'lexicon');
    mkdirSync(dir, { recursive: true });
    for (const f of [
      'actors.json',
      'places.json',
      'eventTypes.json',
      'armedGroups.json',
      'states.json',
      'gazetteer.json',
    ])
      copyFileSync(join('data/lexicon', f), join(dir, f));
    const indexFile = join(root, 'build', 'gazetteer.idx');
    const first = readLexicon(dir, { gazetteerIndex: indexFile });
    expect(first.gazetteer).toBeUndefined();
    expect(existsSync(indexFile)).toBe(true);
    const stored = readFileSync(indexFile);
    const again = readLexicon(dir, { gazetteerIndex: indexFile }).gazetteerIndex;
    // (Buffer.equals: a deep toEqual walks 13 million bytes one by one.)
    expect(again !== undefined && stored.equals(again)).toBe(true);
    // The same compiled lexicon, from the index file or from the JSON.
    const fromJson = compileLexicon(readLexicon(dir));
    const fromIndex = compileLexicon(first);
    expect(fromIndex.gazetteer.byKey.get('dimashk')).toEqual(fromJson.gazetteer.byKey.get('dimashk'));
    expect(placeAt(fromIndex, fromIndex.places.length + 10)).toEqual(placeAt(fromJson, fromJson.places.length + 10));

    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'gazetteer.json'), later, later);
    expect(readGazetteerIndex(indexFile, join(dir, 'gazetteer.json'))).toBeNull();
    readLexicon(dir, { gazetteerIndex: indexFile });
    expect(readGazetteerIndex(indexFile, join(dir, 'gazetteer.json'))).not.toBeNull();

    // A damaged file is not read: the JSON is, and the index is written again.
    writeFileSync(indexFile, 'not an index');
    expect(readLexicon(dir, { gazetteerIndex: indexFile }).gazetteerIndex).toBeDefined();
    expect(readGazetteerIndex(indexFile, join(dir, 'gazetteer.json'))).not.toBeNull();
  }, 120_000);

  it('takes an overlay on top: its village first, the world gazetteer after it, errors naming file and entry', () => {
    const indexFile = join(root, 'build', 'overlay.idx');
    const articles = join(root, 'articles');
    mkdirSync(articles, { recursive: true });
    writeFileSync(
      join(articles, 'lexicon.json'),
      JSON.stringify({ places: [{ name: 'Umm Sumeima', kind: 'town', lat: 13.1, lon: 30.2, country: 'Sudan' }] }),
    );
    const run = readLexiconForRun('data/lexicon', articles, [], { gazetteerIndex: indexFile });
    expect(run.raw.gazetteerIndex).toBeDefined();
    const lex = compileLexicon(run.raw);
    const plain = compileLexicon(readLexicon('data/lexicon'));
    const text = 'Fighting reached Umm Sumeima and Wad Madani, then Bakhmut.';
    expect(findPlaces(lex, text, whole(text)).map((p) => p.place.name)).toEqual(
      ['Umm Sumeima', ...findPlaces(plain, text, whole(text)).map((p) => p.place.name)].slice(0, 3),
    );
    expect(lex.gazetteer.offset).toBe(plain.gazetteer.offset + 1);
    writeFileSync(join(articles, 'lexicon.json'), JSON.stringify({ places: [{ name: 'Nowhere', kind: 'town' }] }));
    expect(() => readLexiconForRun('data/lexicon', articles, [], { gazetteerIndex: indexFile })).toThrow(
      /articles\/lexicon\.json: places\[0\] \("Nowhere"\): a new place needs lat, lon, country/,
    );
  }, 120_000);
});
