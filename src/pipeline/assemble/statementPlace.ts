/**
 * Where a statement is placed. A declaration, an ultimatum, a truce or a claim is placed where what it declares
 * applies ("declared a state of emergency in Enga"), and only its own words can say where that is: the place of
 * the attack a group claims, of the fighting in the clause before ("… shelled Tetovo, and the government gave
 * the rebels 24 hours"), or of the story is not where the statement applies. A reader leaves it unplaced.
 */
import type { EventTypeMatch } from '../types.ts';

/** Whether the event a trigger types is placed by its own clause's words only. */
export function placedByOwnWords(trigger: EventTypeMatch): boolean {
  return trigger.type === 'statement';
}
