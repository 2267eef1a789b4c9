/**
 * Entry of the extraction worker threads (scripts/lib/parallelExtract.ts). Plain JavaScript because a worker
 * thread does not reliably inherit tsx's loader from the main thread: it registers tsx itself, then loads the
 * TypeScript task.
 */
import { register } from 'tsx/esm/api';

register();
const { extractBatch } = await import('./extractWorkerTask.ts');

export default extractBatch;
