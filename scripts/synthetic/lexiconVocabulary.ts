/**
 * Reads actor aliases and place spellings from the project lexicon (data/lexicon/*.json) when it is there, so
 * the synthetic corpus grows with the lexicon. The files are read as data, not through the lexicon module's
 * code, and the reader accepts the usual shapes (a top-level array or `{actors: [...]}` / `{places: [...]}`;
 * `name`/`canonical`, `aliases`/`spellings`/`variants` as strings or `{text}` objects, actor `qualifiers` such as
 * "Russian" written as "Russian troops", `lat`/`lon`, `country`), because the generator must not break when the
 * lexicon's loader changes. Whatever is missing falls back to the built-in list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_VOCABULARY, type ActorName, type PlaceName, type Vocabulary } from './vocabulary.ts';

type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Alias lists hold plain strings or `{ text, matchCase }` objects (data/lexicon/actors.json). */
const strings = (v: Json): string[] =>
  Array.isArray(v)
    ? v
        .map((s) => (typeof s === 'string' ? s : isRecord(s) && typeof s.text === 'string' ? s.text : ''))
        .filter((s) => s.trim().length > 0)
    : [];

/** Nouns that turn an actor qualifier ("Russian", "Iraqi") into a subject ("Russian troops"). */
const FORCE_NOUNS = ['forces', 'troops', 'fighters'] as const;

/** Entries of a lexicon file: the array itself, or the first array-valued field named like the kind. */
function entriesOf(json: Json, kind: 'actors' | 'places'): Json[] {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return [];
  const keys = kind === 'actors' ? ['actors', 'entries', 'items'] : ['places', 'locations', 'entries', 'items'];
  for (const k of keys) if (Array.isArray(json[k])) return json[k];
  // `{ "ISIS": { aliases: [...] } }`: a map keyed by canonical name.
  return Object.entries(json)
    .filter(([, v]) => isRecord(v))
    .map(([name, v]) => ({ name, ...(v as Record<string, Json>) }));
}

function nameOf(e: Record<string, Json>): string | null {
  for (const k of ['canonical', 'name', 'id']) {
    const v = e[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

/** Plain written forms only: a pattern-like alias (regex syntax) cannot be typed into running text. */
const writable = (s: string): boolean => !/[\\[\]()|*+?^$]/.test(s);

function variantsOf(e: Record<string, Json>, name: string): string[] {
  const qualified = strings(e.qualifiers).flatMap((q) => FORCE_NOUNS.map((n) => `${q} ${n}`));
  const all = [name, ...strings(e.aliases), ...strings(e.spellings), ...strings(e.variants), ...qualified].filter(
    writable,
  );
  return [...new Set(all)];
}

export function actorsFromLexicon(json: Json): ActorName[] {
  return entriesOf(json, 'actors').flatMap((e) => {
    // Institutions and monitors (kind "other": the UN, the Observatory) report events; they do not fight them.
    // The states listed here are the ones the country table lacks because they no longer exist (Yugoslavia, the
    // Soviet Union): parties to a war of today in Syria and Iraq they are not ("Yugoslavia takes Jablah").
    if (!isRecord(e) || e.kind === 'other' || e.kind === 'state') return [];
    const name = nameOf(e);
    return name === null ? [] : [{ canonical: name, aliases: variantsOf(e, name) }];
  });
}

export function placesFromLexicon(json: Json): PlaceName[] {
  return entriesOf(json, 'places').flatMap((e) => {
    // Events happen in towns, cities and sites; "captured Syria" is not a sentence a reporter writes.
    if (!isRecord(e) || e.kind === 'country') return [];
    const name = nameOf(e);
    const coords = isRecord(e.coordinates) ? e.coordinates : e;
    const lat = coords.lat ?? coords.latitude;
    const lon = coords.lon ?? coords.lng ?? coords.longitude;
    if (name === null || typeof lat !== 'number' || typeof lon !== 'number') return [];
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return [];
    const country = typeof e.country === 'string' ? e.country : '';
    return [{ canonical: name, spellings: variantsOf(e, name), lat, lon, country }];
  });
}

/** The files the pipeline reads (scripts/lib/readLexicon.ts); sources such as places.curated.json are not read. */
export const LEXICON_ACTORS_FILE = 'actors.json';
export const LEXICON_PLACES_FILE = 'places.json';

/**
 * The vocabulary for a lexicon folder: actors from actors.json, places from places.json; each half falls back to
 * the built-in list when its file is missing, unreadable or yields too little.
 */
export function readLexiconVocabulary(dir: string): Vocabulary {
  if (!existsSync(dir)) return BUILTIN_VOCABULARY;
  const read = (f: string): Json => {
    try {
      return JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
    } catch {
      return null; // missing, half-written or broken: fall back rather than fail the benchmark
    }
  };
  const actors = actorsFromLexicon(read(LEXICON_ACTORS_FILE));
  const places = placesFromLexicon(read(LEXICON_PLACES_FILE));
  const usable = {
    actors: actors.length >= 2 ? actors : null,
    places: places.length >= 1 ? places : null,
  };
  const origin = [
    usable.actors ? `actors from ${LEXICON_ACTORS_FILE}` : 'built-in actors',
    usable.places ? `places from ${LEXICON_PLACES_FILE}` : 'built-in places',
  ].join('; ');
  return {
    actors: usable.actors ?? BUILTIN_VOCABULARY.actors,
    places: usable.places ?? BUILTIN_VOCABULARY.places,
    origin,
  };
}
