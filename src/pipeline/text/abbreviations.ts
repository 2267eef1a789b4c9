/**
 * Words that are written with a period but never end a sentence: titles and ranks before a name ("Gen. Kurilla",
 * "Sgt. Smith", "St. Petersburg"). Lowercase, without the period. Month abbreviations are not listed: "Dec. 27" is
 * kept together by the rule that a period followed by a digit or a lowercase word does not end a sentence, and
 * "in Dec. The next day" may end one.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'pres', 'gov', 'sen', 'rep', 'amb', 'sec', 'gen', 'lt', 'col',
  'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'pfc', 'spc', 'insp', 'supt', 'st',
  'mt', 'ft', 'sheikh', 'messrs', 'no', 'nos', 'vol', 'art', 'approx', 'ca', 'cf', 'vs', 'ed', 'fig',
]);

/**
 * Words that usually open a sentence. After a dotted acronym ("U.S.", "a.m.") a capitalised word is normally the
 * rest of a name ("U.S. Central Command"), but one of these marks a new sentence ("… attacked the U.S. The …").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'after', 'before', 'since', 'when', 'while', 'his',
  'her', 'their', 'its', 'our', 'some', 'many', 'both', 'as', 'if', 'according', 'earlier', 'later', 'last',
]);
