/**
 * Acronyms an article defines: "the Rapid Support Forces (RSF)", "the Tigray Defence Forces (TDF)". A reader takes
 * the acronym as that actor for the rest of the article, whether or not the lexicon knows it, so "TDF fighters"
 * three paragraphs later are the Tigray Defence Forces.
 */
import type { ActorKind } from './schema.ts';
import type { KindedMention } from './genericReferences.ts';

/** "(RSF)", "( TDF )", "(M23)": capitals and digits, two to eight characters, with a capital first. */
const DEFINITION = /^\s*\(\s*([A-Z][A-Z0-9]{1,7})\s*\)/;
/** Words whose initial an acronym may skip: "Forces for the Defence of Democracy". */
const SKIPPED = new Set(['of', 'for', 'the', 'and', 'in', 'al', 'el', 'wal', 'de', 'du', 'des', 'la', 'le']);

export interface DefinedActor {
  readonly actor: string;
  readonly kind: ActorKind;
}

/**
 * Whether `acronym` abbreviates `name`: its letters are the initials of the name's words, in order, starting with
 * the first ("Jama'at Nusrat al-Islam wal-Muslimin" → JNIM; "Sudan People's Liberation Movement" → SPLM); words
 * like "of" and "al" may be skipped, and digits stand for themselves.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const words = name.split(/[\s\u00a0\-\u2010\u2011/]+/u).filter((w) => w !== '');
  const initials = words.map((w) =>
    /^\d/.test(w)
      ? w
      : w
          .replace(/^['\u2019]/u, '')
          .charAt(0)
          .toUpperCase(),
  );
  const skippable = words.map((w) => SKIPPED.has(w.toLowerCase()));
  const letters = acronym.toUpperCase();
  // Match letters against initials in order; a skippable word may be left out, every other must be used.
  const fits = (a: number, w: number): boolean => {
    if (a === letters.length) return words.slice(w).every((_, k) => skippable[w + k] === true);
    if (w === words.length) return false;
    const initial = initials[w] ?? '';
    if (letters.startsWith(initial, a) && initial !== '' && fits(a + initial.length, w + 1)) return true;
    return skippable[w] === true && fits(a, w + 1);
  };
  return fits(0, 0);
}

/**
 * The acronyms `text` defines right after a named actor, by acronym: each named mention followed by "(XYZ)" whose
 * letters abbreviate the words of the mention. `named` are the article's actor mentions, in text order.
 */
export function definedAcronyms(
  text: string,
  named: readonly (KindedMention & { readonly end: number })[],
): ReadonlyMap<string, DefinedActor> {
  const out = new Map<string, DefinedActor>();
  for (const m of named) {
    const def = DEFINITION.exec(text.slice(m.end, m.end + 16));
    const acronym = def?.[1];
    if (acronym === undefined || out.has(acronym)) continue;
    if (abbreviates(acronym, text.slice(m.start, m.end))) out.set(acronym, { actor: m.actor, kind: m.kind });
  }
  return out;
}
