/**
 * The world gazetteer's lookup tables as one flat block of bytes: what compileGazetteer used to build at every
 * start (a Map of 176,000 name keys, a Set of 42,000 prefixes, objects for the places' columns) laid out once, so
 * that a run opens it with a handful of typed-array views and a small JSON section instead of parsing 11 MB of
 * JSON, validating it and indexing it (about 0.8 s of CPU, most of the lexicon's start-up). The CLI keeps the
 * bytes in a file made at build time (scripts/lib/gazetteerIndexFile.ts); a lexicon read from JSON is encoded
 * here when it is compiled, so every run matches names through this one code path.
 *
 * Hand-written: the table must be usable straight from the bytes of a file, with no per-entry parsing or
 * allocation at load. v8.deserialize of the same Map took 0.4 s (it rebuilds every string and entry), and the
 * maintained on-disk key-value stores for Node (lmdb) are native, write non-deterministic files and are far more
 * than a read-only table needs. The layout is plain open addressing with FNV-1a over the key's char codes.
 *
 * Deterministic: the same gazetteer gives the same bytes (keys in the order compileGazetteer met them, values in
 * the order it added them). Bump INDEX_FORMAT whenever what encodeGazetteerIndex writes changes, so that a file
 * made by older code is rebuilt rather than read.
 */
import { z } from 'zod';
import {
  ALTERNATE_MARK,
  GAZETTEER_KINDS,
  KEY_SEPARATOR,
  gazetteerFileSchema,
  type RawGazetteer,
} from './gazetteerSchema.ts';
import { WORD_BOUNDARY } from './trieMatcher.ts';

/** "CTGI", read as a little-endian uint32: a file of another byte order, or not an index, fails this check. */
const MAGIC = 0x49475443;
export const INDEX_FORMAT = 1;

/** The sections, in file order. Each starts on an 8-byte boundary so that a Float64Array can view it in place. */
const SECTIONS = [
  'stamp',
  'meta',
  'keyBytes',
  'keyStart',
  'valueStart',
  'values',
  'prefix',
  'table',
  'lat',
  'lon',
  'population',
  'country',
  'admin1',
  'kind',
  'nameBytes',
  'nameStart',
] as const;
type SectionName = (typeof SECTIONS)[number];
const HEADER_WORDS = 4 + 2 * SECTIONS.length;

/** What the index keeps as JSON: small tables and word lists, a few hundred KB. */
const metaSchema = gazetteerFileSchema
  .pick({ countries: true, admin1: true, commonWords: true, firstNames: true, personTitles: true, divisionWords: true })
  .extend({
    /** Keys of the country rows' one-word names: compileGazetteer's `countryKeys` from the gazetteer. */
    countryKeys: z.array(z.string()),
    /** Every key segment of the country rows, as written (compileLexicon's place names an actor may share). */
    countryRowKeys: z.array(z.string()),
  })
  .strict();
type IndexMeta = z.infer<typeof metaSchema>;

/** The keys of row r's names, split, with whether each is an alternate name: compileGazetteer's reading. */
function forEachKey(all: string, visit: (key: string, alternate: boolean) => void): void {
  const alternateMark = ALTERNATE_MARK.charCodeAt(0);
  for (let from = 0; from <= all.length;) {
    let end = all.indexOf(KEY_SEPARATOR, from);
    if (end < 0) end = all.length;
    const alternate = all.charCodeAt(from) === alternateMark;
    visit(all.slice(alternate ? from + 1 : from, end), alternate);
    from = end + 1;
  }
}

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const encoder = new TextEncoder();

/**
 * The gazetteer (validated by gazetteerFileSchema) as index bytes. `stamp` is stored as given: the file layer
 * records which gazetteer.json the bytes were made from.
 */
export function encodeGazetteerIndex(raw: RawGazetteer, stamp = ''): Uint8Array {
  const columns = raw.places;
  const size = columns.name.length;
  // Values are row numbers (offset 0), an alternate name's negated (~r): the lexicon's offset is added on lookup,
  // so an overlay that adds curated places (and so moves the gazetteer's numbering) needs no new index.
  const byKey = new Map<string, number | number[]>();
  const countryKeys = new Set<string>();
  const countryRowKeys: string[] = [];
  for (let r = 0; r < size; r++) {
    const isCountry = columns.kind[r] === 'country';
    const all = columns.keys[r] as string;
    if (isCountry) countryRowKeys.push(...all.split(KEY_SEPARATOR));
    forEachKey(all, (key, alternate) => {
      if (isCountry && !key.includes(WORD_BOUNDARY)) countryKeys.add(key);
      const value = alternate ? ~r : r;
      const found = byKey.get(key);
      if (found === undefined) byKey.set(key, value);
      else if (typeof found === 'number') {
        if (found !== value) byKey.set(key, [found, value]);
      } else if (!found.includes(value)) found.push(value);
    });
  }
  const keys = [...byKey.keys()];
  const isPrefix = new Set(raw.prefixes);
  for (const p of raw.prefixes) if (!byKey.has(p)) keys.push(p);

  const keyText = keys.join('');
  for (let i = 0; i < keyText.length; i++)
    if (keyText.charCodeAt(i) > 0x7f) throw new Error(`gazetteer index: a key is not ASCII: ${JSON.stringify(keys)}`);
  const keyBytes = encoder.encode(keyText);
  const keyStart = new Uint32Array(keys.length + 1);
  const valueStart = new Uint32Array(keys.length + 1);
  const valueList: number[] = [];
  const prefix = new Uint8Array(keys.length);
  let tableSize = 1;
  while (tableSize < keys.length * 2) tableSize *= 2;
  const table = new Uint32Array(tableSize);
  for (const [k, key] of keys.entries()) {
    keyStart[k + 1] = (keyStart[k] as number) + key.length;
    const v = byKey.get(key);
    if (typeof v === 'number') valueList.push(v);
    else if (v !== undefined) valueList.push(...v);
    valueStart[k + 1] = valueList.length;
    prefix[k] = isPrefix.has(key) ? 1 : 0;
    let slot = hashOf(key) & (tableSize - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (tableSize - 1);
    table[slot] = k + 1;
  }

  const names = columns.name.map((n) => encoder.encode(n));
  const nameStart = new Uint32Array(size + 1);
  for (let r = 0; r < size; r++) nameStart[r + 1] = (nameStart[r] as number) + (names[r] as Uint8Array).length;
  const nameBytes = new Uint8Array(nameStart[size] as number);
  for (let r = 0; r < size; r++) nameBytes.set(names[r] as Uint8Array, nameStart[r]);
  const kindIndex = new Map<string, number>(GAZETTEER_KINDS.map((k, i) => [k, i]));

  const meta: IndexMeta = {
    countries: raw.countries,
    admin1: raw.admin1,
    commonWords: raw.commonWords,
    firstNames: raw.firstNames,
    personTitles: raw.personTitles,
    divisionWords: raw.divisionWords,
    countryKeys: [...countryKeys],
    countryRowKeys,
  };
  const sections: Record<SectionName, ArrayBufferView> = {
    stamp: encoder.encode(stamp),
    meta: encoder.encode(JSON.stringify(meta)),
    keyBytes,
    keyStart,
    valueStart,
    values: Int32Array.from(valueList),
    prefix,
    table,
    lat: Float64Array.from(columns.lat),
    lon: Float64Array.from(columns.lon),
    population: Float64Array.from(columns.population),
    country: Int32Array.from(columns.country),
    admin1: Int32Array.from(columns.admin1),
    kind: Uint8Array.from(columns.kind, (k) => kindIndex.get(k) as number),
    nameBytes,
    nameStart,
  };
  const align = (n: number): number => Math.ceil(n / 8) * 8;
  let length = align(HEADER_WORDS * 4);
  const placed = SECTIONS.map((name) => {
    const at = length;
    length = align(at + sections[name].byteLength);
    return at;
  });
  const out = new Uint8Array(length);
  const header = new Uint32Array(out.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, INDEX_FORMAT, SECTIONS.length, size]);
  for (const [i, name] of SECTIONS.entries()) {
    const view = sections[name];
    header[4 + 2 * i] = placed[i] as number;
    header[5 + 2 * i] = view.byteLength;
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), placed[i]);
  }
  return out;
}

/** Where each section of index bytes (8-byte aligned) lies; throws when the bytes are not a whole index of this format. */
function sectionsOf(bytes: Uint8Array): { size: number; at: (name: SectionName) => [number, number] } {
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('gazetteer index: truncated');
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  if (header[0] !== MAGIC) throw new Error('gazetteer index: not an index (or of another byte order)');
  if (header[1] !== INDEX_FORMAT || header[2] !== SECTIONS.length)
    throw new Error(`gazetteer index: format ${header[1]}, expected ${INDEX_FORMAT}`);
  const at = (name: SectionName): [number, number] => {
    const i = SECTIONS.indexOf(name);
    const start = header[4 + 2 * i] as number;
    const length = header[5 + 2 * i] as number;
    if (start % 8 !== 0 || start + length > bytes.byteLength) throw new Error(`gazetteer index: bad section ${name}`);
    return [bytes.byteOffset + start, length];
  };
  return { size: header[3] as number, at };
}

const decoder = new TextDecoder();

/** The stamp the index was made with, or null when the bytes are not an index of this format. */
export function gazetteerIndexStamp(input: Uint8Array): string | null {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  try {
    const [start, length] = sectionsOf(bytes).at('stamp');
    return decoder.decode(new Uint8Array(bytes.buffer, start, length).slice());
  } catch {
    return null;
  }
}

/** An opened index: the tables the compiled gazetteer reads, as views on the bytes. */
export interface GazetteerIndex {
  readonly size: number;
  readonly meta: IndexMeta;
  /** Index of `key` among the index's keys, or -1. */
  readonly find: (key: string) => number;
  readonly valueStart: Uint32Array;
  readonly values: Int32Array;
  readonly prefix: Uint8Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  readonly country: Int32Array;
  readonly admin1: Int32Array;
  readonly kind: Uint8Array;
  /** Row r's display name. */
  readonly name: (r: number) => string;
}

/**
 * Opens index bytes: checks the header, every section's bounds and length, and the JSON section against its
 * schema; then every lookup reads the bytes in place. Throws an Error saying what is wrong.
 */
export function openGazetteerIndex(input: Uint8Array): GazetteerIndex {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const { size, at } = sectionsOf(bytes);
  const buffer = bytes.buffer;
  const view = <T>(name: SectionName, Make: new (b: ArrayBufferLike, o: number, n: number) => T, width: number) => {
    const [start, length] = at(name);
    if (length % width !== 0) throw new Error(`gazetteer index: bad section ${name}`);
    return new Make(buffer, start, length / width);
  };
  const metaAt = at('meta');
  let metaValue: unknown;
  try {
    metaValue = JSON.parse(decoder.decode(new Uint8Array(buffer, metaAt[0], metaAt[1]).slice()));
  } catch (e) {
    throw new Error(`gazetteer index: bad section meta: ${(e as Error).message}`);
  }
  const parsed = metaSchema.safeParse(metaValue);
  if (!parsed.success) throw new Error(`gazetteer index: bad section meta: ${parsed.error.issues[0]?.message ?? ''}`);
  const keyBytes = view('keyBytes', Uint8Array, 1);
  const keyStart = view('keyStart', Uint32Array, 4);
  const valueStart = view('valueStart', Uint32Array, 4);
  const values = view('values', Int32Array, 4);
  const prefix = view('prefix', Uint8Array, 1);
  const table = view('table', Uint32Array, 4);
  const nameBytes = view('nameBytes', Uint8Array, 1);
  const nameStart = view('nameStart', Uint32Array, 4);
  const columns = {
    lat: view('lat', Float64Array, 8),
    lon: view('lon', Float64Array, 8),
    population: view('population', Float64Array, 8),
    country: view('country', Int32Array, 4),
    admin1: view('admin1', Int32Array, 4),
    kind: view('kind', Uint8Array, 1),
  };
  const keyCount = prefix.length;
  const consistent =
    keyStart.length === keyCount + 1 &&
    valueStart.length === keyCount + 1 &&
    keyStart[keyCount] === keyBytes.length &&
    valueStart[keyCount] === values.length &&
    nameStart.length === size + 1 &&
    nameStart[size] === nameBytes.length &&
    table.length > keyCount &&
    (table.length & (table.length - 1)) === 0 &&
    Object.values(columns).every((c) => c.length === size);
  if (!consistent) throw new Error('gazetteer index: sections of inconsistent lengths');
  const mask = table.length - 1;
  const find = (key: string): number => {
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot] as number;
      if (entry === 0) return -1;
      const k = entry - 1;
      const start = keyStart[k] as number;
      if ((keyStart[k + 1] as number) - start !== key.length) continue;
      let i = 0;
      while (i < key.length && keyBytes[start + i] === key.charCodeAt(i)) i++;
      if (i === key.length) return k;
    }
  };
  return {
    size,
    meta: parsed.data,
    find,
    valueStart,
    values,
    prefix,
    ...columns,
    // A copy: TextDecoder refuses views of shared memory, and a name is a few bytes.
    name: (r) => decoder.decode(nameBytes.slice(nameStart[r], nameStart[r + 1])),
  };
}
