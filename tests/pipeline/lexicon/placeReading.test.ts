/**
 * The world gazetteer's names as a careful reader reads them (src/pipeline/lexicon/placeReading.ts). Every
 * sentence is written for these tests, from several conflicts; each rule has negatives.
 */
import { describe, expect, it } from 'vitest';
import { placeMentionsIn } from './lexicon.ts';

interface Found {
  readonly text: string;
  readonly name: string;
  readonly code: string | null;
  readonly admin1: string | null;
  readonly kind: string;
}

/** The places of `sentence`, read inside `article` (the sentence alone when none is given). */
function placesIn(sentence: string, article = sentence): Found[] {
  return placeMentionsIn(sentence, article).map((m) => ({
    text: m.text,
    name: m.place.name,
    code: m.place.countryCode,
    admin1: m.place.admin1,
    kind: m.place.kind,
  }));
}

const texts = (sentence: string, article?: string): string[] => placesIn(sentence, article).map((f) => f.text);

describe('places worldwide: what every place carries', () => {
  it('gives a town its country, ISO code and first-level division', () => {
    const [goma, kivu] = placesIn('M23 fighters pushed towards Goma in North Kivu on Tuesday.');
    expect(goma).toMatchObject({ name: 'Goma', code: 'CD', admin1: 'North Kivu', kind: 'city' });
    expect(kivu).toMatchObject({ name: 'North Kivu', code: 'CD', kind: 'province' });
  });

  it('names a country with its code and no division', () => {
    expect(placesIn('Aid convoys crossed into Sudan overnight.')).toEqual([
      { text: 'Sudan', name: 'Sudan', code: 'SD', admin1: null, kind: 'country' },
    ]);
  });

  it('reads a division through its division word, the bare name as the city', () => {
    expect(placesIn('Shelling hit villages across the Kherson region.')[0]).toMatchObject({
      text: 'Kherson region',
      kind: 'province',
      code: 'UA',
    });
    expect(placesIn('Shelling hit Kherson overnight.')[0]).toMatchObject({ text: 'Kherson', kind: 'city' });
    expect(placesIn('Fighters moved through Borno state last week.')[0]).toMatchObject({
      kind: 'province',
      code: 'NG',
    });
  });

  it('keeps the curated places of Syria and Iraq with their codes', () => {
    expect(placesIn('Airstrikes hit Raqqa.')[0]).toMatchObject({ name: 'Raqqa', code: 'SY' });
  });
});

describe('places worldwide: a person is no place', () => {
  it('reads a name after a first name as a surname', () => {
    expect(texts('Michael Jordan watched the game in Chicago.')).toEqual(['Chicago']);
    expect(texts('Jordan reopened its border crossing with Syria.')).toEqual(['Jordan', 'Syria']);
  });

  it('reads a place named like a first name before a surname as a person', () => {
    expect(texts('Paris Hilton flew home to Paris on Sunday.')).toEqual(['Paris']);
    expect(texts('Israel Katz said the operation would go on.')).toEqual([]);
    expect(texts('Rockets were fired from Israel on Friday.')).toEqual(['Israel']);
  });

  it('reads a name after a title as a person', () => {
    expect(texts('Senator Lincoln met the envoy in Brussels.')).toEqual(['Brussels']);
    expect(texts('Gen. Jackson inspected the front.')).toEqual([]);
  });

  it('reads a name after a first name and a surname as a second surname', () => {
    const article = 'CULIACAN, Mexico - Police said Julio César Chávez López was detained in Sinaloa on Friday.';
    expect(texts(article, article)).toEqual(['CULIACAN', 'Mexico', 'Sinaloa']);
    // A place after one capitalised word, or after a first name and a country, is still a place.
    expect(texts('Fighting spread from Culiacán to Navolato.')).toEqual(['Culiacán', 'Navolato']);
    expect(texts('Refugees reached Jordan Lebanon Cyprus by boat.')).toEqual(['Jordan', 'Lebanon', 'Cyprus']);
  });

  it('reads a quoted name between two names as a nickname', () => {
    expect(texts('Police said Ismael "El Mayo" Zambada was flown to Texas.')).toEqual(['Texas']);
    expect(texts('Joaquín “Maio” Guzmán López was held in Chicago.')).toEqual(['Chicago']);
    // A quoted place after a verb or before a lower-case word is still the place.
    expect(texts('Rebels said "Maio" would fall, and attacked "Maio" province.')).toContain('Maio');
  });

  it('reads a continent as no town, even in a story about a country with a town of that name', () => {
    const article =
      'MANILA - Troops fought militants on Mindanao in the Philippines on Tuesday. ' +
      'The group named a leader in Southeast Asia and Africa.';
    expect(texts('The group named a leader in Southeast Asia and Africa.', article)).toEqual([]);
  });

  it('reads a small town named like the first word of an office or court as that word', () => {
    const article =
      'TEHRAN - Iran said on Saturday that the United States had been warned. ' +
      'The Supreme Leader addressed the nation, and the Supreme Court met in Tehran.';
    const sentence = 'The Supreme Leader addressed the nation, and the Supreme Court met in Tehran.';
    expect(texts(sentence, article)).toEqual(['Tehran']);
    // A large city before such a word stays a place, and so does a town the writer cues.
    expect(texts('The Kherson Regional Council met in Kyiv.')).toContain('Kyiv');
    expect(texts('the town of Supreme Court', 'Louisiana: the town of Supreme Court')).toContain('Supreme');
  });

  it('keeps a place after a country name that is also a first name', () => {
    expect(texts('Refugees crossed from Chad into Sudan.')).toEqual(['Chad', 'Sudan']);
  });
});

describe('places worldwide: names that are English words', () => {
  it('does not read an everyday word as a town', () => {
    expect(texts('Mobile phone networks were down across the region.')).toEqual([]);
    expect(texts('Police said three people were wounded.')).toEqual([]);
    expect(texts('Nice weather helped the harvest, the ministry said.')).toEqual([]);
  });

  it('reads it as the place with the focus or a locative before a large city', () => {
    expect(texts('A storm hit Mobile, Alabama, on Monday.')).toEqual(['Mobile', 'Alabama']);
    expect(texts('A truck was driven into a crowd in Nice in 2016.')).toEqual(['Nice']);
  });

  it('does not take the first word of an unknown longer name', () => {
    expect(texts('Tbilisi said Russian troops had moved deeper into South Ossetia.')).toEqual(['Tbilisi']);
  });
});

describe('places worldwide: small places need the focus or a cue', () => {
  const ukraine =
    'KYIV, Feb 17 - Ukrainian troops withdrew from Avdiivka after months of fighting, the army said. ' +
    'Russian forces had pressed on the town from three sides.';

  it('reads a town of the country the story is about', () => {
    expect(
      placesIn('Ukrainian troops withdrew from Avdiivka after months of fighting, the army said.', ukraine),
    ).toEqual([{ text: 'Avdiivka', name: 'Avdiivka', code: 'UA', admin1: 'Donetsk', kind: 'town' }]);
  });

  it('reads it from a division named in the sentence', () => {
    expect(texts('Fighting flared near Avdiivka in Donetsk oblast.')).toEqual(['Avdiivka', 'Donetsk oblast']);
  });

  it('reads it after "the town of" in a story that names no country, and not without', () => {
    expect(texts('Fighters seized the town of Avdiivka.')).toEqual(['Avdiivka']);
    expect(texts('Fighters seized Avdiivka.')).toEqual([]);
  });

  it('does not take a town of another country when the story is elsewhere', () => {
    const syria = 'Syrian troops shelled rebel positions in Idlib province. They later entered the town of Madan.';
    // Not Madan in Bulgaria: a town the gazetteer lacks, in the story's country (placeUnlisted.ts).
    expect(placesIn('They later entered the town of Madan.', syria)).toEqual([
      { text: 'Madan', name: 'Madan', code: 'SY', admin1: null, kind: 'town' },
    ]);
  });
});

describe('places worldwide: other spellings and names', () => {
  it('reads an exonym where the story is about its country', () => {
    const story = 'Ukraine said air defences were active over Kiev. Officials in Kiev gave no figures.';
    expect(placesIn('Officials in Kiev gave no figures.', story)).toEqual([
      { text: 'Kiev', name: 'Kyiv', code: 'UA', admin1: 'Kyiv City', kind: 'city' },
    ]);
  });

  it('reads the other name of a large city in a story with no focus', () => {
    expect(placesIn('The RSF said its fighters had entered El Geneina.')).toMatchObject([
      { text: 'El Geneina', name: 'Geneina', code: 'SD' },
    ]);
    expect(placesIn('Clashes spread to Wad Madani.')).toMatchObject([{ name: 'Wad Medani', code: 'SD' }]);
  });

  it('does not read a folded spelling as a city of a country the story is not about', () => {
    const syria = 'Syrian army units moved north of Hama. Shells fell on Talin, a village near the front.';
    expect(texts('Shells fell on Talin, a village near the front.', syria)).toEqual([]);
  });
});

describe('places worldwide: same names resolved by focus', () => {
  it('reads Georgia as the country without clues and in a story about the Caucasus', () => {
    expect(placesIn('Georgia recalled its ambassador.')[0]).toMatchObject({ code: 'GE', kind: 'country' });
    const caucasus = 'Tbilisi accused Moscow of moving the border. Georgia recalled its ambassador.';
    expect(placesIn('Georgia recalled its ambassador.', caucasus)[0]).toMatchObject({ code: 'GE' });
  });

  it('reads Georgia as the US state in a story about Atlanta', () => {
    const atlanta = 'Storms left thousands without power in Atlanta. Georgia declared an emergency.';
    expect(placesIn('Georgia declared an emergency.', atlanta)[0]).toMatchObject({ code: 'US', kind: 'province' });
  });

  it('prefers the city of the country in focus over a larger namesake', () => {
    const congo = 'Fighting in eastern Congo displaced thousands. Rebels entered Goma.';
    expect(placesIn('Rebels entered Goma.', congo)[0]).toMatchObject({ code: 'CD' });
  });
});

describe('places worldwide: weapons named like towns', () => {
  it('reads a name right before a weapon noun as the weapon', () => {
    expect(texts('Warships fired Tomahawk missiles at radar sites in Yemen.')).toEqual(['Yemen']);
    expect(texts('Germany pledged more Leopard tanks to Ukraine.')).not.toContain('Leopard');
  });

  it('still reads the town where no weapon noun follows it', () => {
    const article = 'Storms hit Wisconsin on Monday. Power lines fell in Tomahawk, officials said.';
    expect(texts('Power lines fell in Tomahawk, officials said.', article)).toEqual(['Tomahawk']);
  });
});

describe('places worldwide: the part of a country a compass adjective names', () => {
  it('reads "southern Lebanon" as a region of Lebanon', () => {
    const [part] = placesIn('Shelling continued across southern Lebanon on Friday.');
    expect(part).toMatchObject({ text: 'southern Lebanon', name: 'southern Lebanon', code: 'LB', kind: 'region' });
    expect(placesIn('Attacks rose in northeastern Nigeria.')[0]).toMatchObject({ name: 'northeastern Nigeria' });
  });

  it('reads the hyphenated intermediate points of British copy', () => {
    expect(placesIn('Aid reached camps in south-western Uganda.')[0]).toMatchObject({
      text: 'south-western Uganda',
      kind: 'region',
    });
    expect(placesIn('Rebels struck in North-Eastern Kenya.')[0]).toMatchObject({ text: 'North-Eastern Kenya' });
    // A bearing written apart is no compass adjective: the country stays.
    expect(placesIn('Troops moved south-west into Uganda.')[0]).toMatchObject({ name: 'Uganda', kind: 'country' });
  });

  it('keeps the country where no compass adjective stands right before it', () => {
    expect(placesIn('Shelling continued in the south of Lebanon.')[0]).toMatchObject({
      name: 'Lebanon',
      kind: 'country',
    });
    expect(placesIn('Troops moved north into Mali.')[0]).toMatchObject({ name: 'Mali', kind: 'country' });
  });
});

describe("places worldwide: a state's adjective named like a town", () => {
  it('reads "Tajik", "Kyrgyz" as the adjectives of states.curated.json, not the towns of those names', () => {
    expect(texts('Tajik troops shelled the town of Isfara on Monday.')).toEqual(['Isfara']);
    expect(texts('Kyrgyz jets struck the Tajik town of Vorukh.')).not.toContain('Tajik');
  });
});

describe('places worldwide: bare "Congo"', () => {
  it('reads bare "Congo" as DR Congo, as the actor naming convention does', () => {
    expect(placesIn('Fighting raged in Congo on Friday.')[0]).toMatchObject({ name: 'DR Congo', code: 'CD' });
    expect(placesIn('Troops landed in Congo-Brazzaville.')[0]).toMatchObject({ code: 'CG' });
  });
});

describe('rule 1 refined: a title and a given name, a determiner before a given name', () => {
  it('reads the words after a title and a given name as the person ("President Sixto Durán Ballén")', () => {
    expect(texts('President Sixto Durán Ballén declared a state of emergency in Ecuador.')).toEqual(['Ecuador']);
    expect(texts('General Ibrahima Kindia Diallo visited troops in Guinea.')).toEqual(['Guinea']);
  });

  it('reads a given name after "the" or "a" as an adjective, not a person ("the Christian Beirut district")', () => {
    expect(texts('A bomb went off in the Christian Beirut district of Achrafieh.')).toContain('Beirut');
    // Without a determiner, a given name before a place name is still a person's.
    expect(texts('Christian Beirut was named coach.')).not.toContain('Beirut');
  });
});
