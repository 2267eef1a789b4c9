/**
 * Place mentions in a span of text: the curated places and the world gazetteer's, each name read as a place only
 * where the text supports it (placeReading.ts), and same-named places (Sinjar in Iraq and in Syria; Georgia the
 * country and the US state) resolved from context: the countries and provinces the sentence names (directly, or
 * through places that are not ambiguous), then those of the whole article, then a country before anything else,
 * then the larger place.
 */
import type { PlaceMention, Span } from '../types.ts';
import { ACTOR_TAG, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { describesSomeoneElse, insideLonger } from './findActors.ts';
import {
  articleContextOf,
  contextOf,
  scansFor,
  tokensFor,
  type ArticleContext,
  type ArticleSlot,
  type PlaceContext,
} from './placeContext.ts';
import { candidatesOf, placeMatchesAt, type PlaceMatch } from './placeScan.ts';
import {
  continuesAsName,
  cueAround,
  focusOf,
  isCommonWord,
  namesInstitution,
  namesPerson,
  namesWeapon,
  PROMINENT_POPULATION,
  readsAsPlace,
  writesOwnName,
} from './placeReading.ts';
import { townOfBuilding } from './placeBuilding.ts';
import { namesOutlet, namesStreet } from './placeInLongerName.ts';
import { placeLocation } from './placeLocation.ts';
import { focusCountry, focusNounPlaces } from './placeFocusNouns.ts';
import type { Token } from './tokens.ts';
import { wordNamedPlaceAt } from './placeWordNamed.ts';
import {
  articleCuedNames,
  containerOf,
  landformRun,
  nameRunAt,
  unlistedPlaces,
  type NameRun,
} from './placeUnlisted.ts';
import { matchRange, scanTokens, type TrieMatch } from './trieMatcher.ts';

/** Weights of the context clues: a clue in the same sentence outweighs any number of article-level ones. */
const SENTENCE_WEIGHT = 100;
const ARTICLE_WEIGHT = 1;
/** Without clues, a country before anything of the same name ("Georgia", not the US state). */
const KIND_RANK: Readonly<Record<string, number>> = { country: 1 };

function score(p: CompiledPlace, sentence: PlaceContext, article: PlaceContext): number {
  const clue = (ctx: PlaceContext): number =>
    (p.country === null ? 0 : (ctx.get(p.country) ?? 0)) + (p.province === null ? 0 : (ctx.get(p.province) ?? 0));
  return clue(sentence) * SENTENCE_WEIGHT + clue(article) * ARTICLE_WEIGHT;
}

/**
 * Place mentions inside span, in text order, non-overlapping. `article` (the whole article text, or its
 * `articleContext` to compute that context once per article) lets a name that the sentence leaves ambiguous be
 * resolved from the rest of the article, and gives the focus that a small or word-like gazetteer name needs.
 */
export function findPlaces(
  lex: CompiledLexicon,
  text: string,
  span: Span,
  article?: string | ArticleContext,
): PlaceMention[] {
  const tokens = tokensFor(text, span, article);
  // Names inside a longer actor name are part of it: "Islamic State of Iraq and the Levant" is no place.
  const scans = scansFor(lex, article, tokens);
  const { actors } = scans;
  const free = (first: number, last: number): boolean =>
    !insideLonger(actors, first, last) && !describesSomeoneElse(lex, text, tokens, last);
  // One entry filter for the whole span, not a closure per word: the loop below asks at every word.
  const freeEntry = (_e: unknown, first: number, last: number): boolean => free(first, last);
  // Context is only needed for an ambiguous or gazetteer name: computed on the first one.
  let clues: { sentence: PlaceContext; article: PlaceContext } | null = null;
  const cluesNow = (): { sentence: PlaceContext; article: PlaceContext } => {
    clues ??= {
      sentence: contextOf(lex, tokens, scanTokens(lex.placeMatcher, tokens, freeEntry)),
      article: articleContextOf(lex, article),
    };
    return clues;
  };
  const out: PlaceMention[] = [];
  // Capitalised names no place was read at: the candidates of placeUnlisted.ts.
  const unread: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i);
    const matches = placeMatchesAt(lex, tokens, i, freeEntry, free);
    // "Mocímboa da Praia": a particle binds a longer name than the lexicon knows; no shorter place inside it.
    if (run !== null && run.particle && matches.every((m) => m.last < run.last)) {
      unread.push(run);
      i = run.last;
      continue;
    }
    // "the Argun Gorge", "Stockton Creek", "the Qandil mountains": a landform the lexicon lacks, not the town
    // that shares its first word (placeUnlisted.ts reads it).
    const landform = run === null ? null : landformRun(tokens, run);
    if (
      landform !== null &&
      !namesCountry(lex, tokens, landform) &&
      matches.every((m) => m.last < landform.last && onlyTowns(lex, m))
    ) {
      unread.push(landform);
      i = landform.last;
      continue;
    }
    let chosen: { m: PlaceMatch; p: CompiledPlace } | null = null;
    for (const m of matches) {
      chosen = choose(lex, text, tokens, m, cluesNow);
      if (chosen !== null) break;
    }
    if (chosen === null && matches.length === 0) {
      const t = tokens[i] as Token;
      const word = wordNamedPlaceAt(lex, text, t, () => cueAround(lex.gazetteer, text, tokens, i, i), cluesNow);
      if (word !== null)
        chosen = { m: { first: i, last: i, curated: [], gazetteer: [], alternates: new Set() }, p: word };
    }
    if (chosen === null) {
      // No listed place read here ("the town of Shire" in Ethiopia is none of the gazetteer's Shires).
      if (run !== null) unread.push(run);
      continue;
    }
    const { m } = chosen;
    // "the al-Nuri mosque" happened in Mosul: a building is reported at its town.
    const p = townOfBuilding(lex, chosen.p) ?? chosen.p;
    const range = matchRange(text, tokens, { first: m.first, last: m.last, entries: [] }, span.end);
    const part = p.kind === 'country' ? compassPart(text, range.start, span.start) : null;
    const start = part === null ? range.start : part.start;
    out.push({
      start,
      end: range.end,
      text: text.slice(start, range.end),
      place: { ...placeLocation(p, part?.word), kind: part === null ? p.kind : 'region' },
    });
    i = m.last;
  }
  // "in the capital", "out of the country", "Mali's capital": the article's country and its capital. The
  // phrase holds the name it qualifies ("Mali's"): that mention gives way.
  const focusNouns = focusNounPlaces(lex, text, span, () => articleFocus(lex, article));
  for (const f of focusNouns) {
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k] as PlaceMention;
      if (o.start >= f.start && o.end <= f.end) out.splice(k, 1);
    }
    out.push(f);
  }
  if (focusNouns.length > 0) out.sort((a, b) => a.start - b.start);
  if (unread.length === 0) return out;
  // Tokens no unlisted place may take: those of the places read above, and of actors' names and adjectives
  // ("Kurdish villages", "the Nigerian town of", "Hamas"). Marked once, on the first cued name, so that the
  // check stays linear.
  let taken: Uint8Array | null = null;
  const takenTokens = (): Uint8Array => {
    if (taken !== null) return taken;
    const marks = new Uint8Array(tokens.length);
    for (const a of scans.actorsAndQualifiers) if (!spelledOtherwise(tokens, a)) marks.fill(1, a.first, a.last + 1);
    for (let k = 0, j = 0; k < tokens.length && j < out.length; k++) {
      const t = tokens[k] as Token;
      while (j < out.length && (out[j] as PlaceMention).end <= t.start) j++;
      const place = out[j];
      if (place !== undefined && place.start < t.end) marks[k] = 1;
    }
    taken = marks;
    return marks;
  };
  const known = out.slice();
  // The names the article cues as places: computed on the first unlisted name that needs them, once per call.
  let cued: ReadonlySet<string> | null = null;
  const unlisted = unlistedPlaces(
    lex,
    text,
    tokens,
    unread,
    known,
    (first, last) =>
      takenTokens()
        .subarray(first, last + 1)
        .every((v) => v === 0),
    () => containerOf(lex, known, cluesNow().sentence, cluesNow().article),
    () => (cued ??= articleCuedNames(lex, article)),
  );
  return unlisted.length === 0 ? out : [...out, ...unlisted].sort((a, b) => a.start - b.start);
}

/** A match that names only populated places of the world gazetteer: no curated row, country or division. */
function onlyTowns(lex: CompiledLexicon, m: PlaceMatch): boolean {
  return m.curated.length === 0 && candidatesOf(lex, m).every((c) => c.p.kind === 'city' || c.p.kind === 'town');
}

/** "Mount Lebanon": a country's name inside the run is left to the readers of countries and actors. */
function namesCountry(lex: CompiledLexicon, tokens: readonly Token[], run: NameRun): boolean {
  for (let k = run.first; k <= run.last; k++) if (lex.gazetteer.countryKeys.has((tokens[k] as Token).key)) return true;
  return false;
}

/**
 * An actor's adjective that the text spells otherwise, met only through the spelling key ("Katari" is keyed as
 * "Qatari"): a village's name, not Qatar's adjective, so it does not keep an unlisted place from being read.
 */
function spelledOtherwise(tokens: readonly Token[], m: TrieMatch): boolean {
  if (!m.entries.every((e) => e.tag === ACTOR_TAG.qualifier)) return false;
  let written = '';
  for (let k = m.first; k <= m.last; k++) {
    const t = tokens[k] as Token;
    if (!t.article) written += t.letters.toLowerCase();
  }
  return m.entries.every((e) => e.letters.toLowerCase() !== written);
}

/** The article's country, computed once per article (see placeFocusNouns.ts). */
const FOCUS_COUNTRY: ArticleSlot<string | null> = {
  what: 'the country the article is about',
  compute: (lex, article) => focusCountry(lex, article.places()),
};

function articleFocus(lex: CompiledLexicon, article: string | ArticleContext | undefined): string | null {
  if (article === undefined) return null;
  return typeof article === 'object' ? article.once(FOCUS_COUNTRY) : focusCountry(lex, articleContextOf(lex, article));
}

/**
 * "southern Lebanon", "Northeastern Nigeria", "south-western Rwanda", "central Mali": a compass adjective right
 * before a country name (British copy hyphenates the intermediate points).
 */
const COMPASS_BEFORE = /\b((?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)[ \u00a0]$/i;

/**
 * The part of a country a compass adjective names ("southern Lebanon"): a region of its own, which news reports
 * as the scene, finer than the country. Drawn at the country's point (no row gives the part's own). Curated rows
 * ("eastern Syria") match as one name before this is asked.
 */
function compassPart(text: string, start: number, spanStart: number): { start: number; word: string } | null {
  const found = COMPASS_BEFORE.exec(text.slice(Math.max(spanStart, start - 15), start));
  if (found === null) return null;
  const word = (found[1] as string).toLowerCase();
  return { start: start - (found[0] as string).length, word };
}

/** ", also in Sagaing", ", in the north of Borno state": what follows a name says where it lies. */
const APPOSITION_AFTER = /^,\s+(?:also\s+|just\s+)?in\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;

/**
 * The countries of the place a name is put in by apposition right after it ("Kani, also in Sagaing" → Myanmar),
 * or none when no apposition follows. A reader takes the same-named place in that country.
 */
function apposedCountries(lex: CompiledLexicon, text: string, tokens: readonly Token[], last: number): Set<string> {
  const countries = new Set<string>();
  const tail = tokens[last];
  if (tail === undefined || text[tail.end] !== ',') return countries;
  for (let k = last + 1; k <= last + 5 && k < tokens.length; k++) {
    if (!APPOSITION_AFTER.test(text.slice(tail.end, (tokens[k] as Token).start))) continue;
    for (const m of placeMatchesAt(
      lex,
      tokens,
      k,
      () => true,
      () => true,
    ))
      for (const c of candidatesOf(lex, m)) if (c.p.country !== null) countries.add(c.p.country);
    return countries;
  }
  return countries;
}

/** An opening quote, with the space before it: what stands between a first name and a nickname. */
const OPENING_QUOTE = /^\s*["\u201c]$/u;
const CLOSING_QUOTE = /^["\u201d]\s+$/u;

/**
 * Ismael "El Mayo" Zambada, Joaquín "El Chapo" Guzmán: a name in quotes between two capitalised words (no
 * country, no everyday word before it) is a person's nickname, not a place (rule 1 of placeReading.ts, for the quoted middle of a name).
 */
function nickname(
  g: CompiledLexicon['gazetteer'],
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  let head = first;
  while (head > 0 && tokens[head - 1]?.article === true) head -= 1;
  // The article of "El Mayo" may stand inside the quotes, before the match.
  const open = tokens[head] as Token;
  const given = tokens[head - 1];
  const tail = tokens[last] as Token;
  const after = tokens[last + 1];
  if (given === undefined || after === undefined || !after.capitalized || !given.capitalized) return false;
  // A given name the lists lack ("Ismael") is still a name; a country before the quote is no given name.
  if (g.countryKeys.has(given.key) || g.commonWords.has(given.letters.toLowerCase())) return false;
  return OPENING_QUOTE.test(text.slice(given.end, open.start)) && CLOSING_QUOTE.test(text.slice(tail.end, after.start));
}

/**
 * The place a match names, or null when it is read as no place: a person's name (placeReading.ts rule 1), or
 * gazetteer places the text does not support (rules 2-5). Among the rest: the context clues, then a country
 * before anything else, then the larger place.
 */
function choose(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  m: PlaceMatch,
  clues: () => { sentence: PlaceContext; article: PlaceContext },
): { m: PlaceMatch; p: CompiledPlace } | null {
  const g = lex.gazetteer;
  if (namesPerson(g, tokens, m.first, m.last) || nickname(g, text, tokens, m.first, m.last)) return null;
  // "(Lagoon Press)", "the Kyiv Post", "Tarata street": an outlet's or a street's name, not a place
  // (placeInLongerName.ts).
  if (namesOutlet(tokens, m.last) || namesStreet(tokens, m.last)) return null;
  let candidates = candidatesOf(lex, m);
  // "Tomahawk missiles": a world gazetteer town named like a weapon is the weapon (rule 4).
  if (namesWeapon(tokens, m.last)) candidates = candidates.filter((c) => !c.p.gazetteer || c.p.kind === 'country');
  // "Supreme Leader", "Supreme Court": a small town named like the first word of an office is that word (rule 1),
  // unless the writer says it is a place ("the town of Supreme").
  if (namesInstitution(tokens, m.last) && cueAround(g, text, tokens, m.first, m.last) !== 'strong')
    candidates = candidates.filter(
      (c) =>
        !c.p.gazetteer || c.p.kind === 'country' || c.p.kind === 'province' || c.p.population >= PROMINENT_POPULATION,
    );
  if (candidates.some((c) => c.p.gazetteer)) {
    const { sentence, article } = clues();
    const word = isCommonWord(g, tokens, m.first, m.last);
    const cue = cueAround(g, text, tokens, m.first, m.last);
    const continued = continuesAsName(g, tokens, m.last);
    candidates = candidates.filter(
      (c) =>
        !c.p.gazetteer ||
        readsAsPlace(c.p, {
          word,
          alternate: c.alternate || !writesOwnName(c.p, tokens, m.first, m.last),
          cue,
          focus: focusOf(c.p, sentence, article),
          continued,
        }),
    );
  }
  // "near Kani, also in Sagaing": the Kani in Sagaing, not a larger Kani abroad (else an unlisted Kani there).
  const apposed = apposedCountries(lex, text, tokens, m.last);
  if (apposed.size > 0)
    candidates = candidates.filter((c) => c.p.kind === 'country' || (c.p.country !== null && apposed.has(c.p.country)));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { m, p: (candidates[0] as { p: CompiledPlace }).p };
  const { sentence, article } = clues();
  const ranked = candidates
    .map((c) => ({ ...c, s: score(c.p, sentence, article) }))
    .sort(
      (a, b) =>
        b.s - a.s ||
        (KIND_RANK[b.p.kind] ?? 0) - (KIND_RANK[a.p.kind] ?? 0) ||
        b.p.population - a.p.population ||
        a.t - b.t,
    );
  const best = ranked[0];
  return best === undefined ? null : { m, p: best.p };
}
