/**
 * Reads and validates the curated lexicon (data/lexicon/actors.json, places.json, eventTypes.json). The only
 * file-system code of the lexicon: src/pipeline/lexicon is pure. Errors name the file and the entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { readGazetteerIndex, writeGazetteerIndex } from './gazetteerIndexFile.ts';
import { lexiconOverlaySchema, mergeOverlay } from '../../src/pipeline/lexicon/overlay.ts';
import {
  actorListFileSchema,
  actorsFileSchema,
  eventTypesFileSchema,
  gazetteerFileSchema,
  placesFileSchema,
  type RawLexicon,
} from '../../src/pipeline/lexicon/index.ts';

export const LEXICON_FILES = { actors: 'actors.json', places: 'places.json', eventTypes: 'eventTypes.json' } as const;
/** The world gazetteer: optional (a lexicon folder of hand files alone still works, with curated places only). */
export const GAZETTEER_FILE = 'gazetteer.json';

/**
 * Further actor files, read after actors.json in this order when present (a lexicon folder made before they
 * existed still loads): the curated core of armed groups, then the states generated from the country table.
 * Where two rows share an alias, the earlier file wins.
 */
export const ACTOR_LIST_FILES = ['armedGroups.json', 'states.json'] as const;

/** `actors[12] ("Hezbollah").kind`: the path of an issue, with the entry's name when it has one. */
function describePath(value: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = value;
  for (const p of path) {
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[p] : undefined;
    if (typeof p === 'number') {
      const name =
        typeof node === 'object' && node !== null
          ? ((node as { name?: unknown; id?: unknown }).name ?? (node as { id?: unknown }).id)
          : typeof node === 'string'
            ? node
            : undefined;
      out += `[${p}]${typeof name === 'string' ? ` (${JSON.stringify(name)})` : ''}`;
    } else out += `${out === '' ? '' : '.'}${String(p)}`;
  }
  return out || '(root)';
}

export function parseLexiconFile<T>(file: string, source: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((i) => `${file}: ${describePath(value, i.path)}: ${i.message}`);
    if (result.error.issues.length > 10) lines.push(`${file}: … and ${result.error.issues.length - 10} more`);
    throw new Error(lines.join('\n'));
  }
  return result.data;
}

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const n of names) (seen.has(n) ? dup : seen).add(n);
  return [...dup];
}

export interface ReadLexiconOptions {
  /**
   * The file of the gazetteer's prebuilt index (gazetteerIndexFile.ts): read in place of gazetteer.json when it
   * was made from it as it is now; else gazetteer.json is read, validated and indexed, and the index written there
   * for the next run.
   */
  readonly gazetteerIndex?: string;
}

/** Parses the lexicon files of `dir` (actors.json with the further actor files, places, event types); throws an Error naming the file and entry of every problem. */
export function readLexicon(dir = 'data/lexicon', options: ReadLexiconOptions = {}): RawLexicon {
  const read = (name: string): string => {
    const path = join(dir, name);
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new Error(`${path}: cannot read: ${(e as Error).message}`);
    }
  };
  const actors = parseLexiconFile(join(dir, LEXICON_FILES.actors), read(LEXICON_FILES.actors), actorsFileSchema);
  const places = parseLexiconFile(join(dir, LEXICON_FILES.places), read(LEXICON_FILES.places), placesFileSchema);
  const eventTypes = parseLexiconFile(
    join(dir, LEXICON_FILES.eventTypes),
    read(LEXICON_FILES.eventTypes),
    eventTypesFileSchema,
  );
  for (const name of ACTOR_LIST_FILES) {
    if (!existsSync(join(dir, name))) continue;
    const list = parseLexiconFile(join(dir, name), read(name), actorListFileSchema);
    actors.actors.push(...list.actors);
  }
  const dupActors = duplicates(actors.actors.map((a) => a.name));
  if (dupActors.length > 0)
    throw new Error(
      `${join(dir, LEXICON_FILES.actors)} (with ${ACTOR_LIST_FILES.join(', ')}): actor named twice: ${dupActors.join(', ')}`,
    );
  const dupGroups = duplicates(eventTypes.groups.map((g) => g.id));
  if (dupGroups.length > 0)
    throw new Error(`${join(dir, LEXICON_FILES.eventTypes)}: group id used twice: ${dupGroups.join(', ')}`);
  const gazetteerPath = join(dir, GAZETTEER_FILE);
  const indexFile = options.gazetteerIndex;
  const prebuilt = indexFile === undefined ? null : readGazetteerIndex(indexFile, gazetteerPath);
  if (prebuilt !== null) return { actors, places, eventTypes, gazetteerIndex: prebuilt };
  const gazetteer = existsSync(gazetteerPath)
    ? parseLexiconFile(gazetteerPath, read(GAZETTEER_FILE), gazetteerFileSchema)
    : undefined;
  if (gazetteer !== undefined && indexFile !== undefined)
    return { actors, places, eventTypes, gazetteerIndex: writeGazetteerIndex(indexFile, gazetteerPath, gazetteer) };
  return { actors, places, eventTypes, ...(gazetteer === undefined ? {} : { gazetteer }) };
}

/** The overlay file an analyst keeps beside the articles (see src/pipeline/lexicon/overlay.ts). */
export const OVERLAY_FILE = 'lexicon.json';

/**
 * The lexicon of a run: the built-in one of `dir`, with the overlay `lexicon.json` of the input folder `inDir`
 * (when there is one) and then each `extra` file merged over it, in that order: over the curated rows, so that
 * the gazetteer's index, read or built as `options` say, serves whatever overlay is merged. Returns the overlay files read,
 * for the run's summary. Errors name the file and the entry.
 */
export function readLexiconForRun(
  dir: string,
  inDir: string | null,
  extra: readonly string[] = [],
  options: ReadLexiconOptions = {},
): { raw: RawLexicon; overlays: string[] } {
  let raw = readLexicon(dir, options);
  const beside = inDir === null ? null : join(inDir, OVERLAY_FILE);
  const overlays = [...(beside !== null && existsSync(beside) ? [beside] : []), ...extra];
  for (const file of overlays) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`${file}: cannot read: ${(e as Error).message}`);
    }
    raw = mergeOverlay(raw, parseLexiconFile(file, source, lexiconOverlaySchema), file);
  }
  return { raw, overlays };
}
