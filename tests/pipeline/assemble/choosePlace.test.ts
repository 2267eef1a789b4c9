import { describe, expect, it } from 'vitest';
import { choosePlace } from '../../../src/pipeline/assemble/choosePlace.ts';
import type { PlaceMention } from '../../../src/pipeline/types.ts';

type Kind = PlaceMention['place']['kind'];

function places(text: string, names: ReadonlyArray<readonly [string, Kind]>): PlaceMention[] {
  return names.map(([name, kind]) => {
    const start = text.indexOf(name);
    return {
      start,
      end: start + name.length,
      text: name,
      place: { name, kind, lat: 0, lon: 0, country: 'X', countryCode: null, admin1: null },
    };
  });
}

describe('choosePlace', () => {
  it('prefers the most specific place', () => {
    const text = "Fighting in Yemen's Marib province reached the city of Harib.";
    expect(
      choosePlace(
        text,
        places(text, [
          ['Yemen', 'country'],
          ['Marib', 'province'],
          ['Harib', 'city'],
        ]),
      )?.text,
    ).toBe('Harib');
  });

  it('takes the first of equally specific places', () => {
    const text = 'Militants seized Sirte and Derna.';
    expect(
      choosePlace(
        text,
        places(text, [
          ['Sirte', 'city'],
          ['Derna', 'city'],
        ]),
      )?.text,
    ).toBe('Sirte');
  });

  it('does not take a landmark ("near X", "km north of X") when another place is named', () => {
    const text = 'The village of Tarin, 40 km north of Kandahar and near Herat, was shelled.';
    expect(
      choosePlace(
        text,
        places(text, [
          ['Kandahar', 'city'],
          ['Herat', 'city'],
          ['Tarin', 'town'],
        ]).sort((a, b) => a.start - b.start),
      )?.text,
    ).toBe('Tarin');
    const only = 'The blast struck a market near Kandahar.';
    expect(choosePlace(only, places(only, [['Kandahar', 'city']]))?.text).toBe('Kandahar');
  });

  it('leaves the place open when two countries and nothing finer are named', () => {
    const text = 'Jets struck targets in Somalia and Kenya.';
    expect(
      choosePlace(
        text,
        places(text, [
          ['Somalia', 'country'],
          ['Kenya', 'country'],
        ]),
      ),
    ).toBeNull();
    const one = 'Jets struck targets in Somalia.';
    expect(choosePlace(one, places(one, [['Somalia', 'country']]))?.text).toBe('Somalia');
  });

  it('ignores places inside excluded spans (the date expression)', () => {
    const text = "Two days after Sirte's fall, militants entered Derna.";
    const ps = places(text, [
      ['Sirte', 'city'],
      ['Derna', 'city'],
    ]);
    expect(choosePlace(text, ps, [{ start: 0, end: text.indexOf(',') }])?.text).toBe('Derna');
  });

  it('reads a name that is also an actor as the actor, unless a locative precedes it', () => {
    const text = 'Ankara signed a pact with Turkey-backed groups, and troops deployed in Turkey.';
    const all = places(text, [['Turkey', 'country']]);
    const actorSpan = [{ start: all[0]?.start ?? 0, end: all[0]?.end ?? 0 }];
    expect(choosePlace(text, all, [], actorSpan)).toBeNull();
    const second = text.lastIndexOf('Turkey');
    const inTurkey: PlaceMention[] = [
      {
        start: second,
        end: second + 6,
        text: 'Turkey',
        place: { name: 'Turkey', kind: 'country', lat: 0, lon: 0, country: 'Turkey', countryCode: 'TR', admin1: null },
      },
    ];
    expect(choosePlace(text, inTurkey, [], [{ start: second, end: second + 6 }])?.text).toBe('Turkey');
  });

  it('takes the place a division in apposition locates, even after "near"', () => {
    const text = 'Drones struck a market near Bulo Marer, in the Lower Shabelle region, on Monday.';
    const found = places(text, [
      ['Bulo Marer', 'town'],
      ['Lower Shabelle', 'province'],
    ]);
    expect(choosePlace(text, found)?.text).toBe('Bulo Marer');
  });

  it('keeps a division that is not in apposition, and a landmark with nothing to locate it', () => {
    const text = 'Troops advanced near Bulo Marer and shelled the Lower Shabelle region.';
    const found = places(text, [
      ['Bulo Marer', 'town'],
      ['Lower Shabelle', 'province'],
    ]);
    expect(choosePlace(text, found)?.text).toBe('Lower Shabelle');
  });
});

describe('choosePlace: a place that only locates the one before it', () => {
  it('takes the place "near X, also in Y" locates, whatever Y is read as but a country', () => {
    const text = 'Rebels ambushed a convoy near Tonbo, also in Magway, on Sunday.';
    for (const kind of ['city', 'province', 'region'] as const)
      expect(
        choosePlace(
          text,
          places(text, [
            ['Tonbo', 'town'],
            ['Magway', kind],
          ]),
        )?.text,
      ).toBe('Tonbo');
  });

  it('leaves a landmark a landmark when what follows is no apposition', () => {
    const text = 'Rebels ambushed a convoy near Tonbo and then seized Magway on Sunday.';
    expect(
      choosePlace(
        text,
        places(text, [
          ['Tonbo', 'town'],
          ['Magway', 'city'],
        ]),
      )?.text,
    ).toBe('Magway');
  });
});

describe('choosePlace: borders are landmarks', () => {
  it('reads "close to the border with X" as a landmark, the place near it as the scene', () => {
    const text = 'Soldiers raided a camp near Tonbo, close to the border with Magway region.';
    expect(
      choosePlace(
        text,
        places(text, [
          ['Tonbo', 'town'],
          ['Magway', 'province'],
        ]),
      )?.text,
    ).toBe('Tonbo');
    const scene = 'Soldiers raided a camp in Magway, on the border with Tonbo.';
    expect(
      choosePlace(
        scene,
        places(scene, [
          ['Magway', 'province'],
          ['Tonbo', 'town'],
        ]),
      )?.text,
    ).toBe('Magway');
  });

  it('reads a name before "neighbourhood of" as a part of the place after it', () => {
    const text = 'Gunmen killed 30 people in the Wharf Jeremie neighbourhood of Cite Soleil on Sunday.';
    const ps = places(text, [
      ['Jeremie', 'city'],
      ['Cite Soleil', 'town'],
    ]);
    expect(choosePlace(text, ps)?.text).toBe('Cite Soleil');
    // Without the cue, the first of two places of one scale.
    const plain = 'Gunmen killed 30 people in Jeremie and Cite Soleil on Sunday.';
    expect(
      choosePlace(
        plain,
        places(plain, [
          ['Jeremie', 'city'],
          ['Cite Soleil', 'town'],
        ]),
      )?.text,
    ).toBe('Jeremie');
  });

  it('ranks a named place above "the capital" of the same scale', () => {
    const text = 'A gang in the capital killed 20 people in Cabaret on Monday.';
    const ps = places(text, [
      ['the capital', 'city'],
      ['Cabaret', 'town'],
    ]);
    expect(choosePlace(text, ps)?.text).toBe('Cabaret');
    const alone = 'A curfew was declared in the capital on Monday.';
    expect(choosePlace(alone, places(alone, [['the capital', 'city']]))?.text).toBe('the capital');
  });

  it("reads a place that names a group's branch as no scene", () => {
    const text = 'JNIM, the Sahel branch of al Qaeda, claimed the attack on Sunday.';
    expect(choosePlace(text, places(text, [['Sahel', 'region']]))).toBeNull();
    const inText = "JNIM, al Qaeda's affiliate in the Sahel, claimed the attack on Sunday.";
    expect(choosePlace(inText, places(inText, [['Sahel', 'region']]))).toBeNull();
    // Not a branch: the place is the scene.
    const plain = 'Jihadists attacked an army post in the Sahel on Sunday.';
    expect(choosePlace(plain, places(plain, [['Sahel', 'region']]))?.text).toBe('Sahel');
  });

  it('takes "near X" as the scene when nothing else is named, even before back-references are asked', () => {
    const text = 'Soldiers killed 11 rebels in an operation near Eringeti on Monday.';
    const ps = places(text, [['Eringeti', 'town']]);
    // Without landmarks (the first pass of assembly), a place "near" still counts; a bearing does not.
    expect(choosePlace(text, ps, [], [], false)?.text).toBe('Eringeti');
    const bearing = 'The rebels advanced to within 200 km of Addis Ababa in November.';
    expect(choosePlace(bearing, places(bearing, [['Addis Ababa', 'city']]), [], [], false)).toBeNull();
    const north = 'Jets struck a convoy north of Kidal on Monday.';
    expect(choosePlace(north, places(north, [['Kidal', 'town']]), [], [], false)).toBeNull();
    // A place named otherwise wins over the one "near" it.
    const both = 'Rebels shelled Sake, near Goma, on Monday.';
    expect(
      choosePlace(
        both,
        places(both, [
          ['Sake', 'town'],
          ['Goma', 'city'],
        ]),
        [],
        [],
        false,
      )?.text,
    ).toBe('Sake');
  });
});

describe('choosePlace: the places of a report and of another event', () => {
  const pick = (text: string, names: ReadonlyArray<readonly [string, Kind]>): string | undefined =>
    choosePlace(text, places(text, names))?.text;

  it('does not take where someone spoke for the scene when something else is named', () => {
    const text = 'The president, speaking in Accra on Friday, ordered troops into Bawku region.';
    expect(
      pick(text, [
        ['Accra', 'city'],
        ['Bawku', 'region'],
      ]),
    ).toBe('Bawku');
    const told = 'Rebels shelled Kharkiv on Friday, the minister told reporters in Kyiv.';
    expect(
      pick(told, [
        ['Kharkiv', 'city'],
        ['Kyiv', 'city'],
      ]),
    ).toBe('Kharkiv');
  });

  it('keeps the place where someone spoke when no other is named, and a place "in" an event', () => {
    expect(pick('The president, speaking in Accra on Friday, declared a curfew.', [['Accra', 'city']])).toBe('Accra');
    const text = 'Gunmen said in a video that they attacked Lodwar, near Kakuma town on Friday.';
    expect(pick(text, [['Lodwar', 'city']])).toBe('Lodwar');
  });

  it('reads the places of a phrase counted from another event as landmarks', () => {
    const text = 'Jets bombed the Kelbura mountains on Sunday, a week after a bomb in Ankara killed six.';
    expect(
      pick(text, [
        ['Kelbura mountains', 'region'],
        ['Ankara', 'city'],
      ]),
    ).toBe('Kelbura mountains');
    const days = 'Troops shelled Tillia district on Monday, two days before the fall of Menaka.';
    expect(
      pick(days, [
        ['Tillia', 'region'],
        ['Menaka', 'city'],
      ]),
    ).toBe('Tillia');
  });

  it('leaves a bare "since" clause alone: it may be the dated event itself', () => {
    const text = 'Tension rose in Tillia district since a soldier was killed in Tonkara on 28 May.';
    expect(
      pick(text, [
        ['Tillia', 'region'],
        ['Tonkara', 'city'],
      ]),
    ).toBe('Tonkara');
  });
});
