import { describe, expect, it } from 'vitest';
import { eventId, uniqueIds } from '../../src/pipeline/ids.ts';

const key = {
  article: 'wire/2020-01',
  sentenceStart: 10,
  sentenceEnd: 80,
  clauseStart: 10,
  date: { start: '2020-01-03', precision: 'day' as const },
};

describe('eventId', () => {
  it('is the same for the same input and differs when any part differs', () => {
    expect(eventId(key)).toBe(eventId({ ...key }));
    expect(eventId(key)).toMatch(/^ev-[0-9a-f]{16}$/);
    const others = [
      { ...key, article: 'wire/2020-02' },
      { ...key, sentenceStart: 11 },
      { ...key, clauseStart: 40 },
      { ...key, date: { start: '2020-01', precision: 'month' as const } },
      { ...key, date: { ...key.date, qualifier: 'by' as const } },
    ];
    for (const o of others) expect(eventId(o)).not.toBe(eventId(key));
  });

  it('suffixes repeats to keep ids unique', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});
