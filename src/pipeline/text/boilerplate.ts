/**
 * Finds the parts of an article text that are page furniture rather than reporting: navigation, copyright and
 * disclaimer lines, photo credits, reader comments, headlines repeated in the body. They are returned as
 * EXCLUDED SPANS and never cut out, so every offset still indexes the text the app shows.
 *
 * The rules look at the shape and position of lines (a short line that is a known interface label, a line with
 * a copyright sign, numbered comments after the article's end), not at any one site's wording. Each rule is a
 * pure function over the lines; `BOILERPLATE_RULES` lists them in the order they run.
 */
import type { Span } from '../types.ts';
import { foldForComparison, linesOf, type Line } from './lines.ts';

export interface ExcludedSpan extends Span {
  /** Which rule excluded it and why, for debugging and the extractor's report. */
  readonly reason: string;
}

export interface BoilerplateInput {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The article's headline from its metadata, when known. */
  readonly title: string | null;
}

export type BoilerplateRule = (input: BoilerplateInput) => readonly ExcludedSpan[];

// prettier-ignore
/** Interface labels that fill a whole short line on news pages (buttons, section headers, link lists). */
const INTERFACE_LABEL = new RegExp(
  '^(?:skip to (?:the )?(?:main )?content|skip navigation|popular (?:videos?|stories|posts|now)|most (?:read|popular|viewed)' +
  '|advertisement|advertising|sponsored(?: content| links)?|related(?: articles| stories| posts| coverage| content)?' +
  '|read (?:more|next|full story)|more from .{1,40}|share(?: this)?(?: article| story| post)?(?: on \\w+)?' +
  '|(?:sign up|subscribe)(?: (?:now|today|for|to) .{0,50})?|follow us(?: on .{1,40})?|leave a (?:comment|reply)' +
  '|comments?|\\d+ comments?|comments are closed\\.?|view comments|show comments|click here.{0,60}|print|email|tweet' +
  '|load more|recommended(?: for you)?|trending(?: now| stories)?|you (?:may|might) also like|watch(?: now)?:?' +
  '|listen(?: to this article)?|back to top|top stories|latest news|breaking news|menu|search|close' +
  '|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|messenger|flipboard|copy link|copied|share via' +
  '|follow .{1,40} on (?:twitter|x|facebook|instagram|telegram)|(?:image|media) caption,?|image source.{0,60}' +
  '|published|updated|related topics|more on this story|more stories|related links|reply|report|like|load comments' +
  '|story continues below(?: advertisement)?|continue reading(?: the main story)?|click to .{1,60}|.{0,60}\\(opens in new window\\)' +
  '|print this (?:page|article)|email this (?:page|article)|topics|tags:.{0,80})$',
  'i',
);

/** Lines that mark the end of the article: what follows them on a page is footer or comments. */
const COPYRIGHT =
  /\u00A9|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+(?:\u00A9\s*)?\d{4}|all rights reserved|^image copyright\b/i;
/**
 * A site's copyright footer names a year or reserves rights; a photo credit ("© AFP", "Image copyright Reuters")
 * does neither, and may stand mid-article, so only the former starts the page's tail.
 */
const FOOTER_COPYRIGHT = /(?:\u00A9|copyright|\(c\)).{0,80}\b(?:19|20)\d{2}\b|all rights reserved/i;
const DISCLAIMER =
  /our standards:|trust principles|all content herein|expressed opinions are|not necessarily (?:reflect )?the views|policy notice|comment policy|privacy policy|terms of (?:use|service)|cookie (?:policy|settings)|editorial (?:standards|policy)|do not necessarily reflect/i;
const COMMENT_SECTION =
  /^(?:comments?|reply|comments are closed\.?|\d+ (?:comments?|responses?|replies)|(?:leave|post|add) a (?:comment|reply)|reader comments|join the discussion)$/i;
/**
 * "Sources: …", "Photo credit: …", "Image: Reuters", "(Reporting by …; Editing by …)", "This article originally
 * appeared on …", "Published: 12:00 BST, 3 June 2015 | Updated: …".
 */
const CREDIT_LINE =
  /^(?:(?:sources?|photo(?:graph)?(?: credits?)?|photos|images?(?: credits?)?|credits?|featured image|picture|via|related|read more|see also|also read|more)\s*:|\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b|(?:this (?:article|story) )?(?:was )?originally (?:published|appeared)\b|(?:getty images|afp photo|ap photo|reuters\/)\b)/i;
/** Timestamp lines of the page, not dates of events. */
const TIMESTAMP_LINE =
  /^(?:(?:published|updated|posted|last (?:updated|modified)|first published|date)(?:\s+(?:on|at))?\s*:|(?:published|updated|posted|last updated|last modified|first published)\s+(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[^.]*$)/i;
const CREDIT_ANYWHERE = /\b(?:photo|image) credits?\s*:/i;
/** A numbered reader comment: "1. John Z – I agree…", "12) Anna: …". */
const NUMBERED_ITEM = /^\d{1,3}[.)]\s+\S/;
/** A commenter's name with the comment's age: "Mark Evans 2 hours ago", "anna_k · 3 days ago". */
const COMMENT_BYLINE =
  /^[\p{L}\p{N}_.'-]+(?:\s+[\p{L}\p{N}_.'-]+){0,3}\s*[\u00B7|\u2022-]?\s*\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/u;
const NAMED_COMMENT = /^\d{1,3}[.)]\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}\s*[\u2013\u2014:-]\s/u;
/** A comment platform's header: "Maria says:", "2. truthseeker77 wrote:". */
const COMMENT_SAYS = /^(?:\d{1,3}[.)]\s+)?[\p{L}\p{N}_.'-]+(?:\s+[\p{L}\p{N}_.'-]+){0,3}\s+(?:says|wrote|commented):$/u;
/**
 * A commenter's header is a name and an age or "says:", a few words. Longer lines are never tested against the two
 * patterns above: on one long run of letters or digits their name words and `\d+` share the characters in
 * quadratically many ways (100,000 digits took seconds; tests/security/regexAdversarial.test.ts).
 */
const COMMENT_HEADER_MAX_LENGTH = 160;

/** Fraction of the text after which a footer marker is taken to start the page's tail. */
const TAIL_FROM = 0.5;

function lineSpan(line: Line, reason: string): ExcludedSpan {
  return { start: line.contentStart, end: line.contentEnd, reason };
}

function toEnd(input: BoilerplateInput, line: Line, reason: string): ExcludedSpan {
  return { start: line.contentStart, end: input.text.trimEnd().length, reason };
}

function inTail(input: BoilerplateInput, line: Line): boolean {
  return line.contentStart >= input.text.length * TAIL_FROM;
}

/**
 * Whether a line comes after the story's opening line. Comment threads only ever close a page, so their
 * markers start the tail wherever they stand after the first line, even when the thread is longer than the
 * story; copyright and disclaimer lines, which may also caption a photo, need the second half of the text.
 */
function afterOpening(input: BoilerplateInput, line: Line): boolean {
  const first = input.lines.find((l) => l.content !== '');
  return first !== undefined && line.index > first.index;
}

/** Short lines that are interface labels: "Skip to main content", "Popular Video", "Read more". */
export const interfaceLabels: BoilerplateRule = ({ lines }) =>
  lines
    .filter((l) => l.content.length <= 60 && INTERFACE_LABEL.test(l.content))
    .map((l) => lineSpan(l, 'interface label'));

/**
 * Copyright, disclaimer and comment-section lines. In the second half of the text such a line starts the page's
 * tail: everything after it (more furniture, reader comments) is excluded too.
 */
export const footers: BoilerplateRule = (input) => {
  const out: ExcludedSpan[] = [];
  for (const l of input.lines) {
    const kind = COPYRIGHT.test(l.content)
      ? 'copyright'
      : DISCLAIMER.test(l.content)
        ? 'disclaimer'
        : COMMENT_SECTION.test(l.content)
          ? 'comment section'
          : null;
    if (kind === null) continue;
    const startsTail =
      kind === 'comment section'
        ? // A bare "Comments" heading could also head an opinion section: only in the tail.
          /^comments?$/i.test(l.content)
          ? inTail(input, l)
          : afterOpening(input, l)
        : inTail(input, l) && (kind !== 'copyright' || FOOTER_COPYRIGHT.test(l.content));
    if (startsTail) {
      out.push(toEnd(input, l, `${kind} line and everything after it`));
      break;
    }
    out.push(lineSpan(l, `${kind} line`));
  }
  return out;
};

/** Source, photo and reporting credit lines: "Sources: AP via …", "Photo credit: …", "(Reporting by …)". */
export const credits: BoilerplateRule = ({ lines }) =>
  lines
    .filter((l) => CREDIT_LINE.test(l.content) || (CREDIT_ANYWHERE.test(l.content) && l.content.length <= 200))
    .map((l) => lineSpan(l, 'credit line'));

// prettier-ignore
/** Words a bare date-and-time line is made of: "Tue 3 June 2015 10:04 BST | Updated 11:00 GMT". */
const DATE_WORDS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|gmt|utc|bst|est|edt|cet|cest|et|pt|updated|published|posted|last|modified|at|on)\b/gi;

/** A line holding nothing but a date and time. */
function isBareDateLine(line: string): boolean {
  return (
    line.length <= 80 &&
    /\d/.test(line) &&
    line.replace(DATE_WORDS, '').replace(/[\d\s.,:;|/()\u2013\u2014-]/g, '') === ''
  );
}

/** "Published: 3 June 2015 | Updated: 4 June 2015", "June 3, 2015 10:04 AM": the page's own timestamps. */
export const timestamps: BoilerplateRule = ({ lines }) =>
  lines
    .filter((l) => (l.content.length <= 120 && TIMESTAMP_LINE.test(l.content)) || isBareDateLine(l.content))
    .map((l) => lineSpan(l, 'timestamp line'));

/** "By Jane Doe" or "By Jane Doe, Reuters" on a line of its own. */
export const bylines: BoilerplateRule = ({ lines }) =>
  lines
    .filter(
      (l) =>
        l.content.length <= 80 &&
        /^[Bb]y\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|&))*(?:\s*[,|\u2013\u2014-]\s*[\p{L} .]{0,40})?$/u.test(
          l.content,
        ),
    )
    .map((l) => lineSpan(l, 'byline'));

/** Navigation rows: three or more short items separated by " - ", " | " or bullets, with no sentence punctuation. */
export const navigationRows: BoilerplateRule = ({ lines }) =>
  lines
    .filter((l) => {
      const items = l.content.split(/\s+[-|\u2022\u00B7\u2013]\s+/);
      return items.length >= 3 && items.every((i) => i.length > 0 && i.split(/\s+/).length <= 5 && !/[.!?,;]$/.test(i));
    })
    .map((l) => lineSpan(l, 'navigation row'));

/**
 * Reader comments: a numbered list whose first item is signed ("1. John Z – …"), any numbered list in the
 * page's tail, or a commenter line ("Mark Evans 2 hours ago", "Maria says:") anywhere after the opening line. Excluded from the first item to the end of the text, since comment threads close the page.
 */
export const readerComments: BoilerplateRule = (input) => {
  for (const l of input.lines) {
    const header = l.content.length <= COMMENT_HEADER_MAX_LENGTH;
    if (header && (COMMENT_BYLINE.test(l.content) || COMMENT_SAYS.test(l.content)) && afterOpening(input, l))
      return [toEnd(input, l, 'reader comments')];
    if (!NUMBERED_ITEM.test(l.content)) continue;
    if (NAMED_COMMENT.test(l.content) || inTail(input, l)) return [toEnd(input, l, 'numbered reader comments')];
  }
  return [];
};

/**
 * Headlines repeated in the body: a line that is the title (once or several times over), or, when the title is
 * unknown, a short first line without sentence punctuation written in title case.
 */
export const repeatedHeadlines: BoilerplateRule = ({ lines, title }) => {
  const out: ExcludedSpan[] = [];
  const folded = title === null ? '' : foldForComparison(title.replace(/^#+\s*/, ''));
  for (const l of lines) {
    // Without a headline there is nothing to compare with: no line needs folding here.
    if (l.content === '' || folded === '') continue;
    // A markdown heading marker is not part of the headline (a line without one folds as it is).
    const heading = l.content.startsWith('#');
    // A line opening with an ASCII character folds to a text opening with it in lower case: when that is not the
    // headline's first character, the line is no repeat of it, and the paragraph need not be folded to say so.
    const head = l.content.charCodeAt(0);
    if (!heading && head < 128 && String.fromCharCode(head).toLowerCase() !== folded[0]) continue;
    const c = foldForComparison(heading ? l.content.replace(/^#+\s*/, '') : l.content);
    if (
      folded !== '' &&
      c.length >= folded.length &&
      c.length % folded.length === 0 &&
      c === folded.repeat(c.length / folded.length)
    )
      out.push(lineSpan(l, 'headline repeated in the body'));
  }
  if (title === null) {
    const first = lines.find((l) => l.content !== '');
    if (
      first !== undefined &&
      looksLikeHeadline(first.content) &&
      lines.some((l) => l.index > first.index && l.content !== '')
    )
      out.push(lineSpan(first, 'headline (first line in title case)'));
  }
  // The same short line twice is a repeated heading or label, not reporting: keep only the first.
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.content === '' || hasMoreWordsThan(l.content, 20)) continue;
    const c = foldForComparison(l.content);
    if (seen.has(c)) out.push(lineSpan(l, 'line repeated verbatim'));
    seen.add(c);
  }
  return out;
};

/**
 * line.split(/\s+/).length > n, without splitting a whole paragraph into words: the pieces are one more than the
 * runs of white space, so it counts runs and stops at n.
 */
function hasMoreWordsThan(line: string, n: number): boolean {
  const runs = /\s+/g;
  let count = 0;
  while (runs.exec(line) !== null) if (++count >= n) return true;
  return false;
}

function looksLikeHeadline(line: string): boolean {
  // Counted before splitting: the first line of a run-on text is the whole text (issue 14), and splitting it into
  // words only to find that it has more than 16 allocated a string per word.
  if (hasMoreWordsThan(line, 16)) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > 16 || /[.,;:]$/.test(line)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}"'\u201C\u2018]/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/** The rules in the order they run; their spans are unioned, so the order only matters for the reasons kept. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  interfaceLabels,
  footers,
  readerComments,
  credits,
  timestamps,
  bylines,
  navigationRows,
  repeatedHeadlines,
];

/** Sorted, non-overlapping spans; overlapping or touching spans are joined and keep the first reason. */
export function unionSpans(spans: readonly ExcludedSpan[]): ExcludedSpan[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExcludedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { ...last, end: s.end };
    } else out.push(s);
  }
  return out;
}

/** The excluded spans of an article text under the given rules. */
export function findBoilerplate(
  text: string,
  title: string | null,
  rules: readonly BoilerplateRule[] = BOILERPLATE_RULES,
): ExcludedSpan[] {
  const input: BoilerplateInput = { text, lines: linesOf(text), title };
  return unionSpans(rules.flatMap((rule) => rule(input)));
}

/** The parts of [0, length) not covered by the (sorted, disjoint) excluded spans. */
export function keptRegions(length: number, excluded: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const e of excluded) {
    if (e.start > at) out.push({ start: at, end: e.start });
    at = Math.max(at, e.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}
