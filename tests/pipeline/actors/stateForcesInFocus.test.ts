/**
 * Unqualified state forces ("police", "army patrol", "air force planes") are the state the text is about, and
 * nobody when two states share the focus; names a reader uses for a group or a state ("Zapatista National
 * Liberation Army", "Republic of Congo") name it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

describe('unqualified police are the state in focus', () => {
  it('reads "police" as the one state the story is about', () => {
    expect(actorsOf('Police in Kano said they had arrested six suspects.')).toEqual([['Police', 'Nigeria']]);
    expect(actorsOf('In Peshawar, police raided a house on Monday.')).toEqual([['police', 'Pakistan']]);
  });

  it('keeps a named state and a name right before', () => {
    expect(actorsOf('Kenyan police fired tear gas in Mombasa.')).toEqual([['Kenyan police', 'Kenya']]);
    expect(actorsOf('Hamas police patrolled Gaza City.').map(([, a]) => a)).toEqual(['Hamas']);
  });

  it('names nobody when two states share the focus or none is in it', () => {
    expect(actorsOf('Police on both sides of the border between Chad and Sudan were put on alert.')).toEqual([
      ['Chad', 'Chad'],
      ['Sudan', 'Sudan'],
    ]);
    expect(actorsOf('Police said the road was closed.')).toEqual([]);
  });
});

describe('what state forces hold, and their aircraft, are the state in focus', () => {
  it('reads "an army patrol", "army positions" and "air force planes" in one state\'s story', () => {
    expect(actorsOf('Near Cotabato, gunmen ambushed an army patrol.').slice(-1)).toEqual([
      ['army patrol', 'Philippines'],
    ]);
    expect(actorsOf('Near Maiduguri, fighters overran army positions.').slice(-1)).toEqual([
      ['army positions', 'Nigeria'],
    ]);
    expect(actorsOf('Air force planes bombed hills near Kandahar.')).toEqual([['Air force planes', 'Afghanistan']]);
  });

  it('keeps a possessive or a name before: whose forces they are', () => {
    expect(actorsOf('Near Cotabato, the rebels said their army patrol was hit.')).toEqual([]);
    expect(actorsOf('Near Maiduguri, Nigerian army positions were shelled.')).toEqual([['Nigerian army', 'Nigeria']]);
  });
});

describe('common renderings of a name', () => {
  it('reads the English word orders and short forms readers use', () => {
    expect(actorsOf('The Zapatista National Liberation Army seized Ocosingo.')).toEqual([
      ['Zapatista National Liberation Army', 'Zapatista Army of National Liberation'],
    ]);
    expect(actorsOf('Troops entered the Republic of Congo.').slice(-1)).toEqual([
      ['Republic of Congo', 'Republic of the Congo'],
    ]);
    expect(actorsOf('The Cobras took the airport.')).toEqual([['Cobras', 'Cobra militia']]);
    expect(actorsOf('Leaders of the Republic of Serbian Krajina fled.').map(([, a]) => a)).toEqual([
      'Army of the Republic of Serb Krajina',
    ]);
  });

  it('leaves the lower-case word alone', () => {
    expect(actorsOf('A cobra bit the guard.')).toEqual([]);
  });
});
