/**
 * Reported events, statements that are news, and dated events that name nobody known, through the whole pipeline
 * with the committed lexicon. Sentences written for these rules, from many conflicts; none is from the seeds.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import type { TimelineEvent } from '../../../src/model/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

/** Each text is one article published Sunday 2024-03-10; the events of each, in text order. */
function extract(...texts: string[]): TimelineEvent[][] {
  const articles = texts.map((text, i) => ({
    id: `a${i}`,
    title: null,
    publisher: null,
    url: null,
    published: '2024-03-10',
    text,
  }));
  const { events } = runPipeline(articles, lexicon(), createDefaultConfig());
  return articles.map((a) =>
    events
      .filter((e) => e.sources[0]?.article === a.id)
      .sort((x, y) => (x.sources[0]?.start ?? 0) - (y.sources[0]?.start ?? 0)),
  );
}

function only(text: string): TimelineEvent {
  const [events] = extract(text);
  expect(events, text).toHaveLength(1);
  return (events as TimelineEvent[])[0] as TimelineEvent;
}

describe('reported events', () => {
  it('reads the reported clause: its type and agent, the reporter kept as who said it', () => {
    const e = only(
      'The Syrian Observatory for Human Rights said Friday that Islamic State jihadists had seized 60 Kurdish villages.',
    );
    expect(e.type).toBe('capture');
    expect(e.date).toEqual({ start: '2024-03-08', precision: 'day' });
    expect(e.actors).toEqual(['ISIS']);
    expect(e.sources[0]?.reportedBy).toEqual(['Syrian Observatory for Human Rights']);
    expect(e.title).toBe('ISIS seizes 60 Kurdish villages');
  });

  it('keeps the reporter out of the actors and its words out of the place (trailing frame)', () => {
    const e = only(
      "Russian forces captured Avdiivka in Ukraine's Donetsk region on Saturday, the defence ministry in Moscow said.",
    );
    expect(e.type).toBe('capture');
    expect(e.date.start).toBe('2024-03-09');
    expect(e.actors).toEqual(['Russia']);
    expect(e.location?.name).not.toBe('Moscow');
    expect(e.sources[0]?.reportedBy?.length).toBe(1);
    expect(e.title).toMatch(/^Russia captures Avdiivka\b/);
  });

  it('takes the reporter as the agent of a reported "it" or "they"', () => {
    const e = only('The Iraqi army said on Thursday that it had retaken the town of Hit from Islamic State militants.');
    expect(e.type).toBe('recapture');
    expect(e.actors[0]).toBe('Iraq');
    expect(e.actors).toContain('ISIS');
    expect(e.sources[0]?.reportedBy).toEqual(['Iraq']);
  });

  it('reads "according to" and a reported clause that carries its own date', () => {
    const a = only('According to the Observatory, jihadists captured the town of Tal Abyad on Sunday.');
    expect(a.type).toBe('capture');
    expect(a.sources[0]?.reportedBy).toEqual(['Syrian Observatory for Human Rights']);
    expect(a.actors).not.toContain('Syrian Observatory for Human Rights');
    const b = only('Officials said clashes continued on Saturday near the border.');
    expect(b.type).toBe('ground-attack');
    expect(b.date.start).toBe('2024-03-09');
    expect(b.sources[0]?.reportedBy).toEqual(['Officials']);
    expect(b.title).toBe('Clashes continue');
  });

  it("gives two dated clauses of one frame their own dates: the report's alone is no event", () => {
    const [events] = extract('The army said on Monday that rebels had ambushed a convoy near Goma on Saturday.');
    expect(events?.map((e) => [e.type, e.date.start])).toEqual([['ground-attack', '2024-03-09']]);
  });
});

describe('statements: an event only when the saying is the news', () => {
  it('drops a report of nothing that happened', () => {
    const [a, b, c, d] = extract(
      'The ministry said on Monday it would consider the proposal.',
      'The army said on Monday.',
      'The presidency said on Wednesday that it could not comment.',
      'A rebel spokesman told reporters on Thursday that the movement might review its position.',
    );
    expect(a).toEqual([]);
    expect(b).toEqual([]);
    expect(c).toEqual([]);
    expect(d).toEqual([]);
  });

  it('keeps declarations, announcements of ceasefires, orders and claims of responsibility', () => {
    const [ceasefire, emergency, order, claim] = extract(
      'The junta announced on Thursday a nationwide ceasefire.',
      'Ethiopia declared a state of emergency on Tuesday.',
      'The president ordered on Friday the withdrawal of all foreign troops.',
      "Al-Shabaab claimed responsibility for Friday's bombing in Mogadishu.",
    );
    expect(ceasefire?.map((e) => [e.type, e.date.start, e.title])).toEqual([
      ['statement', '2024-03-07', 'Junta announces nationwide ceasefire'],
    ]);
    expect(emergency?.map((e) => [e.type, e.title])).toEqual([['statement', 'Ethiopia declares state of emergency']]);
    expect(order?.map((e) => e.type)).toEqual(['statement']);
    expect(claim?.map((e) => [e.type, e.date.start])).toEqual([['statement', '2024-03-08']]);
    expect(claim?.[0]?.title).toMatch(/claims bombing/);
    for (const e of [...(ceasefire ?? []), ...(claim ?? [])]) expect(e.sources[0]?.reportedBy).toBeUndefined();
  });

  it('keeps a threat: an act to come, announced', () => {
    const e = only('A Houthi spokesman said on Tuesday that the group would attack ships in the Red Sea.');
    expect(e.type).toBe('statement');
    expect(e.date.start).toBe('2024-03-05');
  });

  it('keeps a confirmed or revealed fact as a statement by the one who confirmed it', () => {
    const e = only('On March 4, U.S. officials confirmed that Russia and Iran are cooperating in Syria.');
    expect(e.type).toBe('statement');
    expect(e.actors[0]).toBe('United States');
    expect(e.title.length).toBeLessThanOrEqual(60);
    expect(e.title).toMatch(/^United States confirms/);
  });
});

describe('dated events that name nobody known', () => {
  it('keeps a dated clause with an event word whatever its actor and place', () => {
    const [a, b, c] = extract(
      'Gunmen killed 15 villagers in a remote hamlet on Sunday.',
      'Unidentified attackers ambushed a patrol outside a village on Friday, killing four soldiers.',
      'A car bomb exploded outside a hotel on Thursday.',
    );
    expect(a?.map((e) => [e.type, e.actors, e.title])).toEqual([['killing', [], 'Gunmen kill 15 villagers']]);
    expect(b?.map((e) => [e.type, e.date.start])).toEqual([['ground-attack', '2024-03-08']]);
    expect(b?.[0]?.title).toBe('Unidentified attackers ambush patrol');
    expect(c?.map((e) => [e.type, e.title])).toEqual([['bombing', 'Car bomb explodes']]);
  });

  it('still drops a dated clause with neither an event word nor an actor', () => {
    const [a] = extract('The weather was mild on Saturday in the capital.');
    expect(a).toEqual([]);
  });
});

describe('a frame in mid-sentence', () => {
  it("reads the clause before it as reported and the phrase after it as the writer's", () => {
    const [events] = extract(
      'Rebels have seized the town of Kalehe, the army said on Friday, after an offensive that began on Tuesday.',
    );
    const friday = events?.find((e) => e.date.start === '2024-03-08');
    expect(friday?.type).toBe('capture');
    expect(friday?.sources[0]?.reportedBy?.length).toBe(1);
    const tuesday = events?.find((e) => e.date.start === '2024-03-05');
    expect(tuesday?.sources[0]?.reportedBy ?? null).toBeNull();
  });

  it('is no frame when what follows is a clause of its own', () => {
    const [events] = extract(
      'Rebels have seized the town of Kalehe, the army said on Friday, and it vowed to retake it.',
    );
    expect(events?.find((e) => e.date.start === '2024-03-08')?.type).not.toBe('capture');
  });
});

describe("a state's forces named through a phrase every state uses", () => {
  it('belong to the state named right before them, not to the one the places point to', () => {
    const e = only('U.S. military aircraft struck Islamic State artillery near Irbil on Friday.');
    expect(e.actors).toContain('United States');
    expect(e.actors).not.toContain('Iraq');
  });

  it('still belong to the state the text is about when no name precedes them', () => {
    const e = only('Military aircraft struck rebel positions near Goma, in eastern Congo, on Friday.');
    expect(e.actors[0]).toBe('DR Congo');
  });
});

describe('pronouns and group nouns that refer back', () => {
  it("takes the reporter as the agent of its own forces: 'its forces', 'their fighters', 'his men'", () => {
    const a = only("Georgia's defence ministry said on Friday that its forces had captured the village of Perevi.");
    expect(a.actors[0]).toBe('Georgia');
    expect(a.type).toBe('capture');
    const b = only('The Arakan Army said on Thursday that its fighters had seized the town of Kyauktaw.');
    expect(b.actors[0]).toBe('Arakan Army');
  });

  it('does not take the reporter for a possessive that is not the subject', () => {
    const e = only('The Arakan Army said on Thursday that troops had shelled its positions near Kyauktaw.');
    expect(e.actors[0]).not.toBe('Arakan Army');
  });

  it('reads a sentence-initial "It" or "They" as who the sentence before was about', () => {
    const [events] = extract(
      'The Arakan Army said on Sunday that it had captured the town of Maungdaw. It seized the town of Paletwa on Friday.',
    );
    const paletwa = events?.find((e) => e.title.includes('Paletwa'));
    expect(paletwa?.actors[0]).toBe('Arakan Army');
  });

  it('reads "he" or "she" after a short fronted date the same way', () => {
    const [events] = extract(
      'President Gustavo Petro suspended talks with the ELN on Friday. On Monday he declared a state of emergency.',
    );
    expect(events?.find((e) => e.date.start === '2024-03-04')?.actors[0]).toBe('Colombia');
    // A fronted clause is no short date: the pronoun may be someone else's.
    const [clause] = extract(
      'President Gustavo Petro suspended talks with the ELN on Friday. When the rebels attacked Tibu, he declared ' +
        'an emergency on Monday.',
    );
    expect(clause?.find((e) => e.date.start === '2024-03-04')?.actors[0]).not.toBe('Colombia');
  });

  it('takes the group a sentence opens with, not an actor named later in it', () => {
    const [events] = extract(
      'The Arakan Army captured Maungdaw on Sunday. The group has swept through Rakhine since a truce with the ' +
        'military collapsed. It seized the town of Paletwa on Friday.',
    );
    expect(events?.find((e) => e.title.includes('Paletwa'))?.actors[0]).toBe('Arakan Army');
    const [later] = extract(
      'On a quiet road outside the town, an aid convoy met the Arakan Army. It seized the town of Paletwa on Friday.',
    );
    expect(later?.find((e) => e.title.includes('Paletwa'))?.actors ?? []).not.toContain('Arakan Army');
  });

  it('leaves a pronoun that is no subject of the event, or one further back, unnamed', () => {
    const [events] = extract(
      'Hamas fighters attacked Kerem Shalom on Sunday. Residents fled the area. They returned to Rafah on Monday.',
    );
    const monday = events?.find((e) => e.date.start === '2024-03-04');
    expect(monday?.actors ?? []).not.toContain('Hamas');
    const [quiet] = extract('M23 rebels shelled Sake on Friday. It was quiet in Goma on Saturday, residents said.');
    expect(quiet?.find((e) => e.date.start === '2024-03-09')?.actors ?? []).toEqual([]);
  });

  it('gives a verb after "and" the subject of the clause before', () => {
    const [events] = extract('It seized Paletwa on Jan. 4 and captured the town of Kyauktaw on Jan. 9.');
    const [, second] = events ?? [];
    expect(second?.actors).toEqual(events?.[0]?.actors);
    const [named] = extract('The Arakan Army seized Paletwa on Jan. 4 and captured the town of Kyauktaw on Jan. 9.');
    expect(named?.map((e) => e.actors[0])).toEqual(['Arakan Army', 'Arakan Army']);
  });

  it('reads "the militants" as the jihadist group named before rather than other armed forces', () => {
    const [events] = extract(
      'Islamic State fighters shelled Kurdish peshmerga positions near Makhmour on Friday. Peshmerga fighters ' +
        'withdrew from two villages. The militants captured the town of Gwer on Saturday.',
    );
    expect(events?.find((e) => e.date.start === '2024-03-09')?.actors[0]).toBe('ISIS');
  });
});
