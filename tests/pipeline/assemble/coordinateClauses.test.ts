/**
 * Which act a dated clause reports when it holds several: the act of the date's own coordinated clause, what a
 * report says happened when the report's date stands between the saying and it, words of names that are no acts,
 * people seized, and the event words added for issue 11. Sentences written for these rules; the committed lexicon
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

function events(text: string, published = '2024-03-12'): { type: string; date: string }[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published, text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) => ({
    type: e.type,
    date: e.date.start,
  }));
}

function typesOf(text: string, published?: string): string[] {
  return events(text, published).map((e) => e.type);
}

describe('the act of the date’s own coordinated clause', () => {
  it('types the clause, not another subject’s act after ", and"', () => {
    expect(
      typesOf(
        'Rebel fighters stormed the governor’s palace in Juba before dawn on Monday, and the governor fled to Uganda.',
      ),
    ).toEqual(['ground-attack']);
    expect(
      typesOf('Militiamen attacked a police station in Bunia on Sunday, and the army withdrew from the town.'),
    ).toEqual(['ground-attack']);
  });

  it('finds a claim in a clause of its own after the attack it claims', () => {
    const text =
      'Gunmen attacked an army post near Diffa on Sunday, killing four soldiers, and a group calling itself the ' +
      'Sahel Brigade claimed responsibility on Monday.';
    expect(events(text)).toEqual([
      { type: 'ground-attack', date: '2024-03-10' },
      { type: 'statement', date: '2024-03-11' },
    ]);
  });

  it('keeps the ranking of the lexicon inside one coordinated clause', () => {
    // No ", and" with a subject of its own: one clause, taking ground first.
    expect(typesOf('Troops shelled the town and retook it on Friday.')).toEqual(['recapture']);
  });
});

describe('a report whose date stands between the saying and what it reports', () => {
  it('is the reported event, dated by the report', () => {
    const text =
      'Troops fought rebels near Kidal on Sunday, and the army said on Monday it had retaken the town hall there.';
    expect(events(text)).toEqual([
      { type: 'ground-attack', date: '2024-03-10' },
      { type: 'recapture', date: '2024-03-11' },
    ]);
    expect(typesOf('The minister told reporters on Tuesday that rebels had attacked a convoy near Gao.')).toEqual([
      'ground-attack',
    ]);
  });

  it('stays the saying when what follows is an intention or no clause', () => {
    expect(
      typesOf('Troops clashed with rebels on Sunday and the army said on Monday that it would retake Kidal.'),
    ).toEqual(['ground-attack', 'statement']);
    expect(typesOf('The junta announced on Monday a nationwide ceasefire.')).toEqual(['statement']);
  });
});

describe('event words inside a name', () => {
  it('are no act: the clause’s own verb is', () => {
    expect(typesOf('The Front for the Liberation of the Enclave of Cabinda claimed the attack on Saturday.')).toEqual([
      'statement',
    ]);
    expect(typesOf('The Popular Resistance Committees claimed the bombing on Friday.')).toEqual(['statement']);
  });

  it('count at the start of a sentence, and when the lexicon writes them with a capital', () => {
    expect(typesOf('Fighting erupted near Goma on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('Liberation of the town was declared on Monday.')).toEqual(['recapture']);
    expect(typesOf('Rebels planted an IED near Gao on Monday.')).toEqual(['bombing']);
  });
});

describe('seizing people', () => {
  it('is an abduction whoever the people are', () => {
    expect(typesOf('Militants seized four Japanese geologists near Batken on Monday.')).toEqual(['other']);
    expect(typesOf('Pirates seized two engineers off Bonny Island on Monday.')).toEqual(['other']);
    expect(typesOf('Rebels stopped two doctors on the road to Bunia and seized them on Monday.')).toEqual(['other']);
  });

  it('is still taking ground when a place is seized', () => {
    expect(typesOf('Separatists seized the airport of Batken on Monday.')).toEqual(['capture']);
  });
});

describe('event words of issue 11', () => {
  it('reads a bomb that went off and a firebombing as a bombing', () => {
    expect(typesOf('A second bomb went off near a market in Peshawar on Tuesday.')).toEqual(['bombing']);
    expect(typesOf('Youths firebombed a police van in Belfast on Friday.')).toEqual(['bombing']);
  });

  it('reads a flag raised over a place as taking it', () => {
    expect(typesOf('Rebel fighters raised their flag over the town hall of Kidal on Saturday.')).toEqual(['capture']);
  });

  it('reads a mutiny and a house arrest as other, and a deadline given as an ultimatum', () => {
    expect(typesOf('Two battalions mutinied in Bouaké on Thursday.')).toEqual(['other']);
    expect(typesOf('Soldiers placed the president under house arrest on Monday.')).toEqual(['other']);
    expect(typesOf('The army gave the rebels 48 hours to surrender on Monday.')).toEqual(['statement']);
  });
});

describe('a killing told through a long subject', () => {
  it('is the instrument’s event through phrases of place, a parenthesis, a participle or "that"', () => {
    expect(
      typesOf(
        'A police raid on the Terceiro Comando (Third Command) gang in two favelas of northern Recife killed 30 people on Tuesday.',
      ),
    ).toEqual(['ground-attack']);
    expect(typesOf('Shells fired from across the river had killed six people in Goma on Friday.')).toEqual(['bombing']);
    expect(typesOf('Car bombs in Mogadishu in February that killed 20 people were blamed on the group.')).toEqual([
      'bombing',
    ]);
  });

  it('stays a killing across a clause with a subject of its own or a list', () => {
    expect(typesOf('A drone strike on the depot that militants used killed eight people on Friday.')).toEqual([
      'killing',
    ]);
    expect(typesOf('Gunmen raided the village and killed ten farmers near Bama on Friday.')).not.toContain('bombing');
  });
});

describe('who was shot dead', () => {
  it('makes a clash of armed men or police shot dead, a killing of civilians', () => {
    expect(typesOf('Police shot dead the four attackers near the mosque in Kano on Monday.')).toEqual([
      'ground-attack',
    ]);
    expect(typesOf('Gunmen shot dead a police sergeant in Peshawar on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('Gunmen shot dead three villagers in Zamfara on Monday.')).toEqual(['killing']);
  });
});

describe('a coordinated subject', () => {
  it('is led by the state’s forces when they are one of its parts', () => {
    expect(
      typesOf('Government troops and Hezbollah fighters captured the town of Qusayr on Wednesday.', '2013-06-06'),
    ).toEqual(['recapture']);
  });

  it('without the state stays a non-state group’s capture', () => {
    expect(typesOf('Rebels and army deserters captured the town of Pailin on Thursday.')).toEqual(['capture']);
  });
});

describe('words that are not the act', () => {
  it('are nouns after a phrase of aim or cause', () => {
    expect(typesOf('Troops raided the forest camps near Beni overnight in search of the hostages.')).toEqual([
      'ground-attack',
    ]);
    expect(typesOf('Israeli jets struck Gaza on Monday in retaliation for the bombing in Jerusalem.')).toEqual([
      'airstrike',
    ]);
  });

  it('are a saying in a relative aside about the subject', () => {
    expect(
      typesOf(
        'The Arakan Army, which says it is fighting for the autonomy of Rakhine, took control of Paletwa last week.',
      ),
    ).toEqual(['capture']);
  });

  it('count when nothing sets them aside', () => {
    expect(typesOf('Gunmen took 12 hostages in Bamako on Monday.')).toEqual(['other']);
    expect(typesOf('Rebels who said they were hungry looted a food depot in Bunia on Monday.')).toEqual(['other']);
  });
});

describe('a date that opens the sentence', () => {
  it('takes the clause after its own comma', () => {
    const text =
      'Earlier this month, the militia abducted six Red Cross workers, among them two nurses, and freed them on 13 May.';
    expect(events(text, '2021-05-20')[0]).toEqual({ type: 'other', date: '2021-05' });
  });

  it('leaves a date inside the sentence as before', () => {
    expect(events('In March, rebels seized the town of Kidal, and the army retook it on 5 May.', '2013-06-01')).toEqual(
      [
        { type: 'capture', date: '2013-03' },
        { type: 'recapture', date: '2013-05-05' },
      ],
    );
  });
});

describe('overrunning', () => {
  it('a military position is an assault on it', () => {
    expect(typesOf('The militia overran a police post at Bangassou in January.', '2017-06-01')).toEqual([
      'ground-attack',
    ]);
    expect(
      typesOf('UN officials said on Saturday that two of their observation posts had been overrun by the rebels.'),
    ).toEqual(['ground-attack']);
  });

  it('a town or a base is taking ground', () => {
    expect(typesOf('Rebels overran the town of Nasir on Tuesday.')).toEqual(['capture']);
    expect(typesOf('Rebels overran an army base in Nasir on Tuesday.')).toEqual(['capture']);
  });
});

describe('what the object of a trigger says, in a clause with another act after it', () => {
  it('still makes shooting down a crewed aircraft an attack on it', () => {
    expect(
      typesOf(
        'Armenia said on Thursday its troops had shot down two Azerbaijani Su-25 fighter jets over Kalbajar and repelled an assault on the border post of Sotk.',
      ),
    ).toEqual(['other']);
  });
});

describe('who takes ground', () => {
  it('is no person named after "loyal to" and a title', () => {
    expect(
      typesOf('Fighters loyal to former president Omar al-Bashir took control of the airport in Khartoum on Monday.'),
    ).toEqual(['capture']);
  });

  it('is read through a place noun and its name', () => {
    expect(
      typesOf('Rwandan troops and tanks entered the Democratic Republic of Congo near Goma at the weekend.'),
    ).not.toContain('recapture');
    expect(typesOf('The Popular Front took the southern town of Kurgan-Tyube on Monday.')).toEqual(['capture']);
  });
});
