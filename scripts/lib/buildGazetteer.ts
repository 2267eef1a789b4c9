/**
 * Builds the world gazetteer (data/lexicon/gazetteer.json, see src/pipeline/lexicon/gazetteerSchema.ts) from
 * GeoNames cities500 rows, GeoNames first-level divisions (admin1), a country table and two word lists. Pure: the
 * caller reads the packages and passes their contents in, so tests can build from a handful of rows.
 *
 * What is kept, and why:
 * - every populated place of cities500 (population ≥ 500) that places.json does not already hold: wire copy
 *   from a war names villages ("the village of Robotyne"), so no population floor beyond GeoNames' own; a
 *   place's own and ASCII names always, its alternate names (other spellings, exonyms: "Kiev", "Artemivsk") only
 *   from ALTERNATES_FROM inhabitants or for an administrative seat, where news uses them; the smaller places'
 *   alternates are mostly local-language forms no English text writes, and they would triple the file;
 * - every first-level division, matched by its name with a division word ("Kherson oblast", "Donetsk region")
 *   and by its bare name when no populated place of its country shares it ("North Kivu", but "Kherson" is the
 *   city); placed at the mean of its populated places (a pin for the area, not its border);
 * - every second-level division whose name is no populated place of its country (a district named after its
 *   seat is read as the seat): matched by its name with "district" or the English word GeoNames gives it
 *   ("Kurram District", "South Waziristan Agency"), and by its bare name when that is two words or more ("Agusan
 *   del Sur", "South Waziristan"); one word alone is too often a person or a word. Placed like the first-level
 *   ones; news names districts and provinces below the regions ("Pakistan's Kurram district") as the scene;
 * - every country, by its English names, placed at the centroid of its largest landmass (Natural Earth via
 *   world-atlas), so that "France" is not pulled into the Atlantic by French Guiana.
 * Names pass the filters of geonamesNames.ts (Latin script, capitalised, no codes, stop names).
 */
import { geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GAZETTEER_KINDS } from '../../src/pipeline/lexicon/gazetteerSchema.ts';
import {
  ALTERNATE_MARK,
  KEY_SEPARATOR,
  type GazetteerColumns,
  type RawGazetteer,
} from '../../src/pipeline/lexicon/gazetteerSchema.ts';

/** One place as the builder assembles it: name, kind, lat, lon, country index, admin1 index, population, id, keys. */
type GazetteerRow = [string, (typeof GAZETTEER_KINDS)[number], number, number, number, number, number, number, string];
import type { RawPlace } from '../../src/pipeline/lexicon/index.ts';
import {
  ADMIN_SEATS,
  CITY_POPULATION,
  CODE,
  isSingleWord,
  keyOf,
  LATIN_NAME,
  MIN_KEY,
  type GeoRow,
} from './geonamesNames.ts';
import { WORD_BOUNDARY } from '../../src/pipeline/lexicon/trieMatcher.ts';

/**
 * Places below this population are left out unless they are an administrative seat: 125,000 places of the
 * 200,000 in cities500. The villages between 500 and 1,000 inhabitants doubled the names to load and look up
 * (start-up time and memory, see README) for places that news rarely names without a larger one nearby.
 */
export const MIN_POPULATION = 1_000;
/** Alternate names are kept for places of at least this population (and for capitals and province seats). */
export const ALTERNATES_FROM = 50_000;
/** Seats of first- and second-order divisions, kept whatever their population. */
const KEPT_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** Seats whose alternate names are kept whatever their population. */
const MAJOR_SEATS = new Set(['PPLC', 'PPLA']);
/**
 * A one-word alternate name needs this many key letters: "Kiev" (4) is kept, as an alternate name is read only
 * where the article's focus supports it (places.json, without that rule, asks for MIN_SINGLE_WORD_ALTERNATE).
 */
const MIN_ALTERNATE_KEY = 4;
/** Division words every division is matched with ("Donetsk oblast", "Khartoum state", "Idlib province"). */
const COMMON_DIVISION_WORDS: readonly string[] = ['province', 'region', 'state', 'oblast', 'governorate'];
/** A name of fewer key letters than MIN_KEY is kept only for a place this large ("Gao", "Bor"). */
const SHORT_NAME_POPULATION = 50_000;

export interface WorldConfig {
  /** ISO code → display name where the country table's own choice is not what news writes ("DR Congo"). */
  readonly countryNames: Readonly<Record<string, string>>;
  /** ISO code → further names ("DRC", "Burma"). */
  readonly countryAliases: Readonly<Record<string, readonly string[]>>;
  /** "CC.code" → display name of a division where GeoNames' differs from news usage ("West Darfur"). */
  readonly admin1Names: Readonly<Record<string, string>>;
  /** "CC.code" → further names of a division. */
  readonly admin1Aliases: Readonly<Record<string, readonly string[]>>;
  readonly divisionWords: readonly string[];
  readonly personTitles: readonly string[];
  readonly extraFirstNames: readonly string[];
  /** SUBTLEX count from which a lower-case word is "in everyday use". */
  readonly commonWordMinCount: number;
  /** Generic words of second-level division names ("District", "Rayon", "Province of"): not the name's own. */
  readonly admin2Words?: readonly string[];
}

export interface CountryInput {
  readonly code: string;
  /** English names, the table's preferred one first. */
  readonly names: readonly string[];
  /** The country's shape(s), for its centroid; null when the atlas has none (small islands). */
  readonly shape: Feature<Polygon | MultiPolygon> | null;
}

export interface GazetteerInputs {
  /** Rows of places.json (curated + GeoNames rows of the curated countries): the gazetteer leaves them out. */
  readonly curated: readonly RawPlace[];
  readonly rows: Iterable<GeoRow>;
  /** GeoNames admin1 table: "CC.code" → name. */
  readonly admin1: ReadonlyMap<string, string>;
  /** GeoNames admin2 table: "CC.admin1.admin2" → name (none: no second-level divisions). */
  readonly admin2?: ReadonlyMap<string, string>;
  readonly countries: readonly CountryInput[];
  readonly stopNames: readonly string[];
  /** GeoNames ids to leave out (places.curated.json overrides with `exclude`). */
  readonly excluded: ReadonlySet<number>;
  /** Country codes whose divisions places.json already holds as province rows. */
  readonly curatedDivisionCountries: ReadonlySet<string>;
  readonly words: readonly { readonly word: string; readonly count: number }[];
  readonly firstNames: readonly string[];
  readonly world: WorldConfig;
}

const ACRONYM = /^[A-Z.]+$/;

/** A country's display name: an override, else the table's shortest plain name that no other country shares. */
function countryDisplayName(c: CountryInput, world: WorldConfig, shared: ReadonlySet<string>): string {
  const override = world.countryNames[c.code];
  if (override !== undefined) return override;
  const plain = c.names.filter((n) => !n.includes(',') && !ACRONYM.test(n) && !shared.has(n));
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? (c.names[0] as string);
}

/** The centroid of the largest polygon of a shape, rounded as rows are. */
function mainCentroid(shape: Feature<Polygon | MultiPolygon>): [number, number] {
  const g = shape.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: { area: number; c: [number, number] } | null = null;
  for (const coordinates of polygons) {
    const feature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const ring = coordinates[0] ?? [];
    // Planar area of the outer ring in degrees²: only compared between parts of one country.
    let area = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      area += xj * yi - xi * yj;
    }
    area = Math.abs(area);
    if (best === null || area > best.area) best = { area, c: geoCentroid(feature) as [number, number] };
  }
  const [lon, lat] = best?.c ?? [0, 0];
  return [lat, lon];
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The places of a division, summed: their mean position places it, their population ranks it. */
interface DivisionSum {
  lat: number;
  lon: number;
  n: number;
  population: number;
}

function addToSum(sums: Map<string, DivisionSum>, code: string, row: GeoRow): void {
  const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0, population: 0 };
  s.lat += row.latitude;
  s.lon += row.longitude;
  s.n += 1;
  s.population += row.population;
  sums.set(code, s);
}

/** The division word a country's divisions mostly carry ("Oblast" in Ukraine), to name one that lacks it. */
function usualDivisionWord(names: readonly string[], words: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  for (const n of names) {
    const last = n.split(' ').at(-1) ?? '';
    if (words.has(last.toLowerCase())) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const e of counts) if (best === null || e[1] > best[1]) best = e;
  return best !== null && best[1] * 2 >= names.length ? best[0] : null;
}

function usualDivisionWords(
  admin1: ReadonlyMap<string, string>,
  divisionWords: ReadonlySet<string>,
): Map<string, string | null> {
  const byCountry = new Map<string, string[]>();
  for (const [code, name] of admin1) {
    const cc = code.slice(0, 2);
    byCountry.set(cc, [...(byCountry.get(cc) ?? []), name]);
  }
  return new Map([...byCountry].map(([cc, names]) => [cc, usualDivisionWord(names, divisionWords)]));
}

/**
 * "CC.code" → the name a division is shown by: a curated override, else GeoNames' name with the word its
 * country's divisions mostly carry when it lacks one ("Khartoum" → "Khartoum State" beside "Northern State";
 * "Donetsk" stays "Donetsk" where few Ukrainian names carry "Oblast").
 */
export function divisionDisplayNames(admin1: ReadonlyMap<string, string>, world: WorldConfig): Map<string, string> {
  const divisionWords = new Set(world.divisionWords.map((w) => w.toLowerCase()));
  const usualWord = usualDivisionWords(admin1, divisionWords);
  const out = new Map<string, string>();
  for (const [code, name] of admin1) {
    const override = world.admin1Names[code];
    const last = (name.split(' ').at(-1) ?? '').toLowerCase();
    const word = usualWord.get(code.slice(0, 2)) ?? null;
    out.set(code, override ?? (divisionWords.has(last) || word === null ? name : `${name} ${word}`));
  }
  return out;
}

export function buildGazetteer(inputs: GazetteerInputs): RawGazetteer {
  const { world } = inputs;
  const commonWordList = [
    ...new Set(
      inputs.words.filter((w) => w.count >= world.commonWordMinCount && /^[a-z]+$/.test(w.word)).map((w) => w.word),
    ),
  ].sort();
  const commonWords = new Set(commonWordList);
  const stopKeys = new Set(inputs.stopNames.map(keyOf));
  const divisionWords = new Set(world.divisionWords.map((w) => w.toLowerCase()));
  const curatedIds = new Set(inputs.curated.flatMap((p) => (p.geonameId === undefined ? [] : [p.geonameId])));
  const curatedCountryCodes = new Set(
    inputs.curated.flatMap((p) => (p.kind === 'country' && p.countryCode !== undefined ? [p.countryCode] : [])),
  );
  const curatedCountryName = new Map(
    inputs.curated.flatMap((p) =>
      p.kind === 'country' && p.countryCode !== undefined ? [[p.countryCode, p.name]] : [],
    ),
  );

  // Countries: every code gets a table entry (rows point at it); those without a curated row also get a row.
  const nameCount = new Map<string, number>();
  for (const c of inputs.countries) for (const n of c.names) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  const shared = new Set([...nameCount].filter(([, k]) => k > 1).map(([n]) => n));
  const countries = [...inputs.countries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const countryIndex = new Map(countries.map((c, i) => [c.code, i]));
  const countryTable: [string, string][] = countries.map((c) => [
    c.code,
    curatedCountryName.get(c.code) ?? countryDisplayName(c, world, shared),
  ]);

  // Populated places not in places.json, largest first (a name belongs to the largest place that has it).
  const taken: GeoRow[] = [];
  for (const row of inputs.rows)
    if (
      !curatedIds.has(row.geonameId) &&
      !inputs.excluded.has(row.geonameId) &&
      countryIndex.has(row.countryCode) &&
      (row.population >= MIN_POPULATION || KEPT_SEATS.has(row.featureCode))
    )
      taken.push(row);
  taken.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);

  // Divisions: name, display name, and the mean position of their places.
  const admin1Codes = [...inputs.admin1.keys()]
    .filter((code) => {
      const cc = code.slice(0, 2);
      return countryIndex.has(cc) && !inputs.curatedDivisionCountries.has(cc);
    })
    .sort();
  const usualWord = usualDivisionWords(inputs.admin1, divisionWords);
  const admin1Index = new Map<string, number>();
  const admin1Table: [number, string][] = [];
  const admin1Sum = new Map<string, DivisionSum>();
  for (const row of taken) {
    addToSum(admin1Sum, `${row.countryCode}.${row.admin1Code ?? ''}`, row);
  }
  const displayNames = divisionDisplayNames(inputs.admin1, world);
  const divisionDisplay = (code: string): string => displayNames.get(code) as string;
  for (const code of admin1Codes) {
    admin1Index.set(code, admin1Table.length);
    admin1Table.push([countryIndex.get(code.slice(0, 2)) as number, divisionDisplay(code)]);
  }

  // A name that is a country's or a division's, or a larger place's own name, is not a smaller place's alias.
  const ownNameOwner = new Map<string, string>();
  const claim = (name: string, owner: string): void => {
    const k = keyOf(name);
    if (k !== '' && !ownNameOwner.has(k)) ownNameOwner.set(k, owner);
  };
  for (const p of inputs.curated) {
    claim(p.name, 'curated');
    // A country adjective ("Syrian") is context, never a place (GeoNames lists it for a Yemeni town).
    for (const d of p.demonyms ?? []) claim(d, 'demonym');
  }
  for (const c of countries) for (const n of c.names) claim(n, `country:${c.code}`);
  for (const code of admin1Codes) claim(inputs.admin1.get(code) as string, `admin1:${code}`);
  for (const row of taken) claim(row.name, `place:${row.geonameId}`);
  const populationOf = new Map(taken.map((r) => [r.geonameId, r.population]));
  const curatedKeys = new Set(
    inputs.curated.flatMap((p) => [p.name, ...p.aliases.map((a) => (typeof a === 'string' ? a : a.text))].map(keyOf)),
  );

  const rows: GazetteerRow[] = [];
  const placeKeysByDivision = new Map<string, Set<string>>();
  for (const row of taken) {
    const seat = ADMIN_SEATS.has(row.featureCode) || row.featureCode === 'PPLC';
    const majorSeat = MAJOR_SEATS.has(row.featureCode);
    const keys: string[] = [];
    const alternates: string[] = [];
    const consider = (name: string, own: boolean): void => {
      const k = keyOf(name);
      if (k === '' || keys.includes(k) || alternates.includes(k)) return;
      if (!LATIN_NAME.test(name) || CODE.test(name) || stopKeys.has(k)) return;
      // A place keeps its own names whoever else has them (same-named places are told apart when read); an
      // alternate name yields to a country's, a division's or a larger place's own name ("Kiev" stays Kyiv's
      // beside a village called Kiev).
      const owner = ownNameOwner.get(k);
      if (!own && owner !== undefined && owner !== `place:${row.geonameId}`) {
        const ownerPopulation = owner.startsWith('place:') ? populationOf.get(Number(owner.slice(6))) : undefined;
        if (ownerPopulation === undefined || ownerPopulation >= row.population) return;
      }
      const letters = k.replace(/\|/g, '').length;
      if (letters < MIN_KEY && row.population < SHORT_NAME_POPULATION) return;
      if (!own && isSingleWord(k) && k.length < MIN_ALTERNATE_KEY) return;
      (own ? keys : alternates).push(k);
    };
    consider(row.name, true);
    if (row.asciiName !== undefined) consider(row.asciiName, true);
    if (row.population >= ALTERNATES_FROM || majorSeat) for (const a of row.alternateNames ?? []) consider(a, false);
    if (keys.length + alternates.length === 0) continue;
    const code = `${row.countryCode}.${row.admin1Code ?? ''}`;
    rows.push([
      row.name,
      seat || row.population >= CITY_POPULATION ? 'city' : 'town',
      round4(row.latitude),
      round4(row.longitude),
      countryIndex.get(row.countryCode) as number,
      admin1Index.get(code) ?? -1,
      row.population,
      row.geonameId,
      [...keys, ...alternates.map((k) => `${ALTERNATE_MARK}${k}`)].join(KEY_SEPARATOR),
    ]);
    const set = placeKeysByDivision.get(code) ?? new Set<string>();
    for (const k of keys) set.add(k);
    placeKeysByDivision.set(code, set);
  }

  for (const code of admin1Codes) {
    const sum = admin1Sum.get(code);
    if (sum === undefined) continue; // no populated place to place it by
    const cc = code.slice(0, 2);
    const name = inputs.admin1.get(code) as string;
    const words = name.split(' ');
    const base = divisionWords.has((words.at(-1) ?? '').toLowerCase()) ? words.slice(0, -1).join(' ') : name;
    const names = [base, ...(world.admin1Aliases[code] ?? [])];
    // "<Name> province", "<Name> region", "<Name> oblast"… with the common division words, and the word the
    // name itself or the country's divisions carry ("Dhaka Division", "Borno State").
    const own = (words.at(-1) ?? '').toLowerCase();
    const phraseWords = [...new Set([...COMMON_DIVISION_WORDS, usualWord.get(cc)?.toLowerCase() ?? own, own])].filter(
      (w) => divisionWords.has(w) || COMMON_DIVISION_WORDS.includes(w),
    );
    const override = world.admin1Names[code];
    if (override !== undefined) names.push(override);
    const keys: string[] = [];
    const add = (k: string): void => {
      if (k !== '' && !keys.includes(k) && !curatedKeys.has(k)) keys.push(k);
    };
    for (const n of names) {
      if (n === '' || !LATIN_NAME.test(n)) continue;
      const bare = keyOf(n);
      for (const w of phraseWords) add(keyOf(`${n} ${w}`));
      // Bare only where no populated place of the division has the name ("Kherson" is the city; Indiana, the
      // town in Pennsylvania, leaves the state its name), and not when it is one English word ("Centre",
      // "North", "Plateau": "South Ossetia" is no "South" province).
      const everyday = isSingleWord(bare) && commonWords.has(n.toLowerCase());
      // A short key ("Aceh" folds to "ace") is kept, as for a town, for a division as populous as a large town.
      const long = bare.replace(/\|/g, '').length >= MIN_KEY || sum.population >= SHORT_NAME_POPULATION;
      if (!placeKeysByDivision.get(code)?.has(bare) && !stopKeys.has(bare) && !everyday && long) add(bare);
    }
    if (keys.length === 0) continue;
    rows.push([
      divisionDisplay(code),
      'province',
      round4(sum.lat / sum.n),
      round4(sum.lon / sum.n),
      countryIndex.get(cc) as number,
      admin1Index.get(code) as number,
      // The population of its places (of 1,000 or more): the size prior against a same-named city elsewhere.
      sum.population,
      0,
      keys.join(KEY_SEPARATOR),
    ]);
  }

  const givenNames = new Set([...inputs.firstNames, ...world.extraFirstNames].map((n) => n.trim().toLowerCase()));
  const divisionKeys = new Set(rows.filter((r) => r[1] === 'province').flatMap((r) => r[8].split(KEY_SEPARATOR)));
  rows.push(
    ...secondLevelDivisions({
      admin2: inputs.admin2 ?? new Map(),
      taken,
      included: (cc) => countryIndex.has(cc) && !inputs.curatedDivisionCountries.has(cc),
      genericWords: new Set((world.admin2Words ?? []).map((w) => w.toLowerCase())),
      // A key a country, a first-level division or the curated rows hold stays theirs.
      free: (k) => !curatedKeys.has(k) && !divisionKeys.has(k) && !ownNameOwner.get(k)?.startsWith('country:'),
      countryIndex,
      admin1Index,
      standsAlone: (base) => {
        const words = base.toLowerCase().split(/[\s-]+/);
        const bare = keyOf(base);
        // "Manuel Doblado", "Emiliano Zapata": named after a person, whom news names far more often; "Inner
        // West": everyday words.
        return (
          !stopKeys.has(bare) &&
          bare.replace(/\|/g, '').length >= MIN_KEY &&
          !givenNames.has(words[0] ?? '') &&
          !words.every((w) => commonWords.has(w))
        );
      },
    }),
  );

  for (const c of countries) {
    if (curatedCountryCodes.has(c.code)) continue;
    const keys: string[] = [];
    const aliases = world.countryAliases[c.code] ?? [];
    for (const n of [...c.names, ...aliases, world.countryNames[c.code] ?? '']) {
      // Acronyms ("US", "UK") are left to the curated rows, where they can ask for an exact-case match. A name
      // two countries share is neither's, unless a curated alias gives it to one (bare "Congo" is DR Congo).
      if (n === '' || ACRONYM.test(n) || (shared.has(n) && !aliases.includes(n))) continue;
      const k = keyOf(n);
      if (k !== '' && !keys.includes(k) && !curatedKeys.has(k)) keys.push(k);
    }
    if (keys.length === 0) continue;
    const position: [number, number] | null =
      c.shape === null ? meanPosition(taken.filter((r) => r.countryCode === c.code)) : mainCentroid(c.shape);
    if (position === null) continue;
    rows.push([
      countryTable[countryIndex.get(c.code) as number]?.[1] as string,
      'country',
      round4(position[0]),
      round4(position[1]),
      countryIndex.get(c.code) as number,
      -1,
      0,
      0,
      keys.join(KEY_SEPARATOR),
    ]);
  }

  const firstNames = [
    ...new Set(
      [...inputs.firstNames, ...world.extraFirstNames]
        .map((n) => n.trim().toLowerCase())
        .filter((n) => /^[a-z]+$/.test(n)),
    ),
  ].sort();
  const columns: GazetteerColumns = {
    name: [],
    kind: [],
    lat: [],
    lon: [],
    country: [],
    admin1: [],
    population: [],
    geonameId: [],
    keys: [],
  };
  for (const [name, kind, lat, lon, country, admin1, population, geonameId, keys] of rows) {
    columns.name.push(name);
    columns.kind.push(kind);
    columns.lat.push(lat);
    columns.lon.push(lon);
    columns.country.push(country);
    columns.admin1.push(admin1);
    columns.population.push(population);
    columns.geonameId.push(geonameId);
    columns.keys.push(keys);
  }
  const prefixes = new Set<string>();
  for (const keys of columns.keys)
    for (const marked of keys.split(KEY_SEPARATOR))
      for (let at = marked.indexOf(WORD_BOUNDARY); at !== -1; at = marked.indexOf(WORD_BOUNDARY, at + 1))
        prefixes.add(marked.slice(marked.startsWith(ALTERNATE_MARK) ? ALTERNATE_MARK.length : 0, at));
  return {
    about: '',
    countries: countryTable,
    admin1: admin1Table,
    commonWords: commonWordList,
    firstNames,
    personTitles: [...new Set(world.personTitles.map((t) => t.toLowerCase()))].sort(),
    divisionWords: [...divisionWords].sort(),
    prefixes: [...prefixes].sort(),
    places: columns,
  };
}

/** English words a second-level division's GeoNames name may carry, and the one news uses when it has none. */
const ADMIN2_ENGLISH_WORDS = new Set(['district', 'county', 'province', 'agency', 'municipality', 'department']);
const ADMIN2_DEFAULT_WORD = 'district';
/** Words that join a generic word to the name: "Province of Sulu", "Municipio de Sibinal". */
const ADMIN2_LINKS = new Set(['of', 'de', 'del', 'do', 'da', 'di', 'du', 'e']);

/**
 * The name of a second-level division without its generic words, and the English division word among them:
 * "Province of Agusan del Sur" → "Agusan del Sur", "province"; "Kurram District" → "Kurram", "district".
 */
export function admin2Base(name: string, genericWords: ReadonlySet<string>): { base: string; word: string | null } {
  const words = name.split(/\s+/).filter((w) => w !== '');
  let word: string | null = null;
  const generic = (w: string | undefined): boolean => w !== undefined && genericWords.has(w.toLowerCase());
  const note = (w: string): void => {
    const lower = w.toLowerCase();
    if (word === null && ADMIN2_ENGLISH_WORDS.has(lower)) word = lower;
  };
  while (words.length > 1 && generic(words[0])) {
    note(words.shift() as string);
    if (words.length > 1 && ADMIN2_LINKS.has((words[0] as string).toLowerCase())) words.shift();
  }
  while (words.length > 1 && generic(words.at(-1))) note(words.pop() as string);
  return { base: words.join(' '), word };
}

/** Second-level divisions as gazetteer rows (see the header): kind `province`, in their first-level division. */
function secondLevelDivisions(a: {
  readonly admin2: ReadonlyMap<string, string>;
  readonly taken: readonly GeoRow[];
  readonly included: (countryCode: string) => boolean;
  readonly genericWords: ReadonlySet<string>;
  readonly free: (key: string) => boolean;
  readonly countryIndex: ReadonlyMap<string, number>;
  readonly admin1Index: ReadonlyMap<string, number>;
  /** Whether a base name may be matched alone (no stop name, no person's name, not everyday words only). */
  readonly standsAlone: (base: string) => boolean;
}): GazetteerRow[] {
  if (a.admin2.size === 0) return [];
  const sums = new Map<string, DivisionSum>();
  const placeKeysByCountry = new Map<string, Set<string>>();
  for (const row of a.taken) {
    const set = placeKeysByCountry.get(row.countryCode) ?? new Set<string>();
    set.add(keyOf(row.name));
    if (row.asciiName !== undefined) set.add(keyOf(row.asciiName));
    placeKeysByCountry.set(row.countryCode, set);
    if (row.admin2Code === undefined) continue;
    addToSum(sums, `${row.countryCode}.${row.admin1Code ?? ''}.${row.admin2Code}`, row);
  }
  const out: GazetteerRow[] = [];
  for (const code of [...a.admin2.keys()].sort()) {
    const [cc = '', admin1 = ''] = code.split('.');
    const sum = sums.get(code);
    const name = a.admin2.get(code) as string;
    if (sum === undefined || !a.included(cc) || !LATIN_NAME.test(name)) continue;
    const { base, word } = admin2Base(name, a.genericWords);
    const bare = keyOf(base);
    // Named after a populated place of its country (its seat, mostly): "X district" reads as X.
    if (bare === '' || CODE.test(base) || placeKeysByCountry.get(cc)?.has(bare) === true) continue;
    const keys: string[] = [];
    const add = (k: string): void => {
      if (k !== '' && !keys.includes(k) && a.free(k)) keys.push(k);
    };
    const ownWord = word ?? ADMIN2_DEFAULT_WORD;
    add(keyOf(`${base} ${ownWord}`));
    add(keyOf(`${base} ${ADMIN2_DEFAULT_WORD}`));
    const alone = !isSingleWord(bare) && a.standsAlone(base) && a.free(bare);
    if (alone) add(bare);
    if (keys.length === 0) continue;
    // Shown by its own name ("Kurram", "Sirwah"), as news writes it and as the place of an event is given: no
    // populated place of its country has that name, so it needs no division word to tell them apart.
    out.push([
      base,
      'province',
      round4(sum.lat / sum.n),
      round4(sum.lon / sum.n),
      a.countryIndex.get(cc) as number,
      a.admin1Index.get(`${cc}.${admin1}`) ?? -1,
      sum.population,
      0,
      keys.join(KEY_SEPARATOR),
    ]);
  }
  return out;
}

function meanPosition(rows: readonly GeoRow[]): [number, number] | null {
  if (rows.length === 0) return null;
  let lat = 0;
  let lon = 0;
  for (const r of rows) {
    lat += r.latitude;
    lon += r.longitude;
  }
  return [lat / rows.length, lon / rows.length];
}

/** Any character outside ASCII (inside a JSON string: JSON.stringify leaves none elsewhere). */
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * The file as written: one line per table and per column (a formatter would put every value on a line of its
 * own; the file is in .prettierignore). Review a rebuild by the summary build-lexicon prints, not by the diff.
 * Every character outside ASCII is written as a \u escape, so that the file is pure ASCII: Node then reads it
 * into a one-byte string without decoding UTF-8, and JSON.parse scans half the bytes. Of the CLI's start-up this
 * saves about 180 ms of CPU for 34,000 escaped characters (same parsed value, 0.2 MB more on disk).
 */
export function formatGazetteerFile(g: RawGazetteer): string {
  const { places, ...head } = g;
  const line = ([k, v]: [string, unknown]): string => `${JSON.stringify(k)}:${JSON.stringify(v)}`;
  const text = `{${Object.entries(head).map(line).join(',\n')},\n"places":{\n${Object.entries(places).map(line).join(',\n')}\n}}\n`;
  return text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
