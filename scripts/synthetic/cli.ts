/**
 * npm run gen-corpus -- --n 1000 --seed 1 --out DIR                 N articles (.md with front matter) into DIR
 * npm run gen-corpus -- --events 10000 --seed 1 --out FILE.json      an events.json of exactly N events
 *                        [--texts inline|files]                       texts inside it, or in texts/ beside it
 * npm run gen-corpus -- --from-bench-peers IN.json --out FILE.json   bench-peers' events-<N>.json → events.json
 * Options: --lexicon DIR (default data/lexicon; the built-in names are used for whatever it lacks).
 * Output depends only on the arguments and the lexicon files: the same command writes the same bytes.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseEventsFile } from '../../src/model/index.ts';
import { generateEventsFile } from './eventsFile.ts';
import { convertBenchPeersData, type BenchPeersData } from './fromBenchPeers.ts';
import { readLexiconVocabulary } from './lexiconVocabulary.ts';
import { writeCorpus, writeEventsFile } from './writeOutputs.ts';

const USAGE = `usage: npm run gen-corpus -- (--n N | --events N | --from-bench-peers FILE) --out PATH [--seed S] [--texts inline|files] [--lexicon DIR]`;

function usageError(message: string): never {
  console.error(`gen-corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) usageError(`--${name} must be a non-negative integer, got ${value}`);
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      n: { type: 'string' },
      events: { type: 'string' },
      'from-bench-peers': { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      texts: { type: 'string', default: 'inline' },
      lexicon: { type: 'string', default: 'data/lexicon' },
    },
    strict: true,
  }).values;
} catch (e) {
  usageError((e as Error).message);
}

const out = args.out ?? usageError('--out is required');
const seed = count(args.seed, 'seed') ?? 1;
const n = count(args.n, 'n');
const events = count(args.events, 'events');
const fromBench = args['from-bench-peers'];
if ([n, events, fromBench].filter((x) => x !== undefined).length !== 1) {
  usageError('give exactly one of --n, --events, --from-bench-peers');
}
if (args.texts !== 'inline' && args.texts !== 'files') usageError(`--texts must be inline or files, got ${args.texts}`);

const vocabulary = readLexiconVocabulary(args.lexicon);

if (n !== undefined) {
  const summary = writeCorpus(out, n, seed, vocabulary);
  console.error(
    `gen-corpus: wrote ${summary.files} articles (${(summary.bytes / 1e6).toFixed(2)} MB, ${summary.events} planted events) to ${out} [seed ${seed}; ${vocabulary.origin}]`,
  );
} else if (events !== undefined) {
  const generated = generateEventsFile({ n: events, seed, vocabulary, texts: args.texts });
  parseEventsFile(generated.file); // never hand the app a file that breaks the contract
  writeEventsFile(out, generated);
  console.error(
    `gen-corpus: wrote ${generated.file.events.length} events from ${generated.file.articles.length} articles to ${out} [seed ${seed}; texts ${args.texts}]`,
  );
} else if (fromBench !== undefined) {
  const data = JSON.parse(readFileSync(fromBench, 'utf8')) as BenchPeersData;
  const file = convertBenchPeersData(data, vocabulary.places);
  parseEventsFile(file);
  writeEventsFile(out, { file, textFiles: new Map() });
  console.error(`gen-corpus: converted ${file.events.length} bench-peers events to ${out}`);
}
