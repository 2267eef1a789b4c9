/**
 * A saved web page → the article's text and the metadata the page declares. The DOM comes from linkedom, the
 * article from @mozilla/readability (Firefox's Reader View: it scores the page's blocks and keeps the story,
 * leaving out navigation, menus, related links, comments and footers).
 *
 * Safe on untrusted pages by construction: linkedom builds a tree and nothing more. It runs no script, loads no
 * stylesheet, image or frame, and makes no request; Readability only reads and prunes that tree.
 *
 * Metadata, each from the first source that has it (the order publishers are most careful with):
 * - title: og:title, then <title>;
 * - publisher: og:site_name;
 * - url: <link rel="canonical">, then og:url;
 * - published: article:published_time, JSON-LD datePublished, the first <time datetime>, then a date in the
 *   url's path (/2023/04/14/).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Where a published value came from, for messages. */
export type PublishedSource = 'article:published_time' | 'JSON-LD datePublished' | '<time datetime>' | 'url path';

export interface HtmlPageFields {
  readonly title: string | null;
  readonly publisher: string | null;
  /** canonical, else og:url; null when the page declares neither. */
  readonly url: string | null;
  /** Every published value the page declares, in the order they are tried. */
  readonly published: readonly { readonly value: string; readonly source: PublishedSource }[];
}

export type HtmlPageResult =
  | { readonly ok: true; readonly text: string; readonly fields: HtmlPageFields }
  | { readonly ok: false; readonly reason: string };

/** Elements that start a new line in the text (as a browser lays them out); everything else is inline. */
// prettier-ignore
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);

/** Nodes of the DOM as this module uses them (linkedom's own types do not match lib.dom's). */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of an element as a reader sees it: runs of white space collapsed to one space, a line break after
 * each block and at <br>, a blank line between paragraphs. Written here because linkedom has no layout, hence no
 * innerText; textContent would run every paragraph into one line, and the sentence splitter and the app both
 * rely on the paragraph breaks. It only walks the DOM Readability kept; it never strips tags from markup.
 */
export function textOfElement(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function metaContent(doc: DomDocument, property: string): string | null {
  // Sites write both property= (Open Graph) and name= (older tags) for the same value.
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const value = el?.getAttribute('content')?.trim() ?? '';
  return value === '' ? null : value;
}

/** Every datePublished string in a JSON-LD value (objects, arrays, @graph), depth-first, bounded. */
function datePublishedIn(value: unknown, depth = 0): string | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = datePublishedIn(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string' && record.datePublished.trim() !== '') return record.datePublished;
  for (const child of Object.values(record)) {
    const found = datePublishedIn(child, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function jsonLdDatePublished(doc: DomDocument): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = datePublishedIn(JSON.parse(script.textContent ?? ''));
      if (found !== null) return found;
    } catch {
      // A broken JSON-LD block is common (trailing commas, HTML entities); the other sources still count.
    }
  }
  return null;
}

/** "/2023/04/14/" or "/2023-04-14" in a url's path, as YYYY-MM-DD (checked as a date by the caller). */
function datedPath(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|$)/.exec(path);
  return m === null ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

function readFields(doc: DomDocument): HtmlPageFields {
  const titleText = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? '';
  const url = canonical !== '' ? canonical : metaContent(doc, 'og:url');
  const published: { value: string; source: PublishedSource }[] = [];
  const add = (value: string | null | undefined, source: PublishedSource): void => {
    const trimmed = value?.trim() ?? '';
    if (trimmed !== '') published.push({ value: trimmed, source });
  };
  add(metaContent(doc, 'article:published_time'), 'article:published_time');
  add(jsonLdDatePublished(doc), 'JSON-LD datePublished');
  add(doc.querySelector('time[datetime]')?.getAttribute('datetime'), '<time datetime>');
  add(datedPath(url), 'url path');
  return {
    title: metaContent(doc, 'og:title') ?? (titleText === '' ? null : titleText),
    publisher: metaContent(doc, 'og:site_name'),
    url,
    published,
  };
}

export function readHtmlPage(html: string): HtmlPageResult {
  const { document } = parseHTML(html);
  const doc = document as unknown as DomDocument;
  // Metadata first: Readability prunes the document it is given.
  const fields = readFields(doc);
  const article = new Readability(document as unknown as Document, {
    serializer: (node: Node) => node,
    // A short news item is still an article; the default (500 characters) sends short pages to a fallback.
    charThreshold: 200,
  }).parse();
  const content = article?.content;
  const text = content === null || content === undefined ? '' : textOfElement(content as unknown as DomNode);
  if (text === '') return { ok: false, reason: 'no article text found in the page' };
  return { ok: true, text, fields };
}
