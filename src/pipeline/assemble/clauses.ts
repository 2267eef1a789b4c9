/**
 * Splits a sentence into dated clauses, so that a sentence reporting several dated facts gives several events:
 * "While the army had retaken the town in April, the rebels had seized it back by June" → two.
 *
 * Hand-written clause heuristics rather than a parser: no maintained JavaScript dependency parser runs offline
 * at build time with offsets, and news sentences put their dated clauses apart with punctuation and a few
 * conjunctions, which is what these rules read.
 */
import type { DateMention, Sentence, Span } from '../types.ts';

export interface DatedClause {
  /** The part of the sentence that belongs to this date (between the split points with its neighbours). */
  readonly clause: Span;
  /**
   * The innermost clause around the date: `clause` narrowed at subordinating conjunctions after a comma
   * ("…worst defeat, since the militants captured the capital in 2014" → "since the militants captured
   * the capital in 2014").
   */
  readonly local: Span;
  /** The date expression this clause is about (the finest when several sit in one clause). */
  readonly mention: DateMention;
  /** Every date expression of the clause, `mention` among them ("on Jan. 27, a week after the offensive"). */
  readonly mentions: readonly DateMention[];
}

// prettier-ignore
/** Where one clause may end and the next begin, inside the gap between two dates. */
const GAP_DELIMITER = /[,;:\u2013\u2014]|\s(?:and|but|while|whereas|when|after|before|until|as|then)\s/g;

// prettier-ignore
/** Boundaries of the innermost clause: a semicolon, or a comma followed by a subordinating conjunction. */
const LOCAL_BOUNDARY = /;|,\s*(?=(?:since|while|whereas|although|though|because|but|until|unless|after which|before which|even as)\b)/g;

/** Prepositions and conjunctions that may stand between a clause boundary and a date opening its clause. */
const LEAD_IN =
  /^[\s,;:\u2013\u2014]*(?:(?:and|but|while|then|so|yet|or|later|earlier|meanwhile)\s+)?(?:on|in|at|by|since|from|during|between|until|before|after|early|late|last|this)?\s*$/i;

const FINER: Record<string, number> = { year: 0, month: 1, day: 2 };

/** All delimiter positions in text[from, to): [index where it starts, index where it ends]. */
function delimiters(text: string, from: number, to: number, pattern: RegExp): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  const re = new RegExp(pattern.source, pattern.flags);
  re.lastIndex = from;
  const bounded = text.slice(0, to);
  for (let m = re.exec(bounded); m !== null; m = re.exec(bounded)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
}

/**
 * Whether a date opens its clause and is followed by the clause's content ("…, and on Tuesday the army…"), as
 * opposed to closing it ("…in Syria, between 2013 and 2014."). Fronted dates take the words after them.
 */
function isFronted(text: string, boundaryEnd: number, mention: DateMention, sentenceEnd: number): boolean {
  if (!LEAD_IN.test(text.slice(boundaryEnd, mention.start))) return false;
  return /[\p{L}\p{N}]/u.test(
    text
      .slice(mention.end, sentenceEnd)
      .replace(/^[\s,]*/, '')
      .slice(0, 3),
  );
}

function isTextRelative(m: DateMention): boolean {
  return m.tags.some((t) => t.startsWith('text-relative:'));
}

/**
 * "on Jan. 27, a week after the offensive began": an expression counted from another event, set beside a date
 * by a comma alone, restates that date; it is no second event.
 */
function inApposition(text: string, a: DateMention, b: DateMention): boolean {
  return (isTextRelative(a) || isTextRelative(b)) && /^\s*,\s*(?:(?:on|in)\s+)?$/i.test(text.slice(a.end, b.start));
}

/**
 * Groups date mentions that sit in one clause (nothing but words between them, e.g. "on Friday, July 7" read as
 * two, or a date and an expression in apposition) and keeps the finest as the clause's date.
 */
function groupMentions(text: string, mentions: readonly DateMention[]): DateMention[][] {
  const groups: DateMention[][] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (
      last !== undefined &&
      prev !== undefined &&
      ((delimiters(text, prev.end, m.start, GAP_DELIMITER).length === 0 && m.start - prev.end <= 3) ||
        inApposition(text, prev, m))
    ) {
      last.push(m);
    } else groups.push([m]);
  }
  return groups;
}

/** The finest date of a group; at equal precision a date the text states over one counted from an event. */
function finestOf(group: readonly DateMention[]): DateMention {
  let best = group[0] as DateMention;
  for (const m of group) {
    const finer = (FINER[m.value.precision] ?? 0) - (FINER[best.value.precision] ?? 0);
    if (finer > 0 || (finer === 0 && isTextRelative(best) && !isTextRelative(m))) best = m;
  }
  return best;
}

/** The innermost clause around [start, end) inside `clause`. */
export function localClause(text: string, clause: Span, at: Span): Span {
  let start = clause.start;
  let end = clause.end;
  for (const [b, e] of delimiters(text, clause.start, clause.end, LOCAL_BOUNDARY)) {
    if (e <= at.start) start = e;
    else if (b >= at.end) {
      end = b;
      break;
    }
  }
  // Skip the spaces a boundary leaves at the start.
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  return { start, end };
}

/**
 * The dated clauses of one sentence, in order. `mentions` are the date mentions inside the sentence, sorted.
 * Between two dates the split goes at the last boundary before the second date when that date opens its clause,
 * otherwise at the first boundary after the first date.
 */
export function splitDatedClauses(text: string, sentence: Sentence, mentions: readonly DateMention[]): DatedClause[] {
  const groups = groupMentions(text, mentions);
  const cuts: number[] = [];
  for (let i = 0; i + 1 < groups.length; i += 1) {
    const left = groups[i] as DateMention[];
    const right = groups[i + 1] as DateMention[];
    const a = left[left.length - 1] as DateMention;
    const b = right[0] as DateMention;
    const gap = delimiters(text, a.end, b.start, GAP_DELIMITER);
    const lastBefore = gap[gap.length - 1];
    // "Earlier this month, the group took four hostages, …, and freed them on 13 August": a date that opens the
    // sentence takes the clause after it, so the comma that closes the date itself is no split point.
    const opens = i === 0 && isFronted(text, sentence.start, a, sentence.end);
    const firstAfter = opens ? gap.find(([b]) => /[\p{L}\p{N}]/u.test(text.slice(a.end, b))) : gap[0];
    if (lastBefore !== undefined && isFronted(text, lastBefore[1], b, sentence.end)) cuts.push(lastBefore[0]);
    else if (firstAfter !== undefined) cuts.push(firstAfter[1]);
    else cuts.push(a.end);
  }
  return groups.map((group, i) => {
    const clause = {
      start: i === 0 ? sentence.start : (cuts[i - 1] as number),
      end: i === cuts.length ? sentence.end : (cuts[i] as number),
    };
    const mention = finestOf(group);
    return { clause, local: localClause(text, clause, mention), mention, mentions: group };
  });
}
