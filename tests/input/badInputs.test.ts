/** Every input of the bad-input corpus, one file at a time, with its outcome and its exact message lines. */
import { describe, expect, it } from 'vitest';
import { formatInputProblem } from '../../src/model/index.ts';
import { MAX_ARTICLE_BYTES, parseArticleFile } from '../../src/pipeline/input/index.ts';
import { BAD_INPUTS, HUGE_ARTICLE_BYTES, PAYLOADS, TODAY, type BadInput } from './badInputs.ts';

function parse(input: BadInput) {
  return parseArticleFile(input.file, input.bytes, { today: TODAY });
}

function byFile(file: string): BadInput {
  const found = BAD_INPUTS.find((b) => b.file === file);
  if (found === undefined) throw new Error(`no corpus entry ${file}`);
  return found;
}

function acceptedArticle(file: string) {
  const r = parse(byFile(file));
  if (!r.ok) throw new Error(`expected ${file} to be accepted: ${formatInputProblem(r.problem)}`);
  return r;
}

function expectLines(actual: readonly string[], expected: readonly (string | RegExp)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((line, i) => {
    if (typeof line === 'string') expect(actual[i]).toBe(line);
    else expect(actual[i]).toMatch(line);
  });
}

describe('bad-input corpus, file by file', () => {
  for (const input of BAD_INPUTS.filter((b) => b.folderLevel !== true)) {
    it(`${input.file} is ${input.outcome}: ${input.about}`, () => {
      const r = parse(input);
      if (input.outcome === 'rejected') {
        expect(r.ok).toBe(false);
        if (!r.ok) expectLines([formatInputProblem(r.problem)], input.lines ?? []);
      } else {
        if (!r.ok) throw new Error(`rejected: ${formatInputProblem(r.problem)}`);
        expectLines(r.warnings.map(formatInputProblem), input.outcome === 'warned' ? (input.lines ?? []) : []);
        expect(r.article.text.trim()).not.toBe('');
      }
    });
  }

  it('every message is exactly one line', () => {
    for (const input of BAD_INPUTS) {
      const r = parse(input);
      const lines = r.ok ? r.warnings.map(formatInputProblem) : [formatInputProblem(r.problem)];
      for (const line of lines) expect(line).not.toMatch(/[\n\r]/);
    }
  });

  it('rejects a 20 MB article over the size limit even when its content is plain text', () => {
    expect(HUGE_ARTICLE_BYTES).toBeGreaterThan(MAX_ARTICLE_BYTES);
    const r = parseArticleFile('huge.md', new Uint8Array(HUGE_ARTICLE_BYTES).fill(0x61), { today: TODAY });
    expect(r.ok ? 'accepted' : formatInputProblem(r.problem)).toBe(
      'huge.md: file is 20 MB, over the 2 MB limit for one article; split it or keep only the article text',
    );
  });
});

describe('what the accepted awkward inputs turn into', () => {
  it('UTF-8 with a stray byte keeps every good character and marks the bad one', () => {
    const { article } = acceptedArticle('utf8-few-invalid.md');
    expect(article.text).toBe(
      'Fighting in Deir ez-Zor\nCivilians fled the café district.\nShelling resumed \uFFFD at dawn.\n',
    );
  });

  it('Latin-1 text is decoded to the right letters', () => {
    expect(acceptedArticle('latin1.txt').article.text).toBe(
      'Les forces kurdes ont repris Kobané.\nLe général a parlé à la presse.\n',
    );
  });

  it('UTF-16 with a BOM is decoded and its front matter read', () => {
    const { article } = acceptedArticle('utf16le-bom.md');
    expect(article).toMatchObject({ title: 'Wide', published: '2016-10-17' });
    expect(article.text).toBe('Iraqi forces began the offensive on Mosul.\n');
    expect(acceptedArticle('utf16be-bom.txt').article.text).toBe('Kurdish fighters entered Manbij.\n');
    expect(acceptedArticle('utf16le-no-bom.txt').article.text).toBe('Rebels withdrew from eastern Aleppo.\n');
  });

  it('a UTF-8 BOM is stripped so the front matter is still recognised', () => {
    const { article } = acceptedArticle('utf8-bom.md');
    expect(article).toMatchObject({ title: 'With BOM', published: '2015-06-16' });
    expect(article.text.startsWith('\uFEFF')).toBe(false);
  });

  it('CRLF is normalised: the text the app shows has no CR, front matter is read', () => {
    const { article } = acceptedArticle('crlf.md');
    expect(article).toMatchObject({ title: 'Windows', published: '2015-06-16', text: 'Line one.\nLine two.\n' });
  });

  it('a bad published date drops only the field', () => {
    const { article } = acceptedArticle('published-impossible.md');
    expect(article).toMatchObject({ title: 'Bad date', published: null });
    expect(article.text).toContain('recaptured the town of Tadef');
  });

  it('a future published date is kept', () => {
    expect(acceptedArticle('published-future.md').article.published).toBe('2031-01-01');
  });

  it('JavaScript front matter is never evaluated', () => {
    parse(byFile('js-front-matter.md'));
    expect((globalThis as Record<string, unknown>).__frontMatterRan).toBeUndefined();
  });

  it('script payloads in text and front matter are kept verbatim as text, and the javascript: url dropped', () => {
    const { article } = acceptedArticle('payload.md');
    expect(article.title).toBe(`${PAYLOADS.script} Strike ${PAYLOADS.img}`);
    expect(article.publisher).toBe(PAYLOADS.svg);
    expect(article.url).toBeNull();
    expect(article.published).toBe('2017-03-01');
    for (const payload of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg, PAYLOADS.mdLink])
      expect(article.text).toContain(payload);
  });
});
