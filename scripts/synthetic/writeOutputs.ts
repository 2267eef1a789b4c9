/** The file-system edge of the generator: writes what the pure generators produce. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusArticles } from './corpus.ts';
import type { GeneratedEventsFile } from './eventsFile.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface CorpusSummary {
  readonly files: number;
  readonly bytes: number;
  readonly events: number;
}

/**
 * Writes articles 0..n-1 as `<id>.md` into `dir` (created if missing). Refuses a folder that already holds .md
 * or .txt files, so a stale corpus is never silently mixed into a fresh one.
 */
export function writeCorpus(dir: string, n: number, seed: number, vocabulary: Vocabulary): CorpusSummary {
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f));
  if (existing.length > 0)
    throw new Error(`${dir} already holds ${existing.length} article files; use an empty folder`);
  let bytes = 0;
  let events = 0;
  let files = 0;
  for (const a of corpusArticles(n, seed, vocabulary)) {
    const content = Buffer.from(a.fileContent, 'utf8');
    writeFileSync(join(dir, a.fileName), content);
    bytes += content.length;
    events += a.events.length;
    files++;
  }
  return { files, bytes, events };
}

/** Writes events.json (compact, as the extractor would for large files) and any text files beside it. */
export function writeEventsFile(file: string, generated: GeneratedEventsFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(generated.file));
  for (const [rel, text] of generated.textFiles) {
    const target = join(dirname(file), rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
