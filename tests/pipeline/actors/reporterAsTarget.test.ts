/** The speaker as the side attacked ("said X had attacked its positions"): sentences written for this rule. */
import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../src/model/index.ts';
import { reporterAsTarget } from '../../../src/pipeline/actors/reporterAsTarget.ts';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import type { EventTypeMatch } from '../../../src/pipeline/types.ts';
import { lexicon } from '../lexicon/lexicon.ts';

/** The reported words of `text` after "that", with a trigger on `verb` of `type`. */
function target(text: string, verb: string, type: EventType, agent: string | null, reporters: string[]) {
  const start = text.indexOf(verb);
  const trigger: EventTypeMatch = {
    start,
    end: start + verb.length,
    text: verb,
    type,
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  };
  const clause = { start: text.indexOf('that') + 4, end: text.length };
  return reporterAsTarget(text, clause, trigger, agent, reporters);
}

describe('reporterAsTarget', () => {
  it('is the speaker when the reported attack hits what is its own', () => {
    expect(
      target('Chad said that Sudanese troops shelled its border posts.', 'shelled', 'bombing', 'Sudan', ['Chad']),
    ).toBe('Chad');
    expect(target('M23 said that the army bombed their own camps.', 'bombed', 'airstrike', 'DR Congo', ['M23'])).toBe(
      'M23',
    );
  });

  it('is no one when the possessive stands before the trigger: the agent is the speaker’s forces', () => {
    expect(
      target('Chad said that its troops shelled the border posts.', 'shelled', 'bombing', 'Chad', ['Chad']),
    ).toBeNull();
  });

  it('is no one for an act that is no use of force, or with two speakers, or no agent', () => {
    expect(target('Chad said that Sudan signed its proposal.', 'signed', 'agreement', 'Sudan', ['Chad'])).toBeNull();
    expect(
      target('Chad and Niger said that Sudan shelled its border posts.', 'shelled', 'bombing', 'Sudan', [
        'Chad',
        'Niger',
      ]),
    ).toBeNull();
    expect(target('Chad said that gunmen shelled its border posts.', 'shelled', 'bombing', null, ['Chad'])).toBeNull();
  });

  it('is no one when what the possessive names is not a thing of force or place', () => {
    expect(
      target('Chad said that Sudan attacked its policy.', 'attacked', 'ground-attack', 'Sudan', ['Chad']),
    ).toBeNull();
  });
});

describe('through the pipeline', () => {
  it('lists the speaker beside the attacker', () => {
    const text = 'Niger said on Tuesday that Malian troops had attacked its positions near Ayorou on Monday.';
    const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-12', text };
    const { events } = runPipeline([article], lexicon(), createDefaultConfig());
    const attack = events.find((e) => e.date.start === '2024-03-11');
    expect(attack?.actors).toEqual(['Mali', 'Niger']);
  });
});
