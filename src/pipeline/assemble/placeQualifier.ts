/**
 * Place names that qualify someone rather than say where something happened: the place of an office ("a former
 * Chiapas governor", "the Kandahar police chief", "a Basra MP") and a place named as a party after "with" ("signed a
 * peace deal with Luanda", "talks with Kabul"). A reader places the event elsewhere in the sentence, and at such a
 * place of an office only when nothing else is named (choosePlace.ts keeps it as a landmark), at a party never.
 */
import type { PlaceMention } from '../types.ts';

/** An office after the name: "governor", "police chief", "MP", "mayor", "deputy governor". */
const OFFICE_AFTER =
  /^\s+(?:(?:deputy|vice|provincial|state|regional|district|city|police|security|military|army)\s+)?(?:governor|mayor|chief|commissioner|prefect|lawmaker|legislator|senator|MP|councill?or|commander)s?\b/;

/**
 * "with Luanda", "with the Kremlin": a place right after "with" is a party to the act (a deal, talks, a truce) or
 * its partner; never after "along with", "together with", or "the border with" (a landmark of its own).
 */
const PARTY_BEFORE = /(?<!\balong|\btogether|\bborders?|\bfrontier)\s+with\s+(?:the\s+)?$/i;

/** Whether `p` names the place of an office ("a former Chiapas governor"): a landmark, chosen only when alone. */
export function namesOffice(text: string, p: PlaceMention): boolean {
  return OFFICE_AFTER.test(text.slice(p.end, p.end + 40));
}

/** Whether `p` names a party after "with" ("a peace deal with Luanda"): never the scene. */
export function namesParty(text: string, p: PlaceMention): boolean {
  return PARTY_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start));
}
