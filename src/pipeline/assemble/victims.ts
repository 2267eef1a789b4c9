/**
 * Who was killed decides what kind of violence it was. ACLED codes armed men killed in fighting as a battle
 * ("Soldiers killed 11 rebels", "the attack killed six soldiers": Battles, armed clash) and the killing of people
 * who do not fight as violence against civilians ("gunmen killed 15 villagers"). A plain killing verb whose
 * object names combatants is read as a clash; executions, massacres and the like stay killings whoever the
 * victims were, and so does a killing whose victims the clause does not name. The victims are the object of the
 * verb ("killed 11 rebels"), or the subject of its passive ("a soldier was killed").
 */
import type { EventTypeMatch, Span } from '../types.ts';
import type { LexiconStage } from './stages.ts';

/**
 * The plain verbs of killing: what they did, not how ("executed", "massacred" say more). "Shot dead" says only
 * the weapon: police who shot dead the attackers fought them.
 */
const KILLING_VERB = /^(?:killed|kill|kills|killing|shot\s+dead|shoot\s+dead|shooting\s+dead)$/i;

/** Nouns for people who fight: state forces, armed groups and their members. */
const COMBATANTS =
  /^(?:soldiers?|troops|servicemen|fighters|militants|rebels|insurgents|guerrillas?|separatists|jihadists|extremists|gunmen|attackers|assailants|militiamen|paramilitaries|combatants|mercenaries|marines|paratroopers|policem[ae]n|police|officers?|guards?|commanders?|gendarmes|recruits|sergeants?|corporals?|lieutenants?|captains?|colonels?)[.,]?$/i;

/** Words that may stand before the victims' noun: counts and modifiers, not a list or another noun. */
const NOT_MODIFIER =
  /^(?:and|or|including|as|in|on|near|during|after|before|while|with|civilians?|people|villagers|residents|children|women|men|worshippers|students|farmers|passengers|workers|journalists|aid)$/i;
const MAX_WORDS_BEFORE = 4;

/** "Was", "were" and an adverb before a passive killing verb: "were killed", "was reportedly killed". */
const PASSIVE_TAIL = /\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:(?:also|reportedly|allegedly)\s+)?$/i;

/**
 * "A soldier was killed", "three policemen were killed": the subject of a passive killing verb is who was killed,
 * the last few words before the auxiliary, after any clause break.
 */
function combatantSubject(before: string): boolean {
  const tail = PASSIVE_TAIL.exec(before);
  if (tail === null) return false;
  const subject = (
    before
      .slice(0, tail.index)
      .split(/[;:()]|,(?!\d)/)
      .at(-1) ?? ''
  )
    .trim()
    .split(/\s+/);
  const words = subject.slice(-(MAX_WORDS_BEFORE + 1));
  const head = words.length - 1;
  return head >= 0 && COMBATANTS.test(words[head] ?? '') && !words.slice(0, head).some((w) => NOT_MODIFIER.test(w));
}

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
  const killedArmed = head >= 0 && !words.slice(0, head).some((w) => NOT_MODIFIER.test(w));
  if (!killedArmed && !combatantSubject(text.slice(Math.max(clause.start, trigger.start - 80), trigger.start)))
    return trigger;
  const acled = lexicon.acledOf?.('ground-attack');
  return acled === undefined ? trigger : { ...trigger, type: 'ground-attack', acled };
}
