import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/model/corrections.ts';
import type { EventType, TimelineEvent } from '../../../src/model/index.ts';
import { draftOf, type EventDraft } from '../../../src/pipeline/assemble/candidate.ts';
import { addressDrafts, clauseId, eventsOf } from '../../../src/pipeline/assemble/toTimelineEvent.ts';
import { applyCorrections } from '../../../src/pipeline/corrections/applyCorrections.ts';
import { candidate } from '../candidates.ts';

const ACLED = { eventType: 'Battles', subEventType: 'Government regains territory' };
const acledOf = (t: EventType) => (t === 'recapture' ? ACLED : null);

const capture = candidate({ article: 'a', at: 100, date: { start: '2016-06-10', precision: 'day' }, title: 'Capture' });
const strike = candidate({
  article: 'a',
  at: 300,
  date: { start: '2016-06-12', precision: 'day' },
  type: 'airstrike',
  title: 'Strike',
});
const strikeB = candidate({
  article: 'b',
  at: 40,
  date: { start: '2016-06', precision: 'month' },
  type: 'airstrike',
  title: 'Strike (b)',
  actors: ['Coalition'],
});
const merged: EventDraft = { ...draftOf(strike), sources: [strike, strikeB] };
const DRAFTS: readonly EventDraft[] = Object.freeze([draftOf(capture), merged]);

const CAPTURE_ID = clauseId(capture);
const STRIKE_ID = clauseId(strike);

function run(corrections: readonly Correction[]): { events: TimelineEvent[]; warnings: readonly string[] } {
  const r = applyCorrections(
    addressDrafts(DRAFTS),
    corrections.map((correction, index) => ({ index, correction })),
    { acledOf },
  );
  expect(r.notApplied).toBe(r.warnings.length);
  return { events: eventsOf(r.addressed), warnings: r.warnings };
}

const byId = (events: readonly TimelineEvent[], id: string) => events.find((e) => e.id === id);

describe('applyCorrections', () => {
  it('changes nothing without corrections, and events carry no `corrected` then', () => {
    const { events, warnings } = run([]);
    expect(warnings).toEqual([]);
    expect(events.map((e) => e.id)).toEqual([CAPTURE_ID, STRIKE_ID]);
    for (const e of events) expect(e).not.toHaveProperty('corrected');
  });

  it('drops an event', () => {
    const { events, warnings } = run([{ event: CAPTURE_ID, drop: true }]);
    expect(warnings).toEqual([]);
    expect(events.map((e) => e.id)).toEqual([STRIKE_ID]);
  });

  it('sets each field, keeps the id and records each change with the note', () => {
    const place = { name: 'Manbij', lat: 36.5, lon: 37.9, country: 'Syria', countryCode: 'SY', admin1: 'Aleppo' };
    const { events } = run([
      { event: CAPTURE_ID, set: { title: 'Rebels retake the town', type: 'recapture' }, note: 'read as capture' },
      { event: CAPTURE_ID, set: { actors: ['SDF', 'SDF', 'US'], location: place } },
      { event: CAPTURE_ID, set: { date: '2016-08' } },
    ]);
    const e = byId(events, CAPTURE_ID);
    expect(e).toMatchObject({
      title: 'Rebels retake the town',
      type: 'recapture',
      acled: ACLED,
      actors: ['SDF', 'US'],
      location: place,
      date: { start: '2016-08', precision: 'month' },
    });
    expect(e?.corrected).toEqual([
      { what: 'title', note: 'read as capture' },
      { what: 'type', note: 'read as capture' },
      { what: 'actors' },
      { what: 'location' },
      { what: 'date' },
    ]);
    // The source keeps what it said; events are sorted again by the corrected date.
    expect(e?.sources[0]?.date).toEqual({ start: '2016-06-10', precision: 'day' });
    expect(events.map((x) => x.id)).toEqual([STRIKE_ID, CAPTURE_ID]);
  });

  it('sets no place, a full date and a type with no ACLED pair', () => {
    const { events } = run([
      {
        event: STRIKE_ID,
        set: { location: null, date: { start: '2016-06-11', precision: 'day', qualifier: 'by' }, type: 'statement' },
      },
    ]);
    const e = byId(events, STRIKE_ID);
    expect(e?.location).toBeNull();
    expect(e?.date).toEqual({ start: '2016-06-11', precision: 'day', qualifier: 'by' });
    expect(e?.type).toBe('statement');
    expect(e).not.toHaveProperty('acled');
  });

  it('merges events into the first named, which keeps its id and fields', () => {
    const { events, warnings } = run([{ merge: [CAPTURE_ID, STRIKE_ID], note: 'same raid' }]);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e?.id).toBe(CAPTURE_ID);
    expect(e?.title).toBe('Capture');
    expect(e?.sources.map((s) => [s.article, s.start])).toEqual([
      ['a', 100],
      ['a', 300],
      ['b', 40],
    ]);
    expect(e?.dateConflict).toBe(true);
    expect(e?.corrected).toEqual([{ what: `merged ${STRIKE_ID}`, note: 'same raid' }]);
  });

  it('still finds an event by the id of an event merged into it', () => {
    const { events, warnings } = run([
      { merge: [CAPTURE_ID, STRIKE_ID] },
      { event: STRIKE_ID, set: { title: 'One raid' } },
    ]);
    expect(warnings).toEqual([]);
    expect(events.map((e) => [e.id, e.title])).toEqual([[CAPTURE_ID, 'One raid']]);
  });

  it('splits a source off into an event of its own, read as that source read it', () => {
    const { events, warnings } = run([{ split: { event: STRIKE_ID, source: { article: 'b', start: 40 } } }]);
    expect(warnings).toEqual([]);
    const kept = byId(events, STRIKE_ID);
    expect(kept?.sources.map((s) => s.article)).toEqual(['a']);
    expect(kept?.corrected).toEqual([{ what: 'split off b at 40' }]);
    const split = byId(events, clauseId(strikeB));
    expect(split).toMatchObject({ title: 'Strike (b)', actors: ['Coalition'], date: strikeB.date });
    expect(split?.corrected).toEqual([{ what: `split from ${STRIKE_ID}` }]);
  });

  it('keeps the id when the split-off source is the one the id and fields came from', () => {
    const { events } = run([{ split: { event: STRIKE_ID, source: { article: 'a', start: 300 } } }]);
    const kept = byId(events, STRIKE_ID);
    expect(kept?.sources.map((s) => s.article)).toEqual(['b']);
    // Its fields now come from the source it has left.
    expect(kept?.title).toBe('Strike (b)');
    expect(kept?.date).toEqual(strikeB.date);
    expect(byId(events, `${STRIKE_ID}-split`)?.sources.map((s) => s.article)).toEqual(['a']);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('reports an unknown id by name, with the file and entry, and applies the rest', () => {
    const { events, warnings } = run([
      { event: 'ev-0000000000000000', drop: true },
      { event: CAPTURE_ID, set: { title: 'Still applied' } },
      { merge: [STRIKE_ID, 'ev-gone'] },
    ]);
    expect(warnings).toEqual([
      'corrections.json: corrections[0]: no event ev-0000000000000000 in this extraction (re-extracted differently, or the id is mistyped); not applied',
      'corrections.json: corrections[2]: no event ev-gone in this extraction (re-extracted differently, or the id is mistyped); not applied',
    ]);
    expect(byId(events, CAPTURE_ID)?.title).toBe('Still applied');
    expect(byId(events, STRIKE_ID)?.sources).toHaveLength(2);
  });

  it('says when an entry names an event an earlier entry dropped, or a split that cannot be made', () => {
    const { warnings } = run([
      { event: CAPTURE_ID, drop: true },
      { event: CAPTURE_ID, set: { title: 'x' } },
      { split: { event: STRIKE_ID, source: { article: 'c', start: 1 } } },
      { split: { event: STRIKE_ID, source: { article: 'a', start: 300 } } },
      { split: { event: STRIKE_ID, source: { article: 'b', start: 40 } } },
      { merge: [STRIKE_ID, STRIKE_ID] },
    ]);
    expect(warnings).toEqual([
      `corrections.json: corrections[1]: event ${CAPTURE_ID} was dropped by corrections[0]; not applied`,
      `corrections.json: corrections[2]: event ${STRIKE_ID} has no source c at 1; not applied`,
      `corrections.json: corrections[4]: b at 40 is the only source of event ${STRIKE_ID}: nothing to split from; not applied`,
      `corrections.json: corrections[5]: ${STRIKE_ID} and ${STRIKE_ID} are already one event (${STRIKE_ID}); not applied`,
    ]);
  });

  it('is deterministic and leaves its input as it was', () => {
    const corrections: Correction[] = [
      { merge: [STRIKE_ID, CAPTURE_ID] },
      { split: { event: CAPTURE_ID, source: { article: 'a', start: 100 } } },
    ];
    const before = JSON.stringify(DRAFTS);
    expect(run(corrections)).toEqual(run(corrections));
    expect(JSON.stringify(DRAFTS)).toBe(before);
  });
});
