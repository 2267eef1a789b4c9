import { describe, expect, it } from 'vitest';
import { clusterName } from '../../src/app/core/map/clusterName.ts';

describe('clusterName: a map cluster’s accessible name', () => {
  it('writes the count as the header does, with thousands separators', () => {
    expect(clusterName(1234, 'Aleppo', false)).toBe('1,234 events near Aleppo: zoom in');
    expect(clusterName(17651, 'Raqqa', true)).toBe('17,651 events at Raqqa: show them on the timeline');
    expect(clusterName(12, 'Homs', false)).toBe('12 events near Homs: zoom in');
  });
});
