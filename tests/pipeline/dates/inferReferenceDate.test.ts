import { describe, expect, it } from 'vitest';
import { inferReferenceDate } from '../../../src/pipeline/dates/index.ts';
import { WHOLE_TEXT_CHARS } from '../../../src/pipeline/dates/inferReferenceDate.ts';

describe('inferReferenceDate', () => {
  it('takes the latest fully stated date', () => {
    const text = 'The offensive began on March 3, 2018. By 15 April 2018 the army held the valley. Talks began in May.';
    expect(inferReferenceDate(text)).toEqual({ date: '2018-04-15', basis: 'inferred' });
  });

  it('ignores relative expressions, which prove nothing without a reference', () => {
    expect(
      inferReferenceDate('The town fell yesterday. Last week the road was cut. On Oct. 2, 2015 a truce began.'),
    ).toEqual({
      date: '2015-10-02',
      basis: 'inferred',
    });
  });

  it('uses a dateline with the latest stated year when no full date is given', () => {
    const text = 'HOMS, Syria, Feb 7 (Reuters) - The siege that began in 2012 ended on Wednesday.';
    expect(inferReferenceDate(text)).toEqual({ date: '2012-02-07', basis: 'inferred' });
  });

  it('ignores scheduled dates in future-tense clauses', () => {
    const text = 'Rebels seized the town on June 2, 2019. Elections will be held on Sept. 14, 2019.';
    expect(inferReferenceDate(text)).toEqual({ date: '2019-06-02', basis: 'inferred' });
  });

  it('returns null when the text states no year', () => {
    expect(inferReferenceDate('Rebels shelled the town on Friday and again in March.')).toBeNull();
    expect(inferReferenceDate('')).toBeNull();
  });

  describe('a text longer than WHOLE_TEXT_CHARS, read piece by piece', () => {
    // Run-on filler without sentence punctuation, so the pieces are cut inside it.
    const filler = 'and fighting went on along the river near the old bridge '.repeat(Math.ceil(WHOLE_TEXT_CHARS / 40));

    it('still finds the latest fully stated date, wherever it stands', () => {
      const text = `Rebels took the town on March 3, 2018 ${filler} until the army retook it on 15 April 2018 ${filler}`;
      expect(text.length).toBeGreaterThan(WHOLE_TEXT_CHARS);
      expect(inferReferenceDate(text)).toEqual({ date: '2018-04-15', basis: 'inferred' });
    });

    it('still finds a dateline on its own line, with the latest year stated anywhere', () => {
      const text = `HOMS, Syria, Feb 7 (Reuters) - The siege went on\n${filler}\nsince it began in 2012 ${filler}`;
      expect(inferReferenceDate(text)).toEqual({ date: '2012-02-07', basis: 'inferred' });
    });
  });
});
