import { describe, expect, it } from 'vitest';
import { findAll, highlightRuns } from '../../src/app/core/sources/highlight.ts';

const TEXT = 'Militias shelled the port on 3 June. Talks resumed later in Geneva, where the port was discussed.';

describe('highlightRuns', () => {
  it('cuts the text into runs that rebuild it exactly, marking the sentence and its date expression', () => {
    const sentence: [number, number] = [0, 36];
    const runs = highlightRuns({ text: TEXT, sentence, dateText: '3 June', query: '' });
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(
      runs
        .filter((r) => r.inSentence)
        .map((r) => r.text)
        .join(''),
    ).toBe('Militias shelled the port on 3 June.');
    expect(runs.filter((r) => r.isDate).map((r) => r.text)).toEqual(['3 June']);
  });

  it('marks every search hit, inside and outside the sentence, case-insensitively', () => {
    const runs = highlightRuns({ text: TEXT, sentence: [0, 36], dateText: '3 June', query: 'PORT' });
    const hits = runs.filter((r) => r.isHit);
    expect(hits.map((r) => [r.text, r.inSentence])).toEqual([
      ['port', true],
      ['port', false],
    ]);
  });

  it('works without a sentence, and with a date expression not inside it', () => {
    expect(highlightRuns({ text: TEXT, sentence: null, dateText: '3 June', query: '' })).toEqual([
      { text: TEXT, start: 0, inSentence: false, isDate: false, isHit: false, furniture: null, furnitureStart: false },
    ]);
    const runs = highlightRuns({ text: TEXT, sentence: [37, TEXT.length], dateText: '3 June', query: '' });
    expect(runs.some((r) => r.isDate)).toBe(false);
  });

  it('finds no hit for an empty or blank query', () => {
    expect(findAll(TEXT, '   ')).toEqual([]);
    expect(findAll('aaa', 'a')).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('highlightRuns with page furniture', () => {
  it('marks excluded stretches with their reason, and labels each stretch once, at its start', () => {
    const text = 'MENU Home News. Real text here. Photo: AP';
    const runs = highlightRuns({
      text,
      sentence: [16, 31],
      dateText: '',
      query: 'e',
      excluded: [
        { start: 0, end: 15, reason: 'interface label' },
        { start: 32, end: 41, reason: 'credit line' },
      ],
    });
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const furniture = runs.filter((r) => r.furniture !== null);
    expect(furniture.map((r) => r.text).join('')).toBe('MENU Home News.Photo: AP');
    expect(runs.filter((r) => r.furnitureStart).map((r) => [r.start, r.furniture])).toEqual([
      [0, 'interface label'],
      [32, 'credit line'],
    ]);
    expect(runs.some((r) => r.inSentence && r.furniture !== null)).toBe(false);
  });
});
