/**
 * The side attacked, when it is the one who reports the attack: "Chad said Sudanese troops had shelled its border
 * posts", "the rebels said government jets had bombed their bases". A possessive after the trigger, in the
 * reported words, points back to the speaker: the speaker's positions, soldiers or villages were hit, so the speaker
 * is the other side of the event (ACLED names both sides of a battle), though it is kept off `reportedBy` no less.
 *
 * Only when the speaker is one named actor other than the agent, the event is a use of force, and the possessive
 * comes after the trigger ("its troops attacked" is the agent's own forces, read elsewhere).
 */
import type { EventType } from '../../model/index.ts';
import type { EventTypeMatch, Span } from '../types.ts';

/** Types in which one side uses force on the other. */
const USES_OF_FORCE: ReadonlySet<EventType> = new Set([
  'airstrike',
  'bombing',
  'ground-attack',
  'killing',
  'capture',
  'siege',
]);

// prettier-ignore
/** "its positions", "their own bases", "its border posts", "nine of its soldiers": what belongs to the speaker. */
const SPEAKERS_OWN =
  /\b(?:its|their|our)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:positions?|soldiers|troops|forces|bases?|posts?|outposts?|territory|villages?|towns?|citizens|nationals|convoys?|patrols?|units?|fighters|men|camps?|checkpoints?|barracks|garrisons?|ships?|vessels?|aircraft)\b/u;

/**
 * The reporter, as the side attacked, of the event `trigger` names in `clause` (the reported words); null when the
 * rule does not apply (see the file's comment). `reporters`: the actors the speaker's words name.
 */
export function reporterAsTarget(
  text: string,
  clause: Span,
  trigger: EventTypeMatch | null,
  agent: string | null,
  reporters: readonly string[],
): string | null {
  const [reporter, ...more] = new Set(reporters);
  if (trigger === null || agent === null || reporter === undefined || more.length > 0) return null;
  if (reporter === agent || !USES_OF_FORCE.has(trigger.type)) return null;
  const after = text.slice(Math.max(trigger.end, clause.start), clause.end);
  return SPEAKERS_OWN.test(after) ? reporter : null;
}
