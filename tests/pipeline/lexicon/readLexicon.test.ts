import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLexicon } from '../../../scripts/lib/readLexicon.ts';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function copyWith(file: string, edit: (json: Record<string, unknown>) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  for (const f of ['actors.json', 'places.json', 'eventTypes.json']) {
    const json = JSON.parse(readFileSync(join('data/lexicon', f), 'utf8')) as Record<string, unknown>;
    if (f === file) edit(json);
    writeFileSync(join(dir, f), JSON.stringify(json));
  }
  return dir;
}

describe('readLexicon', () => {
  it('reads the committed lexicon', () => {
    const raw = readLexicon('data/lexicon');
    expect(raw.actors.actors.length).toBeGreaterThan(10);
    expect(raw.places.places.length).toBeGreaterThan(100);
    expect(raw.eventTypes.groups.length).toBeGreaterThan(5);
  });

  it('names the file and the entry of a broken row', () => {
    const d = copyWith('actors.json', (j) => {
      const actors = j.actors as { name: string; kind: string }[];
      const hezbollah = actors.find((a) => a.name === 'Hezbollah');
      if (hezbollah) hezbollah.kind = 'warlord';
    });
    expect(() => readLexicon(d)).toThrow(/actors\.json: actors\[\d+\] \("Hezbollah"\)\.kind/);
  });

  it('names the file of a missing one and of invalid JSON', () => {
    dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    expect(() => readLexicon(dir ?? '')).toThrow(/actors\.json: cannot read/);
    writeFileSync(join(dir, 'actors.json'), '{ nope');
    expect(() => readLexicon(dir ?? '')).toThrow(/actors\.json: not valid JSON/);
  });

  it('refuses an actor named twice', () => {
    const d = copyWith('actors.json', (j) => {
      const actors = j.actors as unknown[];
      actors.push(actors[0]);
    });
    expect(() => readLexicon(d)).toThrow(/actor named twice: ISIS/);
  });

  it('refuses an event type without an ACLED mapping', () => {
    const d = copyWith('eventTypes.json', (j) => {
      delete (j.acled as Record<string, unknown>).siege;
    });
    expect(() => readLexicon(d)).toThrow(/eventTypes\.json: acled\.siege/);
  });
});
