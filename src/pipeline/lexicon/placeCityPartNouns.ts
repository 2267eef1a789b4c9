/**
 * Nouns that name a part of a city after its name: "the Maré complex", "the Rocinha favela", "the Kibera slum",
 * "the Achrafieh quarter", "the Mpila neighbourhood". Such a name is a place the writer cues (placeUnlisted.ts),
 * and the event is reported at the city it is part of (assemble/placeCityPart.ts): the gold conventions keep the
 * town, not a district of it. "District" is not among them: it is also a division of a province ("Dantewada
 * district").
 */
export const CITY_PART_NOUNS: readonly string[] = [
  'complex',
  'favela',
  'slum',
  'shantytown',
  'neighbourhood',
  'neighborhood',
  'quarter',
];

/** " complex", " favela complex", " neighbourhood": a city-part noun right after a name (one word may stand between). */
export const CITY_PART_AFTER = new RegExp(
  `^[ \\u00a0](?:[\\p{Ll}]+[ \\u00a0])?(?:${CITY_PART_NOUNS.join('|')})\\b`,
  'u',
);
