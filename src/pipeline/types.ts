/**
 * The data that flows between pipeline stages. Every offset is a UTF-16 index into the ORIGINAL article text
 * (Article.text), so a mention can always be traced back to the characters it came from.
 *
 * Stage owners: text/ (sentences, cleaning), dates/ (temporal expressions), lexicon/ (actors, places, event
 * types), input/ (bytes → Article), and the assembly/refiners in the pipeline root.
 */
import type { EventType, Location, Precision } from '../model/index.ts';
import type { ActorKind } from './lexicon/schema.ts';

/** A half-open character range [start, end) of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  /** text.slice(start, end), kept for convenience. */
  readonly text: string;
}

/** A calendar date at a precision, as written in events.json. */
export interface DateValue {
  /** YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. */
  readonly start: string;
  /** For ranges ("between 2013 and 2014"): the last date covered, at its own precision. */
  readonly end?: string;
  readonly precision: Precision;
}

/**
 * How a date relates to the event: a point ("on May 17"), the start of an ongoing state ("since Dec. 15"),
 * a deadline ("by Dec. 12": happened on or before), or an explicit range.
 */
export type DateRole = 'point' | 'since' | 'by' | 'range';

export interface DateMention extends Span {
  /** The expression as written, text.slice(start, end). */
  readonly text: string;
  readonly value: DateValue;
  readonly role: DateRole;
  /** What the expression was resolved against, for the source panel: "published 2016-12-28", "May 17 (earlier)". */
  readonly resolvedAgainst: string;
  /** Names of the rules that produced or changed this mention, for debugging and tests. */
  readonly tags: readonly string[];
}

/** The date the article's relative expressions are read against. */
export interface ReferenceDate {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** 'published': from front matter; 'inferred': estimated from the text because none was given. */
  readonly basis: 'published' | 'inferred';
}

export interface ActorMention extends Span {
  readonly text: string;
  /** Canonical actor name, e.g. "ISIS" for Daesh, ISIL, IS, Islamic State. */
  readonly actor: string;
  /**
   * The actor's kind ('state', 'rebel', 'jihadist', …): from the lexicon, or from the form of a name the lexicon
   * lacks ("Kachin Independence Army" is a rebel group).
   */
  readonly kind?: ActorKind;
}

export interface PlaceMention extends Span {
  readonly text: string;
  readonly place: Location & { readonly kind: 'city' | 'town' | 'region' | 'province' | 'country' | 'site' };
}

/** An ACLED event_type / sub_event_type pair carried along for export. */
export interface AcledType {
  readonly eventType: string;
  readonly subEventType: string;
}

export interface EventTypeMatch extends Span {
  readonly text: string;
  readonly type: EventType;
  readonly acled: AcledType;
  /** An attack told with an aircraft as its doer ("jets bombed …"): the clause's own act (chooseTrigger.ts). */
  readonly byAircraft?: boolean;
}
