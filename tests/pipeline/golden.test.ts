/**
 * Committed expected output per seed article: tests/golden/<article>.json holds every event with a source in
 * that article, as the extractor gives it with the committed lexicon. A change shows as a diff in review. On a
 * mismatch the test writes <article>-changed.json beside it and fails; UPDATE_GOLDEN=1 rewrites the files.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/model/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { compileLexicon } from '../../src/pipeline/lexicon/index.ts';
import { readArticleDir } from '../../scripts/lib/readArticleDir.ts';
import { readLexicon } from '../../scripts/lib/readLexicon.ts';

const GOLDEN_DIR = 'tests/golden';
const update = process.env.UPDATE_GOLDEN === '1';

const { articles } = await readArticleDir('data/articles', { today: '2030-01-01' });
const result = runPipeline(articles, compileLexicon(readLexicon('data/lexicon')));

function render(events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(events, null, 2)}\n`;
}

describe('golden output per seed article', () => {
  it('has seed articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  for (const article of articles) {
    it(`matches tests/golden/${article.id}.json`, () => {
      const events = result.events.filter((e) => e.sources.some((s) => s.article === article.id));
      const actual = render(events);
      const file = join(GOLDEN_DIR, `${article.id}.json`);
      const changed = join(GOLDEN_DIR, `${article.id}-changed.json`);
      if (update) {
        writeFileSync(file, actual);
        rmSync(changed, { force: true });
        return;
      }
      const expected = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (expected !== actual) writeFileSync(changed, actual);
      else rmSync(changed, { force: true });
      expect(expected, `${file} is missing; run with UPDATE_GOLDEN=1 to create it`).not.toBeNull();
      expect(actual, `output changed: compare ${changed} with ${file}; UPDATE_GOLDEN=1 accepts it`).toBe(expected);
    });
  }
});
