/**
 * Who did it: the actor a title may name as the agent. A passive "seized by the rebels" names its agent after the
 * verb; otherwise the agent is the first actor of the clause that no preposition governs ("Backed by U.S.
 * airstrikes, Iraqi soldiers launched…" → the soldiers), provided it comes before the trigger word (news puts
 * the subject first). An actor right before a trigger noun ("the Russian annexation") or owning it through
 * "its"/"their" ("the rebels … during its offensive") is the agent of that noun; a trigger noun introduced by an
 * article takes the clause's subject only through a light verb ("launched the offensive"). When none holds, the agent
 * is unknown and the title names none, rather than guessing.
 */
import type { ActorMention, Span } from '../types.ts';

/**
 * A trigger that is the head of a noun phrase ("the 2008 Russian incursion", "a series of 29 airstrikes"): an
 * article, then at most three words none of which is an auxiliary ("the army had retaken" is a verb phrase).
 */
const NOUN_PHRASE_BEFORE =
  /\b(?:the|a|an|this|that|these|those)\s+(?:(?!(?:had|has|have|was|were|is|are|be|been|being|will|would|could|did|does|do|and|or|who|which)\b)[\p{L}\p{N}'\u2019.-]+\s+){0,3}$/iu;
/** Verbs that make their subject the agent of the noun they govern ("launched the offensive"). */
const LIGHT_VERB =
  /\b(?:launch(?:ed|es|ing)?|carr(?:y|ied|ies|ying) out|conduct(?:ed|s|ing)?|mount(?:ed|s|ing)?|stag(?:e|ed|es|ing)|beg(?:an|un|in|ins)|wag(?:e|ed|es|ing)|start(?:ed|s|ing)?|order(?:ed|s)?|resum(?:e|ed|es)|continu(?:e|ed|es)|intensif(?:y|ied|ies)|made|make|makes|led|lead|leads|claim(?:ed|s)?|announc(?:e|ed|es))\b[^,;.]*$/i;

const PASSIVE_BY = /^\s+(?:[\p{L}-]+\s+)?by\s+(?:the\s+)?$/iu;
/** A preposition (and an optional article or adjective) right before an actor makes it an object, not a subject. */
const GOVERNED =
  /\b(?:by|with|from|against|of|to|on|for|at|in|into|toward|towards|between|among|over|after|before|like|including|via)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * `statement`: reporting verbs take only the actor right before them ("the United Nations said", "U.S. officials
 * confirmed"); "…took the city from the militants (AQAP), a monitor said" has no actor as its speaker.
 */
export function agentOf(
  text: string,
  trigger: Span | null,
  actors: readonly ActorMention[],
  clause: Span,
  statement = false,
): string | null {
  if (trigger === null) return null;
  if (statement) {
    const before = actors.filter((a) => a.end <= trigger.start && a.start >= clause.start);
    const last = before[before.length - 1];
    if (last === undefined) return null;
    // An acronym in brackets may stand between the name and the verb: "The Syrian Democratic Forces (SDF) announced".
    const gap = text
      .slice(last.end, trigger.start)
      .replace(/^\s*\([^()]{1,15}\)/, ' ')
      .replace(/^\)/, ' ');
    return !/[,;:()\u2013\u2014]/.test(gap) &&
      gap
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '').length <= 4
      ? last.actor
      : null;
  }
  const inClause = [...actors]
    .filter((a) => a.start >= clause.start && a.end <= clause.end)
    .sort((a, b) => a.start - b.start);
  for (const a of inClause) {
    if (a.start >= trigger.end && a.start - trigger.end <= 30 && PASSIVE_BY.test(text.slice(trigger.end, a.start)))
      return a.actor;
  }
  const before = inClause.filter((a) => a.end <= trigger.start);
  const last = before[before.length - 1];
  if (last !== undefined) {
    const gap = text.slice(last.end, trigger.start);
    // "Russian annexation", "the Houthi-led offensive": at most one word between actor and trigger noun.
    const words = gap.trim() === '' ? 0 : gap.trim().split(/\s+/).length;
    if (
      !/[,;.:]/.test(gap) &&
      (words === 0 || (words === 1 && !/\b(?:and|or|but|that|who|which|had|has|have|was|were|is|are)\b/i.test(gap)))
    )
      return last.actor;
    if (/^(?:[^,;.]*\s)?(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(gap)) return last.actor;
  }
  // A noun-phrase trigger names its agent inside the phrase (handled above) or through a light verb's subject;
  // otherwise the clause's subject did something else ("a resolution passed after the 2008 … incursion").
  const lead = text.slice(Math.max(clause.start, trigger.start - 60), trigger.start);
  if (
    NOUN_PHRASE_BEFORE.test(lead) &&
    !LIGHT_VERB.test(text.slice(Math.max(clause.start, trigger.start - 120), trigger.start))
  )
    return null;
  const free = inClause.find((a) => !GOVERNED.test(text.slice(Math.max(clause.start, a.start - 40), a.start)));
  return free !== undefined && free.end <= trigger.start ? free.actor : null;
}
