/**
 * The shape of data/lexicon/gazetteer.json, the world gazetteer that `npm run build-lexicon` generates from
 * GeoNames (populated places, first-level divisions) and a country table. It is large (a row per place), so it is
 * stored compactly: one array per row, the countries and divisions once in their own tables, and every name's
 * spelling key computed at build time (loading then costs no tokenizing). The hand-curated places stay in
 * places.json; a place in both is taken from there.
 */
import { z } from 'zod';

/** Kinds a gazetteer row may have (a subset of the curated kinds). */
export const GAZETTEER_KINDS = ['city', 'town', 'province', 'country'] as const;

/** Separates the spelling keys of one row's names in `keys`; word keys hold only [a-z0-9] and the word mark. */
export const KEY_SEPARATOR = ';';
/**
 * Marks the key of an alternate name (another language's or an older name: "Kiev", "Artemivsk", "Talin" for
 * Tallinn) as against the place's own: an alternate name is read only where the article's focus supports it.
 */
export const ALTERNATE_MARK = '~';

/**
 * A column of `n` values, each checked by `valid` in one plain loop. Not z.array(z.string()) and the like: zod
 * parses element by element through its schema objects, which took 200 ms of CPU on the 1.3 million values here,
 * a fifth of the CLI's start-up budget; this loop takes a few milliseconds and reports the same path.
 */
function column<T>(valid: (v: unknown) => boolean, expected: string) {
  return z
    .custom<T[]>((v) => Array.isArray(v))
    .superRefine((values, ctx) => {
      for (let i = 0; i < values.length; i++) {
        if (!valid(values[i])) {
          ctx.addIssue({ code: 'custom', path: [i], message: `expected ${expected}` });
          return;
        }
      }
    });
}

const isName = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isIntAtLeast =
  (min: number) =>
  (v: unknown): boolean =>
    Number.isInteger(v) && (v as number) >= min;
const isNumberIn =
  (min: number, max: number) =>
  (v: unknown): boolean =>
    typeof v === 'number' && v >= min && v <= max;
const KIND_SET: ReadonlySet<unknown> = new Set(GAZETTEER_KINDS);

/**
 * The places as columns (one array per field, row r at index r of each): parsed about three times faster than an
 * array per row, and no object per place is made until one is read.
 */
export const gazetteerColumnsSchema = z
  .object({
    /** Display name. */
    name: column<string>(isName, 'a non-empty name'),
    kind: column<(typeof GAZETTEER_KINDS)[number]>((v) => KIND_SET.has(v), GAZETTEER_KINDS.join(' | ')),
    lat: column<number>(isNumberIn(-90, 90), 'a latitude'),
    lon: column<number>(isNumberIn(-180, 180), 'a longitude'),
    /** Index into `countries`. */
    country: column<number>(isIntAtLeast(0), 'an index into countries'),
    /** Index into `admin1`, or -1 (a country row, or a place GeoNames gives no division). */
    admin1: column<number>(isIntAtLeast(-1), 'an index into admin1 or -1'),
    /** Population (0 when unknown): a prior between same-named places. */
    population: column<number>(isIntAtLeast(0), 'a population'),
    /** GeoNames id, 0 for rows that have none (countries, divisions). */
    geonameId: column<number>(isIntAtLeast(0), 'a GeoNames id or 0'),
    /**
     * Spelling keys of every name the row is matched by, KEY_SEPARATOR-joined (aliasShape(name).key), the keys
     * of alternate names marked with ALTERNATE_MARK.
     */
    keys: column<string>(isName, 'spelling keys'),
  })
  .strict()
  .refine((c) => Object.values(c).every((values) => values.length === c.name.length), {
    message: 'every column must have one entry per place',
  });
export type GazetteerColumns = z.infer<typeof gazetteerColumnsSchema>;

export const gazetteerFileSchema = z
  .object({
    about: z.string(),
    /** [ISO 3166-1 alpha-2, English short name]. */
    countries: z.array(z.tuple([z.string().length(2), z.string().min(1)])),
    /** [index into countries, division name]. */
    admin1: column<[number, string]>(
      (v) => Array.isArray(v) && v.length === 2 && isIntAtLeast(0)(v[0]) && isName(v[1]),
      '[an index into countries, a division name]',
    ),
    /**
     * Lower-case English words in everyday use ("nice", "mobile", "police"): a place named like one needs the
     * text's support before it is read as the place.
     */
    commonWords: column<string>(isName, 'a non-empty word'),
    /** Lower-case first names ("michael", "paris"): before a place name, or a place name before a surname, a person. */
    firstNames: column<string>(isName, 'a non-empty word'),
    /** Lower-case titles ("president", "gen"): the capitalised word after one is a person's name. */
    personTitles: z.array(z.string().min(1)),
    /**
     * Lower-case words for a first-level division ("province", "oblast", "state"): "<Name> oblast" names the
     * division, and after any place name they confirm that it is one.
     */
    divisionWords: z.array(z.string().min(1)),
    /**
     * Every key that a longer name continues ("wad" of "wad|medani"), computed at build time: deriving them on
     * load took a third of the index's start-up time.
     */
    prefixes: column<string>(isName, 'a key prefix'),
    places: gazetteerColumnsSchema,
  })
  .strict();
export type RawGazetteer = z.infer<typeof gazetteerFileSchema>;
