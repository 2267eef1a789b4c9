/**
 * Places the lexicon lacks, named by the writer's cues (src/pipeline/lexicon/placeUnlisted.ts). The villages
 * below are invented, so that no gazetteer row can answer for the rule; each cue has negatives.
 */
import { describe, expect, it } from 'vitest';
import { placeMentionsIn } from './lexicon.ts';

interface Found {
  readonly text: string;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly kind: string;
}

function placesIn(sentence: string, article = sentence): Found[] {
  return placeMentionsIn(sentence, article).map((m) => ({
    text: m.text,
    country: m.place.country,
    admin1: m.place.admin1,
    kind: m.place.kind,
  }));
}

const texts = (sentence: string, article?: string): string[] => placesIn(sentence, article).map((f) => f.text);

describe('unlisted places: the cues', () => {
  it('reads a name after "the village of", "the port of" as a place', () => {
    expect(texts('Gunmen raided the village of Wendoutenga in Burkina Faso on Friday.')).toContain('Wendoutenga');
    expect(texts('Rebels shelled the port of Kilundwe in Tanzania overnight.')).toContain('Kilundwe');
  });

  it('reads a cued name that an actor adjective matches only through the spelling key', () => {
    // "Katari" is keyed as "Qatari" (q and k meet), but the text does not spell Qatar's adjective.
    expect(texts('Gunmen ambushed a train near the village of Katari in Nigeria on Monday.')).toContain('Katari');
    expect(texts('Gunmen raided the village of Sirian in Nigeria on Monday.')).toContain('Sirian');
    // Spelled as the adjective, it is the adjective: no village.
    expect(texts('Gunmen ambushed Qatari officials near the village in Nigeria.')).not.toContain('Qatari');
    expect(texts('Jets struck Syrian positions near the border.')).not.toContain('Syrian');
  });

  it('reads a name before "village", "township", "junction" as a place', () => {
    expect(texts('Jets bombed Nyaungpinzu village in Myanmar on Monday.')).toContain('Nyaungpinzu');
    expect(texts('Troops retook the Mbatolo junction in Mozambique.')).toContain('Mbatolo');
  });

  it('reads a name before "region", "forest" or a facility named after it as the place', () => {
    expect(texts('Troops were sent to the Kaltungo region in Nigeria.')).toContain('Kaltungo');
    expect(texts('Jets bombed camps in the Bunyoro forest in Uganda.')).toContain('Bunyoro');
    expect(texts('Rebels seized Mbeleko airport in Congo on Friday.')).toContain('Mbeleko');
    expect(texts('Shells hit the Abu Tinga displacement camp in Sudan.')).toContain('Abu Tinga');
    expect(texts('Strikes hit the Ras Kanis fuel port in Yemen.')).toContain('Ras Kanis');
    expect(texts('Fighters blew up the Tuti Kabir bridge in Sudan.')).toContain('Tuti Kabir');
  });

  it('reads no facility or region name from an adjective or a plural', () => {
    expect(texts('Drones struck the Kurdish region of Iraq.')).not.toContain('Kurdish');
    expect(texts('Shells hit Fulani camps in Mali.')).not.toContain('Fulani');
    expect(texts('Rebels seized the Mbeleko airports in Congo.')).not.toContain('Mbeleko');
    expect(texts('Drones struck a Turkish air base in Syria.')).toEqual(['Syria']);
  });

  it('reads a name after "near", "outside", "north of" as a place', () => {
    expect(texts('Drones struck a convoy near Tinkoutou, Mali said.')).toContain('Tinkoutou');
    expect(texts('Fighting raged 20 km north of Bakoumala in Chad.')).toContain('Bakoumala');
  });

  it('reads a name in apposition to a known place as a place in it', () => {
    const found = placesIn('Gunmen kidnapped 40 pupils in Gidan Dabo, in Zamfara state, on Monday.');
    expect(found.map((f) => f.text)).toEqual(['Gidan Dabo', 'Zamfara state']);
    expect(found[0]).toMatchObject({ country: 'Nigeria', admin1: found[1]?.admin1, kind: 'town' });
  });

  it('keeps a name a particle binds whole, with no shorter place inside it', () => {
    expect(texts('Insurgents attacked Vila Nova da Serra, in Mozambique, on Tuesday.')).toEqual([
      'Vila Nova da Serra',
      'Mozambique',
    ]);
  });

  it('reads no unlisted place without a cue, or after a bare "in"', () => {
    expect(texts('Wendoutenga fell on Friday, Burkina Faso said.')).toEqual(['Burkina Faso']);
    expect(texts('The vote in Congress on Ukraine aid failed.')).toEqual(['Ukraine']);
    expect(texts('The statement, published in Arabic, was read in Mali.')).toEqual(['Mali']);
  });

  it('reads no everyday word, month, first name or actor as an unlisted place', () => {
    expect(texts('Rebels attacked near Tuesday market in Chad.')).toEqual(['Chad']);
    expect(texts('Troops were deployed at Reuters headquarters in Chad in August.')).not.toContain('August');
    expect(texts('The Nigerian town of Gwandu was attacked, Nigeria said.')).not.toContain('Nigerian');
    expect(texts('Gunmen burned 12 Fulani villages in Mali.')).not.toContain('Fulani');
    expect(texts('Clashes broke out near Hezbollah positions in Lebanon.')).toEqual(['Lebanon']);
  });
});

describe('unlisted places: more cues a reader uses', () => {
  it('reads a name after a post or facility and "in"/"at" as a place, but not after a bare "in"', () => {
    expect(texts('Jihadists attacked an army post in Gudubaka in northeastern Nigeria.')).toContain('Gudubaka');
    expect(texts('Gunmen raided a market at Tumbelo in Mali on Friday.')).toContain('Tumbelo');
    expect(texts('Jihadists attacked an army post in northeastern Nigeria, officials in Gudubaka said.')).toEqual([
      'northeastern Nigeria',
    ]);
    expect(texts('A ceasefire was signed at Geneva talks in Mali.')).not.toContain('Geneva');
  });

  it('reads a first name after "the village of" as the village, but not after "near"', () => {
    expect(texts('Gunmen attacked the village of Monica in Nigeria on Monday.')).toContain('Monica');
    expect(texts('Gunmen attacked a bus near Monica in Nigeria on Monday.')).not.toContain('Monica');
  });

  it('reads the names a plural place noun lists after "including" as places', () => {
    expect(texts('Russian forces took three villages, including Zavilnivka and Krotenko, in Ukraine.')).toEqual([
      'Zavilnivka',
      'Krotenko',
      'Ukraine',
    ]);
    expect(texts('Several officials, including Mbarga and Tchoua, were arrested in Cameroon.')).toEqual(['Cameroon']);
  });

  it('reads a name with an appositive place noun after it as a place', () => {
    expect(placesIn('Militants attacked Borumbaga, a town in Borno state, on Monday.')[0]).toEqual({
      text: 'Borumbaga',
      country: 'Nigeria',
      admin1: 'Borno State',
      kind: 'town',
    });
    expect(texts('Militants attacked Kabiru, a former governor, in Nigeria on Monday.')).toEqual(['Nigeria']);
  });

  it('reads a name ending in a landform as a region, and an "X region" as a region', () => {
    expect(placesIn('Troops pursued fighters into the Borumbaga Mountains in Somalia.')[0]).toEqual({
      text: 'Borumbaga Mountains',
      country: 'Somalia',
      admin1: null,
      kind: 'region',
    });
    expect(placesIn('Gunmen killed 12 people in the Kauwaru region of Nigeria.')[0]?.kind).toBe('region');
    expect(placesIn('Gunmen killed 12 people in Kauwaru village in Nigeria.')[0]?.kind).toBe('town');
    expect(texts('Fighters hid in the Mountains of Somalia.')).toEqual(['Somalia']);
  });
});

describe('unlisted places: landforms, lines and sectors', () => {
  it('reads a name ending in gorge, pass, tunnel, bay or line as a region', () => {
    for (const name of ['Tsorba Gorge', 'Kalmuk Pass', 'Verkhni Tunnel', 'Malindu Bay', 'Tavoli Line']) {
      const [first] = placesIn(`Troops were sent to the ${name} in Georgia on Monday.`);
      expect(first).toMatchObject({ text: name, country: 'Georgia', kind: 'region' });
    }
  });

  it('reads a line, bay or gulf named before "of" as one region, with no place inside it', () => {
    expect(placesIn('Troops traded fire across the Line of Separation in Azerbaijan.')[0]).toMatchObject({
      text: 'Line of Separation',
      kind: 'region',
    });
    expect(texts('Patrol boats sank in the Bay of Tumbavo off Kenya.')).toEqual(['Bay of Tumbavo', 'Kenya']);
    // No landform head, or a lower-case one: no such name.
    expect(texts('The Minister of Defence of Kenya said the line of march was open.')).toEqual(['Kenya']);
    expect(texts('Drones hit the Embassy of Kenya in Somalia.')).toEqual(['Kenya', 'Somalia']);
  });

  it('reads "Mount X", a lower-case "mountains", a river or a creek as a region', () => {
    expect(placesIn('Gunners shelled positions on Mount Tavrino in Georgia on Friday.')[0]).toMatchObject({
      text: 'Mount Tavrino',
      country: 'Georgia',
      kind: 'region',
    });
    expect(placesIn('Jets bombed camps in the Kelbura mountains of Iraq overnight.')[0]).toMatchObject({
      text: 'Kelbura mountains',
      kind: 'region',
    });
    expect(placesIn('Troops crossed the Tumbavo River in Liberia at dawn.')[0]).toMatchObject({
      text: 'Tumbavo River',
      kind: 'region',
    });
    // A lone "Mount", a lower-case noun that is no landform's, or one in the singular: no such name.
    expect(texts('Mount up, Kenya said.')).toEqual(['Kenya']);
    expect(texts('The Kelbura army fought in Iraq.')).toEqual(['Iraq']);
  });

  it('reads a landform over the town that shares its first word', () => {
    // Vedeno is a town of Chechnya; Fresno one of California.
    expect(placesIn('Paratroopers landed in the Vedeno Gorge in Russia on Friday.')[0]).toMatchObject({
      text: 'Vedeno Gorge',
      country: 'Russia',
      kind: 'region',
    });
    expect(texts('Troops in Liberia fought at the Fresno Creek bridge on Monday.')).toEqual([
      'Liberia',
      'Fresno Creek',
    ]);
    // The town alone, or before a noun that is no landform, stays the town.
    expect(placesIn('Russian troops shelled Vedeno in Chechnya.')[0]).toMatchObject({ text: 'Vedeno', kind: 'town' });
    expect(placesIn('Russian troops shelled Vedeno District in Chechnya.')[0]?.text).not.toBe('Vedeno District');
  });

  it('reads a name before "oilfield" or "oil field" as the place fought over', () => {
    expect(texts('Troops took the Kabazi oilfield in Iraq on Tuesday.')).toEqual(['Kabazi', 'Iraq']);
    expect(texts('Troops took the Kabazi oil field in Iraq on Tuesday.')).toEqual(['Kabazi', 'Iraq']);
    expect(texts('Troops took the oilfield in Iraq on Tuesday.')).toEqual(['Iraq']);
  });

  it('reads a lone capitalised landform word or a plural after a name as no place', () => {
    expect(texts('The Pass was closed, Georgia said.')).toEqual(['Georgia']);
    expect(texts('Shells hit Fulani sectors in Mali.')).not.toContain('Fulani');
  });

  it('reads a name before "sector" as an area', () => {
    expect(placesIn('Fighters attacked positions in the Tindali sector of Mali.')[0]).toMatchObject({
      text: 'Tindali',
      kind: 'region',
    });
  });

  it('reads a name after "the island of", "the mountains of" as a place', () => {
    expect(placesIn('Troops landed on the island of Tumbava in the Philippines.')[0]).toMatchObject({
      text: 'Tumbava',
      kind: 'region',
    });
    expect(texts('Rebels hid in the mountains of Banlagan Sur in the Philippines.')).toContain('Banlagan Sur');
    expect(texts('Rebels hid in the mountains, Banlagan Sur officials in the Philippines said.')).not.toContain(
      'Banlagan Sur',
    );
  });
});

describe('unlisted places: a name the article has cued once', () => {
  const article =
    'JUBA - Fighters overran a base in the northern town of Wandoro in South Sudan on Tuesday. ' +
    'A helicopter evacuating wounded soldiers from Wandoro came under fire on Friday.';
  const later = 'A helicopter evacuating wounded soldiers from Wandoro came under fire on Friday.';

  it('reads the name as that place in a later sentence with no cue of its own', () => {
    expect(placesIn(later, article)[0]).toMatchObject({ text: 'Wandoro', country: 'South Sudan' });
  });

  it('does not read it without the earlier cue, nor after a first name', () => {
    expect(texts(later, `JUBA - Fighting spread in South Sudan on Tuesday. ${later}`)).not.toContain('Wandoro');
    const person = 'Minister Wandoro said the base was lost.';
    expect(texts(person, `${article} ${person}`)).toEqual([]);
  });
});

describe('unlisted places: where they are drawn', () => {
  it('draws the place in the division the sentence names', () => {
    const [village] = placesIn('Jets bombed Nyaungpinzu village in the central Sagaing region on Monday.');
    expect(village).toMatchObject({ text: 'Nyaungpinzu', country: 'Myanmar', kind: 'town' });
  });

  it('falls back to the country the article is about', () => {
    const article = 'Fighting spread across Sudan this week. Militiamen torched the village of Hillat Zunqor Gharb.';
    const [village] = placesIn('Militiamen torched the village of Hillat Zunqor Gharb.', article);
    expect(village).toMatchObject({ text: 'Hillat Zunqor Gharb', country: 'Sudan', admin1: null });
  });

  it('keeps no unlisted place when nothing says which country it is in', () => {
    expect(texts('Militiamen torched the village of Wendoutenga.')).toEqual([]);
  });
});

describe('unlisted places: names bound by a particle and an article, posts named after their place', () => {
  it('reads "Cueva de los Tayos", "Quebrada de los Micos" whole, not their first word', () => {
    expect(texts('Jets attacked positions at Cueva de los Tayos in Ecuador overnight.')).toContain(
      'Cueva de los Tayos',
    );
    expect(texts('Rebels ambushed a patrol near Quebrada de los Micos in Colombia on Monday.')).toContain(
      'Quebrada de los Micos',
    );
  });

  it('does not bind an article that no capitalised word follows', () => {
    expect(texts('Troops fought near Tumbes de la frontera in Peru.')).not.toContain('Tumbes de la frontera');
  });

  it('reads a name after "the border post of", "the mountain pass of" as a place', () => {
    expect(texts('Soldiers repelled an assault on the border post of Kandurai in Ecuador.')).toContain('Kandurai');
    expect(texts('Shells landed near the mountain pass of Sokhtal in Tajikistan.')).toContain('Sokhtal');
  });

  it('reads no place after a bare "post of" or "garrison of"', () => {
    expect(texts('He was named to the post of Defence Secretary in Kenya.')).not.toContain('Defence Secretary');
    expect(texts('They overwhelmed the small garrison of Royal Marines in Uganda.')).not.toContain('Royal Marines');
  });
});

describe('unlisted places: parts of a city, and names written like everyday words', () => {
  it('reads a name before "complex", "favela", "slum" or "quarter" as a place', () => {
    expect(texts('Police raided the Tororó complex in Brazil on Friday.')).toContain('Tororó');
    expect(texts('Fires swept the Mukuru slum in Kenya overnight.')).toContain('Mukuru');
  });

  it('reads a word written with a diacritic as a name, not the everyday word it folds to', () => {
    expect(texts('Gunmen shot dead a sergeant in the Maré complex in Brazil.')).toContain('Maré');
    expect(texts('Gunmen shot dead a sergeant in the Mare complex in Brazil.')).not.toContain('Mare');
  });
});

describe('unlisted places: an actor adjective between the name and its facility', () => {
  it('reads the name before "Palestinian refugee camp", "Sudanese army base" once, without the adjective', () => {
    const camp = texts('Tanks shelled the Ein Sahra Palestinian refugee camp in Lebanon on Monday.');
    expect(camp).toContain('Ein Sahra');
    expect(camp).not.toContain('Sahra');
    expect(texts('Drones hit the Wadi Kolbo Sudanese army base in Sudan overnight.')).toContain('Wadi Kolbo');
  });

  it('reads no place when the adjective opens the run', () => {
    expect(texts('Jets struck Syrian army bases in Syria.')).not.toContain('Syrian');
  });
});

describe('unlisted places: a lower-case part hyphened to a later word of the name', () => {
  it('reads "Chong Sa-ngam" whole', () => {
    expect(texts('Shells fell near the border pass of Chong Sa-ngam in Thailand.')).toContain('Chong Sa-ngam');
  });

  it('binds no participle and no part hyphened to the first word', () => {
    expect(texts('The Wadi Kolbo-based militia attacked the village of Tumbo in Sudan.')).not.toContain(
      'Wadi Kolbo-based',
    );
    expect(texts('Fighters attacked the village of Kanda-ye in Afghanistan.')).not.toContain('Kanda-ye');
  });
});
