import { describe, expect, it } from 'vitest';
import { checkSourceOffsets, parseEventsFile } from '../../src/model/index.ts';
import { generateEventsFile } from '../../scripts/synthetic/eventsFile.ts';
import { convertBenchPeersData, type BenchPeersData } from '../../scripts/synthetic/fromBenchPeers.ts';
import { BUILTIN_VOCABULARY } from '../../scripts/synthetic/vocabulary.ts';

describe('generateEventsFile', () => {
  it('gives exactly n events that validate against the contract, with offsets into the texts', () => {
    const { file } = generateEventsFile({ n: 500, seed: 3, vocabulary: BUILTIN_VOCABULARY });
    const parsed = parseEventsFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.events).toHaveLength(500);
    const texts = new Map(parsed.articles.map((a) => [a.id, a.text]));
    expect(checkSourceOffsets(parsed, (id) => texts.get(id))).toEqual([]);
    expect(new Set(parsed.events.map((e) => e.id)).size).toBe(500);
    const referenced = new Set(parsed.events.flatMap((e) => e.sources.map((s) => s.article)));
    expect(parsed.articles.every((a) => referenced.has(a.id))).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(generateEventsFile({ n: 200, seed: 5, vocabulary: BUILTIN_VOCABULARY }).file);
    const b = JSON.stringify(generateEventsFile({ n: 200, seed: 5, vocabulary: BUILTIN_VOCABULARY }).file);
    const c = JSON.stringify(generateEventsFile({ n: 200, seed: 6, vocabulary: BUILTIN_VOCABULARY }).file);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('can put texts in files beside events.json instead of inline', () => {
    const { file, textFiles } = generateEventsFile({ n: 50, seed: 1, vocabulary: BUILTIN_VOCABULARY, texts: 'files' });
    const parsed = parseEventsFile(file);
    for (const a of parsed.articles) {
      expect(a.text).toBeUndefined();
      expect(textFiles.has(a.textFile as string)).toBe(true);
    }
    expect(
      checkSourceOffsets(parsed, (id) => {
        const entry = parsed.articles.find((a) => a.id === id);
        return entry?.textFile === undefined ? undefined : textFiles.get(entry.textFile);
      }),
    ).toEqual([]);
  });
});

describe('convertBenchPeersData', () => {
  const data: BenchPeersData = {
    extent: ['2014-01-01', '2024-01-01'],
    groups: [
      { id: 0, label: 'Actor A' },
      { id: 1, label: 'Actor B' },
    ],
    items: [
      {
        id: 0,
        group: 1,
        start: '2016-03-14',
        precision: 'day',
        location: 'Palmyra',
        label: 'Event 0 at Palmyra',
        source: { url: 'https://example.org/article/0', sentence: 0 },
      },
      {
        id: 1,
        group: 0,
        start: '2019-07-01',
        precision: 'month',
        location: 'Kobani',
        label: 'Event 1 at Kobani',
        source: { url: 'https://example.org/article/1', sentence: 0 },
      },
      {
        id: 2,
        group: 0,
        start: '2015-01-01',
        precision: 'year',
        location: 'Nowhere',
        label: 'Event 2 at Nowhere',
        source: { url: 'https://example.org/article/0', sentence: 0 },
      },
    ],
  };

  it('keeps dates at their precision, groups as actors, items in order, and valid offsets', () => {
    const file = parseEventsFile(convertBenchPeersData(data, BUILTIN_VOCABULARY.places));
    expect(file.events.map((e) => e.date.start)).toEqual(['2016-03-14', '2019-07', '2015']);
    expect(file.events.map((e) => e.actors)).toEqual([['Actor B'], ['Actor A'], ['Actor A']]);
    expect(file.events[0]?.location?.name).toBe('Palmyra');
    expect(file.events[2]?.location).toBeNull();
    expect(file.articles).toHaveLength(2);
    const texts = new Map(file.articles.map((a) => [a.id, a.text]));
    expect(checkSourceOffsets(file, (id) => texts.get(id))).toEqual([]);
  });
});
