/**
 * events.json's actor table: the kind of each actor the events name (a state, a rebel group, a coalition…), so the
 * app can group actors by kind and the ACLED export can fill its actor-type codes. Events list actors by name
 * only; the kind comes from the lexicon, or, for a group the lexicon lacks, from the form of its name, read by the
 * same rule that found it in the text ("Kachin Independence Army" is a rebel group, "Fulani militias" militias).
 */
import type { ActorEntry, ActorKind, TimelineEvent } from '../../model/index.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { namedGroupAt } from '../lexicon/namedGroups.ts';
import type { RawLexicon } from '../lexicon/schema.ts';
import { tokenize } from '../lexicon/tokens.ts';

/** What the table says of one actor. */
export interface ActorFacts {
  readonly kind: ActorKind;
  readonly countryCode?: string;
}

/** One entry per distinct actor the events name whose kind is known, in code-unit order of names (stable output). */
export function actorTable(
  events: readonly TimelineEvent[],
  factsOf: (name: string) => ActorFacts | undefined,
): ActorEntry[] {
  const names = [...new Set(events.flatMap((e) => e.actors))].sort();
  return names.flatMap((name) => {
    const facts = factsOf(name);
    if (facts === undefined) return [];
    return [{ name, kind: facts.kind, ...(facts.countryCode === undefined ? {} : { countryCode: facts.countryCode }) }];
  });
}

/**
 * An actor's facts from the lexicon (kind, and a state's country code), else the kind the whole name has by its
 * form; undefined for a name neither knows (an analyst's correction may name anyone).
 */
export function lexiconActorFacts(raw: RawLexicon, lex: CompiledLexicon): (name: string) => ActorFacts | undefined {
  const codes = new Map(
    raw.actors.actors.flatMap((a) => (a.countryCode === undefined ? [] : [[a.name, a.countryCode]])),
  );
  return (name) => {
    const listed = lex.actorByName.get(name);
    if (listed !== undefined) {
      const countryCode = codes.get(name);
      return { kind: listed.kind, ...(countryCode === undefined ? {} : { countryCode }) };
    }
    const tokens = tokenize(name, { start: 0, end: name.length });
    // No sentence starts here (-1): a name's first capital is the name's, not a sentence's.
    const form = namedGroupAt(lex, name, tokens, 0, null, -1);
    // Only a reading of the whole name says what the name is: "Zintan rebels", not "Zintan".
    if (form === null || form.last !== tokens.length - 1) return undefined;
    return form.state === undefined ? { kind: form.kind } : undefined;
  };
}
