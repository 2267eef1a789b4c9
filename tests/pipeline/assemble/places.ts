/** Helpers for the tests of where an event is placed. */
import { assembleArticle } from '../../../src/pipeline/assemble/assembleArticle.ts';
import { bindLexiconStages } from '../../../src/pipeline/config.ts';
import { articleDocument } from '../../../src/pipeline/text/articleDocument.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import type { PlaceMention, Span } from '../../../src/pipeline/types.ts';
import { lexicon } from '../lexicon/lexicon.ts';

/** A place mention of `name` at `span` (the start of the text when none is given), at no particular point. */
export function placeMention(
  name: string,
  kind: PlaceMention['place']['kind'] = 'city',
  span: Span = { start: 0, end: name.length },
): PlaceMention {
  return {
    ...span,
    text: name,
    place: { name, kind, lat: 0, lon: 0, country: 'X', countryCode: null, admin1: null },
  };
}

/** The place of each event the real stages read from `text`, published on `published`. */
export function placesOf(text: string, published = '2016-10-20'): (string | null)[] {
  const events = assembleArticle(
    {
      article: { id: 't', title: null, publisher: null, url: null, published, text },
      reference: { date: published, basis: 'published' },
      sentences: splitSentences(text),
    },
    bindLexiconStages(lexicon())(articleDocument(text, splitSentences(text))),
  );
  return events.map((e) => e.location?.name ?? null);
}
