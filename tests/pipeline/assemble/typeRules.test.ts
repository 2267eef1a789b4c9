/**
 * What kind of violence a clause reports, decided after its trigger: a killing told through its instrument, and
 * who was killed. Sentences written for these rules; the committed lexicon through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { typedByVictims } from '../../../src/pipeline/assemble/victims.ts';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import type { EventTypeMatch } from '../../../src/pipeline/types.ts';
import { lexicon } from '../lexicon/lexicon.ts';

function typesOf(text: string): string[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) => e.type);
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
