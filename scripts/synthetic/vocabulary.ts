/**
 * The names the synthetic corpus is written with: actors under their aliases and places under their spellings.
 * The real lexicon (data/lexicon/*.json, see lexiconVocabulary.ts) is preferred when present; this built-in list
 * is the fallback, so the generator also works on a checkout without a lexicon, and it is deliberately made of
 * the spellings newsrooms really use (AP, Reuters, AFP, regional outlets) so that a benchmark over it exercises
 * the same alias variety as real copy.
 */
export interface ActorName {
  /** Canonical name, as events.json writes it. */
  readonly canonical: string;
  /** Noun phrases that can stand as a sentence subject ("the Assad regime", "Daesh"). */
  readonly aliases: readonly string[];
}

export interface PlaceName {
  readonly canonical: string;
  readonly spellings: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
}

export interface Vocabulary {
  readonly actors: readonly ActorName[];
  readonly places: readonly PlaceName[];
  /** Where the names came from, for reports: "built-in" or the lexicon files read. */
  readonly origin: string;
}

export const BUILTIN_ACTORS: readonly ActorName[] = [
  {
    canonical: 'ISIS',
    aliases: ['ISIS', 'IS', 'ISIL', 'Daesh', 'Islamic State', 'the Islamic State group', 'Islamic State militants'],
  },
  {
    canonical: 'United States',
    aliases: ['the US', 'the U.S.', 'US forces', 'U.S. troops', 'American forces', 'the United States', 'Washington'],
  },
  {
    canonical: 'Syrian government',
    aliases: ['the Syrian army', 'the Assad regime', 'Syrian government forces', 'pro-government forces', 'Damascus'],
  },
  { canonical: 'Russia', aliases: ['Russia', 'Russian forces', 'Moscow', 'the Russian military'] },
  {
    canonical: 'US-led coalition',
    aliases: ['the US-led coalition', 'coalition forces', 'the international coalition'],
  },
  { canonical: 'SDF', aliases: ['the Syrian Democratic Forces', 'the SDF', 'Kurdish-led forces'] },
  { canonical: 'YPG', aliases: ['the YPG', "the People's Protection Units", 'Kurdish YPG fighters'] },
  { canonical: 'Iraqi government', aliases: ['Iraqi forces', 'the Iraqi army', 'Iraqi security forces', 'Baghdad'] },
  { canonical: 'Peshmerga', aliases: ['the Peshmerga', 'Kurdish peshmerga fighters', 'peshmerga forces'] },
  { canonical: 'Turkey', aliases: ['Turkey', 'Turkish forces', 'Ankara', 'the Turkish army'] },
  { canonical: 'Syrian rebels', aliases: ['rebels', 'the Free Syrian Army', 'the FSA', 'opposition fighters'] },
  {
    canonical: 'Hayat Tahrir al-Sham',
    aliases: ['Hayat Tahrir al-Sham', 'HTS', 'the Nusra Front', 'al-Nusra', 'Jabhat Fateh al-Sham'],
  },
  { canonical: 'Hezbollah', aliases: ['Hezbollah', 'Hizbollah', 'Hezbollah fighters'] },
  { canonical: 'Iran', aliases: ['Iran', 'Iranian-backed militias', 'Tehran'] },
  {
    canonical: 'Popular Mobilization Forces',
    aliases: ['the Popular Mobilization Forces', 'the PMF', 'Hashed al-Shaabi', 'Shiite militias'],
  },
];

export const BUILTIN_PLACES: readonly PlaceName[] = [
  {
    canonical: 'Deir ez-Zor',
    spellings: ['Deir ez-Zor', 'Deir el-Zour', 'Deir ez-Zour', 'Deir Ezzor', 'Dayr az-Zawr'],
    lat: 35.336,
    lon: 40.141,
    country: 'Syria',
  },
  {
    canonical: 'Kobani',
    spellings: ['Kobani', 'Kobane', 'Ain al-Arab', 'Ayn al-Arab'],
    lat: 36.891,
    lon: 38.354,
    country: 'Syria',
  },
  { canonical: 'Palmyra', spellings: ['Palmyra', 'Tadmur', 'Tadmor'], lat: 34.56, lon: 38.28, country: 'Syria' },
  {
    canonical: 'Raqqa',
    spellings: ['Raqqa', 'Raqqah', 'ar-Raqqah', 'Rakka'],
    lat: 35.959,
    lon: 39.008,
    country: 'Syria',
  },
  { canonical: 'Aleppo', spellings: ['Aleppo', 'Halab'], lat: 36.202, lon: 37.134, country: 'Syria' },
  { canonical: 'Idlib', spellings: ['Idlib', 'Idleb'], lat: 35.931, lon: 36.634, country: 'Syria' },
  { canonical: 'Homs', spellings: ['Homs', 'Hims'], lat: 34.732, lon: 36.714, country: 'Syria' },
  { canonical: 'Manbij', spellings: ['Manbij', 'Menbij', 'Membij'], lat: 36.528, lon: 37.955, country: 'Syria' },
  { canonical: 'Al-Bab', spellings: ['al-Bab', 'Al Bab'], lat: 36.371, lon: 37.516, country: 'Syria' },
  {
    canonical: 'Abu Kamal',
    spellings: ['Abu Kamal', 'Albu Kamal', 'Al-Bukamal'],
    lat: 34.45,
    lon: 40.919,
    country: 'Syria',
  },
  {
    canonical: 'Baghouz',
    spellings: ['Baghouz', 'al-Baghuz', 'Baghuz Fawqani'],
    lat: 34.46,
    lon: 40.94,
    country: 'Syria',
  },
  { canonical: 'Hasakah', spellings: ['Hasakah', 'al-Hasakah', 'Hassakeh'], lat: 36.5, lon: 40.75, country: 'Syria' },
  {
    canonical: 'Eastern Ghouta',
    spellings: ['Eastern Ghouta', 'East Ghouta'],
    lat: 33.53,
    lon: 36.38,
    country: 'Syria',
  },
  { canonical: 'Mosul', spellings: ['Mosul', 'Mossul', 'al-Mawsil'], lat: 36.34, lon: 43.13, country: 'Iraq' },
  { canonical: 'Fallujah', spellings: ['Fallujah', 'Falluja'], lat: 33.35, lon: 43.783, country: 'Iraq' },
  { canonical: 'Ramadi', spellings: ['Ramadi', 'Ar Ramadi'], lat: 33.426, lon: 43.299, country: 'Iraq' },
  { canonical: 'Tikrit', spellings: ['Tikrit'], lat: 34.6, lon: 43.683, country: 'Iraq' },
  { canonical: 'Kirkuk', spellings: ['Kirkuk', 'Kerkuk'], lat: 35.467, lon: 44.317, country: 'Iraq' },
  { canonical: 'Sinjar', spellings: ['Sinjar', 'Shingal'], lat: 36.321, lon: 41.877, country: 'Iraq' },
  { canonical: 'Tal Afar', spellings: ['Tal Afar', 'Tall Afar', 'Tel Afar'], lat: 36.379, lon: 42.45, country: 'Iraq' },
];

export const BUILTIN_VOCABULARY: Vocabulary = { actors: BUILTIN_ACTORS, places: BUILTIN_PLACES, origin: 'built-in' };
