/** The events.json contract (zod/mini) as the extractor and scripts see it in Node: what it accepts and what it says. */
import { describe, expect, it } from 'vitest';
import { httpUrl, parseEventsFile, precisionOf } from '../../src/model/index.ts';

const event = {
  id: 'e1',
  date: { start: '2019-10-09', precision: 'day' },
  type: 'ground-attack',
  title: 'Turkish forces cross into Syria',
  actors: ['Turkey'],
  location: {
    name: 'Ras al-Ain',
    lat: 36.85,
    lon: 40.07,
    country: 'Syria',
    countryCode: 'SY',
    admin1: 'Hasakah Governorate',
  },
  sources: [{ article: 'a', sentence: 'Troops crossed.', start: 4, end: 19, dateText: 'on Wednesday' }],
};
const article = {
  id: 'a',
  title: null,
  publisher: null,
  url: 'https://example.org/x',
  published: '2019-10-10',
  text: 'x',
};
const file = (patch: object = {}, articlePatch: object = {}) => ({
  version: 1,
  events: [{ ...event, ...patch }],
  articles: [{ ...article, ...articlePatch }],
});
const messageOf = (value: unknown): string => {
  try {
    parseEventsFile(value);
    return 'accepted';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('precisionOf', () => {
  it('reads the three forms and refuses days the calendar does not have', () => {
    expect(['2022', '2022-02', '2024-02-29', '2000-02-29', '2023-04-30'].map(precisionOf)).toEqual([
      'year',
      'month',
      'day',
      'day',
      'day',
    ]);
    expect(
      ['2023-02-29', '1900-02-29', '2023-04-31', '2023-00', '2023-13', '23-01-01', '2023-1-5', ''].map(precisionOf),
    ).toEqual([null, null, null, null, null, null, null, null]);
  });
});

describe('parseEventsFile', () => {
  it('needs a location to say its country code (two letters or null) and its division (or null)', () => {
    const location = event.location;
    expect(messageOf(file({ location: { ...location, countryCode: null, admin1: null } }))).toBe('accepted');
    expect(messageOf(file({ location: { ...location, countryCode: 'SYR' } }))).not.toBe('accepted');
    const { admin1: _dropped, ...withoutAdmin1 } = location;
    expect(messageOf(file({ location: withoutAdmin1 }))).not.toBe('accepted');
  });

  it('accepts a file that keeps the contract and returns its fields', () => {
    expect(parseEventsFile(file()).events[0]?.title).toBe('Turkish forces cross into Syria');
  });

  it('names the path and the expectation of each broken field, in plain English', () => {
    const message = messageOf(file({ title: 7, actors: [''], sources: [] }, { url: 'javascript:alert(1)' }));
    expect(message.split('\n')).toEqual([
      'events.json does not match the contract:',
      'events[0].title: Invalid input: expected string, received number',
      'events[0].actors[0]: Too small: expected string to have >=1 characters',
      'events[0].sources: Too small: expected array to have >=1 items',
      'articles[0].url: expected an absolute http(s) URL',
    ]);
  });

  it('checks what ties fields together: precision, order of a range, offsets against the sentence', () => {
    expect(messageOf(file({ date: { start: '2019-10', precision: 'day' } }))).toMatch(
      /events\[0\]\.date: start must be written at the stated precision/,
    );
    expect(messageOf(file({ date: { start: '2019-10-09', end: '2019-10-01', precision: 'day' } }))).toMatch(
      /events\[0\]\.date: end must not precede start/,
    );
    expect(messageOf(file({ sources: [{ ...event.sources[0], end: 30 }] }))).toMatch(
      /events\[0\]\.sources\[0\]: end - start must equal the sentence length/,
    );
    expect(messageOf(file({}, { textFile: 'texts/a.txt' }))).toMatch(/articles\[0\]: exactly one of text and textFile/);
  });

  it('says which version it reads before anything else', () => {
    expect(messageOf({ version: 3, events: 'x' })).toMatch(/version 3; this app reads version 1/);
  });
});

describe('httpUrl', () => {
  it('lets only absolute http(s) links through', () => {
    expect(['https://a.example/x', 'http://b.example'].map((u) => httpUrl.safeParse(u).success)).toEqual([true, true]);
    expect(
      ['ftp://a.example', 'data:text/html,x', '/relative', 'javascript:x'].map((u) => httpUrl.safeParse(u).success),
    ).toEqual([false, false, false, false]);
  });
});
