/**
 * Bare years, year adjectives and year spans, which chrono's English parsers leave alone: "in 2019", "the 2014
 * annexation", "since 2011", "mid-2014", "2013-14", "the 1990s". A four-digit number is a year only when its
 * neighbours say so: counts ("some 2000 troops"), amounts ("$2015"), labels ("Resolution 2254", "Route 2020"),
 * clock times ("2100 hours") and parts of longer numbers ("12,2014", "2014.5") are not.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { withImpliedStart } from './impliedStart.ts';

// prettier-ignore
const PATTERN = /\b(?:(early|mid|late)[\s-]+)?((?:18|19|20)\d\d)(?:(s)\b|(?:\s*[-–]\s*((?:18|19|20)?\d\d))?\b)/i;
const PREFIX_GROUP = 1;
const YEAR_GROUP = 2;
const DECADE_GROUP = 3;
const SPAN_END_GROUP = 4;

/** Words before a number that make it a count. */
const QUANTIFIER_BEFORE =
  /\b(?:some|about|around|approximately|nearly|almost|over|than|least|estimated|roughly|up\s+to|only|just|total\s+of|another|additional|extra|all|those|these|(?:rose|risen|climbed|increased|fell|dropped|reached|totall?ed|numbered)(?:\s+to)?)\s+$/i;
/** Words before a number that make it a label or a measure. */
const LABEL_BEFORE =
  /\b(?:no\.?|nos\.?|number|route|highway|road|flight|resolution|article|room|unit|code|model|page|pages|chapter|section|item|line|hill|point|grid|elevation|altitude|height|kilometer|kilometre|km|mile|battalion|brigade|division|regiment|squadron|at)\s*$/i;
// prettier-ignore
const COUNT_NOUN_AFTER = /^\s+(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|fighters|civilians|men|women|children|militants|families|refugees|residents|members|rockets|missiles|shells|airstrikes|strikes|sorties|dollars|euros|pounds|km|kilometers|kilometres|miles|meters|metres|tons|tonnes|feet|hours|hrs|gmt|utc|barrels|homes|houses|buildings|vehicles|tanks|cases|deaths|casualties|prisoners|detainees|students|workers|police|policemen|officers|personnel|times|votes|jihadists|insurgents|rebels|recruits|volunteers|guards|villagers|households|displaced|dead|wounded|killed|injured)\b/i;
// Capitalised words that may stand right before a year ("In 2014", "Since 2011", "Summer 2015").
// prettier-ignore
const CAPITALISED_OK = new Set([
  'in', 'since', 'by', 'the', 'from', 'until', 'till', 'during', 'before', 'after', 'early', 'late', 'mid', 'between',
  'of', 'and', 'or', 'to', 'through', 'throughout', 'around', 'about', 'circa', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'as', 'for', 'at', 'on', 'back', 'also', 'then', 'but', 'only', 'not', 'with', 'its', 'their', 'his',
  'her', 'a', 'an', 'that', 'this', 'following', 'when', 'while',
]);

/** A preposition that introduces a time: "in 2014 rebels took the town" is a year, not 2014 rebels. */
const TEMPORAL_PREPOSITION_BEFORE = /\b(?:in|since|until|till|during|before|after|from|by|through)\s+$/i;

function isCount(text: string, start: number, end: number, year: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (QUANTIFIER_BEFORE.test(before) || LABEL_BEFORE.test(before)) return true;
  if (TEMPORAL_PREPOSITION_BEFORE.test(before)) return false;
  if (COUNT_NOUN_AFTER.test(after)) return true;
  // A round number followed by a plural noun is a count ("2000 rockets"): "the 2014 elections" is not round.
  return year % 100 === 0 && /^\s+[a-z]+s\b/.test(after);
}

function isLabelledByName(text: string, start: number): boolean {
  const m = /([A-Za-z][\w.'’-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const word = m[1]!;
  const sentenceStart = /(?:^|[.!?:]\s+)$/.test(text.slice(0, start - m[0].length));
  return /^[A-Z]/.test(word) && !CAPITALISED_OK.has(word.toLowerCase()) && !sentenceStart;
}

export function createYearParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const text = context.text;
      const index = match.index ?? 0;
      const end = index + match[0].length;
      const yearText = match[YEAR_GROUP]!;
      const yearStart = index + match[0].indexOf(yearText);
      const year = Number(yearText);
      const prev = text[index - 1] ?? '';
      const next = text.slice(end, end + 2);
      // Part of a longer number, an amount or an identifier: "$2015", "1,2014", "MQ-2015", "2014.5", "2014%".
      if (/[$€£#.,:/\-\w]/.test(prev) || /^(?:[.,:/]\d|%|-\w|[A-Za-z\d])/.test(next)) return null;
      if (isCount(text, yearStart, end, year) || isLabelledByName(text, index)) return null;
      const result = context.createParsingResult(index, match[0], { year });
      if (match[DECADE_GROUP]) {
        if (year % 10 !== 0) return null;
        result.end = context.createParsingComponents({ year: year + 9 });
        result.addTag('dates/decade');
      } else if (match[SPAN_END_GROUP]) {
        const endText = match[SPAN_END_GROUP];
        const endYear = endText.length === 2 ? Math.floor(year / 100) * 100 + Number(endText) : Number(endText);
        if (endYear <= year || endYear - year > 30) return null;
        result.end = context.createParsingComponents({ year: endYear });
        result.addTag('dates/yearSpan');
      }
      if (match[PREFIX_GROUP]) result.addTag(`dates/yearPart:${match[PREFIX_GROUP].toLowerCase()}`);
      return withImpliedStart(result).addTag('dates/year');
    },
  };
}
