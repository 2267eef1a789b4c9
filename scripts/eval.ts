/**
 * `npm run eval`: runs the extractor on each evaluation set and scores it against the set's gold events. A report,
 * not a test gate: it exits 0 once it has run (2 on a usage error or a set that cannot be read).
 *
 *   npm run eval -- [--set NAME]... [--in DIR --gold FILE] [--lexicon DIR] [--lexicon-extra FILE]... [--summary]
 *
 * With no --set and no --in/--gold it scores every set below, one report each, then a table of all of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDefaultConfig, runPipeline } from '../src/pipeline/index.ts';
import { parseGoldFile } from '../src/pipeline/evaluation/gold.ts';
import { lexiconNameResolver } from '../src/pipeline/evaluation/lexiconNames.ts';
import {
  formatFigures,
  formatItems,
  formatSummaryTable,
  MATCHING_RULE,
  type SetSummary,
} from '../src/pipeline/evaluation/report.ts';
import { scoreEvents } from '../src/pipeline/evaluation/score.ts';
import { compileLexicon, type CompiledLexicon } from '../src/pipeline/lexicon/index.ts';
import { ArticleDirError, readArticleDir } from './lib/readArticleDir.ts';
import { EVAL_SETS, type EvalSet } from './lib/evalSets.ts';
import { builtInGazetteerIndex } from './lib/gazetteerIndexFile.ts';
import { OVERLAY_FILE, readLexiconForRun } from './lib/readLexicon.ts';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const USAGE =
  'usage: npm run eval -- [--set NAME]... [--in DIR --gold FILE] [--lexicon DIR] [--lexicon-extra FILE]... [--summary]';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function setsToRun(values: { set?: string[]; in?: string; gold?: string }): EvalSet[] {
  if (values.in !== undefined || values.gold !== undefined) {
    if (values.set !== undefined) fail('give either --set or --in/--gold, not both');
    if (values.in === undefined || values.gold === undefined) fail('--in and --gold go together');
    return [{ name: values.in, articles: values.in, gold: values.gold, about: 'given on the command line' }];
  }
  if (values.set === undefined) return [...EVAL_SETS];
  return values.set.map(
    (name) =>
      EVAL_SETS.find((s) => s.name === name) ??
      fail(`unknown set "${name}" (known: ${EVAL_SETS.map((s) => s.name).join(', ')})`),
  );
}

/** The lexicons compiled so far, by folder and overlay files: most sets share the built-in one. */
const compiled = new Map<string, CompiledLexicon>();

/**
 * The lexicon of a set: the built-in one with the set folder's lexicon.json (if any) and the --lexicon-extra
 * files merged over it, as `npm run extract` reads it, with the built-in gazetteer from its prebuilt index as the
 * CLI reads it. Compiled once for all the sets that have no overlay of their own.
 */
function lexiconFor(set: EvalSet, dir: string, extra: readonly string[]): CompiledLexicon {
  const overlay = join(set.articles, OVERLAY_FILE);
  const key = JSON.stringify([dir, existsSync(overlay) ? overlay : null, extra]);
  const known = compiled.get(key);
  if (known !== undefined) return known;
  const gazetteerIndex = builtInGazetteerIndex(dir, ROOT);
  try {
    const lexicon = compileLexicon(
      readLexiconForRun(dir, set.articles, extra, gazetteerIndex === undefined ? {} : { gazetteerIndex }).raw,
    );
    compiled.set(key, lexicon);
    return lexicon;
  } catch (e) {
    fail(`lexicon: ${(e as Error).message}`);
  }
}

async function scoreSet(
  set: EvalSet,
  lexicon: CompiledLexicon,
  today: string,
): Promise<SetSummary & { heading: string }> {
  if (!existsSync(set.articles)) fail(`set ${set.name}: article folder ${set.articles} not found`);
  let gold;
  try {
    gold = parseGoldFile(JSON.parse(readFileSync(set.gold, 'utf8')));
  } catch (e) {
    fail(`set ${set.name}: ${set.gold}: ${(e as Error).message}`);
  }
  let contents;
  try {
    contents = await readArticleDir(set.articles, { today });
  } catch (e) {
    if (e instanceof ArticleDirError) fail(`set ${set.name}: ${e.message}`);
    throw e;
  }
  const started = performance.now();
  const result = runPipeline(contents.articles, lexicon, createDefaultConfig());
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const score = scoreEvents(result.events, gold, lexiconNameResolver(lexicon));
  const heading =
    `== ${set.name}: ${set.about}\n` +
    `Extractor on ${contents.articles.length} articles in ${set.articles} (${result.events.length} events, ${seconds} s), scored against ${set.gold}\n`;
  return { set: set.name, articles: contents.articles.length, score, heading };
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        set: { type: 'string', multiple: true },
        in: { type: 'string' },
        gold: { type: 'string' },
        lexicon: { type: 'string', default: 'data/lexicon' },
        'lexicon-extra': { type: 'string', multiple: true, default: [] },
        summary: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(
      `${USAGE}\nScores the extractor on each set's articles against its gold events (all sets by default):\n` +
        EVAL_SETS.map((s) => `  ${s.name.padEnd(9)} ${s.articles} against ${s.gold}: ${s.about}\n`).join('') +
        '--in/--gold score one folder against one gold file; --summary prints the figures without the itemised lists.\n',
    );
    return;
  }
  const sets = setsToRun(values);
  const today = new Date(Date.now()).toISOString().slice(0, 10);
  process.stdout.write(`Matching: ${MATCHING_RULE}\n\n`);
  const rows: SetSummary[] = [];
  for (const set of sets) {
    const row = await scoreSet(set, lexiconFor(set, values.lexicon, values['lexicon-extra']), today);
    rows.push(row);
    const items = values.summary ? '' : `\n\n${formatItems(row.score)}`;
    process.stdout.write(`${row.heading}\n${formatFigures(row.score)}${items}\n\n`);
  }
  if (rows.length > 1) process.stdout.write(`== Summary\n\n${formatSummaryTable(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
