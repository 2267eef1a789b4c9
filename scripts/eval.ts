/**
 * `npm run eval`: runs the extractor on the seed articles and scores it against the gold events. A report, not
 * a test gate: it always exits 0 once it has run (2 on a usage error).
 *
 *   npm run eval -- [--in DIR] [--gold FILE] [--lexicon DIR] [--lexicon-extra FILE]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDefaultConfig, runPipeline } from '../src/pipeline/index.ts';
import { parseGoldFile } from '../src/pipeline/evaluation/gold.ts';
import { formatReport } from '../src/pipeline/evaluation/report.ts';
import { scoreEvents } from '../src/pipeline/evaluation/score.ts';
import { compileLexicon } from '../src/pipeline/lexicon/index.ts';
import { ArticleDirError, readArticleDir } from './lib/readArticleDir.ts';
import { readLexiconForRun } from './lib/readLexicon.ts';

const USAGE = 'usage: npm run eval -- [--in DIR] [--gold FILE] [--lexicon DIR] [--lexicon-extra FILE]';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string', default: 'data/articles' },
        gold: { type: 'string', default: 'data/gold/seed-events.json' },
        lexicon: { type: 'string', default: 'data/lexicon' },
        'lexicon-extra': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\nScores the extractor on the articles in --in against the gold events in --gold.\n`);
    return;
  }
  let gold;
  try {
    gold = parseGoldFile(JSON.parse(readFileSync(values.gold, 'utf8')));
  } catch (e) {
    fail(`${values.gold}: ${(e as Error).message}`);
  }
  let lexicon;
  try {
    // The analyst's lexicon.json beside the articles, then each --lexicon-extra file, over the built-in lexicon.
    lexicon = compileLexicon(readLexiconForRun(values.lexicon, values.in, values['lexicon-extra']).raw);
  } catch (e) {
    fail(`lexicon: ${(e as Error).message}`);
  }
  let contents;
  try {
    contents = await readArticleDir(values.in, { today: new Date(Date.now()).toISOString().slice(0, 10) });
  } catch (e) {
    if (e instanceof ArticleDirError) fail(e.message);
    throw e;
  }
  const started = performance.now();
  const result = runPipeline(contents.articles, lexicon, createDefaultConfig());
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(
    `Extractor on ${contents.articles.length} articles in ${values.in} (${result.events.length} events, ${seconds} s), scored against ${values.gold}\n\n`,
  );
  process.stdout.write(`${formatReport(scoreEvents(result.events, gold))}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
