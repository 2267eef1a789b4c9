/**
 * The JS and CSS a visitor downloads, gzipped file by file as a static host serves them (node:zlib, level 9).
 * Data is not counted: events.json, other .json files and article texts (.txt) are left out, as the issue's
 * target says.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PayloadFigures {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Per file, relative path → gzipped bytes, for the notes. */
  readonly perFile: readonly (readonly [string, number])[];
}

const CODE = /\.(m?js|css)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** JS + CSS under `dir` (recursively); `files` lists explicit files instead (a peer library's bundle). */
export function measurePayload(dir: string, files?: readonly string[]): PayloadFigures {
  const paths = (files ?? walk(dir).filter((p) => CODE.test(p))).slice().sort();
  const perFile = paths.map((p) => {
    const bytes = readFileSync(p);
    return [relative(dir, p), gzipSize(bytes), bytes.length] as const;
  });
  return {
    files: perFile.length,
    rawBytes: perFile.reduce((s, [, , raw]) => s + raw, 0),
    gzipBytes: perFile.reduce((s, [, gz]) => s + gz, 0),
    perFile: perFile.map(([p, gz]) => [p, gz] as const),
  };
}
