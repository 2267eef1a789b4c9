import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../src/pipeline/assemble/assembleArticle.ts';
import type { EventCandidate } from '../../../src/pipeline/assemble/candidate.ts';
import type { Stages } from '../../../src/pipeline/assemble/stages.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import type { Article } from '../../../src/model/index.ts';
import { fakeStages } from '../fakes.ts';

function article(text: string): Article {
  return { id: 'a/test', title: null, publisher: null, url: null, published: '2020-01-15', text };
}

function run(text: string, stages: Stages = fakeStages()): EventCandidate[] {
  return assembleArticle(
    { article: article(text), reference: { date: '2020-01-15', basis: 'published' }, sentences: splitSentences(text) },
    stages,
  );
}

const withKinds: Stages = (() => {
  const base = fakeStages();
  return {
    ...base,
    lexicon: {
      ...base.lexicon,
      actorKind: (a: string) => (a === 'Taliban' || a === 'Boko Haram' ? 'non-state' : 'government'),
    },
  };
})();

describe('assembleArticle', () => {
  it('gives one event per dated clause, each with its own actors, place, type and date', () => {
    const text = 'While Afghan forces retook Kunduz in March 2016, the Taliban seized Helmand by October 4, 2016.';
    const out = run(text);
    expect(out.map((e) => [e.date, e.type, e.actors, e.location?.name])).toEqual([
      [{ start: '2016-03', precision: 'month' }, 'recapture', ['Afghan government'], 'Kunduz'],
      [{ start: '2016-10-04', precision: 'day', qualifier: 'by' }, 'capture', ['Taliban'], 'Helmand'],
    ]);
    expect(out.map((e) => e.title)).toEqual(['Afghan government retakes Kunduz', 'Taliban seize Helmand']);
    for (const e of out) expect(text.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
  });

  it('resolves "the city" to the last city named before', () => {
    const text =
      'Boko Haram fighters entered Maiduguri on June 2, 2019. Nigerian troops retook the city on June 5, 2019.';
    const out = run(text);
    expect(out[1]?.location?.name).toBe('Maiduguri');
    expect(out[1]?.title).toBe('Nigerian government retakes Maiduguri');
  });

  it('does not treat "the city of X" as a back-reference', () => {
    const text = 'Fighting spread to Kunduz in May 2015. The Taliban captured the city of Kabul in 2021.';
    expect(run(text)[1]?.location?.name).toBe('Kabul');
  });

  it('carries actors and place from the sentence an event noun refers back to', () => {
    const text =
      'NATO carried out an air strike in Helmand in March 2011. The strike, which took place in March 2011, killed four.';
    const out = run(text);
    expect(out[1]?.location?.name).toBe('Helmand');
    expect(out[1]?.actors).toContain('NATO');
  });

  it('reads "the group" as the last non-state actor and keeps the sentence\'s other actors', () => {
    const text = 'While Afghan forces retook Kunduz in March 2016, the group seized it back by October 4, 2016.';
    const second = run(text, withKinds)[1];
    expect(second?.agent).toBeNull();
    const text2 =
      'The Taliban were pushed out in 2015. While Afghan forces held Kunduz in March 2016, the group seized the city by October 4, 2016.';
    const out = run(text2, withKinds);
    expect(out[2]?.actors).toEqual(['Taliban', 'Afghan government']);
    expect(out[2]?.title).toBe('Taliban seize Kunduz');
  });

  it('names the passive agent, not the first actor, in the title', () => {
    const text = 'Kunduz was seized by the Taliban on September 28, 2015, Afghan forces said.';
    const [e] = run(text);
    expect(e?.agent).toBe('Taliban');
    expect(e?.title).toBe('Taliban capture Kunduz');
  });

  it('names no agent when the clause does not say who did it', () => {
    const text = 'Kunduz was captured on September 28, 2015.';
    expect(run(text)[0]?.title).toBe('Capture of Kunduz');
  });

  it('takes no place from inside the date expression', () => {
    const text = 'Two days after the fall of Kunduz, the Taliban seized Helmand.';
    const base = fakeStages();
    const anchored: Stages = {
      ...base,
      dates: {
        ...base.dates,
        findDateMentions: () => [
          {
            start: 0,
            end: text.indexOf(','),
            text: text.slice(0, text.indexOf(',')),
            value: { start: '2015-09-30', precision: 'day' },
            role: 'point',
            resolvedAgainst: 'Kunduz (earlier)',
            tags: [],
          },
        ],
      },
    };
    const [e] = run(text, anchored);
    expect(e?.location?.name).toBe('Helmand');
  });

  it("uses 'other' and the clause's words when no trigger word is found", () => {
    const [e] = run('The Taliban held talks with NATO envoys in May 2012 about prisoners.');
    expect(e?.type).toBe('other');
    expect(e?.title).toBe('The Taliban held talks with NATO envoys in May…');
  });
});

describe('assembleArticle: shared verbs and relative clauses', () => {
  it('lets a verbless clause after "and" share the verb, agent and actors of the clause before', () => {
    const out = run('Afghan forces retook Kunduz in March 2016 and Helmand in May 2016.');
    expect(out.map((e) => [e.type, e.title, e.date.start])).toEqual([
      ['recapture', 'Afghan government retakes Kunduz', '2016-03'],
      ['recapture', 'Afghan government retakes Helmand', '2016-05'],
    ]);
  });

  it('does not share the verb with a clause that has its own', () => {
    const out = run('Afghan forces retook Kunduz in March 2016, and the Taliban ambushed a convoy in May 2016.');
    expect(out[1]?.type).toBe('ground-attack');
    expect(out[1]?.agent).toBe('Taliban');
  });

  it('places a relative clause at the place it follows', () => {
    const out = run('NATO said on March 3, 2016 it had left Kunduz, which the Taliban seized in May 2015, for good.');
    expect(out[1]?.location?.name).toBe('Kunduz');
    expect(out[1]?.title).toBe('Taliban seize Kunduz');
  });
});

describe('assembleArticle: group references', () => {
  it('does not add a group back-reference to a clause that names its actors', () => {
    const text = 'Boko Haram fighters fled in 2015. The group of NATO advisers left Kabul in May 2016.';
    const out = run(text, withKinds);
    expect(out[1]?.actors).toEqual(['NATO']);
  });
});
