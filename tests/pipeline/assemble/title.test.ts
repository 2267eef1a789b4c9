import { describe, expect, it } from 'vitest';
import {
  excerptTitle,
  makeTitle,
  MAX_TITLE_LENGTH,
  prepositionBefore,
  thirdPerson,
} from '../../../src/pipeline/assemble/title.ts';
import { EVENT_TYPES, type EventType } from '../../../src/model/index.ts';
import type { Span } from '../../../src/pipeline/types.ts';

interface Options {
  readonly type: EventType;
  /** The trigger as it stands in the sentence; none when omitted. */
  readonly trigger?: string;
  readonly agent?: string | null;
  readonly actors?: readonly string[];
  readonly place?: string | null;
  readonly preposition?: string | null;
  /** The date expression as it stands in the sentence. */
  readonly date?: string;
}

function spanOf(text: string, words: string | undefined): Span | null {
  if (words === undefined) return null;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${text}"`);
  return { start, end: start + words.length };
}

/** The title of an event read from the whole of `text` (a sentence at offset 0). */
function title(text: string, o: Options): string {
  const agent = o.agent ?? null;
  return makeTitle({
    type: o.type,
    agent,
    actors: o.actors ?? (agent === null ? [] : [agent]),
    place: o.place == null ? null : { name: o.place, preposition: o.preposition ?? null },
    sentence: { start: 0, end: text.length, text },
    reading: { start: 0, end: text.length },
    trigger: spanOf(text, o.trigger),
    date: spanOf(text, o.date),
  });
}

describe('makeTitle: headlines from the text', () => {
  it('says who did what: agent, the trigger verb in the present, its object', () => {
    expect(
      title('The RSF said they had taken control of Wad Madani on Monday.', {
        type: 'capture',
        trigger: 'taken control',
        agent: 'RSF',
        date: 'on Monday',
      }),
    ).toBe('RSF takes Wad Madani');
    expect(
      title('Russian forces captured Avdiivka on Saturday.', {
        type: 'capture',
        trigger: 'captured',
        agent: 'Russian forces',
        date: 'on Saturday',
      }),
    ).toBe('Russian forces capture Avdiivka');
    expect(
      title('The Taliban entered Kabul on August 15, 2021.', {
        type: 'capture',
        trigger: 'entered',
        agent: 'Taliban',
        place: 'Kabul',
      }),
    ).toBe('Taliban enter Kabul');
    expect(
      title('Houthi rebels seized the port of Hodeidah in 2014.', {
        type: 'capture',
        trigger: 'seized',
        agent: 'Houthi rebels',
        place: 'Hodeidah',
      }),
    ).toBe('Houthi rebels seize Hodeidah');
  });

  it('takes the subject from the text when no known actor is named', () => {
    expect(
      title('Gunmen killed 15 villagers in Zamfara state on Sunday.', {
        type: 'killing',
        trigger: 'killed',
        place: 'Zamfara',
        preposition: 'in',
        date: 'on Sunday',
      }),
    ).toBe('Gunmen kill 15 villagers in Zamfara');
    expect(
      title('Armed men attacked a military post near Djibo on Friday, killing 20 soldiers.', {
        type: 'ground-attack',
        trigger: 'attacked',
        place: 'Djibo',
        preposition: 'near',
        date: 'on Friday',
      }),
    ).toBe('Armed men attack military post near Djibo');
  });

  it('makes a trigger noun the subject of the verb that follows it', () => {
    expect(
      title('An airstrike killed 12 people in Idlib on Tuesday.', {
        type: 'airstrike',
        trigger: 'airstrike',
        place: 'Idlib',
        preposition: 'in',
        date: 'on Tuesday',
      }),
    ).toBe('Airstrike kills 12 people in Idlib');
    expect(
      title('A car bomb exploded outside a hotel in Mogadishu on Sunday.', {
        type: 'bombing',
        trigger: 'car bomb',
        place: 'Mogadishu',
        preposition: 'in',
      }),
    ).toBe('Car bomb explodes in Mogadishu');
  });

  it('gives a trigger noun the verb that carries it', () => {
    expect(
      title("Myanmar's military launched an offensive on Lashio in July.", {
        type: 'ground-attack',
        trigger: 'offensive',
        agent: 'Myanmar',
        place: 'Lashio',
        preposition: 'on',
      }),
    ).toBe('Myanmar launches offensive on Lashio');
    // A name inside the noun phrase says whose the noun is, not who did the verb: back to the type.
    expect(
      title('The army broke a three-year Daesh siege of Deir ez-Zor on September 5.', {
        type: 'siege',
        trigger: 'siege',
        agent: 'ISIS',
        place: 'Deir ez-Zor',
      }),
    ).toBe('Siege of Deir ez-Zor');
  });

  it('says what a statement announced, claimed or declared', () => {
    expect(
      title('The junta announced on Thursday a nationwide ceasefire.', {
        type: 'statement',
        trigger: 'announced',
        date: 'on Thursday',
      }),
    ).toBe('Junta announces nationwide ceasefire');
    expect(
      title("Al-Shabaab claimed responsibility for Friday's bombing in Mogadishu.", {
        type: 'statement',
        trigger: 'claimed responsibility',
        agent: 'Al-Shabaab',
        place: 'Mogadishu',
        preposition: 'in',
        date: 'Friday',
      }),
    ).toBe('Al-Shabaab claims bombing in Mogadishu');
    expect(
      title('Ethiopia declared a state of emergency on Tuesday.', {
        type: 'statement',
        trigger: 'declared',
        agent: 'Ethiopia',
        date: 'on Tuesday',
      }),
    ).toBe('Ethiopia declares state of emergency');
  });

  it('names the place an object only refers back to, and the place of a relative clause', () => {
    expect(
      title('The militants had seized back control of the city by Dec. 12.', {
        type: 'capture',
        trigger: 'seized back',
        agent: 'ISIS',
        place: 'Palmyra',
        date: 'by Dec. 12',
      }),
    ).toBe('ISIS seizes back Palmyra');
    expect(
      title('Kidal, which the rebels took over in 2012, fell again.', {
        type: 'capture',
        trigger: 'took over',
        agent: 'Tuareg rebels',
        place: 'Kidal',
        date: 'in 2012',
      }),
    ).toBe('Tuareg rebels take over Kidal');
  });

  it('keeps the text\'s "from" for withdrawals only', () => {
    expect(
      title('Russian troops withdrew from Kherson in November 2022.', {
        type: 'withdrawal',
        trigger: 'withdrew',
        agent: 'Russia',
        place: 'Kherson',
        preposition: 'from',
      }),
    ).toBe('Russia withdraws from Kherson');
    expect(
      title('M23 fighters fired shells from Goma at the camp in May 2024.', {
        type: 'bombing',
        trigger: 'shells',
        agent: 'M23',
        place: 'Goma',
        preposition: 'from',
      }),
    ).toBe('M23 bombing in Goma');
  });

  it('stays within about 60 characters without a dangling word', () => {
    const t = title(
      'Sudanese Armed Forces recaptured the headquarters of the national radio and television broadcaster in Omdurman in March 2024.',
      {
        type: 'recapture',
        trigger: 'recaptured',
        agent: 'Sudanese Armed Forces',
        place: 'Omdurman',
        preposition: 'in',
      },
    );
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(t).toMatch(/^Sudanese Armed Forces recapture headquarters/);
    expect(t).not.toMatch(/\b(?:of|the|and|in|a)$/);
  });
});

describe('makeTitle: falling back on the type', () => {
  it('uses the type with the agent and place when the text gives no headline (a passive, a gapped verb)', () => {
    expect(
      title('Kherson was retaken by Ukrainian forces in November 2022.', {
        type: 'recapture',
        trigger: 'retaken',
        agent: 'Ukrainian forces',
        place: 'Kherson',
      }),
    ).toBe('Ukrainian forces retake Kherson');
    expect(
      title('Mosul fell to ISIS in June 2014.', { type: 'capture', trigger: 'fell to', agent: 'ISIS', place: 'Mosul' }),
    ).toBe('ISIS captures Mosul');
    expect(title('Kismayo was captured in 2012.', { type: 'capture', trigger: 'captured', place: 'Kismayo' })).toBe(
      'Capture of Kismayo',
    );
    expect(
      title('Troops drove al-Shabaab fighters out of Kismayo in 2012.', {
        type: 'recapture',
        trigger: 'drove al-Shabaab fighters out',
        agent: 'Somalia',
        place: 'Kismayo',
      }),
    ).toBe('Somalia retakes Kismayo');
  });

  it('names what was taken as the text names it when the place is unknown', () => {
    expect(
      title('The village was seized by the rebels in 2023 along with 60 Kurdish villages.', {
        type: 'capture',
        trigger: 'seized',
      }),
    ).not.toBe('Capture');
    expect(
      title('Jihadists had seized 60 Kurdish villages, it was reported in 2014.', {
        type: 'capture',
        trigger: 'seized',
      }),
    ).toBe('Jihadists seize 60 Kurdish villages');
  });

  it('lists participants for agreements and incidents', () => {
    expect(
      title('The two sides signed a truce on Monday.', {
        type: 'agreement',
        actors: ['Sudan', 'South Sudan', 'Egypt'],
      }),
    ).toBe('Agreement between Sudan and South Sudan');
    expect(title('A near miss on Monday.', { type: 'incident', actors: ['Navy'], place: 'Strait' })).toBe(
      'Incident involving Navy in Strait',
    );
  });

  it("is never a bare type word: with nothing known it is the clause's first words", () => {
    for (const type of EVENT_TYPES) {
      const t = title('Fighting resumed around the airport on Monday.', { type });
      expect(t.toLowerCase()).not.toBe(type);
      expect(['Attack', 'Statement', 'Capture', 'Recapture', 'Airstrike', 'Bombing', 'Killing', 'Siege']).not.toContain(
        t,
      );
    }
    expect(title('Fighting resumed around the airport on Monday.', { type: 'other' })).toBe(
      'Fighting resumed around the airport on Monday',
    );
  });

  it("uses the clause's first words for 'other'", () => {
    expect(excerptTitle('\u201CTalks resumed quietly in the capital after a long pause, officials said.')).toBe(
      'Talks resumed quietly in the capital after a long\u2026',
    );
    expect(excerptTitle('  in May,')).toBe('In May');
    expect(excerptTitle('However, talks resumed in May.')).toBe('Talks resumed in May');
  });
});

describe('title helpers', () => {
  it('puts a verb in the third person', () => {
    expect(['take', 'push', 'occupy', 'besiege', 'pass', 'go', 'delay'].map(thirdPerson)).toEqual([
      'takes',
      'pushes',
      'occupies',
      'besieges',
      'passes',
      'goes',
      'delays',
    ]);
  });

  it('reads the preposition before a place', () => {
    const t = 'Fighters retreated towards the town of Jarablus.';
    expect(prepositionBefore(t, t.indexOf('Jarablus'))).toBe('towards');
    const u = 'Militants were driven out of Sirte.';
    expect(prepositionBefore(u, u.indexOf('Sirte'))).toBe('of');
    expect(prepositionBefore('Sirte fell.', 0)).toBeNull();
  });
});
