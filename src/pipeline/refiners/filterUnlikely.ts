/**
 * Drops candidates that have a date but report no event: durations read as dates ("a three-year siege"), the
 * publication date standing alone ("Published Dec. 28, 2016"), reports that tell of nothing that happened,
 * clauses with neither an actor nor an event word, and dates no news report of its time could give. A clause with
 * an event word is kept whether or not its actor and place are known. Each rule returns its reason, which is noted.
 */
import type { EventCandidate, EventDraft } from '../assemble/candidate.ts';
import type { ReferenceDate } from '../types.ts';
import type { Refiner, RefinerContext } from './refiner.ts';

export type UnlikelyRule = (c: EventCandidate, reference: ReferenceDate | undefined) => string | null;

// prettier-ignore
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|some)';
// prettier-ignore
const DURATION = new RegExp(
  `^(?:for\\s+|nearly\\s+|almost\\s+|about\\s+|around\\s+|over\\s+|some\\s+|more than\\s+|the (?:past|last|next)\\s+)?(?:a\\s+)?${COUNT}(?:[\\s-]+${COUNT})?[\\s-]+(?:hour|day|week|month|year|decade)s?(?:[\\s-](?:long|old))?$`,
  'i',
);
const ANCHORED = /\b(?:ago|after|before|later|earlier|since|from now|into)\b/i;
const PUBLICATION_WORDS = /\b(?:published|updated|posted|filed|first appeared)\b/i;

/** "a three-year siege", "nearly ten days": a length of time, not a point in it. */
export const isDuration: UnlikelyRule = (c) =>
  DURATION.test(c.mention.text.trim()) && !ANCHORED.test(c.mention.text) ? `"${c.mention.text}" is a duration` : null;

/** "Published Dec. 28, 2016": the article's own date with publishing words and no event word. */
export const isPublicationLine: UnlikelyRule = (c, reference) =>
  reference !== undefined &&
  c.trigger === null &&
  c.date.start === reference.date &&
  PUBLICATION_WORDS.test(c.sentence.text)
    ? 'the publication date, not an event'
    : null;

/** A date with no actor and no event word around it says when, but not what. */
export const hasNoEventContent: UnlikelyRule = (c) =>
  c.trigger === null && c.actors.length === 0 ? 'no actor and no event word in the clause' : null;

/**
 * "The ministry said on Monday it would consider the proposal", "the army said on Monday": a report that tells
 * of nothing that happened. Assembly leaves such a report without a trigger; the saying is kept only when it is
 * news in itself (an announcement, a declaration, a claim: see reportedSpeech.ts), and then it has one.
 */
export const reportsNothing: UnlikelyRule = (c) =>
  c.reportedBy !== null && c.trigger === null
    ? 'a report of no event: what was said tells nothing that happened'
    : null;

/** Before modern news, or years after the article was written: a misread number, not a date. */
export const isImplausibleYear: UnlikelyRule = (c, reference) => {
  const year = Number(c.date.start.slice(0, 4));
  const refYear = reference === undefined ? null : Number(reference.date.slice(0, 4));
  if (year < 1900) return `year ${year} is before 1900`;
  if (refYear !== null && year > refYear + 5) return `year ${year} is more than five years after the article`;
  return null;
};

export const UNLIKELY_RULES: readonly UnlikelyRule[] = [
  isDuration,
  isPublicationLine,
  isImplausibleYear,
  reportsNothing,
  hasNoEventContent,
];

function reasonToDrop(c: EventCandidate, ctx: RefinerContext, rules: readonly UnlikelyRule[]): string | null {
  const reference = ctx.references.get(c.article);
  for (const rule of rules) {
    const reason = rule(c, reference);
    if (reason !== null) return reason;
  }
  return null;
}

/** A refiner that drops drafts whose every source is unlikely under `rules`. */
export function filterUnlikely(rules: readonly UnlikelyRule[] = UNLIKELY_RULES): Refiner {
  return (ctx, drafts) =>
    drafts.filter((d: EventDraft) => {
      const reasons = d.sources.map((s) => reasonToDrop(s, ctx, rules));
      if (reasons.some((r) => r === null)) return true;
      const first = d.sources[0];
      ctx.note(
        () => `dropped ${first?.article}:${first?.sentence.start} "${first?.mention.text}": ${reasons.join('; ')}`,
      );
      return false;
    });
}
