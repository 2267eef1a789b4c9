/**
 * "The capital" and "the country" name a place without naming it: wire copy about one country says "a state of
 * emergency in the capital" and "moved its troops out of the country", and a reader knows which. They stand for
 * the country the article is about (the one whose places it names most, when one leads) and for its capital; "Mali's
 * capital" for the capital of the country named. Only the bare phrase: a name after it ("the capital Kinshasa",
 * "the capital, Sanaa") or an "of" ("the capital of Gezira state") names the place itself, and "the country's"
 * is a possessive ("the country's largest rebel group"), no scene.
 */
import type { PlaceMention, Span } from '../types.ts';
import { placeAt, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { placeLocation } from './placeLocation.ts';
import type { PlaceContext } from './placeContext.ts';
import { aliasShape } from './trieMatcher.ts';

// prettier-ignore
/**
 * Group 1: a possessive name before "capital" ("Mali's"); group 2: the noun. Not followed by "of", by a name
 * (with or without a comma), nor, for "country", by a possessive.
 */
const FOCUS_NOUN =
  /(?:\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['\u2019]s\s+|\bthe\s+)(capital(?:\s+city)?|country)\b(?!\s+(?:of|city)\b)(?!,?\s+\p{Lu})(?!['\u2019]s)/gu;

/** "the capital", "Mali's capital", "the country": the text of a mention made here, not a name the text gives. */
const FOCUS_MENTION = /^(?:the\s+(?:capital|country)|.+['\u2019]s\s+capital)/iu;

/**
 * Whether a place mention is one of these phrases: no name the writer chose, so a named place of the same scale
 * outranks it, and a later "the city" does not refer back to it.
 */
export function isFocusNoun(mention: { readonly text: string }): boolean {
  return FOCUS_MENTION.test(mention.text);
}

/** The place `name` of `country` that `keep` accepts, curated rows first, then the most populous of the world's. */
function placeNamed(
  lex: CompiledLexicon,
  name: string,
  keep: (p: CompiledPlace) => boolean,
): CompiledPlace | undefined {
  const curated = lex.places.find((p) => p.name === name && keep(p));
  if (curated !== undefined) return curated;
  const hit = lex.gazetteer.byKey.get(aliasShape(name).key);
  const targets = hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit;
  let best: CompiledPlace | undefined;
  for (const v of targets) {
    const p = placeAt(lex, v >= 0 ? v : ~v);
    if (p !== undefined && keep(p) && (best === undefined || p.population > best.population)) best = p;
  }
  return best;
}

/** The country row of `name`, when `name` is a country's. */
export function countryPlace(lex: CompiledLexicon, name: string): CompiledPlace | undefined {
  return placeNamed(lex, name, (p) => p.kind === 'country' && p.country === name);
}

/** The capital of the country `name` (its state's capital in the actors' lexicon), as a place of that country. */
export function capitalPlace(lex: CompiledLexicon, country: string): CompiledPlace | undefined {
  for (const capital of lex.capitals.get(country) ?? []) {
    const p = placeNamed(lex, capital, (c) => c.country === country && c.kind !== 'country' && c.kind !== 'province');
    if (p !== undefined) return p;
  }
  return undefined;
}

/** The country the article is about: the one whose places it names most, when one names more than any other. */
export function focusCountry(lex: CompiledLexicon, countries: PlaceContext): string | null {
  let best: [string, number] | null = null;
  let second = 0;
  for (const [name, n] of countries) {
    if (countryPlace(lex, name) === undefined) continue;
    if (best === null || n > best[1]) {
      second = best?.[1] ?? 0;
      best = [name, n];
    } else if (n > second) second = n;
  }
  return best !== null && best[1] > second ? best[0] : null;
}

/**
 * The places "the capital", "the country" and "<Country>'s capital" stand for in `text[span]`. `focus` gives the
 * country the article is about (asked only when a phrase needs it).
 */
export function focusNounPlaces(
  lex: CompiledLexicon,
  text: string,
  span: Span,
  focus: () => string | null,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(FOCUS_NOUN)) {
    const named = m[1];
    const noun = (m[2] as string).toLowerCase();
    if (named !== undefined && noun === 'country') continue;
    const country = named !== undefined ? (countryPlace(lex, named)?.country ?? null) : focus();
    if (country === null) continue;
    const p = noun === 'country' ? countryPlace(lex, country) : capitalPlace(lex, country);
    if (p === undefined) continue;
    const start = span.start + m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: text.slice(start, end), place: { ...placeLocation(p), kind: p.kind } });
  }
  return out;
}
