/**
 * JSON.parse of a large events.json body in slices, so that a 100,000-event file does not hold the page for the
 * whole parse (one JSON.parse of 35-50 MB was the page's longest task: 200-350 ms on the 2-core machine).
 *
 * The top-level "events" array is cut into runs of elements, each parsed by the browser's own JSON.parse with the
 * page given a turn in between; the rest of the file (a skeleton with an empty array in its place) is parsed on
 * its own. Written by hand because no JSON library splits a document for the native parser: streaming parsers
 * (clarinet, oboe) parse every character in JavaScript, many times slower than JSON.parse.
 *
 * Finding the cuts: the body is scanned character by character (strings skipped natively) up to the array, and
 * from the last cut to the end; in between, a cut is guessed at a "},{" some way on and kept only if the run
 * before it parses. A wrong guess cannot parse: the run would end inside a string or inside an unclosed object,
 * so it is never taken for elements. A guess that fails hands over to the scan.
 *
 * For a valid body the result equals JSON.parse(body): same values, same key order (the skeleton keeps "events"
 * in its place). Anything unexpected (no events array, a second "events" key, an empty element) is left to a
 * plain JSON.parse of the whole body, so an invalid body throws JSON.parse's own error. Either way the validator
 * worker checks the same text with a plain JSON.parse before the page uses what this returns.
 */

/** Characters of events parsed per slice: a few milliseconds of JSON.parse on a slow machine. */
const SLICE_CHARS = 1_000_000;
/** Characters scanned between two turns for the page. */
const SCAN_CHARS = 4_000_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** The scan's state between two stretches of text. */
interface ScanState {
  depth: number;
  /** The last string closed at depth 1 (start, end): a key when a colon follows. */
  lastString: number;
  lastStringEnd: number;
  key: string | null;
  /** Position of the events array's `[`, -1 until it opens. */
  open: number;
  /** Position of its `]`, -1 until it closes. */
  close: number;
  /** Start of the element being read at depth 2 inside the array, -1 between elements. */
  elementStart: number;
  /** Starts and (exclusive) ends of the elements read by the scan. */
  starts: number[];
  ends: number[];
  /** The scan starts right after a comma between elements (a cut): the array cannot close before one more. */
  afterElement: boolean;
  /** Set when the scan meets what it does not handle: the caller then parses the whole body. */
  giveUp: boolean;
}

/** Space, tab, line feed, carriage return: the only white space JSON allows between tokens. */
function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Cut guesses tried per slice before the scan takes over. */
const GUESSES = 4;

/** JSON.parse of the elements text[from, to) as an array, or null when they are not whole elements. */
function parseRun(text: string, from: number, to: number): unknown[] | null {
  try {
    return JSON.parse(`[${text.slice(from, to)}]`) as unknown[];
  } catch {
    return null;
  }
}

/** Index of the quote that closes the string opened before `from`, or -1. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

/**
 * Scans text[from, to). `stopAtOpen`: return as soon as the events array opens (the position after its `[`).
 * Returns where it stopped; strings are skipped whole, so it may stop past `to`.
 */
function scan(text: string, s: ScanState, from: number, to: number, stopAtOpen: boolean): number {
  let i = from;
  for (; i < to && !s.giveUp; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case QUOTE: {
        const end = closingQuote(text, i + 1);
        if (end === -1) {
          s.giveUp = true;
          break;
        }
        if (s.open !== -1 && s.close === -1 && s.depth === 2 && s.elementStart === -1) s.elementStart = i;
        if (s.depth === 1) {
          s.lastString = i;
          s.lastStringEnd = end + 1;
        }
        i = end;
        break;
      }
      case COLON:
        if (s.open !== -1 && s.close === -1 && s.depth === 2)
          s.giveUp = true; // not JSON: "[1:2]"
        else if (s.depth === 1 && s.lastStringEnd !== -1 && text.slice(s.lastStringEnd, i).trim() === '') {
          try {
            s.key = JSON.parse(text.slice(s.lastString, s.lastStringEnd)) as string;
          } catch {
            s.giveUp = true; // not a JSON string: JSON.parse says where
          }
          // A second "events" key after the array would win in JSON.parse, whatever its value.
          if (s.close !== -1 && s.key === 'events') s.giveUp = true;
        }
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        if (s.depth === 1 && c === OPEN_BRACKET && s.key === 'events') {
          // A second "events" key would win in JSON.parse: leave such a body to it.
          if (s.open !== -1) s.giveUp = true;
          s.open = i;
          s.depth++;
          if (stopAtOpen) return i + 1;
          break;
        }
        if (s.open !== -1 && s.close === -1 && s.depth === 2 && s.elementStart === -1) s.elementStart = i;
        s.depth++;
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        s.depth--;
        if (s.depth < 0) s.giveUp = true;
        else if (s.open !== -1 && s.close === -1 && s.depth === 1) {
          // The events array closes: its last element ends here ("[1,]" and "[,]" are left to JSON.parse). Only a
          // "]" closes it: this character and the "[" are cut out of the skeleton, so no JSON.parse would see a "}".
          if (c !== CLOSE_BRACKET) s.giveUp = true;
          else if (s.elementStart !== -1) {
            s.starts.push(s.elementStart);
            s.ends.push(i);
          } else if (s.starts.length > 0 || s.afterElement) s.giveUp = true;
          s.close = i;
        }
        if (s.depth === 0) s.key = null;
        break;
      case COMMA:
        if (s.depth === 1) s.key = null;
        else if (s.open !== -1 && s.close === -1 && s.depth === 2) {
          if (s.elementStart === -1) {
            s.giveUp = true; // an empty element: "[,1]", "[1,,2]"
            break;
          }
          s.starts.push(s.elementStart);
          s.ends.push(i);
          s.elementStart = -1;
        }
        break;
      default:
        // A number, true, false or null element starts at its first character. Anything but JSON's own white space
        // starts one too, so that what lies between elements (never parsed) is only a comma and such white space.
        if (s.open !== -1 && s.close === -1 && s.depth === 2 && s.elementStart === -1 && !isJsonSpace(c))
          s.elementStart = i;
    }
  }
  return i;
}

/** The value of `text` as JSON.parse gives it, parsed in slices with `yieldToPage` between them. */
export async function parseJsonInSlices(
  text: string,
  yieldToPage: () => Promise<void>,
  /** Slice sizes in characters (tests make them small to cut small bodies many times). */
  sizes: { readonly slice?: number; readonly scan?: number } = {},
): Promise<unknown> {
  const sliceChars = sizes.slice ?? SLICE_CHARS;
  const scanChars = sizes.scan ?? SCAN_CHARS;
  const s: ScanState = {
    depth: 0,
    lastString: -1,
    lastStringEnd: -1,
    key: null,
    open: -1,
    close: -1,
    elementStart: -1,
    starts: [],
    ends: [],
    afterElement: false,
    giveUp: false,
  };
  const n = text.length;
  const scanAll = async (from: number, stopAtOpen: boolean): Promise<number> => {
    let at = from;
    while (at < n && !s.giveUp) {
      const stop = scan(text, s, at, Math.min(n, at + scanChars), stopAtOpen);
      if (stopAtOpen && s.open !== -1) return stop;
      at = stop;
      if (at < n) await yieldToPage();
    }
    return at;
  };

  // Up to the events array, then runs of its elements cut at guessed boundaries, then the scan to the end.
  let at = await scanAll(0, true);
  if (s.open === -1 || s.giveUp) return JSON.parse(text);
  const values: unknown[] = [];
  try {
    // An element boundary of an array of objects reads "},{" (JSON white space allowed); so do the boundaries in a
    // nested array of objects (an event's sources), so a guess that fails is followed by the next few.
    const boundary = /\},[ \t\n\r]*\{/g;
    guessing: for (;;) {
      boundary.lastIndex = at + sliceChars;
      for (let tries = 0; tries < GUESSES; tries++) {
        const m = boundary.exec(text);
        if (m === null) break guessing;
        const run = parseRun(text, at, m.index + 1);
        if (run === null) continue;
        for (const v of run) values.push(v);
        at = m.index + m[0].length - 1; // at the "{" that starts the next element
        await yieldToPage();
        continue guessing;
      }
      break;
    }
    s.afterElement = values.length > 0;
    await scanAll(at, false);
    if (s.giveUp || s.close === -1 || s.depth !== 0) return JSON.parse(text);
    for (let k = 0; k < s.starts.length; k += 1) {
      // The scanned elements, in runs of about SLICE_CHARS.
      let last = k;
      while (last + 1 < s.starts.length && (s.ends[last + 1] as number) - (s.starts[k] as number) < sliceChars) last++;
      const run = JSON.parse(`[${text.slice(s.starts[k], s.ends[last])}]`) as unknown[];
      for (const v of run) values.push(v);
      k = last;
      if (k + 1 < s.starts.length) await yieldToPage();
    }
    const skeleton: unknown = JSON.parse(`${text.slice(0, s.open)}[]${text.slice(s.close + 1)}`);
    if (typeof skeleton !== 'object' || skeleton === null || Array.isArray(skeleton)) return JSON.parse(text);
    (skeleton as { events: unknown }).events = values;
    return skeleton;
  } catch {
    return JSON.parse(text); // throws JSON.parse's own message for the whole body
  }
}
