import { describe, expect, it } from 'vitest';
import { excerptTitle, makeTitle, prepositionBefore } from '../../../src/pipeline/assemble/title.ts';

const at = (name: string, preposition: string | null = null) => ({ name, preposition });

describe('makeTitle', () => {
  it('says who did what where when all are known', () => {
    expect(makeTitle('capture', 'Al-Shabaab', ['Al-Shabaab'], at('Kismayo'), '')).toBe('Al-Shabaab captures Kismayo');
    expect(makeTitle('recapture', 'Somali army', ['Somali army'], at('Kismayo'), '')).toBe(
      'Somali army retakes Kismayo',
    );
    expect(makeTitle('airstrike', 'AFRICOM', ['AFRICOM'], at('Jilib'), '')).toBe('AFRICOM airstrike in Jilib');
  });

  it('agrees the verb with a plural actor name', () => {
    expect(makeTitle('capture', 'Houthi rebels', ['Houthi rebels'], at('Sanaa'), '')).toBe(
      'Houthi rebels capture Sanaa',
    );
    expect(makeTitle('recapture', 'Kurdish forces', ['Kurdish forces'], at('Kobani'), '')).toBe(
      'Kurdish forces retake Kobani',
    );
  });

  it('repeats the preposition the text puts before the place, when it changes the meaning', () => {
    expect(makeTitle('airstrike', 'AFRICOM', ['AFRICOM'], at('Jilib', 'near'), '')).toBe(
      'AFRICOM airstrike near Jilib',
    );
    expect(makeTitle('withdrawal', 'Al-Shabaab', ['Al-Shabaab'], at('Baidoa', 'from'), '')).toBe(
      'Al-Shabaab withdraws from Baidoa',
    );
    expect(makeTitle('withdrawal', 'Al-Shabaab', ['Al-Shabaab'], at('Baidoa', 'towards'), '')).toBe(
      'Al-Shabaab withdrawal towards Baidoa',
    );
    expect(makeTitle('withdrawal', 'Al-Shabaab', ['Al-Shabaab'], at('Baidoa', 'in'), '')).toBe(
      'Al-Shabaab withdrawal in Baidoa',
    );
  });

  it('names no agent when none is known', () => {
    expect(makeTitle('capture', null, ['Al-Shabaab', 'Somali army'], at('Kismayo'), '')).toBe('Capture of Kismayo');
    expect(makeTitle('statement', null, [], null, '')).toBe('Statement');
    expect(makeTitle('siege', 'Somali army', ['Somali army'], at('Baidoa'), '')).toBe('Siege of Baidoa');
  });

  it('lists participants for agreements and incidents', () => {
    expect(makeTitle('agreement', null, ['Sudan', 'South Sudan', 'Egypt'], null, '')).toBe(
      'Agreement between Sudan and South Sudan',
    );
    expect(makeTitle('incident', null, ['Navy'], at('Strait'), '')).toBe('Incident involving Navy in Strait');
  });

  it("uses the clause's first words for 'other'", () => {
    expect(
      makeTitle('other', null, [], null, '“Talks resumed quietly in the capital after a long pause, officials said.'),
    ).toBe('Talks resumed quietly in the capital after a long…');
    expect(excerptTitle('  in May,')).toBe('In May');
    expect(excerptTitle('However, talks resumed in May.')).toBe('Talks resumed in May');
  });

  it('reads the preposition before a place', () => {
    const t = 'Fighters retreated towards the town of Jarablus.';
    expect(prepositionBefore(t, t.indexOf('Jarablus'))).toBe('towards');
    const u = 'Militants were driven out of Sirte.';
    expect(prepositionBefore(u, u.indexOf('Sirte'))).toBe('of');
    expect(prepositionBefore('Sirte fell.', 0)).toBeNull();
  });
});
