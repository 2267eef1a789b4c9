/**
 * Names that hold a place's name but are no place (other than a person's, placeReading.ts rule 1).
 *
 * Names of news outlets: "(Bab el-Mandeb Wire)", "the Kyiv Post", "Syria TV", "Iraq News Agency". A place name
 * right before an outlet's noun is part of the outlet's name, not a place the story is at: a reader does not
 * take the agency in a dateline for the scene, nor for the country or region the story is about.
 */
import type { Token } from './tokens.ts';

/** Capitalised nouns that end the name of a news outlet. */
const OUTLET_NOUNS: ReadonlySet<string> = new Set([
  'wire',
  'newswire',
  'press',
  'news',
  'agency',
  'times',
  'post',
  'herald',
  'tribune',
  'journal',
  'gazette',
  'radio',
  'television',
  'tv',
  'daily',
  'telegraph',
  'broadcasting',
]);

/** Whether the name that ends at token `last` is the first part of an outlet's name ("Lagoon Press"). */
export function namesOutlet(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.joinsPrevious && next.capitalized && OUTLET_NOUNS.has(next.letters.toLowerCase());
}

/**
 * Streets named after towns: "Tarata street in Lima", "Baghdad Street", "Avenue" aside. The event is on a street
 * of the city the sentence names, not in the town the street is named after.
 */
const STREET_NOUNS: ReadonlySet<string> = new Set(['street', 'avenue', 'boulevard', 'lane']);

/** Whether the name that ends at token `last` is the first part of a street's name ("Tarata street"). */
export function namesStreet(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.joinsPrevious && STREET_NOUNS.has(next.letters.toLowerCase());
}
