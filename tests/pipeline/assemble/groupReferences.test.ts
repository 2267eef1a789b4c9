/**
 * Back-references to a group named before ("the group", "the movement") through the whole pipeline with the
 * committed lexicon. Sentences written for these rules; none is from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import type { TimelineEvent } from '../../../src/model/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

/** The events of one article published Sunday 2024-03-10, in text order. */
function extract(text: string): TimelineEvent[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  const { events } = runPipeline([article], lexicon(), createDefaultConfig());
  return [...events].sort((x, y) => (x.sources[0]?.start ?? 0) - (y.sources[0]?.start ?? 0));
}

/** The one event dated `date`. */
function on(text: string, date: string): TimelineEvent {
  const found = extract(text).filter((e) => e.date.start === date);
  expect(found, text).toHaveLength(1);
  return found[0] as TimelineEvent;
}

describe('"the group" refers back to a group named before', () => {
  it('stands in for the group when the clause names only a state, its target', () => {
    const e = on(
      "Al-Shabaab has fought Somalia's government since 2006. In January 2016, the group attacked Kenyan troops at El Adde.",
      '2016-01',
    );
    expect(e.actors).toEqual(['al-Shabaab', 'Kenya']);
  });

  it('does not when the clause names a group the noun fits ("the Islamic State group")', () => {
    const e = on(
      "Al-Shabaab has fought Somalia's government since 2006. On Monday, the Islamic State group attacked Qandala.",
      '2024-03-04',
    );
    expect(e.actors).toContain('ISIS');
    expect(e.actors).not.toContain('al-Shabaab');
  });

  it('prefers the subject of the sentence before among groups of the same kind', () => {
    const rivals = 'have both attacked Puntland since 2016. In March 2023, the group stormed a hotel in Bosaso.';
    const first = on(`Al-Shabaab and its rival, Islamic State Somalia, ${rivals}`, '2023-03');
    expect(first.actors).toEqual(['al-Shabaab']);
    const second = on(`Islamic State Somalia and its rival al-Shabaab ${rivals}`, '2023-03');
    expect(second.actors).not.toContain('al-Shabaab');
    expect(second.actors).toHaveLength(1);
  });

  it('keeps the kind the noun fits best over the subject: "the group" after a jihadist group and Kurdish forces', () => {
    const e = on(
      'Islamic State fighters overran Sinjar on Sunday. Peshmerga fighters who guarded the town withdrew without a fight. ' +
        'The group captured Qaraqosh on Thursday.',
      '2024-03-07',
    );
    expect(e.actors).toEqual(['ISIS']);
  });
});

describe('a back-reference as the speaker of a report', () => {
  it('gives the reported "its fighters" the group the speaker stands for', () => {
    const e = on(
      'The Arakan Army has fought the junta since 2018. The movement said on Monday that its fighters had captured the town of Paletwa.',
      '2024-03-04',
    );
    expect(e.type).toBe('capture');
    expect(e.actors).toEqual(['Arakan Army']);
  });

  it('gives none when the speaker is no group ("the ministry")', () => {
    const e = on(
      'The Arakan Army has fought the junta since 2018. The ministry said on Monday that its troops had retaken the town of Paletwa.',
      '2024-03-04',
    );
    expect(e.actors).not.toContain('Arakan Army');
  });
});
