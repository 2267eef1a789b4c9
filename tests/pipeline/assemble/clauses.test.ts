import { describe, expect, it } from 'vitest';
import { localClause, splitDatedClauses } from '../../../src/pipeline/assemble/clauses.ts';
import { mentionAt, whole } from '../helpers.ts';

function clauseTexts(text: string, exprs: ReadonlyArray<readonly [string, string]>): string[] {
  const mentions = exprs.map(([e, d]) => mentionAt(text, e, d, 'month'));
  return splitDatedClauses(text, whole(text), mentions).map((c) => text.slice(c.clause.start, c.clause.end).trim());
}

describe('splitDatedClauses', () => {
  it('gives each dated clause of a sentence its own clause, split after the first date', () => {
    const text = 'While the army had retaken the town in April, the rebels had seized it back by June, a monitor said.';
    expect(
      clauseTexts(text, [
        ['in April', '2019-04'],
        ['by June', '2019-06'],
      ]),
    ).toEqual([
      'While the army had retaken the town in April,',
      'the rebels had seized it back by June, a monitor said.',
    ]);
  });

  it('splits before a date that opens its clause', () => {
    const text = 'Rebels shelled the base in May, and in July the army withdrew from the valley.';
    expect(
      clauseTexts(text, [
        ['in May', '2019-05'],
        ['in July', '2019-07'],
      ]),
    ).toEqual(['Rebels shelled the base in May,', 'and in July the army withdrew from the valley.']);
  });

  it('keeps a closing date in the clause before it', () => {
    const text = 'A report in June said the network smuggled arms to the north, between 2013 and 2014.';
    const out = clauseTexts(text, [
      ['in June', '2020-06'],
      ['between 2013 and 2014', '2013'],
    ]);
    expect(out).toEqual(['A report in June said the network smuggled arms to the north,', 'between 2013 and 2014.']);
  });

  it('keeps two dates with nothing between them in one clause, dated by the finer', () => {
    const text = 'The convoy left on Friday July 7 at dawn.';
    const friday = mentionAt(text, 'Friday', '2023-07-07', 'day');
    const july = mentionAt(text, 'July', '2023-07', 'month');
    const out = splitDatedClauses(
      text,
      whole(text),
      [july, friday].sort((a, b) => a.start - b.start),
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.mention.text).toBe('Friday');
  });

  it('narrows to the innermost clause at a comma and a subordinating conjunction', () => {
    const text = "The city's fall was the worst defeat for the army, since the militants captured the capital in 2014.";
    const m = mentionAt(text, 'in 2014', '2014', 'year');
    const [c] = splitDatedClauses(text, whole(text), [m]);
    expect(text.slice(c?.local.start, c?.local.end)).toBe('since the militants captured the capital in 2014.');
    expect(c?.clause).toEqual({ start: 0, end: text.length });
  });

  it('does not narrow at a plain comma or a relative clause', () => {
    const text = 'The raid, which took place in May, freed two hostages.';
    const c = localClause(text, { start: 0, end: text.length }, mentionAt(text, 'in May', '2020-05', 'month'));
    expect(c).toEqual({ start: 0, end: text.length });
  });
});
