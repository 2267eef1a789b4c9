import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/app/core/formatCount.ts';

describe('formatCount', () => {
  it('groups thousands with commas, whatever the test machine’s locale', () => {
    expect(formatCount(17651)).toBe('17,651');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('leaves counts under a thousand as they are', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
  });
});
