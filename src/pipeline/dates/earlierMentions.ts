/**
 * The mentions an article has resolved so far, as its text-relative expressions look them up (relativeMention.ts):
 * - the previous point date at a precision ("two days later" counts from the last day-precise event date), kept
 *   up to date as mentions are added, so finding it takes constant time;
 * - the most recent mentions, among which a named anchor ("three days after the offensive") is looked for.
 * Both are bounded however long the article, so a text dense with relative dates stays linear in its length
 * (issue 14): without the bound every anchor phrase would score every earlier date of the article.
 */
import { PRECISIONS, type Precision } from '../../model/index.ts';
import type { AnchorCandidate } from './anchorLookup.ts';
import { isAtLeast } from './precision.ts';

/**
 * How many of the latest mentions a named anchor is looked for among. A news article holds a few dozen dates;
 * an anchor phrase names an event told before it in the same story, not one hundreds of dates back.
 */
export const MAX_ANCHOR_CANDIDATES = 500;

export class EarlierMentions {
  private readonly list: AnchorCandidate[] = [];
  private readonly latestPointAt = new Map<Precision, AnchorCandidate>();

  add(c: AnchorCandidate): void {
    this.list.push(c);
    if (c.mention.role !== 'point') return;
    for (const p of PRECISIONS) if (isAtLeast(c.mention.value.precision, p)) this.latestPointAt.set(p, c);
  }

  /** Every mention added, in the order added. */
  get all(): readonly AnchorCandidate[] {
    return this.list;
  }

  /** The last mention added that dates a single event (role "point") at `required` precision or finer. */
  latestPoint(required: Precision): AnchorCandidate | undefined {
    return this.latestPointAt.get(required);
  }

  /** The latest `limit` mentions, in text order: where a named anchor is looked for. */
  recent(limit = MAX_ANCHOR_CANDIDATES): readonly AnchorCandidate[] {
    return this.list.length <= limit ? this.list : this.list.slice(this.list.length - limit);
  }
}
