import { describe, expect, it } from 'vitest';
import { parseCorrection, parseCorrectionsFile } from '../../src/model/corrections.ts';

const PLACE = { name: 'Mosul', lat: 36.34, lon: 43.13, country: 'Iraq', countryCode: 'IQ', admin1: 'Nineveh' };

describe('corrections.json schema', () => {
  it('accepts every kind of entry in the documented form, notes included', () => {
    const parsed = parseCorrectionsFile({
      version: 1,
      corrections: [
        { event: 'ev-1', drop: true },
        { event: 'ev-2', set: { title: 'Army retakes Mosul', type: 'recapture' }, note: 'misread trigger' },
        { event: 'ev-3', set: { actors: ['Iraqi Army'], location: PLACE, date: '2017-07' } },
        { event: 'ev-3', set: { location: null, date: { start: '2017-07-09', precision: 'day' } } },
        { merge: ['ev-4', 'ev-5'] },
        { split: { event: 'ev-6', source: { article: 'wire/a', start: 120 } } },
        { event: 'ev-7', set: { location: 'Mosul' } },
      ],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parsed.entries[1]?.correction).toEqual({
      event: 'ev-2',
      set: { title: 'Army retakes Mosul', type: 'recapture' },
      note: 'misread trigger',
    });
  });

  it('names the file, the entry index and what is wrong, and keeps the valid entries', () => {
    const parsed = parseCorrectionsFile(
      {
        version: 1,
        corrections: [
          { event: 'ev-1', set: { type: 'massacre' } },
          { event: 'ev-1', drop: true },
          { event: 'ev-2', set: { tittle: 'x' } },
          { event: 'ev-2', set: {} },
          { event: 'ev-2', set: { date: '2017-02-30' } },
          { merge: ['ev-1'] },
          { split: { event: 'ev-1', source: { article: 'a', start: -1 } } },
          { event: 'ev-1', drop: true, merge: ['a', 'b'] },
          { event: 'ev-1' },
          'ev-1',
          { event: '', drop: true },
          { event: 'ev-1', drop: false },
          { event: 'ev-1', set: { location: ' ' } },
        ],
      },
      'in/corrections.json',
    );
    expect(parsed.entries.map((e) => e.index)).toEqual([1]);
    expect(parsed.problems).toHaveLength(12);
    const [type, key, empty, date, merge, split, two, none, notObject, emptyId, dropFalse, blankPlace] =
      parsed.problems;
    expect(type).toMatch(/^in\/corrections\.json: corrections\[0\]: set\.type: .*"capture"/);
    expect(key).toMatch(/^in\/corrections\.json: corrections\[2\]: set: .*tittle/);
    expect(empty).toMatch(/corrections\[3\]: set: set at least one of title, type, actors, location, date/);
    expect(date).toMatch(/corrections\[4\]: set\.date: /);
    expect(merge).toMatch(/corrections\[5\]: merge: .*2/);
    expect(split).toMatch(/corrections\[6\]: split\.source\.start: /);
    expect(two).toMatch(/corrections\[7\]: expected one of .* found "drop" and "merge"/);
    expect(none).toMatch(/corrections\[8\]: expected one of "drop", "set", "merge" or "split"$/);
    expect(notObject).toMatch(/corrections\[9\]: expected an object/);
    expect(emptyId).toMatch(/corrections\[10\]: event: /);
    expect(dropFalse).toMatch(/corrections\[11\]: drop: /);
    expect(blankPlace).toMatch(/corrections\[12\]: set\.location: /);
  });

  it('refuses a file that is not a version-1 corrections file, naming it', () => {
    expect(() => parseCorrectionsFile({ version: 2, corrections: [] }, 'x/corrections.json')).toThrow(
      /x\/corrections\.json has version 2/,
    );
    expect(() => parseCorrectionsFile({ version: 1 })).toThrow(
      /corrections\.json is not a corrections file:\ncorrections: /,
    );
    expect(() => parseCorrectionsFile([])).toThrow(/not a corrections file/);
  });

  it('checks one entry on its own (the app form uses this)', () => {
    expect(parseCorrection({ event: 'ev-1', set: { title: '  ' } })).toHaveProperty('problem');
    expect(parseCorrection({ event: 'ev-1', set: { title: 'Ok' } })).toEqual({
      correction: { event: 'ev-1', set: { title: 'Ok' } },
    });
  });
});
