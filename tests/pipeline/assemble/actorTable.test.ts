import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../scripts/lib/readLexicon.ts';
import type { TimelineEvent } from '../../../src/model/index.ts';
import { parseEventsFile } from '../../../src/model/index.ts';
import { actorTable, lexiconActorFacts } from '../../../src/pipeline/assemble/actorTable.ts';
import { buildEventsFile } from '../../../src/pipeline/assemble/eventsFile.ts';
import { lexicon } from '../lexicon/lexicon.ts';

const facts = lexiconActorFacts(readLexicon('data/lexicon'), lexicon());

function event(id: string, actors: string[]): TimelineEvent {
  return {
    id,
    date: { start: '2020-05-01', precision: 'day' },
    type: 'ground-attack',
    title: `Clash ${id}`,
    actors,
    location: null,
    sources: [{ article: 'a', sentence: 'x', start: 0, end: 1, dateText: 'May 1' }],
  };
}

describe('lexiconActorFacts', () => {
  it('gives a listed actor its lexicon kind, and a state its country code', () => {
    expect(facts('ISIS')).toEqual({ kind: 'jihadist' });
    expect(facts('Russia')).toEqual({ kind: 'state', countryCode: 'RU' });
  });

  it('reads an unlisted group by the form of its whole name', () => {
    expect(facts('Zorvan Liberation Front')?.kind).toBe('rebel');
    expect(facts('Mireka Islamic Brigades')?.kind).toBe('jihadist');
    expect(facts('Tavarian militiamen')?.kind).toBe('militia');
    expect(facts('Tavarian separatists')?.kind).toBe('separatist');
  });

  it('knows nothing of a name that is no group by its form', () => {
    expect(facts('Zorvan')).toBeUndefined();
    expect(facts('Jane Doe')).toBeUndefined();
    // The group is only part of the name: the name as a whole is not read.
    expect(facts('Zorvan Liberation Front and friends')).toBeUndefined();
  });
});

describe('actorTable', () => {
  it('lists each actor the events name once, in name order, leaving out those of no known kind', () => {
    const events = [event('1', ['Russia', 'Zorvan Liberation Front']), event('2', ['ISIS', 'Russia', 'Jane Doe'])];
    expect(actorTable(events, facts)).toEqual([
      { name: 'ISIS', kind: 'jihadist' },
      { name: 'Russia', kind: 'state', countryCode: 'RU' },
      { name: 'Zorvan Liberation Front', kind: 'rebel' },
    ]);
  });

  it('is written into events.json by buildEventsFile, and the contract accepts it', () => {
    const article = { id: 'a', title: null, publisher: null, url: null, published: '2020-05-02', text: 'x' };
    const withTable = buildEventsFile([event('1', ['ISIS'])], [article], new Map(), facts);
    expect(parseEventsFile(JSON.parse(JSON.stringify(withTable))).actors).toEqual([{ name: 'ISIS', kind: 'jihadist' }]);
    // Without the lookup, no table: as a file written before the table existed, which still loads.
    const without = buildEventsFile([event('1', ['ISIS'])], [article], new Map());
    expect('actors' in without).toBe(false);
    expect(parseEventsFile(JSON.parse(JSON.stringify(without))).actors).toBeUndefined();
  });

  it('is refused by the contract with an unknown kind', () => {
    const article = { id: 'a', title: null, publisher: null, url: null, published: '2020-05-02', text: 'x' };
    const file = { ...buildEventsFile([], [article], new Map()), actors: [{ name: 'ISIS', kind: 'cult' }] };
    expect(() => parseEventsFile(file)).toThrow(/actors\[0\]\.kind/);
  });
});
