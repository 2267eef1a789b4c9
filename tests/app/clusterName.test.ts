import { describe, expect, it } from 'vitest';
import { clusterCount, clusterName } from '../../src/app/core/map/clusterName.ts';

describe('clusterName: a map cluster’s accessible name', () => {
  it('writes the count as the header does, with thousands separators', () => {
    expect(clusterName(1234, 'Aleppo', false)).toBe('1,234 events near Aleppo: zoom in');
    expect(clusterName(17651, 'Raqqa', true)).toBe('17,651 events at Raqqa: show them on the timeline');
    expect(clusterName(12, 'Homs', false)).toBe('12 events near Homs: zoom in');
  });
});

describe('clusterCount: the count inside a cluster’s disc', () => {
  it('writes thousands with a separator, as the header does (the README picture showed "1012")', () => {
    expect(clusterCount(2)).toBe('2');
    expect(clusterCount(999)).toBe('999');
    expect(clusterCount(1012)).toBe('1,012');
    expect(clusterCount(9999)).toBe('9,999');
  });
  it('writes 10,000 and more in thousands, which the disc has room for', () => {
    expect(clusterCount(10_000)).toBe('10k');
    expect(clusterCount(17_417)).toBe('17k');
    expect(clusterCount(1_234_567)).toBe('1,235k');
  });
});
