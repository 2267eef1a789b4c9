/**
 * The corrections.json contract: an analyst's edits to the extracted chronology, kept in the input folder and
 * applied after every extraction (src/pipeline/corrections). Shared by the CLI, which reads the file, and the
 * app, whose "Correct this event" form writes entries of this form. README.md documents it.
 *
 * Entries are checked one by one so that a broken entry is named (its index and what is wrong) and never costs
 * the others; only a file that is not a version-1 corrections file at all is refused whole.
 */
import * as z from 'zod/mini';
import { precisionOf } from './dateString.ts';
import { EVENT_TYPES } from './eventType.ts';
import { describeSchemaError, eventDateSchema, locationSchema } from './schema.ts';

export const CORRECTIONS_FILE = 'corrections.json';
export const CORRECTIONS_VERSION = 1;

/** zod/mini ships no messages of its own ("Invalid input"): the English ones say what was expected and found. */
const englishErrors = /* @__PURE__ */ z.locales.en();

const eventRef = /* @__NO_SIDE_EFFECTS__ */ () => z.string().check(z.minLength(1));
const note = /* @__NO_SIDE_EFFECTS__ */ () => z.optional(z.string());

/** A date as an analyst writes it ("2023-04-14", "2023-04", "2023"), or a full events.json date. */
const dateValue = /* @__PURE__ */ z.union([
  z.string().check(
    z.refine((s) => precisionOf(s) !== null, {
      message: 'expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)',
    }),
  ),
  eventDateSchema,
]);

export const SET_FIELDS = ['title', 'type', 'actors', 'location', 'date'] as const;
export type SetField = (typeof SET_FIELDS)[number];

const setSchema = /* @__PURE__ */ z
  .strictObject({
    title: z.optional(z.string().check(z.trim(), z.minLength(1))),
    type: z.optional(z.enum(EVENT_TYPES)),
    actors: z.optional(z.array(z.string().check(z.trim(), z.minLength(1)))),
    /** A place as events.json writes it, the name of a curated place of the lexicon, or null for "no place". */
    location: z.optional(z.union([z.string().check(z.trim(), z.minLength(1)), z.nullable(locationSchema)])),
    date: z.optional(dateValue),
  })
  .check(z.refine((s) => Object.keys(s).length > 0, { message: `set at least one of ${SET_FIELDS.join(', ')}` }));

const dropEntry = /* @__PURE__ */ z.strictObject({ event: eventRef(), drop: z.literal(true), note: note() });
const setEntry = /* @__PURE__ */ z.strictObject({ event: eventRef(), set: setSchema, note: note() });
const mergeEntry = /* @__PURE__ */ z.strictObject({
  merge: z.array(eventRef()).check(z.minLength(2)),
  note: note(),
});
const splitEntry = /* @__PURE__ */ z.strictObject({
  split: z.strictObject({
    event: eventRef(),
    /** The source to split off: its article id and the offset its sentence starts at (as in events.json). */
    source: z.strictObject({ article: eventRef(), start: z.int().check(z.nonnegative()) }),
  }),
  note: note(),
});

export type DropCorrection = z.infer<typeof dropEntry>;
export type SetCorrection = z.infer<typeof setEntry>;
export type MergeCorrection = z.infer<typeof mergeEntry>;
export type SplitCorrection = z.infer<typeof splitEntry>;
export type Correction = DropCorrection | SetCorrection | MergeCorrection | SplitCorrection;

/** The key that says which kind an entry is, and the schema for that kind. */
const KINDS = [
  ['drop', dropEntry],
  ['set', setEntry],
  ['merge', mergeEntry],
  ['split', splitEntry],
] as const;

const fileSchema = /* @__PURE__ */ z.object({
  version: z.literal(CORRECTIONS_VERSION),
  corrections: z.array(z.unknown()),
});

export interface ParsedCorrections {
  /** The valid entries, each with its index in the file (warnings name it). */
  readonly entries: readonly { readonly index: number; readonly correction: Correction }[];
  /** One line per invalid entry: `corrections.json: corrections[2].set.type: …`. */
  readonly problems: readonly string[];
}

/** Checks one entry; returns it typed, or what is wrong (paths relative to the entry). */
export function parseCorrection(value: unknown): { correction: Correction } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'expected an object' };
  }
  const kinds = KINDS.filter(([key]) => key in value);
  if (kinds.length !== 1) {
    return {
      problem:
        kinds.length === 0
          ? 'expected one of "drop", "set", "merge" or "split"'
          : `expected one of "drop", "set", "merge" or "split", found ${kinds.map(([k]) => `"${k}"`).join(' and ')}`,
    };
  }
  const [, schema] = kinds[0] as (typeof KINDS)[number];
  const result = schema.safeParse(value, { error: englishErrors.localeError });
  if (result.success) return { correction: result.data };
  return { problem: describeSchemaError(result.error).replaceAll('\n', '; ') };
}

/**
 * Parses a corrections.json value. Throws when the file as a whole is unusable (not an object, another version,
 * no corrections array); otherwise returns the valid entries and names each invalid one.
 */
export function parseCorrectionsFile(value: unknown, file: string = CORRECTIONS_FILE): ParsedCorrections {
  if (typeof value === 'object' && value !== null && 'version' in value && value.version !== CORRECTIONS_VERSION) {
    throw new Error(
      `${file} has version ${JSON.stringify(value.version)}; this extractor reads version ${CORRECTIONS_VERSION}`,
    );
  }
  const top = fileSchema.safeParse(value, { error: englishErrors.localeError });
  if (!top.success) {
    throw new Error(`${file} is not a corrections file:\n${describeSchemaError(top.error)}`);
  }
  const entries: { index: number; correction: Correction }[] = [];
  const problems: string[] = [];
  for (const [index, raw] of top.data.corrections.entries()) {
    const parsed = parseCorrection(raw);
    if ('correction' in parsed) entries.push({ index, correction: parsed.correction });
    else problems.push(`${file}: corrections[${index}]: ${parsed.problem}`);
  }
  return { entries, problems };
}
