/**
 * Actors in any conflict: states from the country table, the curated armed groups, acronyms an article defines,
 * groups named by their form, and generic references. Sentences written for these tests, from many wars.
 */
import { describe, expect, it } from 'vitest';
import { classifyEvent, findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from './lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);
const namesOf = (text: string): string[] => actorsOf(text).map(([, a]) => a);

describe('states, by their common English short name', () => {
  it('reads demonyms before force nouns as the state, in any war', () => {
    expect(namesOf('Ukrainian forces pushed east while the Sudanese army shelled Omdurman.')).toEqual([
      'Ukraine',
      'Sudan',
    ]);
    expect(actorsOf('Ethiopian federal troops entered the town.')).toEqual([['Ethiopian federal troops', 'Ethiopia']]);
    expect(namesOf('Malian soldiers and Burkinabe troops patrolled the border.')).toEqual(['Mali', 'Burkina Faso']);
    expect(namesOf('Nigerien officials said Somali police had arrested him.')).toEqual(['Niger', 'Somalia']);
    expect(namesOf('Congolese troops retreated from the hills.')).toEqual(['DR Congo']);
  });

  it('reads weapons and peacekeepers of a state as the state, and regional bodies as themselves', () => {
    expect(namesOf('A Russian missile hit a block; a Russian guided bomb hit another.')).toEqual(['Russia', 'Russia']);
    expect(namesOf('Five Russian peacekeepers were killed.')).toEqual(['Russia']);
    expect(namesOf('ECOWAS ordered a standby force; the AU and the EU objected.')).toEqual([
      'Economic Community of West African States',
      'African Union',
      'European Union',
    ]);
    expect(namesOf('Russian civilians fled.')).toEqual([]);
  });

  it("reads a state's positions, outposts and bases as the state, the side attacked", () => {
    expect(namesOf('Eritrean troops attacked Ethiopian positions near Zalambessa.')).toEqual(['Eritrea', 'Ethiopia']);
    expect(namesOf("Houthi fighters overran Saudi border posts and Sudan's outposts.")).toEqual([
      'Houthis',
      'Saudi Arabia',
      'Sudan',
    ]);
    // A country's stance is no position of its forces, and a position taken names nobody.
    expect(namesOf('Russian civilians took up positions in the cellar; the Indian position on talks held.')).toEqual(
      [],
    );
  });

  it('reads forces, ministries and leaders as the state', () => {
    expect(namesOf('The Sudanese Armed Forces (SAF) said Burhan would not negotiate.')).toEqual([
      'Sudan',
      'Sudan',
      'Sudan',
    ]);
    expect(namesOf('Zelensky said the SBU had struck the bridge.')).toEqual(['Ukraine', 'Ukraine']);
    expect(namesOf('The Tatmadaw bombed the village, the State Administration Council said.')).toEqual([
      'Myanmar',
      'Myanmar',
    ]);
    expect(namesOf('Abiy Ahmed ordered the ENDF to advance.')).toEqual(['Ethiopia', 'Ethiopia']);
  });

  it('reads a capital as its state where it acts as one, and as the city elsewhere', () => {
    expect(namesOf('Kyiv said Moscow had fired 40 missiles.')).toEqual(['Ukraine', 'Russia']);
    expect(namesOf('Khartoum rejected the proposal, and Addis Ababa has denied it.')).toEqual(['Sudan', 'Ethiopia']);
    expect(namesOf('Fighting reached Khartoum on Monday.')).toEqual([]);
    expect(namesOf('Residents fled Kyiv as sirens sounded.')).toEqual([]);
    expect(namesOf('Kyiv is a city of three million.')).toEqual([]);
  });

  it('reads a country name as the state only where it is not a place', () => {
    expect(namesOf('Sudan accused the UAE of arming the paramilitary force.')).toEqual([
      'Sudan',
      'United Arab Emirates',
    ]);
    expect(namesOf('Refugees crossed into Chad and Ethiopia.')).toEqual([]);
    expect(namesOf('the town of Kilis, Turkey')).toEqual([]);
    expect(namesOf("Sudan's civil war entered its second year.")).toEqual([]);
    expect(namesOf("Ukraine's army withdrew.")).toEqual(['Ukraine']);
  });

  it('reads "government forces", "the army" and "the junta" as the state the text is about', () => {
    const mali = 'The junta in Bamako expelled the envoy. The army said it had killed 30 fighters near Mopti, Mali.';
    // Bamako and Mali are places of the world gazetteer: the junta is the state the text is about.
    expect(findActors(lexicon(), mali, { start: 0, end: 36 }, mali).map((m) => m.actor)).toEqual(['Mali']);
    const syria = 'Government forces shelled Idlib in northwestern Syria.';
    expect(namesOf(syria)).toEqual(['Syria']);
    expect(namesOf('Government forces shelled the town.')).toEqual([]);
  });
});

describe('unqualified soldiers, troops and authorities', () => {
  const inText = (text: string, span: string): string[] => {
    const start = text.indexOf(span);
    return findActors(lexicon(), text, { start, end: start + span.length }, text).map((m) => m.actor);
  };

  it('are the state the text is about, as doers or as victims', () => {
    const sudan = 'Fighting spread across Gezira state in Sudan. Soldiers pulled out of the garrison on Sunday.';
    expect(inText(sudan, 'Soldiers pulled out')).toEqual(['Sudan']);
    const cameroon = 'Separatists attacked a checkpoint in Bamenda in Cameroon. They killed four soldiers.';
    expect(inText(cameroon, 'They killed four soldiers')).toEqual(['Cameroon']);
    expect(namesOf('Army warplanes bombed the bridge near Mopti in central Mali.')).toEqual(['Mali']);
    expect(namesOf('Authorities in the Belgorod region declared an emergency.')).toEqual(['Russia']);
  });

  it('are nobody when the text points to no state, or several equally', () => {
    expect(namesOf('Troops entered the town on Monday.')).toEqual([]);
    const two = 'Shells fell in Goma in Congo and in Gisenyi in Rwanda. Soldiers fired across the border.';
    expect(inText(two, 'Soldiers fired across the border')).toEqual([]);
  });

  it('are the forces of the name or pronoun that owns them', () => {
    const sudan = 'The war spread to Wad Madani in Sudan. RSF soldiers looted the market.';
    expect(inText(sudan, 'RSF soldiers looted the market')).toEqual(['Rapid Support Forces']);
    const kursk = 'Fighting went on in Kursk in Russia. The group said its troops had captured a village.';
    expect(inText(kursk, 'The group said its troops had captured a village')).toEqual([]);
    expect(inText(kursk, 'Fighting went on')).toEqual([]);
  });
});

describe('names that are no actor of the story', () => {
  it('leaves out the parent a group is a branch or affiliate of', () => {
    expect(namesOf("JNIM, al Qaeda's branch in the Sahel, claimed the attack.")).toEqual([
      "Jama'at Nusrat al-Islam wal-Muslimin",
    ]);
    expect(namesOf('JNIM, the Sahel branch of al Qaeda, claimed it.')).toEqual([
      "Jama'at Nusrat al-Islam wal-Muslimin",
    ]);
    expect(namesOf('Al Qaeda claimed the attack, and its branch fled.')).toEqual(['al-Qaeda']);
  });

  it('leaves out the agency credited in a dateline', () => {
    expect(namesOf('BEIRUT, Sept 20 (LNA) - Islamic State fighters seized villages.')).toEqual(['ISIS']);
    expect(namesOf('TRIPOLI, April 8 - The Libyan National Army (LNA) advanced.')).toEqual([
      'Libyan National Army',
      'Libyan National Army',
    ]);
  });

  it('leaves out a country or group named inside a credit of several words', () => {
    expect(namesOf('LAGOS, Jan 16 (Gulf of Guinea Wire) - Troops left Warri.')).toEqual(['Nigeria']);
    expect(namesOf('KABUL, May 2 (Taliban Watch Service) - Gunmen fired.')).toEqual([]);
    // Not a dateline: the bracket after a name in running text is no credit.
    expect(namesOf('The talks (hosted by Guinea) - a first - failed.')).toEqual(['Guinea']);
  });
});

describe('an alias two groups go by in different countries', () => {
  it('names the group of the country the article is about', () => {
    const mozambique =
      'Insurgents attacked Pemba in Cabo Delgado, Mozambique, on Monday. Residents call the group al-Shabab.';
    expect(namesOf(mozambique)).toContain('Ansar al-Sunna');
    expect(namesOf(mozambique)).not.toContain('al-Shabaab');
    const somalia = 'Al-Shabaab attacked a base near Mogadishu, Somalia, a year after its raid in Mozambique.';
    expect(namesOf(somalia)).toContain('al-Shabaab');
    expect(namesOf(somalia)).not.toContain('Ansar al-Sunna');
    // With no country in focus, the alias keeps its common meaning.
    expect(namesOf('Al-Shabaab claimed the attack.')).toEqual(['al-Shabaab']);
  });
});

describe('a Maoist insurgency, by the country the article is about', () => {
  it("reads Maoist rebels as Nepal's, India's, Peru's or the Philippines' by the focus", () => {
    const nepal = 'Maoist rebels attacked a police post in Dolakha district, Nepal, on Monday.';
    expect(namesOf(nepal)).toContain('Communist Party of Nepal (Maoist)');
    expect(namesOf(nepal)).not.toContain('Communist Party of India (Maoist)');
    const india = 'Maoist rebels ambushed a patrol in Dantewada, Chhattisgarh, India, on Monday.';
    expect(namesOf(india)).toContain('Communist Party of India (Maoist)');
    expect(namesOf(india)).not.toContain('Communist Party of Nepal (Maoist)');
    expect(namesOf('Maoist guerrillas blew up a pylon near Ayacucho, Peru.')).toContain('Shining Path');
    expect(namesOf('Maoist guerrillas raided a town in Samar, Philippines.')).toContain("New People's Army");
  });
});

describe('demonyms the country table spells otherwise', () => {
  it('reads the common and the older forms of Central Asian demonyms', () => {
    expect(namesOf('Tajik troops shelled a post; Kyrgyz border guards fired back.')).toEqual([
      'Tajikistan',
      'Kyrgyzstan',
    ]);
    expect(namesOf('Kirghiz and Tadzhik forces met at the border.')).toEqual(['Kyrgyzstan', 'Tajikistan']);
    expect(namesOf('Saudi jets struck the port; Philippine troops landed on the island.')).toEqual([
      'Saudi Arabia',
      'Philippines',
    ]);
  });

  it('reads Bosnian forces as Bosnia, and Bosnian Serb forces as the Bosnian Serb Army', () => {
    expect(namesOf('Bosnian troops held the hills.')).toEqual(['Bosnia and Herzegovina']);
    expect(namesOf('Bosnian Serb forces shelled the enclave.')).toEqual(['Bosnian Serb Army']);
    expect(namesOf('Bosnian Serb forces shelled the enclave.')).not.toContain('Bosnia and Herzegovina');
    // Bare "Serb forces" are the Bosnian Serbs' only in a story about Bosnia.
    expect(namesOf('Serb forces shelled Sarajevo on Monday.')).toContain('Bosnian Serb Army');
    expect(namesOf('Serb forces fired on a village near Pristina, Kosovo.')).not.toContain('Bosnian Serb Army');
  });
});

describe('a state before a group it is home to', () => {
  it('reads the group the lexicon knows, not the state', () => {
    expect(namesOf("Sudan's Rapid Support Forces said they held the camp.")).toEqual(['Rapid Support Forces']);
    expect(namesOf("Somalia's Puntland Security Force struck the base.")).toEqual(['Puntland']);
    // A state's name with generic words only is still its own forces.
    expect(namesOf('The Kenya Defence Forces advanced.')).toEqual(['Kenya']);
  });

  it('ends a name before a state in the possessive: the state owns what follows', () => {
    const puntland =
      "BOSASO, Feb. 5 (Horn Wire) — Forces of Somalia's semi-autonomous Puntland region said they held it.";
    expect(namesOf(puntland)).toEqual(['Puntland']);
    expect(namesOf("Fighting ended as the Army of Islam's fighters left Douma.")).toEqual(['Syrian rebels']);
  });

  it('reads a country after "the border with" as the place, not the state', () => {
    expect(namesOf('JNIM overran a post near the border with Niger.')).toEqual([
      "Jama'at Nusrat al-Islam wal-Muslimin",
    ]);
    expect(namesOf('The frontier with Chad and Sudan stayed shut.')).toEqual([]);
    expect(namesOf('JNIM clashed with Niger on Monday.')).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin", 'Niger']);
  });

  it('reads a cabinet as its state', () => {
    expect(namesOf("Israel's cabinet approved the deal; the Israeli war cabinet met again.")).toEqual([
      'Israel',
      'Israel',
    ]);
  });
});

describe('the curated armed groups', () => {
  it('knows groups of many wars by their names and acronyms', () => {
    expect(namesOf('The RSF and the SAF fought in El Fasher.')).toEqual(['Rapid Support Forces', 'Sudan']);
    expect(namesOf('M23 rebels took Goma as the ADF attacked near Beni.')).toEqual(['M23', 'Allied Democratic Forces']);
    expect(namesOf('JNIM fighters ambushed a convoy; ISGS claimed another attack.')).toEqual([
      "Jama'at Nusrat al-Islam wal-Muslimin",
      'Islamic State Sahel Province',
    ]);
    expect(namesOf('Al-Shabaab militants stormed the base.')).toEqual(['al-Shabaab']);
    expect(namesOf('The Houthis fired a missile; Ansar Allah said it hit a ship.')).toEqual(['Houthis', 'Houthis']);
    expect(namesOf('The TTP and the BLA both claimed attacks in Pakistan.')).toEqual([
      'Tehrik-i-Taliban Pakistan',
      'Balochistan Liberation Army',
    ]);
    expect(namesOf('The Arakan Army, the TNLA and the MNDAA launched Operation 1027.')).toEqual([
      'Arakan Army',
      "Ta'ang National Liberation Army",
      'Myanmar National Democratic Alliance Army',
      'Three Brotherhood Alliance',
    ]);
    expect(namesOf('The ELN and FARC dissidents clashed in Catatumbo.')).toEqual([
      'National Liberation Army',
      'FARC dissidents',
    ]);
    expect(namesOf("The Lord's Resistance Army and the People's Protection Units")).toEqual([
      "Lord's Resistance Army",
      'Kurdish forces',
    ]);
    expect(namesOf('Viv Ansanm gangs attacked Mirebalais.')).toEqual(['Viv Ansanm']);
  });

  it('knows groups and peace forces of the wars since 1990, across regions', () => {
    expect(namesOf('RUF fighters and Kamajors clashed; ECOMOG troops held Freetown.')).toEqual([
      'Revolutionary United Front',
      'Civil Defence Forces',
      'ECOMOG',
    ]);
    expect(namesOf('KFOR patrols and UNPROFOR convoys moved; the HVO shelled Mostar.')).toEqual([
      'Kosovo Force',
      'United Nations Protection Force',
      'Croatian Defence Council',
    ]);
    expect(namesOf('The CNDP and the Interahamwe fought; the RCD held Goma.')).toEqual([
      'National Congress for the Defence of the People',
      'Interahamwe',
      'Rally for Congolese Democracy',
    ]);
    expect(namesOf('The Free Aceh Movement and the Khmer Rouge were named; the GIA was banned.')).toEqual([
      'Free Aceh Movement',
      'Khmer Rouge',
      'Armed Islamic Group',
    ]);
    expect(namesOf('Shining Path, the Zapatistas and MS-13 were named.')).toEqual([
      'Shining Path',
      'Zapatista Army of National Liberation',
      'Mara Salvatrucha',
    ]);
    expect(namesOf('MODEL fighters took Buchanan.')).toEqual(['Movement for Democracy in Liberia']);
    expect(namesOf('The model was tested in the lab.')).toEqual([]);
  });

  it('keeps the Islamic State provinces apart from ISIS', () => {
    expect(namesOf('ISWAP overran the base; ISKP claimed the Kabul bombing; ISIS lost Raqqa.')).toEqual([
      'Islamic State West Africa Province',
      'Islamic State Khorasan Province',
      'ISIS',
    ]);
  });

  it('matches acronyms that are words only in capitals, and mixed-case ones exactly', () => {
    expect(namesOf('FACT rebels crossed the border.')).toEqual(['Front for Change and Concord in Chad']);
    expect(namesOf('In fact, the rebels had gone.')).not.toContain('Front for Change and Concord in Chad');
    expect(namesOf('MEND claimed the pipeline attack.')).toEqual(['Movement for the Emancipation of the Niger Delta']);
    expect(namesOf('They hope to mend ties.')).toEqual([]);
    expect(namesOf('LeT and JeM were blamed.')).toEqual(['Lashkar-e-Taiba', 'Jaish-e-Mohammed']);
    expect(namesOf('Let them go, said the officer.')).toEqual([]);
  });
});

describe('acronyms the article defines', () => {
  it('reads the acronym as the actor for the rest of the article', () => {
    const text = 'The Zintan Revolutionary Brigade (ZRB) attacked the airport. Later, ZRB fighters withdrew.';
    expect(actorsOf(text)).toEqual([
      ['Zintan Revolutionary Brigade', 'Zintan Revolutionary Brigade'],
      ['ZRB', 'Zintan Revolutionary Brigade'],
      ['ZRB', 'Zintan Revolutionary Brigade'],
    ]);
  });

  it('lets the article override the lexicon for its own acronym', () => {
    // TDF is the Tigray Defence Forces in the lexicon; this article defines it otherwise.
    const text = 'The Tamil Democratic Front (TDF) marched on Jaffna. TDF cadres then left.';
    expect(namesOf(text)).toEqual(['Tamil Democratic Front', 'Tamil Democratic Front', 'Tamil Democratic Front']);
    expect(namesOf('TDF cadres then left.')).toEqual(['Tigray Defence Forces']);
  });

  it('takes no acronym that does not abbreviate the name, and none after a non-actor', () => {
    expect(namesOf('The Kachin Independence Army (AFP) seized a post. AFP reported it.')).toEqual([
      'Kachin Independence Army',
    ]);
    expect(namesOf('The World Health Organization (WHO) warned of cholera. WHO staff left.')).toEqual([]);
  });
});

describe('groups the lexicon lacks, by the form of their name', () => {
  it('keeps them under the name the text uses', () => {
    expect(actorsOf('The Darfur Joint Protection Force repelled the attack.')).toEqual([
      ['Darfur Joint Protection Force', 'Darfur Joint Protection Force'],
    ]);
    expect(actorsOf('Fighters of the Kokang Liberation Front and Zintan rebels met.')).toEqual([
      ['Kokang Liberation Front', 'Kokang Liberation Front'],
      ['Zintan rebels', 'Zintan rebels'],
    ]);
    expect(actorsOf('The Army of the Men of the Naqshbandi Order struck.')[0]?.[1]).toBe(
      'Army of the Men of the Naqshbandi Order',
    );
  });

  it('ends a name at an "and" that joins two names', () => {
    expect(namesOf('The Zomi Revolutionary Army and the Kuki Liberation Front clashed.')).toEqual([
      'Zomi Revolutionary Army',
      'Kuki Liberation Front',
    ]);
    expect(namesOf('The Kuki Liberation Front and Zomi Revolutionary Army clashed.')).toEqual([
      'Kuki Liberation Front',
      'Zomi Revolutionary Army',
    ]);
    expect(namesOf('The ZRF and the Kokang Liberation Front clashed.')).not.toContain(
      'ZRF and the Kokang Liberation Front',
    );
    // "and" between words of one name, before its group noun, stays inside it.
    expect(namesOf('The Dinka Unity and Justice Movement attacked.')).toEqual(['Dinka Unity and Justice Movement']);
  });

  it('gives them a kind from their words', () => {
    const kinds = (text: string): (string | undefined)[] => findActors(lexicon(), text, whole(text)).map((m) => m.kind);
    expect(kinds('The Islamic Jihad Brigades of Sinjar attacked.')).toEqual(['jihadist']);
    expect(kinds('The Kokang Liberation Front attacked.')).toEqual(['rebel']);
    expect(kinds('Gunmen described as Fulani militiamen attacked.')).toEqual(['militia']);
  });

  it('reads a state’s own forces as the state', () => {
    expect(namesOf('The Kenya Defence Forces shelled the camp.')).toEqual(['Kenya']);
    expect(namesOf('The Afghan National Army retreated.')).toEqual(['Afghanistan']);
    expect(namesOf('The Ukrainian Ground Forces regrouped.')).toEqual(['Ukraine']);
  });

  it('leaves out names of generic words, titles and sentence-initial capitals', () => {
    expect(namesOf('Air Forces and Security Forces arrived with Special Forces.')).toEqual([]);
    expect(namesOf('The Salvation Army handed out food.')).toEqual([]);
    expect(namesOf('The Minister of Armed Forces resigned.')).toEqual([]);
    expect(namesOf('Why Is the Army Losing?')).toEqual([]);
    expect(namesOf('Several militants were killed.')).toEqual([]);
    expect(namesOf('Congolese rebels fled.')).toEqual([]);
  });
});

describe('generic references', () => {
  it('name the one group of their kind named before', () => {
    const text = 'M23 took the town on Monday. The rebels then advanced on Goma.';
    expect(actorsOf(text)).toEqual([
      ['M23', 'M23'],
      ['rebels', 'M23'],
    ]);
    const sudan = 'The RSF denied the report. The paramilitary group said it held the bridge.';
    expect(namesOf(sudan)).toEqual(['Rapid Support Forces', 'Rapid Support Forces']);
    const somalia = 'Al-Shabaab claimed the attack. The militants stormed a hotel.';
    expect(namesOf(somalia)).toEqual(['al-Shabaab', 'al-Shabaab']);
    const cameroon = 'Ambazonian separatists burned a school. The separatists later withdrew.';
    expect(namesOf(cameroon)).toEqual(['Ambazonia Defence Forces', 'Ambazonia Defence Forces']);
  });

  it('stay unnamed when none or several groups of the kind are in focus', () => {
    expect(namesOf('The rebels advanced on the town.')).toEqual([]);
    const two = 'The TPLF and the OLA signed a pact. The rebels said it was military.';
    expect(namesOf(two)).toEqual(['Tigray People’s Liberation Front'.replace('’', "'"), 'Oromo Liberation Army']);
    const jihadists = 'ISIS and HTS fought. The jihadists lost.';
    expect(namesOf(jihadists)).toEqual(['ISIS', 'Hayat Tahrir al-Sham']);
    // A reference before any group of its kind is named looks forward, but only to the one group of it.
    expect(namesOf('The rebels attacked on Monday; later M23 and the OLA denied it.')).toEqual([
      'M23',
      'Oromo Liberation Army',
    ]);
  });

  it('look forward from the lead to the one group the article then names', () => {
    const lead = 'Jihadist fighters killed 40 soldiers on Saturday. JNIM claimed the attack on Sunday.';
    expect(namesOf(lead)).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin"]);
    // A group named before the reference is in focus; one named after it no longer counts.
    const before = 'Al-Shabaab held the road. The militants fled when ISIS arrived.';
    expect(namesOf(before)).toEqual(['al-Shabaab', 'al-Shabaab', 'ISIS']);
  });

  it('take the best-fitting kind first: "the militants" are the jihadists before other armed groups', () => {
    const hasakah = 'Kurdish forces held the jail and ISIS attacked it. The SDF said 300 militants surrendered.';
    expect(namesOf(hasakah).slice(-2)).toEqual(['Kurdish forces', 'ISIS']);
    // With no jihadist group named, a non-state one is next in line; with two jihadist groups, nobody.
    expect(namesOf('Kurdish forces held the jail. The militants surrendered.')).toEqual([
      'Kurdish forces',
      'Kurdish forces',
    ]);
    expect(namesOf('Kurdish forces, ISIS and HTS fought. The militants surrendered.')).toEqual([
      'Kurdish forces',
      'ISIS',
      'Hayat Tahrir al-Sham',
    ]);
  });

  it('read the paramilitary, gunmen and resistance fighters the same way', () => {
    expect(namesOf("The RSF denied it. The paramilitary's fighters stormed the camp.")).toEqual([
      'Rapid Support Forces',
      'Rapid Support Forces',
    ]);
    expect(namesOf('Al-Shabaab vowed revenge. The gunmen detonated a car bomb.')).toEqual(['al-Shabaab', 'al-Shabaab']);
    expect(namesOf('Al-Shabaab and IS Somalia fought. The gunmen fled.')).toEqual([
      'al-Shabaab',
      'Islamic State Somalia Province',
    ]);
    expect(namesOf('The PDF rejected talks. Resistance fighters ambushed a convoy.')).toEqual([
      "People's Defence Force",
      "People's Defence Force",
    ]);
  });

  it('keep "rebels" as the Syrian rebels where the text is about Syria', () => {
    expect(namesOf('Rebels shelled Aleppo in northern Syria.')).toEqual(['Syrian rebels']);
  });
});

describe('capture or recapture, by whose country the ground is in', () => {
  const typeOf = (text: string): string | undefined => {
    const lex = lexicon();
    return classifyEvent(lex, text, whole(text), findActors(lex, text, whole(text)))?.type;
  };

  it('reads a state taking ground at home, or where no place says, as a recapture', () => {
    expect(typeOf('Syrian troops seized the town of Palmyra.')).toBe('recapture');
    expect(typeOf('Sudanese army troops seized the bridge.')).toBe('recapture');
  });

  it('reads a state abroad by the verb, and a group as capturing', () => {
    expect(typeOf('Turkish forces captured Afrin in Syria.')).toBe('capture');
    expect(typeOf('The Kachin Independence Army retook the post.')).toBe('capture');
    expect(typeOf('The RSF seized the bridge.')).toBe('capture');
  });
});

describe('the curated core', () => {
  it('holds at least 150 armed groups and coalitions across at least 30 conflicts, each with a kind', async () => {
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync('data/lexicon/armedGroups.json', 'utf8')) as {
      actors: { name: string; kind: string; conflicts?: string[] }[];
    };
    expect(file.actors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(file.actors.flatMap((a) => a.conflicts ?? [])).size).toBeGreaterThanOrEqual(30);
    expect(file.actors.filter((a) => a.kind === 'state')).toEqual([]);
  });
});
