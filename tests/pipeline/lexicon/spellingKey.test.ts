import { describe, expect, it } from 'vitest';
import { plainLetters, wordKey } from '../../../src/pipeline/lexicon/spellingKey.ts';
import { aliasShape } from '../../../src/pipeline/lexicon/trieMatcher.ts';

const key = (s: string): string => aliasShape(s).key;

describe('spelling key', () => {
  it('folds case and diacritics', () => {
    expect(wordKey('Kobanê')).toBe(wordKey('KOBANE'));
    expect(wordKey('Sinjār')).toBe(wordKey('sinjar'));
  });

  it('folds the transliteration variants of one name', () => {
    const deir = [
      'Deir el-Zour',
      'Deir ez-Zour',
      'Deir ez-Zor',
      'Dayr az Zawr',
      'Deir al-Zor',
      'Dayr al-Zawr',
      'Deyr ez-Zor',
    ];
    expect(new Set(deir.map(key)).size).toBe(1);
    expect(new Set(['Raqqa', 'Raqqah', 'Rakka', 'ar-Raqqa', 'al-Raqqah'].map(key)).size).toBe(1);
    expect(new Set(['Ain al-Arab', 'Ayn al-Arab', 'Ayn al ‘Arab', "'Ayn al 'Arab", 'Ain el Arab'].map(key)).size).toBe(
      1,
    );
    expect(new Set(['al-Qaeda', 'al-Qaida', 'Al Qaeda', "al-Qa'ida"].map(key)).size).toBe(1);
    expect(new Set(['Hasakah', 'Hasakeh', 'Hassakeh', 'al-Hasakah'].map(key)).size).toBe(1);
  });

  it('drops the English-looking articles only when a hyphen binds them', () => {
    expect(key('as-Suwayda')).toBe(key('Suwayda'));
    expect(key('at Tanf')).not.toBe(key('Tanf'));
    expect(key('at-Tanf')).toBe(key('Tanf'));
  });

  it('keeps word boundaries, so two words never read as one', () => {
    expect(key('Is IS')).not.toBe(key('ISIS'));
  });

  it('does not fold unrelated names together', () => {
    expect(key('Homs')).not.toBe(key('Hama'));
    expect(key('Idlib')).not.toBe(key('Iraq'));
    expect(key('Mosul')).not.toBe(key('Musil Island'));
  });

  it('gives plain ASCII words the same letters as the full fold', () => {
    // The full fold (NFKD, marks, case, special letters, anything outside a-z0-9), as plainLetters writes it.
    const fullFold = (w: string): string =>
      w
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(
          /[ıłøæœßđðþħ]/g,
          (c) => ({ ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ħ: 'h' })[c] ?? c,
        )
        .replace(/[^a-z0-9]/g, '');
    for (const w of ['Took', 'TAKES', 'al', 'M23', '2015', '', 'x', 'ISIS', 'Mosul'])
      expect(plainLetters(w)).toBe(fullFold(w));
    // Words outside plain ASCII still go through every fold.
    expect(plainLetters('Kobanê')).toBe('kobane');
    expect(plainLetters('Qa’im')).toBe('qaim');
    expect(plainLetters('Łódź')).toBe('lodz');
    expect(plainLetters('Straße')).toBe('strasse');
    expect(plainLetters("Ma'arrat")).toBe('maarrat');
    expect(plainLetters('ДАИШ')).toBe('');
  });
});
