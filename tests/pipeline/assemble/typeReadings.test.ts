/**
 * Event types read from the words around a trigger: arson, deployments, airborne landings, firing on a post, who
 * was captured or shot down, what a fight is the setting of, and what a clause of time only accompanies.
 * Sentences written for these rules; the committed lexicon through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

function typesOf(text: string): string[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) => e.type);
}

describe('acts without a weapon of war', () => {
  it('arson is other, also when a trailing saying reports it', () => {
    expect(typesOf('Militiamen set fire to the market in Gao on Friday, a local official said.')).toEqual(['other']);
    expect(typesOf('Gunmen burned down a school near Kidal on Saturday.')).toEqual(['other']);
  });

  it('sending or landing troops is a deployment: other', () => {
    expect(typesOf('Chad sent about 300 soldiers to Bangui on Tuesday, state radio said.')).toEqual(['other']);
    expect(typesOf('French marines landed in Abidjan on Saturday.')).toEqual(['other']);
    expect(typesOf('Kenya deployed 500 police officers to Haiti on Monday.')).toEqual(['other']);
  });

  it('parachuting into a region, or firing on a post, is a ground attack', () => {
    expect(typesOf('Army paratroopers parachuted into the rebel-held valley on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('Rebels fired on a police post in Beni on Thursday.')).toEqual(['ground-attack']);
  });
});

describe('capturing people', () => {
  it('is an arrest or an abduction: other', () => {
    expect(typesOf('Police captured Omar Sadiq, the leader of the cell, in a raid in Kano on Friday.')).toEqual([
      'other',
    ]);
    expect(typesOf('Three of his senior commanders were captured on Sunday.')).toEqual(['other']);
    expect(typesOf('Rebels captured two government soldiers near Goma on Monday.')).toEqual(['other']);
  });

  it('stays the taking of ground when the object is a place', () => {
    expect(typesOf('The rebels captured the town of Walikale on Monday.')).toEqual(['capture']);
    expect(typesOf("The rebels captured the soldiers' barracks near Goma on Monday.")).toEqual(['capture']);
  });
});

describe('shooting down', () => {
  it('an aircraft with a crew is other', () => {
    expect(typesOf('Rebels shot down an army helicopter near Kidal on Sunday.')).toEqual(['other']);
  });

  it('a drone or a missile is an interception', () => {
    expect(typesOf('Air defences shot down 14 drones over Odesa on Sunday.')).toEqual(['incident']);
  });
});

describe('a fight as the setting of an act outside the date', () => {
  it('leaves the act, typed by its victims', () => {
    expect(typesOf('Troops killed Tomas Erno, a senior rebel leader, in a firefight near Luena on Friday.')).toEqual([
      'killing',
    ]);
    expect(typesOf('Rebels killed at least 30 villagers in an attack on a camp, north of Gulu, on Friday.')).toEqual([
      'killing',
    ]);
    expect(typesOf('Soldiers killed 15 guerrillas in an operation in the hills near Tizi on Tuesday.')).toEqual([
      'ground-attack',
    ]);
  });
});

describe('who was killed, told by a passive', () => {
  it('combatants killed is a clash, civilians killed a killing', () => {
    expect(typesOf('A policeman was killed on Monday near Yala.')).toEqual(['ground-attack']);
    expect(typesOf('Two farmers were killed on Monday near Yala.')).toEqual(['killing']);
  });
});

describe('a clause of time after the act', () => {
  it('is the background, not the event', () => {
    expect(typesOf('Rebels burned the town hall in Kidal on Sunday as the army withdrew from the area.')).toEqual([
      'other',
    ]);
  });

  it('is the event when no act stands before it', () => {
    expect(typesOf('As the army withdrew from Kidal on Sunday, looters moved in.')).toEqual(['withdrawal']);
  });
});

describe('deals broken, deals that failed, and words in hyphenated adjectives', () => {
  it('a truce broken is no agreement: the act beside it is the event', () => {
    expect(typesOf('The militia broke a two-week truce on Monday and attacked the town of Bor.')).toEqual([
      'ground-attack',
    ]);
  });

  it('talks that collapsed are other, talks held stay an agreement', () => {
    expect(typesOf('Peace talks in Nairobi collapsed on Friday.')).toEqual(['other']);
    expect(typesOf('The two sides signed a truce in Nairobi on Friday.')).toEqual(['agreement']);
  });

  it('"self-proclaimed" and "UN-brokered" are no saying and no deal', () => {
    expect(typesOf('Fighters of the self-proclaimed republic drove the police out of Tighina on Saturday.')).toEqual([
      'capture',
    ]);
  });
});

describe('aircraft told in the progressive or in an attempt', () => {
  it('is an airstrike', () => {
    expect(typesOf('Army jets had been striking rebel positions near Kidal since Thursday.')).toEqual(['airstrike']);
    expect(typesOf('Two air force jets tried to bomb the bridge at Rezina on Monday.')).toEqual(['airstrike']);
  });

  it('not without an auxiliary or an attack verb', () => {
    expect(typesOf('Two air force jets tried to land at Rezina on Monday.')).not.toContain('airstrike');
  });
});

describe('entering a named place', () => {
  it('is taking it', () => {
    expect(typesOf('Rebel fighters entered Kindu on Thursday.')).toEqual(['capture']);
  });

  it('is not when the date dates a fight the entering is set against', () => {
    expect(typesOf('Fighting began in August 1992, when Georgian troops entered Abkhazia.')).toEqual(['ground-attack']);
  });
});

describe('a fight the date is counted from', () => {
  it('is the anchor, not the event', () => {
    expect(typesOf('Rebels captured Kindu on Monday after 11 days of fighting.')).toEqual(['capture']);
  });
});
