/**
 * The other side of an attack between states: the state whose places another state strikes. Sentences written
 * for this rule; the committed lexicon through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

function actorsOf(text: string): string[][] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) => [...e.actors]);
}

/** A lead that shows both states acting, so that both take part in the story. */
const BOTH = (a: string, b: string): string => `${a} officials said ${b} forces had been warned. `;

describe('a state attacking places of another state', () => {
  it('names the state whose places it hits as the other side', () => {
    expect(
      actorsOf(BOTH('Eritrean', 'Ethiopian') + 'Eritrean jets bombed the port of Mekelle on Sunday.'),
    ).toContainEqual(['Eritrea', 'Ethiopia']);
    expect(
      actorsOf(BOTH('Pakistani', 'Indian') + 'Pakistani artillery shelled villages in India on Monday.'),
    ).toContainEqual(['Pakistan', 'India']);
    expect(
      actorsOf(BOTH('Armenian', 'Azerbaijani') + "Armenian drones struck Azerbaijan's Ganja on Friday."),
    ).toContainEqual(['Armenia', 'Azerbaijan']);
  });

  it('leaves the country as the place when another party is named, or the state never acts in the story', () => {
    // The Houthis are the side attacked; Yemen is where.
    expect(
      actorsOf('Yemeni officials said so. U.S. warplanes struck Houthi positions in Yemen on Monday.'),
    ).toContainEqual(['United States', 'Houthis']);
    // A country the story never shows acting is only a place.
    expect(actorsOf('Israeli strikes hit houses across Gaza on Sunday.')).toContainEqual(['Israel']);
  });

  it('needs an attack by a state, abroad', () => {
    // No attack: talks.
    expect(actorsOf(BOTH('Azerbaijani', 'Turkish') + 'Turkish officials held talks in Ganja on Monday.')).toEqual([
      ['Turkey'],
    ]);
    // A group, not a state, attacked.
    expect(
      actorsOf(BOTH('Nigerien', 'Malian') + 'JNIM fighters attacked a base in Niger on Monday.'),
    ).not.toContainEqual(["Jama'at Nusrat al-Islam wal-Muslimin", 'Niger']);
    // Its own forces at home.
    expect(actorsOf('Nigerian jets bombed camps in Borno, Nigeria, on Monday.')).toContainEqual(['Nigeria']);
  });
});
