import { casual } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { ADAPTED_CHRONO_REFINERS, createNewsChrono } from '../../../src/pipeline/dates/chronoConfig.ts';

describe('createNewsChrono', () => {
  it('still finds the chrono refiners it adapts by class name (fails if a chrono upgrade renames them)', () => {
    const names = casual.clone().refiners.map((r) => r.constructor.name);
    for (const name of ADAPTED_CHRONO_REFINERS) expect(names).toContain(name);
  });

  it('lets bare years through chrono’s all-digit filter and keeps chrono’s checks on impossible dates', () => {
    const chrono = createNewsChrono();
    const ref = { instant: new Date(Date.UTC(2020, 0, 1, 12)), timezone: 0 };
    expect(chrono.parse('It ended in 2019.', ref).map((r) => r.text)).toEqual(['2019']);
    expect(chrono.parse('It ended on Feb. 30, 2019.', ref).map((r) => r.text)).not.toContain('Feb. 30, 2019');
  });

  it('is a separate configuration: the shared casual instance is not changed', () => {
    const before = casual.parse('in 2019', new Date(Date.UTC(2020, 0, 1)));
    createNewsChrono();
    expect(casual.parse('in 2019', new Date(Date.UTC(2020, 0, 1)))).toEqual(before);
    expect(before).toEqual([]);
  });
});
