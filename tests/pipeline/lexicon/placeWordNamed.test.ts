/** Listed places named like an everyday word (src/pipeline/lexicon/placeWordNamed.ts): "Hit" in Iraq. */
import { describe, expect, it } from 'vitest';
import { placeMentionsIn } from './lexicon.ts';

const names = (sentence: string, article?: string): string[] =>
  placeMentionsIn(sentence, article).map((m) => m.place.name);

describe('places named like an everyday word', () => {
  const iraq = 'Iraqi forces massed in Anbar province. Militants captured Hit after a siege of several days.';

  it('reads the capitalised word as the town where the story is about its country', () => {
    expect(names('Militants captured Hit after a siege of several days.', iraq)).toEqual(['Hit']);
    expect(names('Jets struck positions near Hit in western Iraq.')).toContain('Hit');
  });

  it('reads no town in the lower-case word, at the start of a sentence, or in a story elsewhere', () => {
    expect(names('A mortar round hit the base in Iraq.')).toEqual(['Iraq']);
    const opening = 'Iraqi forces massed in Anbar province. Hit by shelling, the militants withdrew.';
    expect(names('Hit by shelling, the militants withdrew.', opening)).toEqual([]);
    const nigeria = 'Troops deployed in Borno state, Nigeria. The song became a Hit on local radio.';
    expect(names('The song became a Hit on local radio.', nigeria)).toEqual([]);
  });
});
