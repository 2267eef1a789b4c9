/**
 * CLI shell around the pipeline: argv, reading the articles and the lexicon, validating, writing. All logic
 * lives in src/pipeline (runPipeline, buildEventsFile).
 *
 *   npm run extract -- [--in DIR] [--out FILE] [--lexicon DIR] [--lexicon-extra FILE] [--workers N] [--debug]
 *
 * Exit codes: 0 all input used as given; 1 some input not used as given (a file or row rejected, a published date
 * or link dropped, a correction not applied; the rest is written); 2 usage error (unknown flag, missing folder, unreadable lexicon); 3 the
 * output failed validation (a bug: nothing is written) or could not be written.
 */
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { EventType } from '../src/model/index.ts';
import type { ArticleExtras } from '../src/pipeline/assemble/eventsFile.ts';
import { progressLine } from './lib/progressLine.ts';
import { describeWriteFailure } from './lib/writeFailure.ts';

// The pipeline, the lexicon and chrono are imported once the arguments are known to be usable, so that a usage
// error or --help answers at once.

/**
 * From this many articles the default is one worker thread per core: below it, starting the threads (bundling the
 * worker, then each thread compiles the lexicon and warms up) costs about what it saves. Measured on 2 cores with
 * generated articles (extract step): 2,000 articles took 3.39 s in-process and 3.33 s with 2 workers; 10,000 took
 * 14.1 s and 10.0 s.
 */
const PARALLEL_FROM = 2500;

const USAGE =
  'usage: npm run extract -- [--in DIR] [--out FILE] [--lexicon DIR] [--lexicon-extra FILE] [--workers N] [--debug] [--help]';
const HELP = `${USAGE}

Reads every article under DIR (recursively): .md and .txt files, saved web pages (.html, .htm), and
collections with one article per row (.csv, .jsonl, .json; not lexicon.json or corrections.json at the top).
Extracts dated events and writes FILE (events.json) plus, beside it, texts/<article id>.<hash>.txt with each
article's text (one events file per folder).

  --in DIR        articles folder (default: data/articles)
  --out FILE      events file to write (default: public/events.json, the file the app loads)
  --lexicon DIR   actors, places and event types (default: data/lexicon)
  --lexicon-extra FILE
                  an overlay of actors, aliases and places merged over the lexicon (repeatable); a lexicon.json
                  in the input folder is merged first
  --workers N     threads extracting articles (default: one per core from ${PARALLEL_FROM} articles, else 1 =
                  in-process); the output is byte-identical whatever N is
                  (a corrections.json in the input folder is applied to the events last: see README)
  --debug         print what was excluded as page furniture, and why candidate events were dropped or merged
  --help          this text

Exit: 0 all input used as given; 1 some input not used as given (files or rows rejected, a published date or
link dropped, a correction not applied; the rest is written); 2 usage error; 3 nothing written (invalid output, a bug; or a write error).`;

/**
 * Set by scripts/run-extract.mjs when it bundles the CLI: the repository's root seen from the bundle's folder
 * (build/extract/). Under tsx this file is in scripts/, one folder down.
 */
declare const __CT_REPO_ROOT__: string | undefined;
const ROOT = fileURLToPath(new URL(typeof __CT_REPO_ROOT__ === 'string' ? __CT_REPO_ROOT__ : '../', import.meta.url));

/** Progress lines appear only for inputs at least this large. */
const PROGRESS_FROM = 200;

function fail(code: number, message: string, usage = false): never {
  process.stderr.write(`extract: ${message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

/** One progress reporter per step: on a terminal a line updated in place, in logs a line every 10 s. */
function progress(label: string): (done: number, total: number) => void {
  return progressLine(`extract: ${label}`, {
    write: (s) => process.stderr.write(s),
    isTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
    from: PROGRESS_FROM,
  });
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string', default: 'data/articles' },
        out: { type: 'string', default: 'public/events.json' },
        lexicon: { type: 'string', default: 'data/lexicon' },
        'lexicon-extra': { type: 'string', multiple: true, default: [] },
        workers: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(2, (e as Error).message, true);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const started = performance.now();
  const out = values.out;
  if (!out.endsWith('.json')) fail(2, `--out must name a .json file: ${out}`, true);
  const workersWanted = values.workers === undefined ? undefined : Number(values.workers);
  if (workersWanted !== undefined && !(Number.isInteger(workersWanted) && workersWanted >= 1)) {
    fail(2, `--workers must be a positive integer: ${values.workers}`, true);
  }

  // The lexicon first, before the pipeline's modules (chrono, the lemmatizer's word lists: about half a second of
  // module start-up) are evaluated: a bad lexicon is reported at once, and the run has its lexicon loaded sooner.
  const [lexiconModule, lexiconReader, indexFile] = await Promise.all([
    import('../src/pipeline/lexicon/index.ts'),
    import('./lib/readLexicon.ts'),
    import('./lib/gazetteerIndexFile.ts'),
  ]);
  const { compileLexicon } = lexiconModule;
  const { readLexiconForRun } = lexiconReader;
  // The built-in lexicon's gazetteer is read from its prebuilt index (made by build-lexicon, else by the first
  // run); another lexicon folder is read from its JSON, as given, at each run.
  const gazetteerIndex = indexFile.builtInGazetteerIndex(values.lexicon, ROOT);
  let rawLexicon, lexicon;
  try {
    const run = readLexiconForRun(values.lexicon, values.in, values['lexicon-extra'], {
      ...(gazetteerIndex === undefined ? {} : { gazetteerIndex }),
    });
    rawLexicon = run.raw;
    lexicon = compileLexicon(rawLexicon);
    for (const f of run.overlays) process.stderr.write(`extract: lexicon overlay ${f}\n`);
  } catch (e) {
    fail(2, `lexicon: ${(e as Error).message}`, true);
  }
  const lexiconDone = performance.now();

  const [model, quick, eventsFile, pipeline, atomic, articleDir, parallel] = await Promise.all([
    import('../src/model/index.ts'),
    import('../src/model/quickCheck.ts'),
    import('../src/pipeline/assemble/eventsFile.ts'),
    import('../src/pipeline/index.ts'),
    import('./lib/atomicWrite.ts'),
    import('./lib/readArticleDir.ts'),
    import('./lib/parallelExtract.ts'),
  ]);
  const { readCorrectionsForRun } = await import('./lib/readCorrections.ts');
  const { checkSourceOffsets, eventsFileSchema, formatInputProblem, parseEventsFile } = model;
  const { buildEventsFile, TEXTS_FOLDER } = eventsFile;
  const { createDefaultConfig, runPipeline } = pipeline;
  const { writeFileAtomic, writeFilesThenCommit } = atomic;
  const { ArticleDirError, readArticleDir } = articleDir;
  const { runPipelineInWorkers } = parallel;

  let corrections;
  try {
    corrections = readCorrectionsForRun(values.in);
  } catch (e) {
    fail(2, (e as Error).message, true);
  }
  if (corrections !== null) {
    process.stderr.write(`extract: corrections ${corrections.path} (${corrections.entries.length} entries)\n`);
    for (const p of corrections.problems) process.stderr.write(`extract: warning ${p}; not applied\n`);
  }

  const today = new Date(Date.now()).toISOString().slice(0, 10);
  let contents;
  try {
    const readProgress = progress('read');
    contents = await readArticleDir(values.in, { today, onProgress: (p) => readProgress(p.done, p.total) });
  } catch (e) {
    if (e instanceof ArticleDirError) fail(2, e.message, true);
    throw e;
  }
  const { articles, rejected } = contents;
  for (const p of rejected) process.stderr.write(`extract: rejected ${formatInputProblem(p)}\n`);

  const readDone = performance.now();
  const workers = workersWanted ?? (articles.length >= PARALLEL_FROM ? availableParallelism() : 1);
  const acledByType = lexicon.acledByType;
  const { curatedPlaceLookup } = await import('../src/pipeline/corrections/placeNamed.ts');
  const runOptions = {
    debug: values.debug,
    onArticle: progress('extracted'),
    ...(corrections === null
      ? {}
      : {
          corrections: {
            entries: corrections.entries,
            file: corrections.path,
            acledOf: (t: EventType) => acledByType[t],
            placeNamed: curatedPlaceLookup(lexicon),
          },
        }),
  };
  const result =
    workers > 1
      ? await runPipelineInWorkers(articles, rawLexicon, workers, runOptions)
      : runPipeline(articles, lexicon, createDefaultConfig(), runOptions);
  const extractDone = performance.now();
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  if (values.debug) {
    for (const r of result.articles) {
      const text = texts.get(r.id) ?? '';
      for (const x of r.excluded) {
        const shown = JSON.stringify(text.slice(x.start, x.end).slice(0, 60));
        process.stderr.write(`extract: debug: ${r.id}:${x.start}-${x.end} excluded (${x.reason}): ${shown}\n`);
      }
    }
    for (const n of result.notes) process.stderr.write(`extract: debug: ${n}\n`);
  }

  const extras = new Map<string, ArticleExtras>();
  for (const r of result.articles) {
    // The reader's warnings about an article come first, as they were printed.
    const read = (contents.articleWarnings.get(r.id) ?? []).map(formatInputProblem);
    extras.set(r.id, {
      referenceInferred: r.referenceInferred,
      warnings: [...read, ...r.warnings],
      excluded: r.excluded,
    });
  }
  for (const w of contents.warnings) process.stderr.write(`extract: warning ${formatInputProblem(w)}\n`);
  for (const w of result.warnings) process.stderr.write(`extract: warning ${w}\n`);

  const { lexiconActorFacts } = await import('../src/pipeline/assemble/actorTable.ts');
  const file = buildEventsFile(result.events, articles, extras, lexiconActorFacts(rawLexicon, lexicon));
  // Validated once, as the value that is then written: a failure here is a bug in the pipeline, never the
  // input's fault. (zod refuses what JSON would change silently: NaN, Infinity, a missing required field.) The
  // schema's yes-only reading (quickCheck.ts) accepts a valid file without zod's copy of it (10,000 generated
  // articles: 0.14–0.20 s of CPU against zod's 1.1–1.3 s); zod runs on any other, and says what is wrong.
  try {
    if (quick.quickCheck(eventsFileSchema)?.(file) !== true) parseEventsFile(file);
  } catch (e) {
    fail(3, `output failed validation (a bug, nothing written):\n${(e as Error).message}`);
  }
  const json = `${JSON.stringify(file, null, 1)}\n`;
  const problems = checkSourceOffsets(file, (id) => texts.get(id));
  if (problems.length > 0) fail(3, `output failed validation (a bug, nothing written):\n${problems.join('\n')}`);

  // Texts first (content-addressed names), then the file that points to them, then old texts are removed: a
  // crash at any moment leaves an events.json whose texts all exist with the content it was extracted from.
  const textFolder = join(dirname(out), TEXTS_FOLDER);
  const writeStart = performance.now();
  if (articles.length >= PROGRESS_FROM) process.stderr.write(`extract: writing ${out} and ${articles.length} texts\n`);
  let committed = false;
  try {
    await writeFilesThenCommit(
      textFolder,
      // The names events.json gives (content-hashed once, in buildEventsFile), each with the text it names.
      file.articles.map((a) => {
        const text = texts.get(a.id);
        if (a.textFile === undefined || text === undefined) throw new Error(`bug: no text file for article ${a.id}`);
        return [a.textFile.slice(TEXTS_FOLDER.length + 1), text] as const;
      }),
      async () => {
        await writeFileAtomic(out, json);
        committed = true;
      },
    );
  } catch (e) {
    // A folder or disk the user chose that cannot take the output: say where and why, not a stack trace.
    const failure = describeWriteFailure(e);
    if (failure === null) throw e;
    const where = failure.path === out || failure.path === '' ? '' : `${failure.path}: `;
    fail(
      3,
      committed
        ? `${out} was written, but old texts beside it were not removed: ${where}${failure.reason}`
        : `${out} not written: ${where}${failure.reason} (an earlier one, if any, is left as it was)`,
    );
  }

  const end = performance.now();
  // Where the time went, so a slow step shows without a profiler.
  const phases =
    // performance.now() counts from the process's start: "loaded at" is issue 11's "lexicon loaded within 1 s of
    // starting", module loading before main() included.
    `lexicon ${seconds(lexiconDone - started)} (loaded at ${seconds(lexiconDone)}), read ${seconds(readDone - lexiconDone)}, extract ${seconds(extractDone - readDone)}, ` +
    `build + validate ${seconds(writeStart - extractDone)}, write ${seconds(end - writeStart)}`;
  const correctionsNotApplied = (corrections?.problems.length ?? 0) + result.correctionsNotApplied;
  const applied = (corrections?.entries.length ?? 0) - result.correctionsNotApplied;
  const correctionsLine =
    corrections === null
      ? ''
      : `, ${applied} correction${applied === 1 ? '' : 's'} applied` +
        (correctionsNotApplied > 0 ? ` (${correctionsNotApplied} not applied)` : '');
  const undated = contents.datesNotRead > 0 ? `, ${contents.datesNotRead} with a published date not read` : '';
  process.stderr.write(
    `extract: ${contents.files} files read, ${articles.length} articles used${undated}, ${rejected.length} rejected, ` +
      `${result.events.length} events${correctionsLine}, ${seconds(end - started)} s (${phases}) → ${out} (+ ${relative(dirname(out), textFolder) || TEXTS_FOLDER}/)\n`,
  );
  // 1: some input was not used as given (a file or row rejected, a published date or link dropped, a correction
  // not applied).
  process.exitCode = rejected.length > 0 || contents.fieldsDropped > 0 || correctionsNotApplied > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(3);
});
