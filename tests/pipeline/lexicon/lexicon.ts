/** The committed lexicon, compiled once per test file. */
import { readLexicon } from '../../../scripts/lib/readLexicon.ts';
import { compileLexicon, type CompiledLexicon } from '../../../src/pipeline/lexicon/index.ts';
import type { Span } from '../../../src/pipeline/types.ts';

let cached: CompiledLexicon | null = null;

export function lexicon(): CompiledLexicon {
  cached ??= compileLexicon(readLexicon('data/lexicon'));
  return cached;
}

export function whole(text: string): Span {
  return { start: 0, end: text.length };
}
