import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/pipeline/input/decodeArticleBytes.ts';
import { concatBytes, latin1, utf16, utf8 } from './badInputs.ts';

function text(bytes: Uint8Array): string {
  const r = decodeArticleBytes(bytes);
  if (!r.ok) throw new Error(r.problem.reason);
  return r.text;
}

function reasons(bytes: Uint8Array): string[] {
  const r = decodeArticleBytes(bytes);
  return r.ok ? r.warnings.map((w) => `${w.line ?? '-'} ${w.reason}`) : [`rejected ${r.problem.reason}`];
}

describe('decodeArticleBytes', () => {
  it('passes valid UTF-8 through untouched, including non-Latin scripts and U+FFFD written on purpose', () => {
    const s = 'قصف حلب\n«Кобани» — 日本\nA literal \uFFFD stays.\n';
    expect(text(utf8(s))).toBe(s);
    expect(reasons(utf8(s))).toEqual([]);
  });

  it('maps the Windows-1252 punctuation range, not raw C1 controls, for single-byte text', () => {
    // 0x93/0x94 are curly quotes and 0x96 an en dash in Windows-1252; ISO-8859-1 would give invisible controls.
    expect(
      text(concatBytes(latin1('He said '), [0x93], latin1('retreat'), [0x94, 0x20, 0x96], latin1(' then left.'))),
    ).toBe('He said \u201Cretreat\u201D \u2013 then left.');
  });

  it('does not keep a UTF-8 BOM in front of Windows-1252 text', () => {
    expect(text(concatBytes([0xef, 0xbb, 0xbf], latin1('Kobané')))).toBe('Kobané');
  });

  it('decodes UTF-16 surrogate pairs', () => {
    expect(text(utf16('Flag \u{1F1F8}\u{1F1FE} shown', 'le', true))).toBe('Flag \u{1F1F8}\u{1F1FE} shown');
  });

  it('counts the line of the first invalid byte after line endings are normalised', () => {
    expect(reasons(concatBytes(utf8('one\r\ntwo\r\nthr'), [0xc3], utf8('ee café\r\n'))).sort()).toEqual([
      '1 Windows line endings (CRLF) converted to LF',
      '3 1 invalid UTF-8 byte sequence replaced with U+FFFD',
    ]);
  });

  it('converts old Mac CR line endings', () => {
    expect(text(utf8('one\rtwo\r'))).toBe('one\ntwo\n');
    expect(reasons(utf8('one\rtwo'))).toEqual(['1 carriage-return line endings (CR) converted to LF']);
  });

  it('refuses UTF-16 that decodes to NUL characters (e.g. UTF-32 read as UTF-16)', () => {
    const utf32le = concatBytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0, 0x42, 0, 0, 0]);
    expect(reasons(utf32le)[0]).toMatch(/^rejected binary content \(NUL character at line 1\)/);
  });

  it('names common binary formats by their signature', () => {
    expect(reasons(concatBytes([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml')))).toEqual([
      'rejected looks like a ZIP archive (or a .docx/.odt document), not text; save the article text as .md or .txt',
    ]);
    expect(reasons(concatBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))[0]).toMatch(
      /^rejected looks like a PNG image/,
    );
  });

  it('accepts a few stray control characters in otherwise normal text', () => {
    const s = `Page 1\f${'Normal article text. '.repeat(20)}\x07`;
    expect(text(utf8(s))).toBe(s);
  });
});
