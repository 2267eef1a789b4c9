/**
 * Bytes → text. Scrapes and exports arrive as UTF-8 (with or without a BOM), UTF-16 from Windows tools,
 * Windows-1252/Latin-1 from older systems, or as binary files saved under a text name. This decides which it is,
 * decodes with the WHATWG TextDecoder, and says what it did.
 *
 * Hand-written because no library fits: encoding detectors (chardet, jschardet) guess among dozens of encodings
 * from statistics and are wrong on short English texts; what we need is a small, predictable decision between
 * the few encodings articles actually come in, with a message for each.
 */
import type { Finding } from './finding.ts';
import { lineAt } from './finding.ts';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly Finding[] }
  | { readonly ok: false; readonly problem: Finding };

/** Signatures of binary formats people save articles as by mistake, for a message better than "binary". */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx/.odt document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word/Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

/** Share of control characters (other than tab, line feed, vertical tab, form feed, carriage return) above which a text is binary. */
const MAX_CONTROL_SHARE = 0.02;
/**
 * Share of undecodable UTF-8 sequences above which the text is refused instead of repaired; a handful of bad
 * bytes is always repaired, whatever the length (one stray byte in a two-line file is still one stray byte).
 */
const MAX_REPLACED_SHARE = 0.02;
const ALWAYS_REPAIRED = 8;
/** How many bytes the UTF-16-without-BOM and control-character checks look at. */
const SAMPLE_BYTES = 64 * 1024;

const REPLACEMENT = '\uFFFD';
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, euro sign…); the other bytes equal their Latin-1 code point.
 * Hand-written because Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (nodejs/node#56542) and turns
 * these into invisible C1 controls; the table is the WHATWG index, undefined bytes map to their C1 code point.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** 'le'/'be' when the bytes look like UTF-16 without a BOM: every other byte NUL (ASCII-range text). */
function sniffBomlessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'be';
  return null;
}

function countControls(text: string, limit: number): number {
  let count = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) count += 1;
  }
  return count;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n += 1;
  return n;
}

function hasNonAsciiOtherThanReplacement(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd) return true;
  }
  return false;
}

/** Converts `\r\n` and lone `\r` to `\n`: the app shows the normalised text, so offsets into it stay true. */
function normaliseLineEndings(text: string, warnings: Finding[]): string {
  const firstCr = text.indexOf('\r');
  if (firstCr === -1) return text;
  const crlf = text[firstCr + 1] === '\n';
  warnings.push({
    line: lineAt(text, firstCr),
    reason: crlf ? 'Windows line endings (CRLF) converted to LF' : 'carriage-return line endings (CR) converted to LF',
  });
  return text.replace(/\r\n?/g, '\n');
}

function binary(detail: string): DecodeResult {
  return { ok: false, problem: { reason: `binary content (${detail}); not a text article` } };
}

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, problem: { reason: 'empty file' } };

  for (const sig of SIGNATURES) {
    if (startsWithBytes(bytes, sig.bytes)) {
      return {
        ok: false,
        problem: { reason: `looks like ${sig.what}, not text; save the article text as .md or .txt` },
      };
    }
  }

  const warnings: Finding[] = [];
  let text: string;
  if (startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    // The decoder drops the BOM itself (ignoreBOM: false).
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
    warnings.push({ reason: `decoded as UTF-16${le ? 'LE' : 'BE'} (byte order mark); save as UTF-8 to avoid this` });
  } else {
    const firstNul = bytes.indexOf(0);
    const bomless = firstNul === -1 ? null : sniffBomlessUtf16(bytes);
    if (bomless !== null) {
      text = new TextDecoder(bomless === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
      warnings.push({
        reason: `decoded as UTF-16${bomless === 'le' ? 'LE' : 'BE'} (no byte order mark; guessed); save as UTF-8 to avoid this`,
      });
    } else if (firstNul !== -1) {
      return binary(`NUL byte at offset ${firstNul}`);
    } else {
      try {
        // Fast path and the common case: valid UTF-8. The decoder strips a UTF-8 BOM, which is only a marker.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        const repaired = new TextDecoder('utf-8').decode(bytes);
        const replaced = countOf(repaired, REPLACEMENT);
        // Lines are counted as the user's editor shows them, i.e. after line-ending normalisation.
        const normalised = repaired.replace(/\r\n?/g, '\n');
        const firstBad = lineAt(normalised, normalised.indexOf(REPLACEMENT));
        if (!hasNonAsciiOtherThanReplacement(repaired)) {
          // Not one valid multi-byte sequence: a single-byte encoding. Windows-1252 is what the web (and WHATWG's
          // "latin1" label) means by Latin-1, and it decodes every byte to something.
          const body = startsWithBytes(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
          text = decodeWindows1252(body);
          warnings.push({
            line: firstBad,
            reason: 'not valid UTF-8; decoded as Windows-1252 (Latin-1); save as UTF-8 to avoid this',
          });
        } else if (replaced > ALWAYS_REPAIRED && replaced / repaired.length > MAX_REPLACED_SHARE) {
          return {
            ok: false,
            problem: {
              line: firstBad,
              reason: `not valid UTF-8 (${replaced} undecodable byte sequences, mixed encodings?); re-save the file as UTF-8`,
            },
          };
        } else {
          text = repaired;
          warnings.push({
            line: firstBad,
            reason: `${replaced} invalid UTF-8 byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`,
          });
        }
      }
    }
  }

  if (text.includes('\u0000')) return binary(`NUL character at line ${lineAt(text, text.indexOf('\u0000'))}`);
  const sampled = Math.min(text.length, SAMPLE_BYTES);
  const controls = countControls(text, sampled);
  if (controls > 0 && controls / sampled > MAX_CONTROL_SHARE) {
    return binary(`${controls} control characters in the first ${sampled} characters`);
  }

  return { ok: true, text: normaliseLineEndings(text, warnings), warnings };
}
