/**
 * Who was killed decides what kind of violence it was. ACLED codes armed men killed in fighting as a battle
 * ("Soldiers killed 11 rebels", "the attack killed six soldiers": Battles, armed clash) and the killing of people
 * who do not fight as violence against civilians ("gunmen killed 15 villagers"). A plain killing verb whose
 * object names combatants is read as a clash; executions, massacres and the like stay killings whoever the
 * victims were, and so does a killing whose victims the clause does not name.
 */
import type { EventTypeMatch, Span } from '../types.ts';
import type { LexiconStage } from './stages.ts';

/** The plain verbs of killing: what they did, not how ("executed", "massacred" say more). */
const KILLING_VERB = /^(?:killed|kill|kills|killing)$/i;

/** Nouns for people who fight: state forces, armed groups and their members. */
const COMBATANTS =
  /^(?:soldiers?|troops|servicemen|fighters|militants|rebels|insurgents|jihadists|gunmen|attackers|assailants|militiamen|paramilitaries|combatants|mercenaries|policemen|officers|guards|commanders|gendarmes|recruits)[.,]?$/i;

/** Words that may stand before the victims' noun: counts and modifiers, not a list or another noun. */
const NOT_MODIFIER =
  /^(?:and|or|including|as|in|on|near|during|after|before|while|with|civilians?|people|villagers|residents|children|women|men|worshippers|students|farmers|passengers|workers|journalists|aid)$/i;
const MAX_WORDS_BEFORE = 4;

/** The trigger, read as an armed clash when a plain killing verb's victims are combatants. */
export function typedByVictims(
  text: string,
  trigger: EventTypeMatch | null,
  clause: Span,
  lexicon: LexiconStage,
): EventTypeMatch | null {
  if (trigger === null || trigger.type !== 'killing' || !KILLING_VERB.test(trigger.text)) return trigger;
  // The object, up to a clause boundary (a comma inside a number such as "1,200" is none).
  const object = text.slice(trigger.end, Math.min(clause.end, trigger.end + 80)).split(/[;:()]|,(?!\d)/)[0] ?? '';
  const words = object
    .trim()
    .split(/\s+/)
    .slice(0, MAX_WORDS_BEFORE + 1);
  const head = words.findIndex((w) => COMBATANTS.test(w));
  if (head < 0 || words.slice(0, head).some((w) => NOT_MODIFIER.test(w))) return trigger;
  const acled = lexicon.acledOf?.('ground-attack');
  return acled === undefined ? trigger : { ...trigger, type: 'ground-attack', acled };
}
