import { describe, expect, it } from 'vitest';
import { parseCorrection, parseCorrectionsFile } from '../../src/model/corrections.ts';
import type { TimelineEvent } from '../../src/model/index.ts';
import {
  correctionEntry,
  correctionsFileJson,
  fieldsOf,
  placesByName,
  type CorrectionFields,
} from '../../src/app/views/panels/correctionEntry.ts';
import { fixtureFile } from './fixture.ts';

const file = fixtureFile();
const events = file.events;
const byId = (id: string) => events.find((e) => e.id === id) as TimelineEvent;
const palmyra = byId('ev-palmyra-captured');
const ctx = (event: TimelineEvent, source = event.sources[0]!) => ({
  event,
  source,
  places: placesByName(events),
  hasEvent: (id: string) => events.some((e) => e.id === id),
});

function entryOf(fields: Partial<CorrectionFields>, event = palmyra) {
  const result = correctionEntry({ ...fieldsOf(event), ...fields }, ctx(event));
  if ('problems' in result) throw new Error(result.problems.join(' '));
  // What the form writes is what the extractor reads.
  expect(parseCorrection(result.entry)).toEqual({ correction: result.entry });
  return result.entry;
}

const problemsOf = (fields: Partial<CorrectionFields>, event = palmyra) => {
  const result = correctionEntry({ ...fieldsOf(event), ...fields }, ctx(event));
  return 'problems' in result ? result.problems : [];
};

describe('the correction form as an entry', () => {
  it('sets only the fields that changed, each read as corrections.json wants it', () => {
    expect(entryOf({ title: '  IS takes Palmyra ', note: ' checked against AP ' })).toEqual({
      event: 'ev-palmyra-captured',
      set: { title: 'IS takes Palmyra' },
      note: 'checked against AP',
    });
    expect(entryOf({ type: 'siege', actors: 'ISIS, Syrian government, ISIS', date: '2015-05' })).toEqual({
      event: 'ev-palmyra-captured',
      set: { type: 'siege', actors: ['ISIS', 'Syrian government'], date: '2015-05' },
    });
  });

  it('takes a place of this data by name (any case) whole, another by its name for the extractor, or none', () => {
    const raqqa = byId('ev-raqqa-strikes').location;
    expect(entryOf({ place: 'raqqa' })).toEqual({ event: palmyra.id, set: { location: raqqa } });
    expect(entryOf({ place: '' })).toEqual({ event: palmyra.id, set: { location: null } });
    expect(entryOf({ place: ' Deir ez-Zor ' })).toEqual({ event: palmyra.id, set: { location: 'Deir ez-Zor' } });
    expect(problemsOf({ place: 'palmyra' })).toEqual(['Change at least one field.']);
  });

  it('says what keeps the form from being an entry', () => {
    expect(problemsOf({})).toEqual(['Change at least one field.']);
    expect(problemsOf({ title: ' ', date: '2015-02-30' })).toEqual([
      'The title cannot be empty.',
      'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).',
    ]);
    expect(problemsOf({ action: 'merge' })).toEqual(['Give the id of the event to merge with.']);
    expect(problemsOf({ action: 'merge', mergeWith: palmyra.id })).toEqual(['That is this event’s own id.']);
    expect(problemsOf({ action: 'merge', mergeWith: 'ev-nope' })).toEqual(['No event ev-nope in this data.']);
    const single = byId('ev-caliphate');
    expect(problemsOf({ action: 'split' }, single)).toEqual([
      'This event has one source: there is nothing to split it from.',
    ]);
  });

  it('drops, merges and splits the source shown', () => {
    expect(entryOf({ action: 'drop', note: 'rumour' })).toEqual({ event: palmyra.id, drop: true, note: 'rumour' });
    expect(entryOf({ action: 'merge', mergeWith: ' ev-government-withdraws ' })).toEqual({
      merge: [palmyra.id, 'ev-government-withdraws'],
    });
    const second = palmyra.sources[1]!;
    const split = correctionEntry({ ...fieldsOf(palmyra), action: 'split' }, ctx(palmyra, second));
    expect(split).toEqual({
      entry: { split: { event: palmyra.id, source: { article: second.article, start: second.start } } },
    });
  });

  it('downloads as a whole corrections.json with the one entry', () => {
    const entry = entryOf({ action: 'drop' });
    const parsed = parseCorrectionsFile(JSON.parse(correctionsFileJson(entry)));
    expect(parsed).toEqual({ entries: [{ index: 0, correction: entry }], problems: [] });
  });
});
