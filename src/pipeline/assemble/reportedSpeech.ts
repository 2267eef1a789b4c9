/**
 * Reported speech: most wire sentences tell an event through someone who said it. "The Observatory said on
 * Friday that jihadists had seized 60 villages", "Russian forces captured Avdiivka on Saturday, the defence ministry
 * said", "According to the UN, clashes continued in El Fasher". The event is what was reported (the jihadists
 * seizing villages), with the actors of the reported clause; the reporter is who said it, kept on the source.
 *
 * The frame is read as a careful reader of wire copy reads it, from the sentence's shape:
 * - leading: REPORTER VERB [date, "in a statement", "told Reuters"] [that] CONTENT;
 * - trailing: CONTENT, REPORTER VERB [date …] (or ", VERB REPORTER", ", according to REPORTER");
 * - "According to REPORTER, CONTENT".
 * The reporter is a short noun phrase with no verb of its own (no auxiliary, no relative pronoun, no comma), so
 * "Fighters who stormed the town said …" or "…, the group, which said …" are not frames and are read as before.
 *
 * Whether the saying itself is news depends on the verb: announcing, declaring, ordering, threatening or vowing
 * is an act (`act`: "the junta announced a nationwide ceasefire" is an event even with nothing else reported);
 * confirming or revealing states a fact the reporter stands behind (`factive`); saying, telling, reporting and
 * the like only carry what they report (`plain`): "the ministry said on Monday it would consider the proposal"
 * reports no event.
 *
 * Hand-written: reporting verbs are a small closed class of English, and the frame is a matter of word order
 * and punctuation that no maintained JavaScript library reads with offsets.
 */
import type { Span } from '../types.ts';
import { pronounSubject } from './anaphora.ts';

export type ReportingKind = 'plain' | 'factive' | 'act';

export interface ReportFrame {
  /** Who said it, as written ("the defence ministry in Moscow", "U.S. officials"). */
  readonly reporter: Span;
  /** The reporting verb or phrase ("said", "announced", "according to"). */
  readonly cue: Span;
  readonly kind: ReportingKind;
  /** What was reported; empty (start === end) when nothing follows the verb ("the army said on Monday."). */
  readonly content: Span;
  /**
   * The content is a noun phrase, not a clause ("announced a nationwide ceasefire"): the announcing is the
   * event, and the phrase says what was announced.
   */
  readonly nounObject: boolean;
  /**
   * A phrase after a frame in mid-sentence (", the Observatory said on Friday, in an advance that began on
   * Tuesday"): the writer's own words again, read as unreported.
   */
  readonly adjunct?: Span;
}

/** Words that open an adverbial phrase after a frame in mid-sentence, not a clause of the reporter's. */
const ADJUNCT_OPENER =
  /^\s*(?:in|after|before|as|while|when|since|during|amid|following|despite|days|hours|weeks|ending|bringing|leaving|forcing|killing)\b/i;

// prettier-ignore
const PLAIN = [
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'stated', 'states', 'added', 'adds', 'noted',
  'notes', 'claimed', 'claims', 'insisted', 'insists', 'wrote', 'writes', 'tweeted', 'posted', 'estimated',
  'alleged', 'alleges', 'asserted', 'indicated', 'explained', 'maintained', 'reiterated', 'stressed', 'recalled',
];
// prettier-ignore
const FACTIVE = ['confirmed', 'confirms', 'revealed', 'reveals', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'disclosed'];
// prettier-ignore
const ACT = [
  'announced', 'announces', 'declared', 'declares', 'proclaimed', 'proclaims', 'ordered', 'orders', 'warned',
  'warns', 'threatened', 'threatens', 'vowed', 'vows', 'pledged', 'pledges',
];

const KIND = new Map<string, ReportingKind>([
  ...PLAIN.map((w) => [w, 'plain'] as const),
  ...FACTIVE.map((w) => [w, 'factive'] as const),
  ...ACT.map((w) => [w, 'act'] as const),
]);

/**
 * What a claim of responsibility claims: an attack, named by its noun ("claimed the attack", "claims Friday's
 * bombing", "claimed the killings"). Claiming it is an act of the claimant, not a report of someone else's deed.
 */
const CLAIMED_DEED =
  "(?:(?:the|a|an|this|that|these|those|both|last|\\p{Lu}\\p{L}+['\u2019]s)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?" +
  '(?:attacks?|killings?|bombings?|assaults?|ambush(?:es)?|raids?|strikes?|blasts?|explosions?|massacres?|' +
  'kidnappings?|abductions?|shootings?|beheadings?|executions?)\\b';

/**
 * A reporting verb in lower case: a capitalised "States" or "Says" mid-sentence is a name ("the United States").
 * "claimed responsibility" and "claimed the attack" are claims, acts of their own (see eventTypes.json), not
 * frames; "claimed that rebels had attacked" and "claimed the town had fallen" are frames. After a hyphen the
 * verb is part of an adjective ("the self-declared caliphate", "a self-proclaimed state"), no saying.
 */
const VERB = new RegExp(
  `(?<![-\u2010\u2011])\\b((?:claimed|claims)(?!\\s+${CLAIMED_DEED})|${[...KIND.keys()].filter((v) => !/^claim/.test(v)).join('|')})\\b(?!\\s+(?:responsibility|credit)\\b)`,
  'gu',
);

/** Words that make a would-be reporter a clause: "Fighters who stormed the town said", "Kyiv had said". */
const CLAUSE_WORD =
  /\b(?:who|which|whom|whose|that|had|has|have|was|were|is|are|be|been|will|would|could|did|and\s+(?:said|added))\b/i;
/** An auxiliary standing right before the verb belongs to it: "officials have said", "the army has confirmed". */
const AUX_BEFORE = /\s+(?:has|have|had|also|later|earlier|previously|separately|again)(?:\s+also)?\s*$/i;
/** How long an opener before a leading reporter may be: a fronted date or adverbial ("On Dec. 27,"). */
const MAX_OPENER = 40;
/** Words an opener starts with: a preposition of time or a discourse adverb, never a subject and its verb. */
const OPENER_START =
  /^\s*(?:on|in|at|by|late|early|earlier|later|meanwhile|however|separately|also|since|after|before|during|last|this|yesterday|today|overnight|then|but|and|for\s+(?:instance|example)|in\s+addition|moreover|instead|still)\b/i;

/** "On Dec. 27," or "Meanwhile,", but not "Drones struck Odesa on Friday,": an opener, not a clause. */
function isOpener(opener: string, offset: number, dates: readonly Span[]): boolean {
  if (OPENER_START.test(opener)) return true;
  const t = trimmed(opener, 0, opener.length);
  return dates.some((d) => d.start === offset + t.start && d.end === offset + t.end);
}

const MAX_REPORTER_WORDS = 10;

function words(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** A reporter never opens with a conjunction: "…, and the government announced a curfew" is a clause of its own. */
const CONJUNCTION_FIRST =
  /^\s*(?:and|but|or|nor|while|as|after|before|when|then|so|because|although|though|since|until|if|once)\b/i;

/** A noun phrase that can be a reporter: short, with letters, and no verb of its own. */
function isReporter(s: string): boolean {
  const t = s.replace(/\([^()]{1,40}\)/g, ' ').trim();
  return (
    t !== '' &&
    /\p{L}/u.test(t) &&
    words(t) <= MAX_REPORTER_WORDS &&
    !/[,;:!?()\u2013\u2014]/.test(t) &&
    !CLAUSE_WORD.test(t) &&
    !CONJUNCTION_FIRST.test(t)
  );
}

/** Trims spaces from both ends of a span of `text`. */
function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/** Sentence-final punctuation and closing quotes: where the content of a leading frame ends. */
function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?"'\u201D\u2019]/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

/**
 * What may stand between a leading verb and what it reports, besides dates: "in a statement", "on Telegram",
 * "told reporters", "late on Monday", "in Kyiv". Each is skipped whole.
 */
const GAP_PHRASE =
  /^\s*,?\s*(?:(?:in|on|via|through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|post|video|message|report|communiqu[eé]|briefing|interview|conference|channel|account|website|broadcast)\b|on\s+(?:Telegram|X|Twitter|Facebook|television|TV|radio)\b|(?:to\s+)?(?:reporters|journalists|the\s+press|Reuters|AFP|AP|the\s+BBC|Al\s+Jazeera)\b|late|early|earlier|later|also|again|separately|publicly|\p{L}+ly\b)/iu;
/** A date's own lead-in: "on", "late on", "in". */
const DATE_LEAD = /^\s*,?\s*(?:(?:late|early)\s+)?(?:on|in|at|during)?\s*$/i;

/** Skips dates and adverbials after a leading reporting verb; returns where the content starts. */
function skipGap(text: string, from: number, end: number, dates: readonly Span[]): number {
  let at = from;
  for (let guard = 0; guard < 8; guard += 1) {
    const date = dates.find((d) => d.start >= at && d.start < end && DATE_LEAD.test(text.slice(at, d.start)));
    if (date !== undefined) {
      at = date.end;
      continue;
    }
    const m = GAP_PHRASE.exec(text.slice(at, end));
    if (m === null || m[0].trim() === '' || m[0].trim() === ',') break;
    at += m[0].length;
  }
  return at;
}

/** A finite verb early in a stretch: it is a clause ("Russia had seized …"), not a noun phrase ("a ceasefire"). */
const FINITE_EARLY = /^(?:\S+\s+){0,6}?(?:had|has|have|was|were|is|are|would|will|could|may|might|did|\p{Ll}{2,}ed)\b/u;
const PRONOUN_SUBJECT = /^(?:it|they|he|she|we|there|its|their)\b/i;

/**
 * Where the reporter before a leading verb at `verbAt` lies in `body`: after an opener, with an appositive
 * between commas, or the whole stretch; null when what stands there is no reporter.
 */
function reporterBefore(
  body: string,
  verbAt: number,
  commas: readonly number[],
  offset: number,
  dates: readonly Span[],
): Span | null {
  // The reporter ends before the verb and an auxiliary standing with it ("officials have said").
  const end = body.slice(0, verbAt).replace(AUX_BEFORE, '').trimEnd().length;
  const first = commas[0];
  const noun = (from: number, to: number): boolean => isReporter(body.slice(from, to));
  if (first === undefined) return noun(0, end) ? { start: 0, end } : null;
  const opener = first <= MAX_OPENER && isOpener(body.slice(0, first), offset, dates);
  const from = opener ? first + 1 : 0;
  const rest = opener ? commas.slice(1) : commas;
  if (rest.length === 0) return noun(from, end) ? { start: from, end } : null;
  // "NP, APPOSITIVE, said": the appositive closes right before the verb.
  const [open, close] = rest;
  if (rest.length !== 2 || open === undefined || close === undefined || body.slice(close + 1, verbAt).trim() !== '')
    return null;
  return noun(from, open) && noun(open + 1, close) ? { start: from, end: close } : null;
}

function leadingFrame(text: string, sentence: Span, dates: readonly Span[]): ReportFrame | null {
  const body = text.slice(sentence.start, sentence.end);
  // "According to the UN, …"
  const according = /^(?:[^,;:]{0,40},\s*)?according\s+to\s+([^,;:]{1,80}?)\s*,\s*/i.exec(body);
  if (according !== null && isReporter(according[1] ?? '')) {
    const cueStart = sentence.start + according[0].toLowerCase().indexOf('according');
    const reporterStart = sentence.start + according[0].lastIndexOf(according[1] ?? '');
    const contentStart = sentence.start + according[0].length;
    return {
      reporter: trimmed(text, reporterStart, reporterStart + (according[1] ?? '').length),
      cue: { start: cueStart, end: cueStart + 'according to'.length },
      kind: 'plain',
      content: trimmed(text, contentStart, contentEnd(text, contentStart, sentence.end)),
      nounObject: false,
    };
  }
  const re = new RegExp(VERB.source, VERB.flags);
  const m = re.exec(body);
  if (m === null) return null;
  // Commas before the verb close a short opener ("On Dec. 27, U.S. officials confirmed …") or an appositive
  // right before the verb ("Government forces, backed by tribesmen, said …", "A spokesman, Col. Ali, said");
  // commas inside a date ("On Nov. 28, 2020, …") do not count.
  const commas = [...body.slice(0, m.index).matchAll(/,/g)]
    .map((c) => c.index)
    .filter((i) => !dates.some((d) => d.start <= sentence.start + i && sentence.start + i < d.end));
  const reporter = reporterBefore(body, m.index, commas, sentence.start, dates);
  if (reporter === null) return null;
  const reporterFrom = reporter.start;
  const reporterText = body.slice(reporter.start, reporter.end);
  if (dates.some((d) => d.start >= sentence.start + reporterFrom && d.start < sentence.start + m.index)) return null;
  const verb = (m[1] ?? '').toLowerCase();
  const kind = KIND.get(verb) ?? 'plain';
  const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  let at = skipGap(text, cue.end, sentence.end, dates);
  // "told reporters", "told the BBC": the one told is skipped by the gap phrases; "that" opens the content, also
  // after a few more words with no verb of their own ("told reporters in Sanaa that …").
  const that = /^\s*,?\s*(?:[^,;:]{0,50}?\s)?that\b/i.exec(text.slice(at, sentence.end));
  const opened = that !== null && !CLAUSE_WORD.test(that[0].replace(/\bthat$/i, ''));
  if (opened) at += that[0].length;
  const content = trimmed(text, at, contentEnd(text, at, sentence.end));
  const rest = text.slice(content.start, content.end);
  const clausal = opened || kind !== 'act' || PRONOUN_SUBJECT.test(rest) || FINITE_EARLY.test(rest);
  return {
    reporter: trimmed(text, sentence.start + reporterFrom, sentence.start + reporterFrom + reporterText.length),
    cue,
    kind,
    content,
    nounObject: !clausal && content.end > content.start,
  };
}

/**
 * What may follow a trailing reporting verb before the sentence ends: dates, "in a statement", "on Monday"; not
 * a clause of its own (", the ministry said it was investigating").
 */
function isTrailingTail(after: string): boolean {
  return /^[^,;:()]{0,60}$/.test(after) && !CLAUSE_WORD.test(after) && !/\b(?:it|they|he|she|we)\b/i.test(after);
}

function trailingFrame(
  text: string,
  sentence: Span,
  dates: readonly Span[],
  /** Already looking before an adjunct: one is enough. */
  beforeAdjunct = false,
): ReportFrame | null {
  const body = text.slice(sentence.start, contentEnd(text, sentence.start, sentence.end));
  // The last comma (or dash) of the sentence that is not inside a date ("November 28, 2020, officials said").
  const insideDate = (i: number): boolean =>
    dates.some((d) => d.start <= sentence.start + i && sentence.start + i < d.end);
  for (let i = body.length - 1; i > 0; i -= 1) {
    const ch = body[i] ?? '';
    if (!/[,\u2013\u2014]/.test(ch) || insideDate(i)) continue;
    const tail = body.slice(i + 1).replace(/^["'\u201D\u2019\s]+/, ' ');
    const offset = sentence.start + body.length - tail.length;
    const contentSpan = trimmed(text, sentence.start, sentence.start + i);
    const according = /^\s*according\s+to\s+(.+)$/i.exec(tail);
    if (according !== null) {
      const who = according[1] ?? '';
      if (!isReporter(who.replace(/\s+(?:on|in)\s+.*$/i, ''))) return null;
      const cueStart = offset + tail.toLowerCase().indexOf('according');
      return {
        reporter: trimmed(text, offset + tail.length - who.length, offset + tail.length),
        cue: { start: cueStart, end: cueStart + 'according to'.length },
        kind: 'plain',
        content: contentSpan,
        nounObject: false,
      };
    }
    const re = new RegExp(VERB.source, VERB.flags);
    const m = re.exec(tail);
    if (m === null) {
      // "…, the Observatory said on Friday, in an advance that began on Tuesday": the frame ends at this comma.
      if (!ADJUNCT_OPENER.test(tail) || beforeAdjunct) return null;
      const medial = trailingFrame(text, { start: sentence.start, end: sentence.start + i }, dates, true);
      return medial === null
        ? null
        : { ...medial, adjunct: trimmed(text, sentence.start + i + 1, sentence.start + body.length) };
    }
    const verb = (m[1] ?? '').toLowerCase();
    const before = tail.slice(0, m.index).replace(AUX_BEFORE, '');
    const after = tail.slice(m.index + m[0].length);
    if (!isTrailingTail(after)) return null;
    let reporter: Span;
    if (before.trim() !== '') {
      // ", the ministry said on Monday"
      if (!isReporter(before)) return null;
      reporter = trimmed(text, offset, offset + before.length);
    } else {
      // ", said the ministry", ", said Ahmed, a spokesman": the reporter follows, up to a date.
      const date = dates.find((d) => d.start >= offset + m.index + m[0].length);
      const end = date === undefined ? offset + tail.length : date.start;
      const who = text.slice(offset + m.index + m[0].length, end).replace(/\s+(?:on|in|late|early)\s*$/i, '');
      if (!isReporter(who)) return null;
      reporter = trimmed(text, offset + m.index + m[0].length, offset + m.index + m[0].length + who.length);
    }
    return {
      reporter,
      cue: { start: offset + m.index, end: offset + m.index + m[0].length },
      kind: KIND.get(verb) ?? 'plain',
      content: contentSpan,
      nounObject: false,
    };
  }
  return null;
}

/**
 * The reporting frame of a sentence, or null when it reports nothing through anyone. `dates` are the date
 * expressions of the sentence (a date may stand between a reporting verb and what it reports).
 */
export function findReportFrame(text: string, sentence: Span, dates: readonly Span[]): ReportFrame | null {
  return trailingFrame(text, sentence, dates) ?? leadingFrame(text, sentence, dates);
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function intersect(a: Span, b: Span): Span | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? { start, end } : null;
}

/**
 * The part of a dated clause that lies in the reported content, and where its trigger is looked for: nearest the
 * date when the date is the content's ("officials said clashes continued on Saturday"), else nearest the start of
 * the content, the reported clause's main verb ("the Observatory said Friday that jihadists had seized …": Friday
 * is the report's date, which dates the reported event). Null when the clause holds none of the content.
 */
export function contentView(
  frame: ReportFrame,
  dated: { readonly clause: Span; readonly local: Span; readonly mention: Span },
): { clause: Span; local: Span; anchor: Span } | null {
  const clause = intersect(dated.clause, frame.content);
  if (clause === null) return null;
  if (!within(dated.mention, frame.content))
    return { clause, local: clause, anchor: { start: clause.start, end: clause.start } };
  return { clause, local: intersect(dated.local, frame.content) ?? clause, anchor: dated.mention };
}

/**
 * Words before a reported trigger that say it did not (yet) happen: "said it would attack", "said it was ready to
 * retake", "said it had not shelled". Lower-case "may" only: "May" is the month.
 */
const NOT_HAPPENED =
  /(?:\b(?:would|will|could|might|should|must|shall|can|cannot|not|never|no\s+longer|plans?|planned|planning|intends?|intended|aims?|aimed|ready|prepared|hopes?|wants?|wanted|seeks?|sought|tried|trying|threaten(?:s|ed)?|vow(?:s|ed)?)\b|\bmay\b|n['\u2019]t\b)/i;

export function isHypothetical(text: string, clause: Span, trigger: Span): boolean {
  const before = text.slice(Math.max(clause.start, trigger.start - 60), trigger.start);
  return NOT_HAPPENED.test(before.replace(/\bMay\b/g, ' '));
}

/**
 * "The RSF said they had taken …", "the army said it had retaken …", "the ministry said its forces had captured …":
 * the pronoun subject, or the reporter's own forces, is the reporter.
 */
export function pronounAgent(
  text: string,
  content: Span,
  trigger: Span,
  event: { readonly agent: string | null },
  reporterActors: readonly { readonly actor: string }[],
): string | null {
  if (event.agent !== null) return event.agent;
  // Inside what the reporter said, a leading "it"/"they" is the reporter whatever verb follows ("it had conducted a
  // successful drone strike"); its own forces only as the trigger's subject.
  const before = text.slice(content.start, trigger.start);
  return /^\s*["'\u201C\u2018]?(?:it|they|we)\b/i.test(before) || pronounSubject(before)
    ? (reporterActors[0]?.actor ?? null)
    : null;
}

/** A reporter that names no one: "a statement", "the report", "sources". */
const NO_ONE =
  /^(?:[\p{L}-]+\s+)?(?:statement|statements|report|reports|source|sources|communiqu[eé]|post|video|tweet|message|document|documents|footage|images|data|figures|estimates?)$/iu;

/**
 * Who said it: the reporter's known actors, else its words as written without a leading article; none when the
 * reporter is a document that names no one ("according to a statement").
 */
export function reporterNames(
  text: string,
  frame: ReportFrame,
  reporterActors: readonly { readonly actor: string }[],
): string[] {
  if (reporterActors.length > 0) return [...new Set(reporterActors.map((a) => a.actor))];
  const words = text
    .slice(frame.reporter.start, frame.reporter.end)
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    .trim();
  return words === '' || NO_ONE.test(words) ? [] : [words];
}
