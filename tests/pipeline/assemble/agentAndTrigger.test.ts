import { describe, expect, it } from 'vitest';
import { agentOf } from '../../../src/pipeline/assemble/agent.ts';
import { chooseTrigger, segmentAround } from '../../../src/pipeline/assemble/chooseTrigger.ts';
import type { ActorMention } from '../../../src/pipeline/types.ts';
import { fakeStages } from '../fakes.ts';

function actorsIn(text: string, names: readonly string[]): ActorMention[] {
  return names.map((n) => {
    const start = text.indexOf(n);
    return { start, end: start + n.length, text: n, actor: n };
  });
}

function spanOf(text: string, word: string): { start: number; end: number } {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
}

describe('agentOf', () => {
  const all = (t: string) => ({ start: 0, end: t.length });

  it('takes the passive agent after the trigger', () => {
    const t = 'The port was seized by the rebels on Monday.';
    expect(agentOf(t, spanOf(t, 'seized'), actorsIn(t, ['rebels']), all(t))).toBe('rebels');
  });

  it('skips actors governed by a preposition and takes the subject', () => {
    const t = 'Backed by coalition jets, militia fighters captured the bridge.';
    expect(agentOf(t, spanOf(t, 'captured'), actorsIn(t, ['coalition', 'militia']), all(t))).toBe('militia');
  });

  it('takes an actor right before a trigger noun, or owning it through "its"', () => {
    const t = 'Talks stalled after the 2014 Russian annexation of the peninsula.';
    expect(agentOf(t, spanOf(t, 'annexation'), actorsIn(t, ['Russian']), all(t))).toBe('Russian');
    const u = 'Troops fought to recover land lost to the rebels during its offensive last June.';
    expect(agentOf(u, spanOf(u, 'offensive'), actorsIn(u, ['rebels']), all(u))).toBe('rebels');
  });

  it('gives no agent when the only actor comes after an active trigger, or without a trigger', () => {
    const t = 'Shelling hit the market, militants said.';
    expect(agentOf(t, spanOf(t, 'Shelling'), actorsIn(t, ['militants']), all(t))).toBeNull();
    expect(agentOf(t, null, actorsIn(t, ['militants']), all(t))).toBeNull();
  });
});

describe('chooseTrigger', () => {
  const lexicon = fakeStages().lexicon;
  const all = (t: string) => ({ start: 0, end: t.length });

  it("keeps the lexicon's choice unless a trigger in the date's stretch is nearer", () => {
    const t = 'The Taliban captured Kunduz, and NATO bombed the bridge in May 2016.';
    expect(chooseTrigger(lexicon, t, all(t), spanOf(t, 'in May 2016'), [])?.text).toBe('bombed');
    const u = 'The Taliban captured Kunduz in May 2016, and NATO bombed the bridge.';
    expect(chooseTrigger(lexicon, u, all(u), spanOf(u, 'in May 2016'), [])?.text).toBe('captured');
  });

  it('keeps a reporting verb before the date, unless the date sits in a "that" clause', () => {
    const t = 'NATO said air strikes in May 2016 hit depots.';
    expect(chooseTrigger(lexicon, t, all(t), spanOf(t, 'in May 2016'), [])?.type).toBe('statement');
    const u = 'NATO said that the Taliban ambushed a patrol in May 2016.';
    expect(chooseTrigger(lexicon, u, all(u), spanOf(u, 'in May 2016'), [])?.type).toBe('ground-attack');
    const v = 'NATO said that talks went on in May 2016.';
    expect(chooseTrigger(lexicon, v, all(v), spanOf(v, 'in May 2016'), [])).toBeNull();
  });

  it('finds the comma-delimited stretch around a span', () => {
    const t = 'First part, the date in May 2016 here, last part.';
    const seg = segmentAround(t, all(t), spanOf(t, 'in May 2016'));
    expect(t.slice(seg.start, seg.end)).toBe(' the date in May 2016 here');
  });
});

describe('chooseTrigger and anchored dates', () => {
  it('never takes a trigger inside the date expression', () => {
    const lexicon = fakeStages().lexicon;
    const t = 'Two days after the Taliban seized Kunduz, NATO bombed the bridge.';
    const date = { start: 0, end: t.indexOf(',') };
    expect(chooseTrigger(lexicon, t, { start: 0, end: t.length }, date, [])?.text).toBe('bombed');
    const u = 'Two days after the Taliban seized Kunduz, talks resumed.';
    expect(chooseTrigger(lexicon, u, { start: 0, end: u.length }, { start: 0, end: u.indexOf(',') }, [])).toBeNull();
  });
});

describe('chooseTrigger and possible events', () => {
  it('does not take a trigger named as only possible or planned', () => {
    const lexicon = { ...fakeStages().lexicon };
    const t = 'Envoys will meet in May 2016 about a possible air strike.';
    expect(chooseTrigger(lexicon, t, { start: 0, end: t.length }, spanOf(t, 'in May 2016'), [])).toBeNull();
  });
});

describe('agentOf and trigger nouns', () => {
  const all = (t: string) => ({ start: 0, end: t.length });

  it('takes the subject of a light verb as the agent of the noun it governs', () => {
    const t = 'Kurdish forces launched the offensive at dawn.';
    expect(agentOf(t, spanOf(t, 'offensive'), actorsIn(t, ['Kurdish forces']), all(t))).toBe('Kurdish forces');
    const u = 'The coalition continued its campaign with a series of 29 airstrikes.';
    expect(agentOf(u, spanOf(u, 'airstrikes'), actorsIn(u, ['coalition']), all(u))).toBe('coalition');
  });

  it('does not give a noun-phrase trigger the subject of an unrelated verb', () => {
    const t = 'NATO troops are barred from acting under a treaty signed after the 2008 incursion.';
    expect(agentOf(t, spanOf(t, 'incursion'), actorsIn(t, ['NATO']), all(t))).toBeNull();
  });
});

describe('agentOf and verb phrases', () => {
  it('still takes the subject when an article starts the subject, not a noun phrase trigger', () => {
    const t = 'While the national army had retaken the port in March, talks went on.';
    expect(agentOf(t, spanOf(t, 'retaken'), actorsIn(t, ['national army']), { start: 0, end: t.length })).toBe(
      'national army',
    );
  });
});

describe('agentOf for statements', () => {
  const all = (t: string) => ({ start: 0, end: t.length });

  it('takes the speaker right before the reporting verb, across an acronym in brackets', () => {
    const t = 'The African Union Mission (AMISOM) announced on Monday that it had left.';
    expect(agentOf(t, spanOf(t, 'announced'), actorsIn(t, ['African Union Mission']), all(t), true)).toBe(
      'African Union Mission',
    );
  });

  it('gives no speaker when the actor is far from or cut off from the verb', () => {
    const t = 'Rebels took the town from AMISOM, a monitor said.';
    expect(agentOf(t, spanOf(t, 'said'), actorsIn(t, ['AMISOM']), all(t), true)).toBeNull();
  });
});
