import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonInSlices } from '../../src/app/data/parseInSlices.ts';

const noWait = async (): Promise<void> => undefined;
/** Small slices, so that small bodies are cut many times: every guess, the scan and their hand-over run. */
const tiny = { slice: 40, scan: 25 };

/** Both give the same value (compared with key order, as JSON.stringify writes it), or both throw the same error. */
async function sameAsJsonParse(text: string, sizes = tiny): Promise<void> {
  let expected: unknown;
  let error: unknown = null;
  try {
    expected = JSON.parse(text);
  } catch (e) {
    error = e;
  }
  // How often the page gets a turn is the business of 'gives the page a turn between slices' below.
  const run = parseJsonInSlices(text, noWait, sizes);
  if (error !== null) {
    await expect(run).rejects.toThrow((error as Error).message);
    return;
  }
  const got = await run;
  expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
}

// Elements like events: objects with nested objects and arrays of objects, strings holding JSON punctuation.
const tricky = fc.constantFrom('},{', '"},{"', '\\"', '\\\\', ']', '[', ':', ',', 'events', '"events":[', '\n', 'é’');
const text = fc.oneof(
  fc.string(),
  tricky,
  fc.array(tricky, { maxLength: 4 }).map((xs) => xs.join('')),
);
const source = fc.record({ article: text, sentence: text, start: fc.nat(), end: fc.nat() });
const event = fc.record({
  id: text,
  date: fc.record({ start: fc.constantFrom('2015', '2015-05', '2015-05-20'), precision: text }),
  location: fc.option(fc.record({ name: text, lat: fc.double({ noNaN: true, noDefaultInfinity: true }) })),
  sources: fc.array(source, { maxLength: 3 }),
  extra: fc.jsonValue({ maxDepth: 3 }),
});
const file = fc.record({
  version: fc.constant(1),
  events: fc.array(event, { maxLength: 12 }),
  articles: fc.array(fc.record({ id: text, events: fc.array(fc.nat(), { maxLength: 2 }) }), { maxLength: 3 }),
});

describe('parseJsonInSlices', () => {
  it('gives what JSON.parse gives for events files, compact or indented, cut into any slices', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom(0, 2), fc.integer({ min: 1, max: 200 }), async (f, indent, slice) => {
        await sameAsJsonParse(JSON.stringify(f, null, indent), { slice, scan: 1 + (slice % 37) });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the key order of the file, with "events" in its place', async () => {
    const body = '{"articles":[{"id":"a"}],"events":[{"id":"x"},{"id":"y"}],"version":1}';
    const got = await parseJsonInSlices(body, noWait, tiny);
    expect(Object.keys(got as object)).toEqual(['articles', 'events', 'version']);
    expect(got).toEqual(JSON.parse(body));
  });

  it('leaves to JSON.parse what it does not cut: no events array, a second "events" key, arrays of non-objects', async () => {
    for (const body of [
      '{"version":1}',
      '[1,2,3]',
      '{"events":[{"a":1}],"events":[]}',
      '{"events":[{"a":1}],"events":5}',
      '{"events":5,"events":[{"a":1}]}',
      '{"events":[1,"two",[3],null,true,{"x":"},{"}],"articles":[]}',
      '{"events":[],"articles":[]}',
      '{"events":[ ],"articles":[]}',
      '"events"',
    ])
      await sameAsJsonParse(body);
  });

  it('throws JSON.parse’s own error for a body that is not JSON, however it is broken', async () => {
    for (const body of [
      '',
      '{"events":[{"a":1},]}',
      '{"events":[,{"a":1}]}',
      '{"events":[{"a":1},,{"b":2}]}',
      '{"events":[{"a":1} {"b":2}]}',
      '{"events":[{"a":1}:{"b":2}]}',
      '{"events":[{"a":"unterminated}]}',
      '{"events":[{"a":1}],"articles":[]',
      '{"events":[{"a":1}]}}',
      '{"events":[{"a":1}]} trailing',
      '{"events":[{"a":1}},"articles":[]}',
      '{"events":[{"a":1},{"b":2}}}',
      // White space JSON does not allow, between elements longer than a slice (so that it falls between two runs):
      `{"events":[${`{"a":"${'x'.repeat(60)}"},\u000b`.repeat(4)}{"a":1}],"articles":[]}`,
      `{"events":[\u00a0{"a":"${'x'.repeat(60)}"}],"articles":[]}`,
      `{"events":[${`{"a":"${'x'.repeat(60)}"},\u00a0`.repeat(4)}{"a":1}]}`,
    ])
      await sameAsJsonParse(body);
  });

  it('gives what JSON.parse gives, or its error, for events files with a character changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.nat(),
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '1', '\u000b', '\u00a0'),
        async (f, at, c) => {
          const body = JSON.stringify(f);
          const i = at % Math.max(1, body.length);
          await sameAsJsonParse(body.slice(0, i) + c + body.slice(i + 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the page a turn between slices of a large body', async () => {
    const body = JSON.stringify({ version: 1, events: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}` })) });
    let turns = 0;
    const got = await parseJsonInSlices(body, async () => void turns++, { slice: 500, scan: 1000 });
    expect(got).toEqual(JSON.parse(body));
    expect(turns).toBeGreaterThan(10);
  });
});
