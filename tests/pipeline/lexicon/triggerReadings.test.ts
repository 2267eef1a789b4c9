/**
 * What a trigger word reports, read from the words around it: scare quotes, an aim, a thing seized, a siege of a
 * building, weapons fired from the air, and the new act words (exchanges of fire, diplomatic ruptures). Sentences
 * written for these rules; the committed lexicon through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import { lexicon } from './lexicon.ts';

function typesOf(text: string): string[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2023-06-10', text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) => e.type);
}

describe('a trigger in scare quotes', () => {
  it('is the speaker’s word, not the act', () => {
    expect(typesOf('The governor said on Friday that the province had been "liberated" from crime.')).toEqual([
      'statement',
    ]);
  });

  it('still counts when the word is not quoted on its own', () => {
    expect(typesOf('Government troops liberated the town of Kidal on Friday.')).toEqual(['recapture']);
  });
});

describe('taking ground as an aim', () => {
  it('gives way to the act it is the aim of', () => {
    expect(typesOf('The army launched an offensive on Wednesday to recapture the northern hills.')).toEqual([
      'ground-attack',
    ]);
  });

  it('is the act when nothing else is told, or when it was achieved', () => {
    expect(typesOf('Allied militias joined the army on Tuesday to drive the rebels out of Kidal.')).toEqual([
      'recapture',
    ]);
    expect(typesOf('Government troops managed to retake Kidal on Tuesday.')).toEqual(['recapture']);
  });
});

describe('seizing a thing', () => {
  it('is no taking of ground', () => {
    expect(
      typesOf('Police raided a farm outside the city on Monday, seizing 40 rifles and a tonne of cocaine.'),
    ).toEqual(['ground-attack']);
    expect(typesOf('Pirates seized an oil tanker off the coast on Sunday.')).not.toContain('capture');
  });

  it('is taking ground when the thing names a place', () => {
    expect(typesOf('Rebels seized an arms depot outside Kidal on Monday.')).toEqual(['capture']);
    expect(typesOf('Rebels seized the town of Kidal on Monday.')).toEqual(['capture']);
  });
});

describe('a siege', () => {
  it('of a building is an armed assault on it', () => {
    expect(typesOf('Gunmen ended their siege of a luxury hotel in the capital on Saturday.')).toEqual([
      'ground-attack',
    ]);
  });

  it('of a town stays a siege', () => {
    expect(typesOf('Rebels laid siege to the town of Kidal on Saturday.')).toEqual(['siege']);
  });
});

describe('rockets, missiles and bombs fired from the air', () => {
  it('are an air strike', () => {
    expect(typesOf('Navy helicopters fired rockets at a rebel camp on Thursday.')).toEqual(['airstrike']);
    expect(typesOf('Drones dropped two bombs on a market in the district on Thursday.')).toEqual(['airstrike']);
  });

  it('stay shelling when fired at the aircraft or from the ground', () => {
    expect(typesOf('Rebels fired rockets at army helicopters on Thursday.')).toEqual(['bombing']);
    expect(typesOf('Artillery units fired rockets into the valley on Thursday.')).toEqual(['bombing']);
  });
});

describe('an attack whose doer is an aircraft', () => {
  it('is an air strike, whatever the verb', () => {
    expect(typesOf('Government jets also hit militia positions near Kidal on Sunday.')).toEqual(['airstrike']);
    expect(typesOf('Two army helicopters fired on a convoy outside Gao on Monday.')).toEqual(['airstrike']);
    expect(typesOf('Warplanes killed 12 villagers at a market near Kidal on Friday.')).toEqual(['airstrike']);
  });

  it('is the act of the clause, not a participle or a noun beside it', () => {
    expect(typesOf('Navy gunships struck a column of trucks withdrawing from Kidal on Tuesday.')).toEqual([
      'airstrike',
    ]);
    expect(typesOf('Army drones attacked retreating militiamen near Gao on Tuesday.')).toEqual(['airstrike']);
    expect(
      typesOf('Air force jets bombed rebel depots on Tuesday as fighting spread across the northern hills.'),
    ).toEqual(['airstrike']);
  });

  it('is read through a passive', () => {
    expect(typesOf('A fuel convoy was struck by two government drones near Gao on Monday.')).toEqual(['airstrike']);
  });

  it('is not read when the aircraft is the target or no attack verb follows', () => {
    expect(typesOf('Rebels attacked army helicopters at the airfield near Gao on Monday.')).toEqual(['ground-attack']);
    expect(typesOf('Army helicopters circled over Gao on Monday as rebels attacked the base.')).toEqual([
      'ground-attack',
    ]);
    expect(typesOf('Army helicopters evacuated wounded soldiers from Gao on Monday.')).toEqual(['withdrawal']);
  });

  it('gives way to ground taken in the same clause', () => {
    expect(typesOf('Government troops retook Kidal on Friday after jets pounded rebel positions.')).toEqual([
      'recapture',
    ]);
  });
});

describe('new act words', () => {
  it('an exchange of fire or opening fire is an armed clash', () => {
    expect(typesOf('Two border guards were hurt in an exchange of fire on Tuesday.')).toEqual(['ground-attack']);
    expect(typesOf('Gunmen opened fire on a police patrol on Tuesday.')).toEqual(['ground-attack']);
  });

  it('breaking off relations is a diplomatic rupture, not the attack it answers', () => {
    expect(typesOf('Both capitals severed diplomatic ties on Monday after a car bomb hit the embassy.')).toEqual([
      'other',
    ]);
  });
});
