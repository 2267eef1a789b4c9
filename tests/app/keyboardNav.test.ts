import { describe, expect, it } from 'vitest';
import { navigate, type NavMark } from '../../src/app/core/timeline/keyboardNav.ts';

const lane = (name: string, centers: number[]): NavMark[] =>
  centers.map((c, i) => ({ key: `${name}|${i}`, center: c }));

describe('keyboard navigation between marks', () => {
  const nav = [lane('a', [10, 50, 90]), [], lane('c', [45, 200])];

  it('moves left and right within a lane, and to its ends', () => {
    expect(navigate(nav, 'a|0', 'next')).toBe('a|1');
    expect(navigate(nav, 'a|1', 'previous')).toBe('a|0');
    expect(navigate(nav, 'a|2', 'next')).toBeNull(); // the caller pans
    expect(navigate(nav, 'a|1', 'last')).toBe('a|2');
    expect(navigate(nav, 'a|2', 'first')).toBe('a|0');
  });

  it('moves up and down to the nearest mark of the closest lane that has marks', () => {
    expect(navigate(nav, 'a|1', 'down')).toBe('c|0'); // skips the empty (collapsed) lane
    expect(navigate(nav, 'c|1', 'up')).toBe('a|2');
    expect(navigate(nav, 'a|0', 'up')).toBeNull();
  });

  it('knows nothing of a mark that is not drawn', () => {
    expect(navigate(nav, 'zz|0', 'next')).toBeNull();
  });
});
