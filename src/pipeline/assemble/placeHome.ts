/**
 * Where people come from, not where the event happened: "executed dozens of men from the Garm region in
 * Dushanbe", "volunteers from the North Caucasus", "refugees from Aleppo were shot at the border". A place after
 * a noun for people and "from" says whose the victims or fighters are; a reader places the event at the scene
 * the sentence names besides, and at the home place only when it names none.
 */
import type { PlaceMention } from '../types.ts';
import { cueWordBefore } from './cueWordBefore.ts';

// prettier-ignore
/** "men from", "civilians originally from", "fighters from the": a people noun, at most one word, "from". */
const HOME_BEFORE =
  /\b(?:men|women|people|civilians|villagers|refugees|residents|families|migrants|workers|youths|boys|girls|children|tribesmen|fighters|volunteers|recruits|members|natives|pilgrims|students)\s+(?:[\p{Ll}]+\s+)?from\s+(?:the\s+)?$/iu;

/** Whether `p` names the home of the people the sentence speaks of ("men from Garm"). */
export function isHomePlace(text: string, p: PlaceMention): boolean {
  return (
    /from$/iu.test(cueWordBefore(text, p.start)) && HOME_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start))
  );
}
