import { describe, expect, it } from 'vitest';
import { countMarkupTags, looksLikeHtmlPage } from '../../src/pipeline/input/looksLikeHtmlPage.ts';

describe('looksLikeHtmlPage', () => {
  it('recognises saved pages by their document start', () => {
    expect(looksLikeHtmlPage('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtmlPage('\n  <html lang="ar">\n<head>')).toBe(true);
    expect(
      looksLikeHtmlPage('<?xml version="1.0"?>\n<!-- saved from url=(0042)https://example.org -->\n<!doctype HTML>'),
    ).toBe(true);
  });

  it('does not call an article with tags in its text a page', () => {
    expect(looksLikeHtmlPage('<script>alert(1)</script> The article starts with a payload.')).toBe(false);
    expect(looksLikeHtmlPage('<p>Pasted paragraph</p><p>Another</p>')).toBe(false);
    expect(looksLikeHtmlPage('The word <html> appears later in the text.')).toBe(false);
    expect(looksLikeHtmlPage('<htmlish> is not html')).toBe(false);
  });

  it('stops at an unterminated comment instead of scanning on', () => {
    expect(looksLikeHtmlPage(`${'<!--'.repeat(50_000)}`)).toBe(false);
  });
});

describe('countMarkupTags', () => {
  it('counts opening and closing tags with attributes, not comparisons', () => {
    expect(countMarkupTags('<p class="a">x</p> <img src=x onerror=alert(1)> a < b and c > d')).toBe(3);
  });
});
