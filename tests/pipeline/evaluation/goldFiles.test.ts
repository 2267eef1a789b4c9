/**
 * The committed evaluation sets are well formed: a broken quote or a misspelled type would silently turn a gold
 * event into a miss for every extractor, so the data is checked like code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVAL_SETS } from '../../../scripts/lib/evalSets.ts';
import { readArticleDir } from '../../../scripts/lib/readArticleDir.ts';
import { EVENT_TYPES } from '../../../src/model/index.ts';
import { foldWhitespace, isGoldArticle, parseGoldFile } from '../../../src/pipeline/evaluation/gold.ts';

const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

describe.each(EVAL_SETS)('evaluation set $name', (set) => {
  it('has gold whose every quote occurs once in the text of exactly one article, with a known type', async () => {
    const gold = parseGoldFile(JSON.parse(readFileSync(set.gold, 'utf8')));
    const { articles, rejected } = await readArticleDir(set.articles, { today: '2100-01-01' });
    expect(rejected).toEqual([]);
    const problems: string[] = [];
    for (const g of [...gold.events, ...gold.never]) {
      const owners = articles.filter((a) => isGoldArticle(a.id, g.article));
      if (owners.length !== 1) {
        problems.push(`${g.article}: ${owners.length} articles carry this prefix`);
        continue;
      }
      const text = foldWhitespace(owners[0]?.text ?? '');
      const occurrences = text.split(foldWhitespace(g.quote)).length - 1;
      if (occurrences !== 1) problems.push(`${g.article} “${g.quote}”: found ${occurrences} times`);
    }
    for (const g of gold.events) {
      if (!TYPES.has(g.type)) problems.push(`${g.article} “${g.quote}”: unknown type ${g.type}`);
      if (g.date_end !== undefined && g.date_end <= g.date)
        problems.push(`${g.article} “${g.quote}”: date_end ${g.date_end} is not after ${g.date}`);
    }
    expect(problems).toEqual([]);
  });

  it('never lists two gold events that the scorer could not tell apart (same quote, same date)', () => {
    const gold = parseGoldFile(JSON.parse(readFileSync(set.gold, 'utf8')));
    const seen = new Set<string>();
    const twins = gold.events
      .map((g) => `${g.article} ${g.date} ${g.date_end ?? ''} ${foldWhitespace(g.quote)}`)
      .filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    expect(twins).toEqual([]);
  });
});

describe.each(EVAL_SETS.filter((s) => s.name !== 'seeds'))('written set $name', (set) => {
  it('holds short wire stories with their publication date, publisher and an https link', async () => {
    const { articles } = await readArticleDir(set.articles, { today: '2100-01-01' });
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const a of articles) {
      const words = a.text.split(/\s+/).filter((w) => w !== '').length;
      expect(words, a.id).toBeGreaterThanOrEqual(150);
      expect(words, a.id).toBeLessThanOrEqual(400);
      expect(a.published, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.publisher, a.id).toBeTruthy();
      expect(a.title, a.id).toBeTruthy();
      expect(a.url, a.id).toMatch(/^https:\/\//);
    }
  });
});
