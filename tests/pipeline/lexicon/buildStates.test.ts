import { describe, expect, it } from 'vitest';
import { splitDemonyms } from '../../../scripts/build-states.ts';

describe('splitDemonyms', () => {
  it('splits the several demonyms world-countries lists in one string', () => {
    expect(splitDemonyms('Bosnian, Herzegovinian')).toEqual(['Bosnian', 'Herzegovinian']);
    expect(splitDemonyms('Kittitian or Nevisian')).toEqual(['Kittitian', 'Nevisian']);
  });

  it('keeps a demonym of several words whole', () => {
    expect(splitDemonyms('South Sudanese')).toEqual(['South Sudanese']);
    expect(splitDemonyms('Sierra Leonean')).toEqual(['Sierra Leonean']);
  });
});
