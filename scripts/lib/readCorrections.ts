/**
 * Reads corrections.json from the input folder, when there is one (the edge of src/model/corrections.ts, which
 * checks it). A file that cannot be read or is not a corrections file at all throws, naming the file; an invalid
 * entry is only named (in `problems`), so that it never costs the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORRECTIONS_FILE, parseCorrectionsFile, type ParsedCorrections } from '../../src/model/corrections.ts';

export interface CorrectionsForRun extends ParsedCorrections {
  readonly path: string;
}

export function readCorrectionsForRun(inDir: string): CorrectionsForRun | null {
  const path = join(inDir, CORRECTIONS_FILE);
  if (!existsSync(path)) return null;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read: ${(e as Error).message}`);
  }
  return { path, ...parseCorrectionsFile(value, path) };
}
