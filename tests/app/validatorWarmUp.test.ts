import { describe, expect, it } from 'vitest';
import { validateEventsText } from '../../src/app/data/validateEventsText.ts';
import { warmUpText } from '../../src/app/data/validatorWarmUp.ts';
import { EVENT_TYPES, type EventsFile } from '../../src/model/index.ts';

describe('the validator warm-up file', () => {
  const text = warmUpText(600);
  const file = JSON.parse(text) as EventsFile;

  it('is a valid events.json, so warming up takes the same paths as a real file', () => {
    expect(validateEventsText(text)).toEqual({ ok: true });
    expect(file.events).toHaveLength(600);
  });

  it('holds every optional part of the contract and every event type', () => {
    const events = file.events;
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    expect(new Set(events.map((e) => e.date.precision))).toEqual(new Set(['day', 'month', 'year']));
    expect(events.some((e) => e.date.end !== undefined)).toBe(true);
    expect(new Set(events.map((e) => e.date.qualifier))).toEqual(new Set([undefined, 'since', 'by']));
    expect(events.some((e) => e.location === null) && events.some((e) => e.location !== null)).toBe(true);
    expect(events.some((e) => e.actors.length === 0) && events.some((e) => e.actors.length === 2)).toBe(true);
    expect(events.some((e) => e.sources[0]?.date !== undefined)).toBe(true);
    expect(events.some((e) => e.dateConflict === true) && events.some((e) => e.acled !== undefined)).toBe(true);
    const articles = file.articles;
    expect(articles.some((a) => a.textFile !== undefined) && articles.some((a) => a.text !== undefined)).toBe(true);
    expect(articles.some((a) => a.url !== null) && articles.some((a) => a.published === null)).toBe(true);
    expect(articles.every((a) => (a.excluded?.length ?? 0) > 0)).toBe(true);
  });
});
