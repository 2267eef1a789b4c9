/**
 * Turns the parsed lexicon files into matchers: one trie per kind (actors, places, event triggers), built once
 * per run. Pure: the same files give the same matchers.
 */
import type { AcledType } from '../types.ts';
import type { EventType } from '../../model/index.ts';
import type { ActorKind, PlaceKind, RawLexicon, RawTrigger } from './schema.ts';
import { compileGazetteer, emptyGazetteer, type CompiledGazetteer } from './gazetteer.ts';
import { encodeGazetteerIndex } from './gazetteerIndex.ts';
import { aliasShape, buildTrieMatcher, type AliasInput, type AliasShape, type TrieMatcher } from './trieMatcher.ts';

export interface CompiledActor {
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  /** Shorter display name for titles ("RSF"), when the lexicon gives one. */
  readonly short: string | null;
}

export interface CompiledPlace {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly lat: number;
  readonly lon: number;
  /** Null for a place of no one country (a sea, a strait). */
  readonly country: string | null;
  /** ISO 3166-1 alpha-2, null for a hand row whose file gives none (build-lexicon fills it in), or a sea. */
  readonly countryCode: string | null;
  /** The first-level division (province, state, oblast…) it lies in, or is. */
  readonly province: string | null;
  readonly population: number;
  /** From the world gazetteer: read as a place only where the text supports it (placeReading.ts). */
  readonly gazetteer: boolean;
}

export interface CompiledTrigger {
  readonly group: number;
  readonly phrase: string;
  /** The head must be followed by its tail (`triggerTailMatcher`) within `maxGap` words: "drove … out of". */
  readonly gapped: boolean;
  readonly maxGap: number;
}

export interface CompiledTriggerGroup {
  readonly id: string;
  readonly type: EventType;
  readonly acled: AcledType;
  readonly territory: 'take' | 'retake' | null;
  readonly defersToContent: boolean;
  readonly attribution: boolean;
}

/** Tags on actor-trie entries. */
export const ACTOR_TAG = {
  /** "Russian" in "Russian warplanes": a mention only before a force noun. */
  qualifier: 'qualifier',
  /** An actor alias that is also a place name ("Russia", "Jordan"): after "in"/"into" it is the place. */
  placeName: 'place-name',
  /** "government forces": the actor whose country the context names (see actors.json `contextAliases`). */
  contextual: 'contextual',
  /** A phrase that holds an actor's name without naming it ("Washington Post"): matched to be skipped. */
  notActor: 'not-actor',
  /** A state's capital ("Kyiv", "Khartoum"): the state only where it acts as one ("Kyiv said"). */
  capital: 'capital',
} as const;

export interface CompiledLexicon {
  readonly actors: readonly CompiledActor[];
  /** Aliases and qualifiers of every actor: the one actor matcher. */
  readonly actorMatcher: TrieMatcher;
  /** Nouns that complete a qualifier: forces, warplanes, officials. */
  readonly forceNounMatcher: TrieMatcher;
  /** Targets of `forceNounMatcher` from this index on are act nouns ("annexation"), below it force nouns. */
  readonly firstActNoun: number;
  /** Spelling keys of words that, hyphenated after an actor name, make it describe someone else ("-backed"). */
  readonly proxySuffixKeys: ReadonlySet<string>;
  /** The curated places (places.json); the gazetteer's are numbered after them (placeAt). */
  readonly places: readonly CompiledPlace[];
  /** Aliases of every curated place (places.json): the curated place matcher. */
  readonly placeMatcher: TrieMatcher;
  /** Names of the world gazetteer (gazetteer.json); empty when the lexicon folder has none. */
  readonly gazetteer: CompiledGazetteer;
  /** Country adjectives ("Iraqi", "Syrian"); entry targets index `places` (the country row). */
  readonly demonymMatcher: TrieMatcher;
  readonly triggerGroups: readonly CompiledTriggerGroup[];
  readonly triggers: readonly CompiledTrigger[];
  /** Heads and plain phrases of every trigger: the one event-trigger matcher. */
  readonly triggerMatcher: TrieMatcher;
  /** Tails of gapped triggers ("out of" in "drove … out of"); entry targets index `triggers`. */
  readonly triggerTailMatcher: TrieMatcher;
  /** Generic agents ("militants", "government forces"); entry targets index `agentKinds`. */
  readonly agentMatcher: TrieMatcher;
  readonly agentKinds: readonly ActorKind[];
  /** The default ACLED pair of each event type. */
  readonly acledByType: Readonly<Partial<Record<EventType, AcledType>>>;
  /** Canonical actor name → row. */
  readonly actorByName: ReadonlyMap<string, CompiledActor>;
  /** A state's country name → its capitals (actors' `capitals`): where "the capital" of a story is. */
  readonly capitals: ReadonlyMap<string, readonly string[]>;
}

function aliasText(a: string | { text: string }): string {
  return typeof a === 'string' ? a : a.text;
}

export function compileLexicon(raw: RawLexicon): CompiledLexicon {
  // Most aliases are shaped two or three times below (as a place or country key, then in their trie): the
  // tokenizer runs once per distinct alias.
  const shapes = new Map<string, AliasShape>();
  const shapeOf = (text: string): AliasShape => {
    let shape = shapes.get(text);
    if (shape === undefined) {
      shape = aliasShape(text);
      shapes.set(text, shape);
    }
    return shape;
  };
  const places: CompiledPlace[] = raw.places.places.map((p) => ({
    name: p.name,
    kind: p.kind,
    lat: p.lat,
    lon: p.lon,
    country: p.country ?? null,
    countryCode: p.countryCode ?? null,
    province: p.province ?? null,
    population: p.population ?? 0,
    gazetteer: false,
  }));
  const placeInputs: AliasInput[] = [];
  const placeKeys = new Set<string>();
  for (const [target, p] of raw.places.places.entries()) {
    for (const alias of p.matchName === false ? p.aliases : [p.name, ...p.aliases]) {
      placeInputs.push({ target, alias });
      placeKeys.add(shapeOf(aliasText(alias)).key);
    }
  }
  // The index made at build time when the CLI has one, else the gazetteer.json just read, encoded the same way.
  const gazetteerBytes =
    raw.gazetteerIndex ?? (raw.gazetteer === undefined ? undefined : encodeGazetteerIndex(raw.gazetteer));
  const gazetteer =
    gazetteerBytes === undefined
      ? emptyGazetteer(places.length)
      : compileGazetteer(
          gazetteerBytes,
          places.length,
          new Set(
            raw.places.places
              .filter((p) => p.kind === 'country')
              .flatMap((p) => [p.name, ...p.aliases.map(aliasText)].map((a) => shapeOf(a).key)),
          ),
        );
  // A country of the gazetteer is a place name an actor may share ("in Ukraine"); towns named like an actor's
  // alias are left to the readers of places.
  for (const key of gazetteer.countryRowKeys) placeKeys.add(key);

  const actors: CompiledActor[] = raw.actors.actors.map((a) => ({
    name: a.name,
    kind: a.kind,
    country: a.country ?? null,
    short: a.short ?? null,
  }));
  const actorInputs: AliasInput[] = [];
  for (const [target, a] of raw.actors.actors.entries()) {
    // A state's own name is a country, a place, whether or not the gazetteer lists it.
    const countryKey = a.kind === 'state' ? shapeOf(a.name).key : null;
    for (const alias of [a.name, ...a.aliases]) {
      const key = shapeOf(aliasText(alias)).key;
      const isPlace = placeKeys.has(key) || key === countryKey;
      actorInputs.push({ target, alias, ...(isPlace ? { tag: ACTOR_TAG.placeName } : {}) });
    }
    for (const q of a.qualifiers ?? []) actorInputs.push({ target, alias: q, tag: ACTOR_TAG.qualifier });
    for (const c of a.contextAliases ?? []) actorInputs.push({ target, alias: c, tag: ACTOR_TAG.contextual });
    // A capital is a metonym ("Kyiv said"); never a qualifier: "the Kabul bombing" happened in Kabul.
    for (const c of a.capitals ?? []) actorInputs.push({ target, alias: c, tag: ACTOR_TAG.capital });
  }
  // Blockers point at no actor row (target -1); findActors skips the words they cover.
  for (const phrase of raw.actors.notActors) actorInputs.push({ target: -1, alias: phrase, tag: ACTOR_TAG.notActor });

  const triggerGroups: CompiledTriggerGroup[] = raw.eventTypes.groups.map((g) => {
    const acled = g.acled ?? raw.eventTypes.acled[g.type];
    if (acled === undefined) throw new Error(`eventTypes.json: no ACLED mapping for type ${g.type} (group ${g.id})`);
    return {
      id: g.id,
      type: g.type,
      acled,
      territory: g.territory ?? null,
      defersToContent: g.defersToContent ?? false,
      attribution: g.attribution ?? false,
    };
  });
  const triggers: CompiledTrigger[] = [];
  const triggerInputs: AliasInput[] = [];
  const tailInputs: AliasInput[] = [];
  for (const [group, g] of raw.eventTypes.groups.entries()) {
    for (const t of g.triggers as readonly RawTrigger[]) {
      const index = triggers.length;
      if (typeof t === 'string') {
        triggers.push({ group, phrase: t, gapped: false, maxGap: 0 });
        triggerInputs.push({ target: index, alias: t });
      } else {
        triggers.push({ group, phrase: `${t.head} … ${t.tail}`, gapped: true, maxGap: t.maxGap });
        triggerInputs.push({ target: index, alias: t.head });
        tailInputs.push({ target: index, alias: t.tail });
      }
    }
  }

  const agentKinds: ActorKind[] = [];
  const agentInputs: AliasInput[] = [];
  for (const [kind, nouns] of Object.entries(raw.eventTypes.agentNouns) as [ActorKind, string[]][]) {
    const target = agentKinds.length;
    agentKinds.push(kind);
    for (const n of nouns) agentInputs.push({ target, alias: n });
  }

  return {
    actors,
    actorMatcher: buildTrieMatcher(actorInputs, shapeOf),
    // Act nouns complete a qualifier as force nouns do ("Turkish offensive" as "Turkish troops"), but the
    // mention is the qualifier alone: the offensive is what Turkey did, not Turkey.
    forceNounMatcher: buildTrieMatcher(
      [...raw.actors.forceNouns, ...(raw.actors.actNouns ?? [])].map((alias, target) => ({ target, alias })),
      shapeOf,
    ),
    firstActNoun: raw.actors.forceNouns.length,
    proxySuffixKeys: new Set(raw.actors.proxySuffixes.map((s) => shapeOf(s).key)),
    places,
    placeMatcher: buildTrieMatcher(placeInputs, shapeOf),
    gazetteer,
    demonymMatcher: buildTrieMatcher(
      raw.places.places.flatMap((p, target) => (p.demonyms ?? []).map((alias) => ({ target, alias }))),
      shapeOf,
    ),
    triggerGroups,
    triggers,
    triggerMatcher: buildTrieMatcher(triggerInputs, shapeOf),
    triggerTailMatcher: buildTrieMatcher(tailInputs, shapeOf),
    agentMatcher: buildTrieMatcher(agentInputs, shapeOf),
    agentKinds,
    acledByType: raw.eventTypes.acled,
    actorByName: new Map(actors.map((a) => [a.name, a])),
    capitals: new Map(
      raw.actors.actors.flatMap((a) =>
        a.kind === 'state' && a.capitals !== undefined ? [[a.country ?? a.name, a.capitals] as const] : [],
      ),
    ),
  };
}

/** Place number `target`: a curated place, or one of the world gazetteer's. */
export function placeAt(lex: CompiledLexicon, target: number): CompiledPlace | undefined {
  return lex.places[target] ?? lex.gazetteer.place(target);
}
