import { describe, expect, it } from 'vitest';
import { excerptTitle, makeTitle } from '../../../src/pipeline/assemble/title.ts';

describe('makeTitle', () => {
  it('says who did what where when all are known', () => {
    expect(makeTitle('capture', 'Al-Shabaab', ['Al-Shabaab'], 'Kismayo', '')).toBe('Al-Shabaab captures Kismayo');
    expect(makeTitle('recapture', 'Somali army', ['Somali army'], 'Kismayo', '')).toBe('Somali army retakes Kismayo');
    expect(makeTitle('airstrike', 'AFRICOM', ['AFRICOM'], 'Jilib', '')).toBe('AFRICOM airstrike in Jilib');
  });

  it('names no agent when none is known', () => {
    expect(makeTitle('capture', null, ['Al-Shabaab', 'Somali army'], 'Kismayo', '')).toBe('Capture of Kismayo');
    expect(makeTitle('statement', null, [], null, '')).toBe('Statement');
    expect(makeTitle('siege', 'Somali army', ['Somali army'], 'Baidoa', '')).toBe('Siege of Baidoa');
  });

  it('lists participants for agreements and incidents', () => {
    expect(makeTitle('agreement', null, ['Sudan', 'South Sudan', 'Egypt'], null, '')).toBe('Agreement between Sudan and South Sudan');
    expect(makeTitle('incident', null, ['Navy'], 'Strait', '')).toBe('Incident involving Navy in Strait');
  });

  it("uses the clause's first words for 'other'", () => {
    expect(makeTitle('other', null, [], null, '“Talks resumed quietly in the capital after a long pause, officials said.')).toBe(
      'Talks resumed quietly in the capital after a long…',
    );
    expect(excerptTitle('  in May,')).toBe('In May');
  });
});
