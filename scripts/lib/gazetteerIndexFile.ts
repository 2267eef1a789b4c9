/**
 * The file that keeps the gazetteer's index (src/pipeline/lexicon/gazetteerIndex.ts) between runs:
 * build/lexicon/gazetteer.idx, generated and git-ignored, never committed. It is derived from gazetteer.json
 * alone (committed, and itself reproducible with `npm run build-lexicon`), so a commit of it would add about 10 MB
 * of binary to the history at each lexicon rebuild and could disagree with the JSON beside it. It is written by
 * `npm run build-lexicon` and, on a fresh clone or after gazetteer.json changed, by the first CLI run, which reads
 * the JSON that once (see data/lexicon/README.md).
 *
 * The index records the gazetteer.json it was made from (size and modification time, as the CLI's bundle
 * manifest does, and the index format): a file made from another gazetteer.json, or by older code, is not read.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INDEX_FORMAT, encodeGazetteerIndex, gazetteerIndexStamp } from '../../src/pipeline/lexicon/gazetteerIndex.ts';
import type { RawGazetteer } from '../../src/pipeline/lexicon/gazetteerSchema.ts';

/** Where the index of the built-in lexicon (data/lexicon) is kept, relative to the repository's root. */
export const GAZETTEER_INDEX_FILE = 'build/lexicon/gazetteer.idx';

/**
 * The index file for the lexicon folder `lexiconDir` when it is the built-in one (data/lexicon under `root`), else
 * undefined: another folder is read from its JSON, as given, at each run (the stamp names the JSON's size and time,
 * not its path, so an index is only ever kept for the one folder whose JSON it was made from).
 */
export function builtInGazetteerIndex(lexiconDir: string, root: string): string | undefined {
  return resolve(lexiconDir) === join(resolve(root), 'data', 'lexicon')
    ? join(resolve(root), GAZETTEER_INDEX_FILE)
    : undefined;
}

/** What identifies `gazetteerJson` as it is now, or null when there is no such file. */
export function gazetteerStamp(gazetteerJson: string): string | null {
  const info = statSync(gazetteerJson, { throwIfNoEntry: false });
  return info === undefined ? null : `format ${INDEX_FORMAT}; gazetteer.json ${info.size} bytes, mtime ${info.mtimeMs}`;
}

/** The index in `indexFile` when it was made from `gazetteerJson` as it is now, else null. */
export function readGazetteerIndex(indexFile: string, gazetteerJson: string): Uint8Array | null {
  const stamp = gazetteerStamp(gazetteerJson);
  if (stamp === null) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(indexFile);
  } catch {
    return null;
  }
  return gazetteerIndexStamp(bytes) === stamp ? bytes : null;
}

/**
 * Encodes the gazetteer read from `gazetteerJson` (already validated) and writes it to `indexFile`: to a temporary
 * file renamed into place, so that a run starting meanwhile reads a whole index or none. Returns the bytes.
 * Best effort: a folder that cannot be written only costs the next run the JSON.
 */
export function writeGazetteerIndex(indexFile: string, gazetteerJson: string, raw: RawGazetteer): Uint8Array {
  const bytes = encodeGazetteerIndex(raw, gazetteerStamp(gazetteerJson) ?? '');
  const temp = `${indexFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(indexFile), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, indexFile);
  } catch {
    rmSync(temp, { force: true });
  }
  return bytes;
}
