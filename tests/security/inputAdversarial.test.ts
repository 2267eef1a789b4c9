/**
 * Bounded time for the input stage: files just under the size limit, built to hit the worst case of each step
 * (many keys, many tags, many line endings, many bad bytes). The vitest timeout is the guard; no timing
 * assertion. Each input is near MAX_ARTICLE_BYTES, the largest a file can be and still be read.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parseArticleFile } from '../../src/pipeline/input/index.ts';

const TODAY = '2026-11-21';
const NEAR_LIMIT = MAX_ARTICLE_BYTES - 64;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function fill(unit: string, bytes = NEAR_LIMIT): string {
  return unit.repeat(Math.floor(bytes / unit.length));
}

function outcome(name: string, bytes: Uint8Array): string {
  const r = parseArticleFile(name, bytes, { today: TODAY });
  return r.ok ? `accepted with ${r.warnings.length} warnings` : 'rejected';
}

describe('input stage on worst-case files near the size limit', () => {
  it('front matter with 100 000 keys: one pass for key lines, warnings capped', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n');
    const r = parseArticleFile('keys.md', utf8(`---\n${keys}\n---\nText.`), { today: TODAY });
    expect(r.ok && r.warnings.map((w) => w.reason).at(-1)).toBe('… and 99995 more unused front matter keys');
  }, 15_000);

  it('deeply nested YAML flow collections', () => {
    const depth = 50_000;
    expect(outcome('nest.md', utf8(`---\ntitle: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\nText.`))).toMatch(
      /accepted|rejected/,
    );
  }, 15_000);

  it('YAML aliases referring to aliases (billion laughs) do not expand', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i += 1)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    expect(outcome('laughs.md', utf8(`---\n${lines.join('\n')}\ntitle: T\n---\nText.`))).toMatch(/^accepted/);
  }, 15_000);

  for (const [name, unit] of [
    ['tags', '<a '],
    ['closed tags', '<b>x</b>'],
    ['comment openers', '<!--'],
    ['CR only', '\r'],
    ['CRLF', '\r\n'],
    ['dashes', '---\n'],
    ['colons', 'a: '],
    ['quotes', '"\'"'],
  ] as const) {
    it(`body of repeated ${name}`, () => {
      expect(outcome(`${name}.md`, utf8(`Intro.\n${fill(unit)}`))).toMatch(/accepted|rejected/);
    }, 15_000);
  }

  it('a file of invalid UTF-8 bytes between valid ones', () => {
    const bytes = new Uint8Array(NEAR_LIMIT);
    for (let i = 0; i < bytes.length; i += 3) {
      bytes[i] = 0xc3;
      bytes[i + 1] = 0xa9; // é
      bytes[i + 2] = 0xff;
    }
    expect(outcome('broken.md', bytes)).toBe('rejected');
  }, 15_000);

  it('a Windows-1252 file of only high bytes', () => {
    expect(outcome('latin.txt', new Uint8Array(NEAR_LIMIT).fill(0x93))).toMatch(/^accepted/);
  }, 15_000);
});
