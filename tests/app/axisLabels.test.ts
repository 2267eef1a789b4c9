import { describe, expect, it } from 'vitest';
import { fittingLabels } from '../../src/app/views/timeline/Axis.tsx';

describe('fittingLabels', () => {
  it('drops a label that would run into the one before, and keeps the rest', () => {
    // "5 Aug 2018" drawn from x = 40 reaches x = 110; "12 Aug" centred at 120 would start at 99.
    expect(fittingLabels([40, 120, 200, 280], ['5 Aug 2018', '12 Aug', '19 Aug', '26 Aug'])).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });
  it('drops a label that would run past the plot’s right edge, not cut it', () => {
    // "12:00" centred at 360 ends at 377.5, past a 370 px plot (a phone's): it was drawn as "12:".
    expect(fittingLabels([0, 180, 360], ['7 Feb 2019 12:00', '9 Feb', '12:00'], 370)).toEqual([true, true, false]);
    expect(fittingLabels([0, 180, 360], ['7 Feb 2019 12:00', '9 Feb', '12:00'], 400)).toEqual([true, true, true]);
  });
  it('keeps every label when there is room', () => {
    expect(fittingLabels([10, 200, 400], ['2016', '2017', '2018'])).toEqual([true, true, true]);
  });
});
