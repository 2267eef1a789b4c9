/**
 * A titled leader the lexicon lacks stands for the state in focus ("President Daniel Noboa"), and his surname
 * alone names him again later in the article ("Noboa declared"). Through the whole pipeline with the committed
 * lexicon; sentences written for these rules, none from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import type { TimelineEvent } from '../../../src/model/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

/** The one event dated `date` of one article published Sunday 2024-03-10. */
function on(text: string, date: string): TimelineEvent {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  const found = runPipeline([article], lexicon(), createDefaultConfig()).events.filter((e) => e.date.start === date);
  expect(found, text).toHaveLength(1);
  return found[0] as TimelineEvent;
}

describe("a titled leader's surname alone", () => {
  it('names the state the leader was read as', () => {
    const text =
      'Gangs set fire to a market in Guayaquil, Ecuador, on Tuesday. President Daniel Noboa said on Tuesday that the ' +
      'country was at war. Noboa declared a state of emergency on Wednesday.';
    expect(on(text, '2024-03-06').actors).toEqual(['Ecuador']);
  });

  it('names no one before the leader is introduced, nor when the leader is a former one', () => {
    const before =
      'Noboa declared a state of emergency in Ecuador on Wednesday. President Daniel Noboa spoke on Thursday.';
    expect(on(before, '2024-03-06').actors).not.toContain('Ecuador');
    const former =
      'Fighting spread across Ecuador on Monday. Former President Rafael Correa said on Tuesday that the gangs ' +
      'were to blame. Correa declared victory on Wednesday.';
    expect(on(former, '2024-03-06').actors).toEqual([]);
  });

  it('names no one when two leaders of different states share it', () => {
    const text =
      'Troops clashed on the border between Kyrgyzstan and Tajikistan on Monday. President Azamat Karimov of ' +
      'Kyrgyzstan said on Monday that talks would begin. In Dushanbe, Tajikistan, Prime Minister Bakhtiyor Karimov ' +
      'said on Monday that troops would stay. Karimov announced a ceasefire on Wednesday.';
    expect(on(text, '2024-03-06').actors).toEqual([]);
  });
});

describe('a titled leader the lexicon lacks', () => {
  it('is the state in focus, read as "the army" is', () => {
    const text =
      'Troops advanced near Jaffna in northern Sri Lanka on Monday. President Ranil Perera declared victory on Tuesday.';
    expect(on(text, '2024-03-05').actors).toEqual(['Sri Lanka']);
  });

  it('leaves a leader the lexicon knows to the lexicon', () => {
    const text = 'Fighting raged in Kabul on Monday. President Joe Biden announced on Tuesday that troops would leave.';
    expect(on(text, '2024-03-05').actors[0]).toBe('United States');
  });
});
