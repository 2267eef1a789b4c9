/**
 * The extraction stages the assembly calls, as plain functions. The lexicon functions come already bound to a
 * compiled lexicon (see config.ts), so assembly code and its tests do not depend on how the lexicon is stored,
 * and tests can pass small fakes.
 */
import type { EventType } from '../../model/index.ts';
import type {
  AcledType,
  ActorMention,
  DateMention,
  EventTypeMatch,
  PlaceMention,
  ReferenceDate,
  Sentence,
  Span,
} from '../types.ts';

export interface DateStage {
  /** Every temporal expression in the given sentences, resolved against the reference, sorted by offset. */
  readonly findDateMentions: (
    text: string,
    sentences: readonly Sentence[],
    reference: ReferenceDate,
  ) => readonly DateMention[];
  /** A reference date estimated from the text when the article gives none. */
  readonly inferReferenceDate: (text: string) => ReferenceDate | null;
}

export interface LexiconStage {
  /** Actor mentions inside `span` of the article text. */
  readonly findActors: (text: string, span: Span) => readonly ActorMention[];
  /** Place mentions inside `span`; the whole article text is passed for context (ambiguous names). */
  readonly findPlaces: (text: string, span: Span) => readonly PlaceMention[];
  /**
   * The event type the words inside `span` report, or null when no trigger word is there. A function of the words
   * inside `span` and of the actors inside it alone: spans that differ only by non-word characters at their edges
   * get the same answer (assembly asks each question once per sentence on that ground: classifyMemo.ts).
   */
  readonly classifyEvent: (text: string, span: Span, actors: readonly ActorMention[]) => EventTypeMatch | null;
  /** The kind of a canonical actor ('state', 'government', 'coalition', 'non-state', …), when known. */
  readonly actorKind?: (actor: string) => string | undefined;
  /** The ACLED pair the lexicon gives an event type, for a type decided after the trigger (see victims.ts). */
  readonly acledOf?: (type: EventType) => AcledType | undefined;
}

export interface Stages {
  readonly dates: DateStage;
  readonly lexicon: LexiconStage;
}
