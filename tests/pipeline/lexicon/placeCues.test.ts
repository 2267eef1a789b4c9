/**
 * More of the writer's cues that a name is a place (src/pipeline/lexicon/placeUnlisted.ts) and that it is not
 * (placeInLongerName.ts), on invented names so that no gazetteer row can answer for the rule; negatives included.
 */
import { describe, expect, it } from 'vitest';
import { placeMentionsIn } from './lexicon.ts';

const found = (sentence: string): { text: string; kind: string; countryCode: string | null }[] =>
  placeMentionsIn(sentence).map((m) => ({ text: m.text, kind: m.place.kind, countryCode: m.place.countryCode }));
const texts = (sentence: string): string[] => found(sentence).map((f) => f.text);

describe('places cued by the noun around them', () => {
  it('reads a name in apposition to "a suburb", "a neighbourhood", "a quarter" as a place', () => {
    expect(texts('Gunmen killed 30 people in Kordavi, a suburb south of Tunis, on Monday.')).toContain('Kordavi');
    expect(texts('Shells hit Ouminda, a poor neighbourhood of Niamey, overnight.')).toContain('Ouminda');
    // A person in apposition is no place.
    expect(texts('Police arrested Karel Vosta, a suburb resident, in Prague.')).not.toContain('Karel Vosta');
  });

  it('reads a name after "the forest of", "the desert of" as a region', () => {
    expect(found('Troops pursued rebels into the forest of Trelouma in Algeria.')).toContainEqual({
      text: 'Trelouma',
      kind: 'region',
      countryCode: 'DZ',
    });
    // Lower case after the noun is no name.
    expect(texts('Troops pursued rebels into the forest of pines in Algeria.')).toEqual(['Algeria']);
  });

  it('reads "the X transit camp", "the X detention camp" as the place X', () => {
    expect(texts('Gunmen attacked the Mavuno transit camp in Burundi.')).toContain('Mavuno');
    expect(texts('Guards shot two inmates at the Korveli detention camp in Uganda.')).toContain('Korveli');
    // A lower-case word before "camp" is no name.
    expect(texts('Gunmen attacked the transit camp in Burundi.')).toEqual(['Burundi']);
  });

  it('reads a name before "regency", "prefecture", "municipality" as a place', () => {
    expect(texts('Rebels killed nine workers in Tolimbe regency in Indonesia.')).toContain('Tolimbe');
    expect(texts('Jihadists raided Diakoro prefecture in Guinea.')).toContain('Diakoro');
    // Plural: an adjective of the noun ("several municipalities"), not a name.
    expect(texts('Floods hit several municipalities in Guinea.')).toEqual(['Guinea']);
  });

  it('reads "the X peninsula" as the region X, and "the X National Park" as a region', () => {
    expect(found('Troops shelled the Ras Marvo peninsula in Eritrea.')).toContainEqual({
      text: 'Ras Marvo',
      kind: 'region',
      countryCode: 'ER',
    });
    expect(found('Soldiers killed 12 gunmen inside the Kolobe National Park in Benin.')).toContainEqual({
      text: 'Kolobe National Park',
      kind: 'region',
      countryCode: 'BJ',
    });
  });

  it('reads a name after "a police station in", "an army position at" as a place', () => {
    expect(texts('Gunmen attacked a police station in Tandoli in Benin.')).toContain('Tandoli');
    expect(texts('Jihadists overran an army position at Sorbeni in Niger.')).toContain('Sorbeni');
    // "station" not before the name: "in" alone is too weak.
    expect(texts('The station reported that Tandoli was calm in Benin.')).not.toContain('Tandoli');
  });

  it('ends a name at a possessive: "Yala\'s Bannang Sata district" is two places', () => {
    expect(texts("Gunmen shot a farmer in Pattani's Kolok Mawi district in Thailand.")).toEqual([
      'Pattani',
      'Kolok Mawi',
      'Thailand',
    ]);
  });
});

describe('names of news outlets are no places', () => {
  it('does not read the place in "(X Wire)", "the X Post" as a place', () => {
    expect(texts('DJIBOUTI, 12 June (Bab el-Mandeb Wire) - Troops moved north.')).toEqual(['DJIBOUTI']);
    expect(texts('The Kyiv Post reported shelling in Kharkiv.')).toEqual(['Kharkiv']);
    expect(texts('Syria TV said fighting went on.')).toEqual([]);
  });

  it('still reads the place before a lower-case word or a non-outlet noun', () => {
    expect(texts('Reporters in Kyiv posted pictures of the damage.')).toEqual(['Kyiv']);
    expect(texts('Troops entered Kharkiv Wednesday.')).toContain('Kharkiv');
  });

  it('draws an unlisted village in the country, not in a region of no country named by an outlet', () => {
    expect(found('(Black Sea Wire) Troops retook a post near the village of Tsebeli in Georgia.')).toContainEqual({
      text: 'Tsebeli',
      kind: 'town',
      countryCode: 'GE',
    });
  });
});

describe('streets named after towns are no places', () => {
  it('does not read the town in "X street", "X Avenue"', () => {
    expect(texts('A car bomb went off in Arequipa street in Lima.')).toEqual(['Lima']);
    expect(texts('Protesters marched down Damascus Avenue in Amman.')).toEqual(['Amman']);
  });

  it('still reads a town before other nouns', () => {
    expect(texts('Police closed the road to Arequipa on Monday.')).toContain('Arequipa');
    expect(texts('Gunmen attacked the Arequipa market in Peru.')).toContain('Arequipa');
  });
});

describe('first-level divisions with short names', () => {
  it('reads a populous division whose name folds to a short key bare ("Aceh", "Edo")', () => {
    expect(found('Troops parachuted into Aceh on Monday.')).toContainEqual({
      text: 'Aceh',
      kind: 'province',
      countryCode: 'ID',
    });
    expect(texts('Gunmen kidnapped six farmers in Edo on Monday.')).toEqual(['Edo']);
    // The capital keeps its own name where a division shares it: the city, the larger place.
    expect(found('Shelling hit Kyiv on Monday.')).toContainEqual({ text: 'Kyiv', kind: 'city', countryCode: 'UA' });
  });
});
