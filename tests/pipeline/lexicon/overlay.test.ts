import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLexicon, readLexiconForRun } from '../../../scripts/lib/readLexicon.ts';
import { fileKindOf } from '../../../src/pipeline/input/index.ts';
import { compileLexicon, findActors, findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { lexiconOverlaySchema, mergeOverlay } from '../../../src/pipeline/lexicon/overlay.ts';
import { whole } from './lexicon.ts';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const base = readLexicon('data/lexicon');

describe('the lexicon overlay', () => {
  it('adds a militia, an alias and a village', () => {
    const overlay = lexiconOverlaySchema.parse({
      actors: [
        { name: 'Kordofan Hawks', kind: 'militia', aliases: ['the Hawks'] },
        { name: 'Rapid Support Forces', aliases: ["Daglo's men"] },
      ],
      places: [{ name: 'Umm Sumeima', kind: 'town', lat: 13.1, lon: 30.2, country: 'Sudan' }],
    });
    const lex = compileLexicon(mergeOverlay(base, overlay, 'lexicon.json'));
    const text = "The Kordofan Hawks and Daglo's men fought in Umm Sumeima.";
    expect(findActors(lex, text, whole(text)).map((m) => m.actor)).toEqual(['Kordofan Hawks', 'Rapid Support Forces']);
    expect(findActors(lex, text, whole(text))[0]?.kind).toBe('militia');
    expect(findPlaces(lex, text, whole(text)).map((p) => p.place.name)).toEqual(['Umm Sumeima']);
    // The built-in lexicon is not changed.
    expect(base.actors.actors.some((a) => a.name === 'Kordofan Hawks')).toBe(false);
  });

  it('adds aliases to a known place and blocks a phrase', () => {
    const overlay = lexiconOverlaySchema.parse({
      places: [{ name: 'Palmyra', aliases: ['Tudmur'] }],
      notActors: ['Hamas Street'],
    });
    const lex = compileLexicon(mergeOverlay(base, overlay, 'x.json'));
    expect(findPlaces(lex, 'They reached Tudmur.', whole('They reached Tudmur.')).map((p) => p.place.name)).toEqual([
      'Palmyra',
    ]);
    const text = 'A shop on Hamas Street burned.';
    expect(findActors(lex, text, whole(text))).toEqual([]);
  });

  it('names the file and the entry of an incomplete row', () => {
    const overlay = lexiconOverlaySchema.parse({
      actors: [{ name: 'New Group' }],
      places: [{ name: 'Nowhere', kind: 'town' }],
    });
    expect(() => mergeOverlay(base, overlay, 'my/lexicon.json')).toThrow(
      /my\/lexicon\.json: actors\[0\] \("New Group"\): a new actor needs a kind\nmy\/lexicon\.json: places\[0\] \("Nowhere"\): a new place needs lat, lon, country/,
    );
  });

  it('reads lexicon.json beside the articles, then --lexicon-extra files, with file names in errors', () => {
    const d = mkdtempSync(join(tmpdir(), 'overlay-'));
    dir = d;
    writeFileSync(join(d, 'lexicon.json'), JSON.stringify({ actors: [{ name: 'Kordofan Hawks', kind: 'militia' }] }));
    const extra = join(d, 'extra.json');
    writeFileSync(extra, JSON.stringify({ actors: [{ name: 'Kordofan Hawks', aliases: ['the Hawks'] }] }));
    const run = readLexiconForRun('data/lexicon', d, [extra]);
    expect(run.overlays).toEqual([join(d, 'lexicon.json'), extra]);
    expect(run.raw.actors.actors.find((a) => a.name === 'Kordofan Hawks')?.aliases).toEqual(['the Hawks']);
    writeFileSync(extra, JSON.stringify({ actors: [{ name: 'X', kind: 'warlord' }] }));
    expect(() => readLexiconForRun('data/lexicon', d, [extra])).toThrow(/extra\.json: actors\[0\] \("X"\)\.kind/);
    writeFileSync(extra, '{ nope');
    expect(() => readLexiconForRun('data/lexicon', d, [extra])).toThrow(/extra\.json: not valid JSON/);
    expect(() => readLexiconForRun('data/lexicon', d, [join(d, 'missing.json')])).toThrow(/missing\.json: cannot read/);
  });

  it('reserves lexicon.json and corrections.json in the input folder', () => {
    expect(fileKindOf('lexicon.json')).toBe('other');
    expect(fileKindOf('corrections.json')).toBe('other');
    expect(fileKindOf('lexicon.md')).toBe('article');
  });
});
