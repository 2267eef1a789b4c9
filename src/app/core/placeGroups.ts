/**
 * Where a place is grouped, in the place filter and in lanes grouped by location: under its country, and, in a
 * country with many places, under its first-level division too ("Syria · Homs Governorate"), so that no heading
 * holds more names than a reader scans at a glance. One heading string per group: a country's divisions sort
 * together after it, and a heading reads the same in the filter list and on the timeline.
 */
import type { DataIndex } from './dataIndex.ts';

/**
 * From this many places on, a country's places group by first-level division. Below it a country is one short
 * list (the seed data's Syria has a handful of places); above it, as in the generated corpus (over a hundred
 * Syrian places), one heading would hide a screenful of names.
 */
export const DIVIDE_COUNTRY_FROM = 15;

/** Between a country and its division in a heading. */
export const DIVISION_SEPARATOR = ' · ';

export interface PlaceGroup {
  /** The heading: the country, or country and division; null for a place of no known country. */
  readonly name: string | null;
  readonly country: string | null;
  /** The first-level division, when the country is divided and the place names one. */
  readonly division: string | null;
}

/**
 * The group of each place of the index (parallel to `index.places`). A place in a divided country that names no
 * division (the country itself, "northern Syria") stays under the country's own heading.
 */
export function placeGroups(
  index: Pick<DataIndex, 'places' | 'placeCountries' | 'placeAdmin1'>,
  divideFrom = DIVIDE_COUNTRY_FROM,
): PlaceGroup[] {
  const perCountry = new Map<string, number>();
  for (const c of index.placeCountries) if (c !== null) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
  return index.places.map((_, p) => {
    const country = index.placeCountries[p] ?? null;
    if (country === null) return { name: null, country: null, division: null };
    const admin1 = index.placeAdmin1[p] ?? null;
    const divided = (perCountry.get(country) ?? 0) >= divideFrom && admin1 !== null && admin1 !== country;
    return divided
      ? { name: `${country}${DIVISION_SEPARATOR}${admin1}`, country, division: admin1 }
      : { name: country, country, division: null };
  });
}
