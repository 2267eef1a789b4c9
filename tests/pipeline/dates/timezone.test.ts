import { afterEach, describe, expect, it } from 'vitest';
import { toChronoReference } from '../../../src/pipeline/dates/reference.ts';
import { mentions, summary } from './sentences.ts';

// Node re-reads process.env.TZ when it changes, so one process can check several zones. The setup file pins
// America/Los_Angeles; each test restores it.
const PINNED = process.env.TZ;
afterEach(() => {
  process.env.TZ = PINNED;
});

const TEXT =
  'BEIRUT, Dec 31 (Reuters) - Militants had shelled the airport yesterday and on Friday. ' +
  'Rebels retook the town in March. Talks will resume next week. A day earlier, jets struck the depot. ' +
  'The army retreated last June, and has held the line since 2015.';

describe('the reference is the published calendar day in every zone', () => {
  it('passes chrono noon UTC of the published day with zone offset 0', () => {
    const ref = toChronoReference({ year: 2017, month: 1, day: 1 });
    expect(ref.timezone).toBe(0);
    expect(ref.instant?.toISOString()).toBe('2017-01-01T12:00:00.000Z');
    expect(toChronoReference({ year: 33, month: 3, day: 4 }).instant?.getUTCFullYear()).toBe(33);
  });

  it.each(['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'])(
    'gives the same dates in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(mentions(TEXT, '2017-01-01').map(summary)).toEqual([
        '2016-12-31 day point',
        '2016-12-31 day point',
        '2016-12-30 day point',
        '2016-03 month point',
        '2017-01-02..2017-01-08 day range', // 2017-01-01 is a Sunday: its week ends that day
        '2016-12-29 day point',
        '2016-06 month point',
        '2015 year since',
      ]);
    },
  );
});
