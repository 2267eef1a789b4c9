/**
 * What kind of violence a clause reports, decided after its trigger: a killing told through its instrument, and
 * who was killed. Sentences written for these rules; the committed lexicon through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { typedByVictims } from '../../../src/pipeline/assemble/victims.ts';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import type { EventTypeMatch } from '../../../src/pipeline/types.ts';
import { lexicon } from '../lexicon/lexicon.ts';

function eventsOf(text: string): { type: string; title: string }[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) => ({ type: e.type, title: e.title }));
}

function typesOf(text: string): string[] {
  return eventsOf(text).map((e) => e.type);
}

describe('a killing told through its instrument', () => {
  it("is the instrument's event", () => {
    expect(typesOf('Saudi-led airstrikes killed 74 people in Saada on Monday.')).toEqual(['airstrike']);
    expect(typesOf('Artillery shelling killed nine civilians in Kharkiv on Tuesday.')).toEqual(['bombing']);
    expect(typesOf('A roadside bomb had reportedly killed three soldiers near Gao on Friday.')).toEqual(['bombing']);
  });

  it("is the instrument's event when a phrase says where it struck", () => {
    expect(typesOf('A drone strike on a wedding party in Kandahar killed 14 guests on Monday.')).toEqual(['airstrike']);
    expect(typesOf('Government airstrikes near the central market had killed 30 people on Tuesday.')).toEqual([
      'airstrike',
    ]);
  });

  it('is not an instrument across another verb or a clause', () => {
    // The strike did not kill: the gunmen did, in a clause of their own.
    expect(typesOf('After an airstrike on the base, gunmen killed 15 villagers in a nearby hamlet on Sunday.')).toEqual(
      ['killing'],
    );
    expect(typesOf('A drone strike on the depot that militants used killed eight people on Friday.')).toEqual([
      'killing',
    ]);
  });

  it('stays a killing when nothing but the killers is named', () => {
    expect(typesOf('Gunmen killed 15 villagers in a remote hamlet on Sunday.')).toEqual(['killing']);
    expect(typesOf('Militants executed 12 men on Saturday.')).toEqual(['killing']);
  });
});

describe('who was killed', () => {
  const ACLED = { eventType: 'Battles', subEventType: 'Armed clash' };
  const stage = {
    findActors: () => [],
    findPlaces: () => [],
    classifyEvent: () => null,
    acledOf: () => ACLED,
  };
  function typed(text: string, word = 'killed'): string | undefined {
    const start = text.indexOf(word);
    const trigger: EventTypeMatch = {
      start,
      end: start + word.length,
      text: word,
      type: 'killing',
      acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
    };
    return typedByVictims(text, trigger, { start: 0, end: text.length }, stage)?.type;
  }

  it('reads combatants killed as a clash', () => {
    expect(typed('Soldiers killed 11 rebels in a clash near Beni.')).toBe('ground-attack');
    expect(typed('Tuareg separatists said they had killed at least 30 Wagner fighters, near Tinzaouaten.')).toBe(
      'ground-attack',
    );
    expect(typed('The ambush killed 1,200 troops.')).toBe('ground-attack');
  });

  it('keeps civilians killed, or victims it does not name, as a killing', () => {
    expect(typed('Gunmen killed 15 villagers, including two soldiers.')).toBe('killing');
    expect(typed('The raid killed two civilians and a soldier.')).toBe('killing');
    expect(typed('Armed men killed dozens in Zamfara.')).toBe('killing');
  });

  it('keeps executions and massacres killings whoever the victims', () => {
    expect(typed('Militants executed 12 soldiers.', 'executed')).toBe('killing');
  });

  it('changes nothing without the ACLED pair of a clash', () => {
    const text = 'Soldiers killed 11 rebels.';
    const trigger: EventTypeMatch = { start: 9, end: 15, text: 'killed', type: 'killing', acled: ACLED };
    const bare = { ...stage, acledOf: undefined };
    expect(typedByVictims(text, trigger, { start: 0, end: text.length }, bare)).toBe(trigger);
  });
});

describe('storming', () => {
  it('is an assault, not taking ground', () => {
    expect(typesOf('Gunmen stormed a police station in Zinder on Friday.')).toEqual(['ground-attack']);
  });
});

describe('entering a town', () => {
  it('is taking it', () => {
    expect(typesOf('Rebel fighters entered the town of Kalehe on Saturday after troops withdrew.')).toEqual([
      'capture',
    ]);
    expect(typesOf('Insurgents entered the city centre on Wednesday.')).toEqual(['capture']);
  });

  it('is not taking a talk, a year or a phase', () => {
    expect(typesOf('The talks entered a third day on Monday.')).toEqual([]);
    expect(typesOf('The war entered its second year on Tuesday, officials said.')).not.toContain('capture');
  });
});

describe('a trigger noun in the object of a trigger verb', () => {
  it('is what was hit: the verb is the event', () => {
    expect(typesOf('Israeli warplanes struck Hezbollah artillery near Tyre on Friday.')).toEqual(['airstrike']);
    expect(typesOf('Government jets bombed a rebel checkpoint near Goma on Monday.')).toEqual(['airstrike']);
  });

  it('stays the event when a preposition or a clause stands between', () => {
    expect(typesOf('Troops withdrew from the base on Friday after an artillery barrage.')).not.toContain('airstrike');
    expect(typesOf('Soldiers repelled an attack on the Kassala road on Monday.')).toEqual(['ground-attack']);
  });
});

describe('a fight named as the setting of another act', () => {
  it('is where the act happened: the act is the event', () => {
    expect(typesOf('Militiamen killed a village chief during fighting near Bor on Tuesday.')).toEqual(['killing']);
    expect(typesOf('Malian troops drove the rebels out of Kidal in a swift offensive in March 2019.')).toEqual([
      'recapture',
    ]);
  });

  it('stays the event after a passive, or when nothing else happens', () => {
    expect(typesOf('Six soldiers were killed in clashes near Bor on Tuesday.')).toEqual(['ground-attack']);
    expect(typesOf('Rebels joined in the fighting near Bor on Tuesday.')).toEqual(['ground-attack']);
  });
});

describe('an attack told with its instrument', () => {
  it("is the instrument's event", () => {
    expect(typesOf('The assault began on Monday night with a truck bomb at the base gate in Gao.')).toEqual([
      'bombing',
    ]);
    expect(typesOf('Militants attacked an army base in Tessalit with drones on Sunday.')).toEqual(['airstrike']);
  });

  it('stays an attack without an instrument that is an event of its own', () => {
    expect(typesOf('Gunmen attacked the convoy near Gao on Friday with rifles and grenades.')).toEqual([
      'ground-attack',
    ]);
  });
});

describe('an event after the date that the date is set against', () => {
  it('is not the event the date dates', () => {
    expect(typesOf('Army shelling killed eight people in Kadugli on Friday before the ceasefire took effect.')).toEqual(
      ['bombing'],
    );
  });

  it('is the event when it comes before the date', () => {
    expect(typesOf('The rebels regrouped after seizing the depot near Kadugli on Friday.')).toEqual(['capture']);
  });
});

describe('a reporting verb after the event', () => {
  it('does not type it', () => {
    expect(typesOf('Police shot dead two men in Buea they accused of being bandits on Sunday.')).toEqual(['killing']);
  });
});

describe('claiming an attack', () => {
  it('is a claim of responsibility: a statement', () => {
    expect(typesOf('Al-Shabaab claimed the ambush near Baidoa on Wednesday in a video.')).toEqual(['statement']);
  });

  it('is the attack when the attack is told by its own verb', () => {
    expect(typesOf('Al-Shabaab ambushed a convoy near Baidoa on Wednesday.')).toEqual(['ground-attack']);
  });
});

describe('declaring ground taken', () => {
  it('is taking it back, by the type table', () => {
    const events = eventsOf('The Iraqi prime minister declared victory over the militants in Ramadi on Monday.');
    expect(events).toEqual([{ type: 'recapture', title: 'Iraq retakes Ramadi' }]);
    // Who lost is no place taken: without a place the title names who took it.
    expect(eventsOf('The Iraqi prime minister declared victory over the militants on Monday.')).toEqual([
      { type: 'recapture', title: 'Recapture by Iraq' },
    ]);
    expect(typesOf('The old town of Kidal was declared fully liberated on Sunday.')).toEqual(['recapture']);
  });

  it('stays a declaration of anything else', () => {
    expect(typesOf('The Malian president declared a state of emergency in Kidal on Monday.')).toEqual(['statement']);
    expect(typesOf('The Malian president declared the elections free on Monday.')).toEqual(['statement']);
  });
});

describe('more words for what happened', () => {
  it('reads fighting that breaks out, breaking into a place and advancing as armed clashes', () => {
    expect(typesOf('Heavy fighting broke out in Juba on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('War broke out in Juba on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('Government troops broke into the rebel stronghold of Pibor on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('The rebels advanced towards Juba on Monday.')).toEqual(['ground-attack']);
  });

  it('keeps protests that break out protests, and "in advance" no advance', () => {
    expect(typesOf('Protests broke out in Juba on Monday.')).not.toContain('ground-attack');
    expect(typesOf('Troops arrived in Juba in advance of the talks on Monday.')).not.toContain('ground-attack');
  });

  it('reads bombs dropped from the air as airstrikes, and a missile hit as shelling', () => {
    expect(typesOf('Warplanes dropped several bombs on the market in Kauda on Sunday.')).toEqual(['airstrike']);
    expect(typesOf('Russian aircraft hit Kupiansk with glide bombs on Sunday.')).toEqual(['airstrike']);
    expect(typesOf('A missile hit a hospital in Odesa on Monday, killing four people.')).toEqual(['bombing']);
    expect(typesOf('A grenade exploded in a market in Bujumbura on Friday.')).toEqual(['bombing']);
  });

  it('reads drones and missiles shot down as an interception, not as the strike', () => {
    expect(typesOf('Air defences shot down 12 drones and two missiles over Kyiv on Monday.')).toEqual(['incident']);
  });

  it('reads forces pulled back or moved out as a withdrawal', () => {
    expect(typesOf('The rebels pulled their fighters back from Kidal on Sunday.')).toEqual(['withdrawal']);
    expect(typesOf('The army moved two battalions out of Kidal on Friday.')).toEqual(['withdrawal']);
  });
});

describe('a title for ground taken, told by a participle with its agent after it', () => {
  it('names the noun the participle describes', () => {
    const events = eventsOf('Troops fought to retake the oil field seized by al-Shabaab fighters in March.');
    expect(events.find((e) => e.type === 'capture')?.title).toBe('Al-Shabaab seizes oil field');
  });
});

describe('a reported clause without "that"', () => {
  it('is the event when its verb is a trigger before the date', () => {
    expect(
      typesOf(
        'The Kyiv-backed movement, which formed last year, said its fighters attacked Russian positions near Kupiansk on Friday.',
      ),
    ).toEqual(['ground-attack']);
    expect(
      typesOf(
        'The Mali-based movement, which wants autonomy, said its men attacked Malian army posts near Kidal on Friday night.',
      ),
    ).toEqual(['ground-attack']);
  });

  it('leaves the saying its own when its object is a noun', () => {
    expect(typesOf('The ministry announced airstrikes in the north on Friday.')).toEqual(['statement']);
  });
});
