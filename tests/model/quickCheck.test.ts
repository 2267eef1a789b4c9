/** quickCheck: a yes-only reading of the contract. What it accepts, zod accepts; what it doubts, zod decides. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { eventsFileSchema } from '../../src/model/index.ts';
import { quickCheck } from '../../src/model/quickCheck.ts';

const event = {
  id: 'e1',
  date: { start: '2019-10-09', end: '2019-10-11', precision: 'day', qualifier: 'since' },
  type: 'ground-attack',
  title: 'Turkish forces cross into Syria',
  actors: ['Turkey', 'SDF'],
  location: { name: 'Ras al-Ain', lat: 36.85, lon: 40.07, country: 'Syria', countryCode: 'SY', admin1: 'Hasakah' },
  sources: [
    {
      article: 'a',
      sentence: 'Troops crossed.',
      start: 4,
      end: 19,
      dateText: 'on Wednesday',
      resolvedAgainst: 'published 2019-10-10',
      date: { start: '2019-10', precision: 'month' },
      reportedBy: ['Turkey'],
    },
  ],
  dateConflict: true,
  acled: { eventType: 'Battles', subEventType: 'Armed clash' },
  corrected: [{ what: 'title', note: 'checked' }],
};
const article = {
  id: 'a',
  title: null,
  publisher: 'Wire',
  url: 'https://example.org/x',
  published: '2019-10-10',
  text: 'x',
  referenceInferred: false,
  warnings: ['w'],
  excluded: [{ start: 0, end: 2, reason: 'credit' }],
};
const validFile = { version: 1, events: [event], articles: [article], actors: [{ name: 'Turkey', kind: 'state' }] };

const accepts = quickCheck(eventsFileSchema);
const zodAccepts = (v: unknown) => eventsFileSchema.safeParse(v).success;

/** Every path to a value inside `v` (objects and arrays), as lists of keys. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [at];
  const inner = Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]));
  return [at, ...inner];
}

/** A deep copy of `v` with the value at `path` replaced (or the key removed when `value` is `remove`). */
const remove = Symbol('remove');
function withValue(v: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === remove) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('quickCheck', () => {
  it('reads the whole events.json schema (the worker has its fast path)', () => {
    expect(accepts).not.toBeNull();
  });

  it('accepts valid files: every optional field present, and the seed and fixture files', () => {
    expect(zodAccepts(validFile)).toBe(true);
    expect(accepts?.(validFile)).toBe(true);
    const seeds = JSON.parse(readFileSync('public/events.json', 'utf8')) as unknown;
    expect(accepts?.(seeds)).toBe(zodAccepts(seeds));
  });

  it('accepts nothing zod refuses: any one field removed or replaced by another value', () => {
    const all = paths(validFile).filter((p) => p.length > 0);
    const odd = fc.oneof(
      fc.constant(remove),
      fc.constantFrom(null, true, 0, -1, 1.5, 91, -181, 2 ** 60, '', 'x', 'SYR', '2019-02-30', '2019-13', [], {}, [1]),
      fc.constantFrom('javascript:alert(1)', '2019', '2019-10', 'day', 'since', 'state', 'Syria', '\uD83C'),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), odd, (path, value) => {
        const mutated = withValue(validFile, path, value);
        if (accepts?.(mutated) === true) expect(zodAccepts(mutated)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves strings with surrogates to zod, which counts code points', () => {
    // Two code points in four UTF-16 units: zod's length(2) takes it; quickCheck is not sure.
    const flag = { ...validFile, actors: [{ name: 'Turkey', kind: 'state', countryCode: '\u{1F1F9}\u{1F1F7}' }] };
    expect(zodAccepts(flag)).toBe(true);
    expect(accepts?.(flag)).toBe(false);
  });

  it('gives null for a schema using something it does not read', () => {
    expect(quickCheck(z.union([z.string(), z.number()]))).toBeNull();
    expect(quickCheck(z.object({ a: z.string() }))).not.toBeNull();
  });
});
