/**
 * Readable names for an article whose front matter gave no title or publisher: a raw file id
 * ("002_5a0c258bb374c638") and "Unknown publisher" tell a reader nothing. Pure; the source panel and the
 * date-conflict note use the same names.
 */
import type { ArticleEntry } from '../../../model/index.ts';
import { formatDateString } from '../formatDate.ts';

/** A word of at least three letters: what separates a slug ("palmyra-falls") from a hash or a number. */
const WORD = /\p{L}{3,}/u;
/** A date at the start of a slug ("2015-05-20-", "20150520_"): says when, not what. */
const LEADING_DATE = /^\d{4}[-_ ]?\d{2}[-_ ]?\d{2}[-_ ]*/;

/** "reuters/2015-05-20-palmyra-falls" → "Palmyra falls"; null when the id's last part has no words (a hash). */
export function nameFromId(id: string): string | null {
  const last = id.split('/').pop() ?? '';
  const words = last
    .replace(LEADING_DATE, '')
    .split(/[-_ .]+/)
    // Hex runs and numbers are file-system noise, not words of a title.
    .filter((w) => w !== '' && WORD.test(w) && !/^[0-9a-f]{8,}$/i.test(w));
  if (words.length === 0) return null;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The article's title, or a name made from its id, or what is known: "Untitled article, published 9 Jul 2023". */
export function articleTitle(a: ArticleEntry): { readonly text: string; readonly given: boolean } {
  const title = a.title?.trim();
  if (title !== undefined && title !== '') return { text: title, given: true };
  const fromId = nameFromId(a.id);
  if (fromId !== null) return { text: fromId, given: false };
  return {
    text: a.published === null ? 'Untitled article' : `Untitled article, published ${formatDateString(a.published)}`,
    given: false,
  };
}

/** The publisher, or the site the URL points to ("reuters.com"), or a plain statement that none was given. */
export function articlePublisher(a: ArticleEntry): string {
  const publisher = a.publisher?.trim();
  if (publisher !== undefined && publisher !== '') return publisher;
  if (a.url !== null) {
    try {
      return new URL(a.url).host.replace(/^www\./, '');
    } catch {
      // not a URL after all: fall through
    }
  }
  return 'Publisher not given';
}
