/**
 * Copies the development articles from ../shared/corpus/seeds into data/articles in the project's article
 * format: YAML front matter (title, publisher, url, published) followed by the article text, verbatim.
 * Usage: npm run import-seeds [-- SEED_DIR]
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import matter from 'gray-matter';

interface SeedMeta {
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
}

const seedDir = process.argv[2] ?? join('..', 'shared', 'corpus', 'seeds');
const outDir = join('data', 'articles');
const meta = JSON.parse(readFileSync(join(seedDir, 'meta.json'), 'utf8')) as { articles: Record<string, SeedMeta> };
mkdirSync(outDir, { recursive: true });

for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(seedDir, file), 'utf8');
  const m = meta.articles[file];
  if (!m) throw new Error(`${file}: no entry in meta.json`);
  // JSON strings are valid YAML scalars, so quoting through JSON.stringify is safe for titles with colons.
  const front = (['title', 'publisher', 'url', 'published'] as const)
    .filter((k) => m[k] !== null)
    .map((k) => `${k}: ${JSON.stringify(m[k])}`)
    .join('\n');
  const out = `---\n${front}\n---\n${text}`;
  // Round-trip check: the body gray-matter hands to the extractor must be the seed text, byte for byte.
  if (matter(out).content !== text) throw new Error(`${file}: front matter round-trip changed the text`);
  const target = join(outDir, `${basename(file, extname(file))}.md`);
  writeFileSync(target, out);
  console.error(`wrote ${target}`);
}
