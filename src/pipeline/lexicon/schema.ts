/**
 * The shape of the curated lexicon files in data/lexicon/ (actors.json, places.json, eventTypes.json). The files
 * are data that editors change by hand; these zod schemas are the contract they are checked against on load.
 */
import { z } from 'zod';
import { ACTOR_KINDS, type ActorKind } from '../../model/actorKind.ts';
import { EVENT_TYPES } from '../../model/index.ts';
import type { RawGazetteer } from './gazetteerSchema.ts';

/**
 * An alias is a plain string (matched through the spelling key: case, diacritics, transliteration folded), or an
 * object asking for an exact-case match, for short aliases that collide with words ("IS", "US", "UN").
 */
export const aliasSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), matchCase: z.literal(true) }).strict(),
]);
export type Alias = z.infer<typeof aliasSchema>;

/** See model/actorKind.ts: events.json's actor table carries the same kinds. */
export { ACTOR_KINDS, type ActorKind } from '../../model/actorKind.ts';

/** The kinds of non-state armed groups: they take ground ("Non-state actor overtakes territory"). */
export const NON_STATE_KINDS: ReadonlySet<ActorKind> = new Set(
  ACTOR_KINDS.filter((k) => k !== 'state' && k !== 'government' && k !== 'coalition' && k !== 'other'),
);

export const actorSchema = z
  .object({
    /** Canonical display name, as events.json lists actors. */
    name: z.string().min(1),
    /** See ACTOR_KINDS. */
    kind: z.enum(ACTOR_KINDS),
    /** A shorter display name for titles ("RSF" for "Rapid Support Forces"); events.json keeps `name`. */
    short: z.string().min(1).optional(),
    /** The conflicts the group fights in ("Sudan", "Sahel"): documentation, and coverage counts in tests. */
    conflicts: z.array(z.string().min(1)).optional(),
    /**
     * A state's capital, read as the state only where it acts as one ("Kyiv said", "Moscow denied"): after "in",
     * "near" or as a possessive of a place it is the city.
     */
    capitals: z.array(z.string().min(1)).optional(),
    /** ISO 3166-1 alpha-2 code of a state row. */
    countryCode: z.string().length(2).optional(),
    aliases: z.array(aliasSchema),
    /**
     * Adjectives and names that denote the actor only before a force noun (actors.json `forceNouns`): "Russian"
     * in "Russian warplanes", "Iraqi" in "Iraqi soldiers". Alone ("Syrian civilians") they are no mention.
     */
    qualifiers: z.array(z.string().min(1)).optional(),
    /** The country whose government the actor is: with `contextAliases`, for "government forces" and the like. */
    country: z.string().min(1).optional(),
    /**
     * Phrases that name the actor only where the text is about its country: "government forces" are the Syrian
     * government's in a sentence or article about Syria, the Iraqi government's in one about Iraq, nobody's when
     * the context does not decide.
     */
    contextAliases: z.array(z.string().min(1)).optional(),
    /** Why the entry is mapped the way it is, for the next editor. */
    note: z.string().optional(),
  })
  .strict()
  .refine((a) => a.contextAliases === undefined || a.country !== undefined, {
    message: 'contextAliases need a country',
  });
export type RawActor = z.infer<typeof actorSchema>;

export const actorsFileSchema = z
  .object({
    about: z.string().optional(),
    /** Nouns that turn a qualifier into an actor mention: forces, troops, army, warplanes, officials, … */
    forceNouns: z.array(z.string().min(1)),
    /**
     * Nouns of an act that a qualifier before them attributes to the actor, like a force noun: "the Russian
     * annexation", "a Turkish offensive", "an Israeli strike". Alone they name no one.
     */
    actNouns: z.array(z.string().min(1)).optional(),
    /**
     * Words joined by a hyphen after an actor name that make it describe someone else: "US-backed forces" are not
     * the United States.
     */
    proxySuffixes: z.array(z.string().min(1)),
    /**
     * Phrases that contain an actor's name without naming the actor: "Washington Post", "Latin America", "Times of
     * Israel". Matched like aliases; the longest match wins, and a phrase listed here yields no mention.
     */
    notActors: z.array(z.string().min(1)),
    actors: z.array(actorSchema),
  })
  .strict();
export type RawActorsFile = z.infer<typeof actorsFileSchema>;

/** A further file of actors (armedGroups.json, the generated states.json): rows as in actors.json. */
export const actorListFileSchema = z.object({ about: z.string().optional(), actors: z.array(actorSchema) }).strict();
export type RawActorListFile = z.infer<typeof actorListFileSchema>;

export const PLACE_KINDS = ['city', 'town', 'region', 'province', 'country', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const placeSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(PLACE_KINDS),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /**
     * English short name of the country ("Syria", "Iraq"); a country row names itself. Absent for a place of no
     * one country: a sea, a gulf, a strait ("Red Sea", "Strait of Hormuz").
     */
    country: z.string().min(1).optional(),
    /** ISO 3166-1 alpha-2 code of `country`; build-lexicon fills it in for every row. */
    countryCode: z.string().length(2).optional(),
    /** Province / governorate name, as the province row of places.json calls it; used to disambiguate. */
    province: z.string().min(1).optional(),
    /** Used to rank same-named places when the context does not decide. */
    population: z.number().int().nonnegative().optional(),
    geonameId: z.number().int().positive().optional(),
    aliases: z.array(aliasSchema),
    /** Adjectives of a country row ("Syrian"): context for telling same-named places apart, never a mention. */
    demonyms: z.array(z.string().min(1)).optional(),
    /** false: the name is shown but not matched (an English word like "Hit"); only the aliases match. */
    matchName: z.boolean().optional(),
  })
  .strict();
export type RawPlace = z.infer<typeof placeSchema>;

export const placesFileSchema = z
  .object({
    about: z.string().optional(),
    places: z.array(placeSchema),
  })
  .strict();
export type RawPlacesFile = z.infer<typeof placesFileSchema>;

export const acledSchema = z.object({ eventType: z.string().min(1), subEventType: z.string().min(1) }).strict();

/**
 * A trigger is a phrase ("took control of"), or a head and a tail with up to `maxGap` words between them
 * ("drove … out of": "drove ISIS militants out of").
 */
export const triggerSchema = z.union([
  z.string().min(1),
  z.object({ head: z.string().min(1), tail: z.string().min(1), maxGap: z.number().int().min(1).max(8) }).strict(),
]);
export type RawTrigger = z.infer<typeof triggerSchema>;

export const triggerGroupSchema = z
  .object({
    id: z.string().min(1),
    type: z.enum(EVENT_TYPES),
    /** Overrides the type's default ACLED pair (e.g. suicide bombings vs IEDs, both 'bombing'). */
    acled: acledSchema.optional(),
    /**
     * Taking ground: the final type then depends on who takes it (see classifyEvent). 'take': captured, seized;
     * 'retake': retook, recaptured, drove out.
     */
    territory: z.enum(['take', 'retake']).optional(),
    /**
     * Reporting verbs that introduce the event they report ("accused Russian jets of downing a drone"): when an
     * event trigger follows in the same clause, that event wins.
     */
    defersToContent: z.boolean().optional(),
    /**
     * Attribution ("according to a statement from …"): matched so that its words are not read as triggers, and
     * never the clause's type.
     */
    attribution: z.boolean().optional(),
    triggers: z.array(triggerSchema).min(1),
  })
  .strict();
export type RawTriggerGroup = z.infer<typeof triggerGroupSchema>;

export const eventTypesFileSchema = z
  .object({
    about: z.string().optional(),
    /** The ACLED event_type / sub_event_type each event type maps to by default. */
    acled: z.record(z.enum(EVENT_TYPES), acledSchema),
    /**
     * Generic nouns that name who acts when no lexicon actor does ("the militants seized the town"): the kind
     * decides capture vs recapture.
     */
    agentNouns: z.partialRecord(z.enum(ACTOR_KINDS), z.array(z.string().min(1))),
    groups: z.array(triggerGroupSchema),
  })
  .strict();
export type RawEventTypesFile = z.infer<typeof eventTypesFileSchema>;

/** The lexicon files, parsed and validated. */
export interface RawLexicon {
  readonly actors: RawActorsFile;
  readonly places: RawPlacesFile;
  readonly eventTypes: RawEventTypesFile;
  /** The world gazetteer (gazetteer.json), when the lexicon folder has one. */
  readonly gazetteer?: RawGazetteer;
  /**
   * The same gazetteer as index bytes (gazetteerIndex.ts), made at build time: read in its place by the CLI, so
   * that gazetteer.json is neither parsed nor indexed at each start. When both are given, this one is used.
   */
  readonly gazetteerIndex?: Uint8Array;
}
