import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/pipeline/dates/index.ts';
import { mentionOf, mentions, published, splitSentences } from './sentences.ts';

describe('findDateMentions: basics', () => {
  it('gives offsets into the whole text, with text === slice', () => {
    const text = 'Talks stalled. Negotiators met in Geneva on Oct. 4, 2019 to try again.';
    const found = mentions(text, '2019-10-10');
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.value).toEqual({ start: '2019-10-04', precision: 'day' });
  });

  it('keeps the year from the reference without raising precision', () => {
    expect(mentionOf('The rebels seized the airport in February.', '2018-06-02', 'February').value).toEqual({
      start: '2018-02',
      precision: 'month',
    });
  });

  it('says what the expression was resolved against', () => {
    expect(mentionOf('Officials said the base was shelled yesterday.', '2020-01-01', 'yesterday')).toMatchObject({
      value: { start: '2019-12-31', precision: 'day' },
      resolvedAgainst: 'published 2020-01-01',
    });
  });

  it('names an inferred reference as such', () => {
    const text = 'Officials said the base was shelled yesterday.';
    const [m] = findDateMentions(text, splitSentences(text), { date: '2020-01-01', basis: 'inferred' });
    expect(m?.resolvedAgainst).toBe('publication date inferred as 2020-01-01');
  });

  it('refuses a malformed reference date', () => {
    expect(() => findDateMentions('On Friday.', splitSentences('On Friday.'), published('2020-02-30'))).toThrow(
      /reference date/,
    );
  });

  it('returns mentions sorted by offset across sentences', () => {
    const text = 'On March 3, 2021 the town fell. The army returned on April 9, 2021. Talks began on Jan. 2, 2021.';
    const found = findDateMentions(text, splitSentences(text), published('2021-05-01'));
    expect(found.map((m) => m.value.start)).toEqual(['2021-03-03', '2021-04-09', '2021-01-02']);
    expect([...found].sort((a, b) => a.start - b.start)).toEqual(found);
  });
});
