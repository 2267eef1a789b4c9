/**
 * The corpus of bad and awkward inputs (issue 6, item 1), generated rather than committed so that every byte is
 * visible here. Each entry says what the extractor must do with it; tests/input/badInputs.test.ts asserts it
 * file by file and tests/input/readArticleDir.test.ts runs the whole set as one folder.
 */
export const TODAY = '2026-11-21';

export type Outcome = 'accepted' | 'warned' | 'rejected';

export interface BadInput {
  /** Path relative to the input folder. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly outcome: Outcome;
  /** For 'warned' and 'rejected': every expected line (formatInputProblem), exactly or as a pattern. */
  readonly lines?: readonly (string | RegExp)[];
  /** What a reader of the closing note should know about the case. */
  readonly about: string;
  /** The outcome only arises next to other files (duplicate ids); parsed alone the file is fine. */
  readonly folderLevel?: true;
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function concatBytes(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\uFEFF${text}` : text;
  for (let i = 0; i < units.length; i += 1) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

/** Windows-1252 bytes of a string made of ASCII and Latin-1 letters. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
    return code;
  });
}

/** The script payloads of issue 6: shown as text, they must never run. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '<svg onload=alert(1)>',
  mdLink: '[link](javascript:alert(1))',
  jsUrl: 'javascript:alert(1)',
} as const;

const GOOD_BODY = 'Government forces recaptured the town of Tadef on 26 February 2017, the ministry said.\n';
const FRONT = (fields: string): string => `---\n${fields}\n---\n`;

export const BAD_INPUTS: readonly BadInput[] = [
  {
    file: 'good/plain.md',
    bytes: utf8(
      `${FRONT('title: "A good article"\npublisher: Example Wire\nurl: https://example.org/good\npublished: 2017-02-27')}${GOOD_BODY}`,
    ),
    outcome: 'accepted',
    about: 'a well-formed article, the control case',
  },
  {
    file: 'empty.md',
    bytes: new Uint8Array(0),
    outcome: 'rejected',
    lines: ['empty.md: empty file'],
    about: 'empty file',
  },
  {
    file: 'whitespace.txt',
    bytes: utf8(' \n\t\n   \n'),
    outcome: 'rejected',
    lines: ['whitespace.txt: no text (only whitespace)'],
    about: 'whitespace-only file',
  },
  {
    file: 'front-matter-only.md',
    bytes: utf8(FRONT('title: Nothing below')),
    outcome: 'rejected',
    lines: ['front-matter-only.md:4: no article text after the front matter'],
    about: 'front matter and no text',
  },
  {
    file: 'binary.md',
    bytes: Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256),
    outcome: 'rejected',
    lines: [/^binary\.md: binary content \(NUL byte at offset \d+\); not a text article$/],
    about: 'binary content (NUL bytes)',
  },
  {
    file: 'control-chars.txt',
    bytes: utf8(`Report\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 ${'x'.repeat(200)}`),
    outcome: 'rejected',
    lines: [
      /^control-chars\.txt: binary content \(12 control characters in the first \d+ characters\); not a text article$/,
    ],
    about: 'binary content without NUL bytes (many control characters)',
  },
  {
    file: 'saved-as.md',
    bytes: concatBytes(utf8('%PDF-1.7\n'), utf8('1 0 obj << /Type /Catalog >> endobj\n')),
    outcome: 'rejected',
    lines: ['saved-as.md: looks like a PDF document, not text; save the article text as .md or .txt'],
    about: 'a PDF saved under a text name',
  },
  {
    file: 'utf8-few-invalid.md',
    bytes: concatBytes(
      utf8('Fighting in Deir ez-Zor\nCivilians fled the café district.\nShelling resumed '),
      [0xff],
      utf8(' at dawn.\n'),
    ),
    outcome: 'warned',
    lines: ['utf8-few-invalid.md:3: 1 invalid UTF-8 byte sequence replaced with U+FFFD'],
    about: 'UTF-8 with a stray invalid byte: decoded with U+FFFD, warning names the line',
  },
  {
    file: 'latin1.txt',
    bytes: latin1('Les forces kurdes ont repris Kobané.\nLe général a parlé à la presse.\n'),
    outcome: 'warned',
    lines: ['latin1.txt:1: not valid UTF-8; decoded as Windows-1252 (Latin-1); save as UTF-8 to avoid this'],
    about: 'Latin-1 text (no valid UTF-8 multi-byte sequence at all): decoded as Windows-1252',
  },
  {
    file: 'mixed-garbage.md',
    bytes: concatBytes(utf8('Überblick: '), ...Array.from({ length: 40 }, () => [0xc3, 0x28, 0xa0, 0xa1, 0x41])),
    outcome: 'rejected',
    lines: [
      /^mixed-garbage\.md:1: not valid UTF-8 \(\d+ undecodable byte sequences, mixed encodings\?\); re-save the file as UTF-8$/,
    ],
    about: 'mostly broken UTF-8 mixed with valid UTF-8: too much to repair, rejected',
  },
  {
    file: 'utf16le-bom.md',
    bytes: utf16(
      `${FRONT('title: Wide\npublished: 2016-10-17')}Iraqi forces began the offensive on Mosul.\n`,
      'le',
      true,
    ),
    outcome: 'warned',
    lines: ['utf16le-bom.md: decoded as UTF-16LE (byte order mark); save as UTF-8 to avoid this'],
    about: 'UTF-16 LE with a BOM: decoded, front matter read',
  },
  {
    file: 'utf16be-bom.txt',
    bytes: utf16('Kurdish fighters entered Manbij.\n', 'be', true),
    outcome: 'warned',
    lines: ['utf16be-bom.txt: decoded as UTF-16BE (byte order mark); save as UTF-8 to avoid this'],
    about: 'UTF-16 BE with a BOM: decoded',
  },
  {
    file: 'utf16le-no-bom.txt',
    bytes: utf16('Rebels withdrew from eastern Aleppo.\n', 'le', false),
    outcome: 'warned',
    lines: ['utf16le-no-bom.txt: decoded as UTF-16LE (no byte order mark; guessed); save as UTF-8 to avoid this'],
    about: 'UTF-16 without a BOM (every other byte NUL): guessed and decoded',
  },
  {
    file: 'utf8-bom.md',
    bytes: concatBytes([0xef, 0xbb, 0xbf], utf8(`${FRONT('title: With BOM\npublished: "2015-06-16"')}${GOOD_BODY}`)),
    outcome: 'accepted',
    about: 'UTF-8 BOM: stripped silently, front matter still read',
  },
  {
    file: 'crlf.md',
    bytes: utf8(`${FRONT('title: Windows\npublished: 2015-06-16')}Line one.\nLine two.\n`.replace(/\n/g, '\r\n')),
    outcome: 'warned',
    lines: ['crlf.md:1: Windows line endings (CRLF) converted to LF'],
    about: 'CRLF line endings: normalised to LF (the app shows the normalised text, offsets stay true)',
  },
  {
    file: 'malformed-yaml.md',
    bytes: utf8(`${FRONT('title: Fine\n  publisher: : broken\npublished: 2016-01-01')}${GOOD_BODY}`),
    outcome: 'rejected',
    lines: ['malformed-yaml.md:3: malformed YAML front matter: bad indentation of a mapping entry'],
    about: 'malformed YAML front matter: rejected with the line of the YAML error',
  },
  {
    file: 'unclosed-front-matter.md',
    bytes: utf8('---\ntitle: Never closed\nThe text starts here.\n'),
    outcome: 'rejected',
    lines: ['unclosed-front-matter.md:1: front matter opened with --- is never closed (no closing --- line)'],
    about: 'front matter opened but never closed',
  },
  {
    file: 'js-front-matter.md',
    bytes: utf8(`---js\n{ title: (globalThis.__frontMatterRan = true, "x") }\n---\n${GOOD_BODY}`),
    outcome: 'rejected',
    lines: ['js-front-matter.md:1: front matter in "js" is not read; only YAML front matter is'],
    about: 'JavaScript front matter (gray-matter would eval it): rejected, never run',
  },
  {
    file: 'published-impossible.md',
    bytes: utf8(`${FRONT('title: Bad date\npublished: 2016-13-45')}${GOOD_BODY}`),
    outcome: 'warned',
    lines: [
      'published-impossible.md:3: published "2016-13-45" is not a real date in a form that is read (2023-04-14, 14 April 2023, April 14, 2023, ISO 8601, RFC 2822); ignored (relative dates are read against a date inferred from the text)',
    ],
    about: 'published that is not a date: field dropped with a warning, article kept',
  },
  {
    file: 'published-future.md',
    bytes: utf8(`${FRONT('published: "2031-01-01"')}${GOOD_BODY}`),
    outcome: 'warned',
    lines: ['published-future.md:2: published 2031-01-01 is after today (2026-11-21); kept, but check it'],
    about: 'published in the future: kept with a warning',
  },
  {
    file: 'url-javascript.md',
    bytes: utf8(`${FRONT('title: Link\nurl: javascript:alert(1)')}${GOOD_BODY}`),
    outcome: 'warned',
    lines: ['url-javascript.md:3: url "javascript:alert(1)" is not an absolute http(s) link; dropped'],
    about: 'url with javascript: scheme: dropped with a warning',
  },
  {
    file: 'url-data.md',
    bytes: utf8(`${FRONT('url: "data:text/html,<script>alert(1)</script>"')}${GOOD_BODY}`),
    outcome: 'warned',
    lines: ['url-data.md:2: url "data:text/html,<script>alert(1)</script>" is not an absolute http(s) link; dropped'],
    about: 'url with data: scheme: dropped with a warning',
  },
  {
    file: 'dup.md',
    bytes: utf8(`${FRONT('title: Markdown twin')}${GOOD_BODY}`),
    outcome: 'accepted',
    about: 'duplicate id, kept (path sorts first)',
  },
  {
    file: 'dup.txt',
    bytes: utf8(GOOD_BODY),
    outcome: 'rejected',
    folderLevel: true,
    lines: ['dup.txt: same article id "dup" as dup.md, which is used; this one is skipped (rename one of them)'],
    about:
      'duplicate id (dup.md and dup.txt): the second in path order is reported naming both (folder-level; alone it is fine)',
  },
  {
    file: 'no-dates.md',
    bytes: utf8(`${FRONT('title: Analysis')}The ministry said negotiations would continue without preconditions.\n`),
    outcome: 'accepted',
    about: 'an article with no dates: accepted, yields no events',
  },
  {
    file: 'saved-page.md',
    bytes: utf8('<!DOCTYPE html>\n<html lang="en"><head><title>News</title></head><body><p>Story</p></body></html>\n'),
    outcome: 'rejected',
    lines: ['saved-page.md:1: looks like a saved HTML page; name it .html to have it read as one'],
    about: 'a saved HTML page under a .md name: rejected with advice',
  },
  {
    file: 'saved-page.html',
    bytes: utf8('<html><head><title>Nothing here</title><script>var story = 1;</script></head><body></body></html>\n'),
    outcome: 'rejected',
    lines: ['saved-page.html: no article text found in the page'],
    about: 'a saved page with no article in it: reported, not silently skipped',
  },
  {
    file: 'payload.md',
    bytes: utf8(
      `${FRONT(`title: "${PAYLOADS.script} Strike ${PAYLOADS.img}"\npublisher: "${PAYLOADS.svg}"\nurl: "${PAYLOADS.jsUrl}"\npublished: 2017-03-01`)}` +
        `On 1 March 2017 an airstrike hit Raqqa ${PAYLOADS.script}.\nWitnesses described ${PAYLOADS.img} and ${PAYLOADS.svg} near the bridge; see ${PAYLOADS.mdLink}.\n`,
    ),
    outcome: 'warned',
    lines: ['payload.md:4: url "javascript:alert(1)" is not an absolute http(s) link; dropped'],
    about:
      'script, img onerror, svg onload, javascript: link in text and front matter: accepted as plain text, dangerous url dropped',
  },
];

/** The 20 MB article is made on disk (sparse or streamed), not held in this table. */
export const HUGE_ARTICLE_BYTES = 20 * 1024 * 1024;
