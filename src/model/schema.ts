/**
 * The events.json contract, shared by the extraction CLI (validates before writing) and the app (validates on
 * load). README.md documents it field by field; a change here is a change of the contract.
 *
 * Written in zod/mini (functional checks, no eval, a fraction of classic zod's size). The page imports this
 * module's neighbours through model/index.ts but validates only in a worker: the @__PURE__ marks tell the
 * bundler that building these schemas has no side effects, so a bundle that uses none of them leaves zod out.
 */
import * as z from 'zod/mini';
import { ACTOR_KINDS } from './actorKind.ts';
import { PRECISIONS, precisionOf } from './dateString.ts';
import { EVENT_TYPES } from './eventType.ts';

export const EVENTS_FILE_VERSION = 1;

/** zod/mini ships no messages of its own ("Invalid input"): the English ones say what was expected and found. */
const englishErrors = /* @__PURE__ */ z.locales.en();

const dateString = /* @__PURE__ */ z.string().check(
  z.refine((s) => precisionOf(s) !== null, {
    message: 'expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)',
  }),
);

const nonEmpty = /* @__NO_SIDE_EFFECTS__ */ () => z.string().check(z.minLength(1));
const offset = /* @__NO_SIDE_EFFECTS__ */ () => z.int().check(z.nonnegative());

/** Only http(s) links ever reach the page: javascript:, data: and the rest are refused at the contract. */
export const httpUrl = /* @__PURE__ */ z.string().check(
  z.refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'expected an absolute http(s) URL' },
  ),
);

export const eventDateSchema = /* @__PURE__ */ z
  .object({
    start: dateString,
    end: z.optional(dateString),
    precision: z.enum(PRECISIONS),
    /** 'since': the start of an ongoing state ("since Dec. 15"); 'by': on or before ("by Dec. 12"). */
    qualifier: z.optional(z.enum(['since', 'by'])),
  })
  .check(
    z.refine((d) => precisionOf(d.start) === d.precision, {
      message: 'start must be written at the stated precision',
    }),
    z.refine((d) => d.end === undefined || d.end >= d.start, { message: 'end must not precede start' }),
  );

export const locationSchema = /* @__PURE__ */ z.object({
  name: nonEmpty(),
  lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
  lon: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  /** English short name of the country the place lies in; null for a place of no one country (a sea, a strait). */
  country: z.nullable(z.string()),
  /** ISO 3166-1 alpha-2 code of `country`; null when the place has none (a region across borders, a sea). */
  countryCode: z.nullable(/* @__PURE__ */ z.string().check(z.length(2))),
  /** The first-level division (province, state, oblast, governorate) the place lies in; null for a country. */
  admin1: z.nullable(z.string()),
});

export const sourceSchema = /* @__PURE__ */ z
  .object({
    /** Article id (path relative to the input folder, without extension). */
    article: nonEmpty(),
    /** The sentence that reports the event, exactly as it stands in the article text. */
    sentence: nonEmpty(),
    /** UTF-16 offsets of `sentence` in the article text as the app shows it: text.slice(start, end) === sentence. */
    start: offset(),
    end: offset(),
    /** The temporal expression the date was read from, as written ("in March", "Dec. 12"). */
    dateText: z.string(),
    /** What dateText was resolved against, for the source panel: "published 2016-12-28", "May 17 (earlier in the text)". */
    resolvedAgainst: z.optional(z.string()),
    /** The date this source gives, when it differs from the event's date (see `dateConflict`). */
    date: z.optional(eventDateSchema),
    /**
     * Who the sentence reports the event through ("…, the defence ministry said"): canonical actor names, else the
     * reporter's words as written. Absent when the sentence tells the event itself.
     */
    reportedBy: z.optional(z.array(nonEmpty())),
  })
  .check(
    z.refine((s) => s.end - s.start === s.sentence.length, { message: 'end - start must equal the sentence length' }),
  );

/** One change a corrections.json entry made: what ("title", "merged ev-…"), and the analyst's note if any. */
export const correctionRecordSchema = /* @__PURE__ */ z.object({ what: nonEmpty(), note: z.optional(z.string()) });

export const timelineEventSchema = /* @__PURE__ */ z.object({
  /** Stable: the same input gives the same id. */
  id: nonEmpty(),
  date: eventDateSchema,
  type: z.enum(EVENT_TYPES),
  title: nonEmpty(),
  /** Canonical actor names. */
  actors: z.array(nonEmpty()),
  location: z.nullable(locationSchema),
  sources: /* @__PURE__ */ z.array(sourceSchema).check(z.minLength(1)),
  /** True when the sources disagree on the date; each source's `date` then says what it reported. */
  dateConflict: z.optional(z.boolean()),
  /** The matching ACLED event_type / sub_event_type, carried along for export. */
  acled: z.optional(z.object({ eventType: z.string(), subEventType: z.string() })),
  /** What the analyst's corrections.json changed on this event, in the order applied; absent when nothing. */
  corrected: z.optional(z.array(correctionRecordSchema)),
});

export const articleEntrySchema = /* @__PURE__ */ z
  .object({
    id: nonEmpty(),
    title: z.nullable(z.string()),
    publisher: z.nullable(z.string()),
    url: z.nullable(httpUrl),
    /** Publication date (YYYY-MM-DD), the reference for relative expressions; null when unknown. */
    published: z.nullable(dateString),
    /** The article text inline, or… */
    text: z.optional(z.string()),
    /** …a path, relative to events.json, of a UTF-8 file holding exactly the text. */
    textFile: z.optional(nonEmpty()),
    /** True when no published date was given and the reference date was inferred from the text. */
    referenceInferred: z.optional(z.boolean()),
    /** Problems met while reading the article that did not stop it from being used. */
    warnings: z.optional(z.array(z.string())),
    /**
     * Parts of the text the extractor left out as page furniture (navigation, copyright, credits, reader
     * comments, repeated headline): UTF-16 offsets into the text, sorted and disjoint, with the reason. The app
     * may show them dimmed; no event comes from them.
     */
    excluded: z.optional(
      z.array(
        /* @__PURE__ */ z
          .object({ start: offset(), end: offset(), reason: z.string() })
          .check(z.refine((x) => x.end > x.start, { message: 'end must be after start' })),
      ),
    ),
  })
  .check(
    z.refine((a) => (a.text === undefined) !== (a.textFile === undefined), {
      message: 'exactly one of text and textFile',
    }),
  );

/** What kind of party an actor named in the events is (see model/actorKind.ts). */
export const actorEntrySchema = /* @__PURE__ */ z.object({
  /** The canonical name, as events list it. */
  name: nonEmpty(),
  kind: z.enum(ACTOR_KINDS),
  /** ISO 3166-1 alpha-2 code of a state: whether its forces act at home or abroad (ACLED's inter codes). */
  countryCode: z.optional(/* @__PURE__ */ z.string().check(z.length(2))),
});

export const eventsFileSchema = /* @__PURE__ */ z.object({
  version: z.literal(EVENTS_FILE_VERSION),
  events: z.array(timelineEventSchema),
  articles: z.array(articleEntrySchema),
  /**
   * The kind of each actor the events name whose kind is known, by name. Optional: a file written before the
   * table existed, or an actor added by hand, just has no kind (the app lists it under "Kind not known").
   */
  actors: z.optional(z.array(actorEntrySchema)),
});

export type EventDate = z.infer<typeof eventDateSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type ArticleEntry = z.infer<typeof articleEntrySchema>;
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;

/** A readable one-issue-per-line summary of a zod error, naming the path, e.g. `events[3].date.start: …`. */
export function describeSchemaError(error: z.core.$ZodError, max = 10): string {
  const lines = error.issues.slice(0, max).map((i) => {
    const path = i.path
      .map((p, n) => (typeof p === 'number' ? `[${p}]` : `${n === 0 ? '' : '.'}${String(p)}`))
      .join('');
    return `${path || '(root)'}: ${i.message}`;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines.join('\n');
}

/** Parses and validates an events.json value; throws an Error whose message names every broken field. */
export function parseEventsFile(value: unknown): EventsFile {
  if (typeof value === 'object' && value !== null && 'version' in value && value.version !== EVENTS_FILE_VERSION) {
    throw new Error(
      `events.json has version ${JSON.stringify(value.version)}; this app reads version ${EVENTS_FILE_VERSION}. Re-run the extractor.`,
    );
  }
  const result = eventsFileSchema.safeParse(value, { error: englishErrors.localeError });
  if (!result.success)
    throw new Error(`events.json does not match the contract:\n${describeSchemaError(result.error)}`);
  return result.data;
}

/**
 * Checks what the schema alone cannot: every source names a listed article, and its offsets slice exactly its
 * sentence out of that article's text. `textOf` returns the text of an article id (or undefined if unknown).
 */
export function checkSourceOffsets(file: EventsFile, textOf: (id: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const [i, e] of file.events.entries()) {
    for (const [j, s] of e.sources.entries()) {
      const text = textOf(s.article);
      if (text === undefined) problems.push(`events[${i}].sources[${j}]: unknown article ${s.article}`);
      else if (text.slice(s.start, s.end) !== s.sentence)
        problems.push(`events[${i}].sources[${j}]: offsets ${s.start}-${s.end} do not slice the sentence`);
    }
  }
  return problems;
}
