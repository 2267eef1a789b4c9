/** A building or district is reported at its town (src/pipeline/lexicon/placeBuilding.ts). */
import { describe, expect, it } from 'vitest';
import { compileLexicon, findPlaces, type RawLexicon } from '../../../src/pipeline/lexicon/index.ts';
import { noEventTypes, placeMentionsIn } from './lexicon.ts';

const named = (sentence: string): { text: string; name: string; kind: string }[] =>
  placeMentionsIn(sentence).map((m) => ({ text: m.text, name: m.place.name, kind: m.place.kind }));

describe('buildings are reported at their town', () => {
  it('reads a mosque or a prison as the town it stands in, keeping the words of the text', () => {
    expect(named('Militants blew up the al-Nuri mosque overnight.')).toEqual([
      { text: 'al-Nuri mosque', name: 'Mosul', kind: 'city' },
    ]);
    expect(named('Inmates rioted inside Ghwayran prison.')[0]).toMatchObject({ name: 'Hasakah' });
  });

  it('keeps sites outside towns as sites', () => {
    expect(named('Engineers inspected the Mosul Dam.')[0]).toMatchObject({ name: 'Mosul Dam', kind: 'site' });
    expect(named('Jets took off from Hmeimim air base.')[0]).toMatchObject({ kind: 'site' });
  });

  it('keeps a building with no listed town near it', () => {
    const raw: RawLexicon = {
      actors: { forceNouns: [], proxySuffixes: [], notActors: [], actors: [] },
      places: {
        places: [
          { name: 'Desert Palace', kind: 'site', lat: 30, lon: 40, country: 'Syria', aliases: [] },
          { name: 'Far Town', kind: 'town', lat: 31, lon: 40, country: 'Syria', aliases: [] },
        ],
      },
      eventTypes: noEventTypes(),
    };
    const text = 'Shells hit the Desert Palace.';
    const [m] = findPlaces(compileLexicon(raw), text, { start: 0, end: text.length }, text);
    expect(m?.place).toMatchObject({ name: 'Desert Palace', kind: 'site' });
  });
});
