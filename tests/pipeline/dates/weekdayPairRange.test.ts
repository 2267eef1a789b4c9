/** "On Saturday and Sunday": two weekdays after one "on" are one stretch of days. Sentences written for the rule. */
import { describe, expect, it } from 'vitest';
import { createNewsChrono } from '../../../src/pipeline/dates/chronoConfig.ts';
import { createDefaultConfig, runPipeline } from '../../../src/pipeline/index.ts';
import { lexicon } from '../lexicon/lexicon.ts';

const newsChrono = createNewsChrono();
const REF = new Date(Date.UTC(2024, 2, 10, 12));

function datesOf(text: string): { start: string; end?: string }[] {
  const article = { id: 'a', title: null, publisher: null, url: null, published: '2024-03-10', text };
  return runPipeline([article], lexicon(), createDefaultConfig()).events.map((e) =>
    e.date.end === undefined ? { start: e.date.start } : { start: e.date.start, end: e.date.end },
  );
}

describe('two weekdays joined by "and"', () => {
  it('are one range after one "on"', () => {
    expect(datesOf('Shelling hit the outskirts of Kherson on Friday and Saturday.')).toEqual([
      { start: '2024-03-08', end: '2024-03-09' },
    ]);
  });

  it('stay two dates with a second "on" or a comma', () => {
    expect(datesOf('Rebels attacked Beni on Monday and on Tuesday police arrested ten men in Goma.')).toHaveLength(2);
    const texts = newsChrono.parse('Rebels attacked Beni on Monday, and Tuesday brought more shelling.', REF);
    expect(texts.map((r) => r.text)).toHaveLength(2);
  });

  it('stay two dates when the second day is not later in the week', () => {
    const texts = newsChrono.parse('Talks were held on Friday and Monday in Doha.', REF);
    expect(texts.map((r) => r.text)).toEqual(['on Friday', 'Monday']);
  });
});
