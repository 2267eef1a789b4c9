/**
 * The stable id of a place in the place filter, its URL and its lanes: name, first-level division and country,
 * as an address reads ("Sinjar, Nineveh, Iraq"). A name alone is not an id: the same town name is found in two
 * countries (Sinjar in Iraq and in Syria's Idlib) or in two provinces of one, and keyed by name the two shared one
 * checkbox, one count and one country, so unchecking a country hid its homonyms abroad too. events.json carries
 * no gazetteer id, so the place's own fields make the key.
 */
import type { Location } from '../../model/index.ts';

/** Between the parts of a key. */
const SEPARATOR = ', ';

/** The key of a location: its name, then its division and country where it has them. */
export function placeKey(location: Pick<Location, 'name' | 'admin1' | 'country'>): string {
  const { name, admin1, country } = location;
  if (admin1 === null && country === null) return name;
  if (admin1 === null || admin1 === country) return `${name}${SEPARATOR}${country}`;
  return country === null ? `${name}${SEPARATOR}${admin1}` : `${name}${SEPARATOR}${admin1}${SEPARATOR}${country}`;
}
