/**
 * One run-on measurement in its own process (issue 14's time bound):
 *   node --import tsx scripts/bench/runOnChild.ts --bytes 1800000 --seed 1 [--lexicon DIR] [--no-published]
 * Generates the seeded run-on article (scripts/synthetic/runOnArticle.ts), then times runPipeline on it alone.
 * With --no-published the article has no published date, so its reference is inferred from the text first.
 * Prints one JSON line: {bytes, ms, cpuMs, events} or {unavailable}. CPU time is printed beside wall time: on a
 * shared machine the wall time also counts the other processes' turns.
 */
import { parseArgs } from 'node:util';
import { readLexiconVocabulary } from '../synthetic/lexiconVocabulary.ts';
import { runOnArticle } from '../synthetic/runOnArticle.ts';
import { loadPipeline } from './pipelineEntry.ts';

const { values } = parseArgs({
  options: {
    bytes: { type: 'string', default: '1800000' },
    seed: { type: 'string', default: '1' },
    lexicon: { type: 'string', default: 'data/lexicon' },
    'no-published': { type: 'boolean', default: false },
  },
});
const text = runOnArticle(Number(values.seed), Number(values.bytes), readLexiconVocabulary(values.lexicon));
const pipeline = await loadPipeline(values.lexicon);
if ('unavailable' in pipeline) {
  process.stdout.write(`${JSON.stringify({ unavailable: pipeline.unavailable })}\n`);
  process.exit(0);
}
const article = { id: 'run-on', title: null, publisher: null, url: null, published: values['no-published'] ? null : '2023-12-31', text };
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const events = pipeline.run([article]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ bytes: Buffer.byteLength(text, 'utf8'), ms, cpuMs, events })}\n`);
