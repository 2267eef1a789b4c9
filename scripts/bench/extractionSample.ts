/** What one extraction child reports (one JSON line on stdout). */
export interface ExtractionSample {
  /** pipeline: runPipeline on one thread; workers: the worker pool of `npm run extract -- --workers N`. */
  readonly mode: 'pipeline' | 'chrono' | 'workers';
  readonly articles: number;
  /** Files the reader refused; a generated corpus should have none. */
  readonly rejected: number;
  /** UTF-8 bytes of the article texts (front matter excluded). */
  readonly bytes: number;
  /** Wall time of the timed section, performance.now(). */
  readonly ms?: number;
  /**
   * CPU time of the timed section, user + system, of all the child's threads (process.cpuUsage): on a shared
   * machine it moves far less with the load than the wall time.
   */
  readonly cpuMs?: number;
  /** Events (pipeline) or date results (chrono) produced. */
  readonly outputs?: number;
  /** Reading + compiling the lexicon before runPipeline (pipeline mode only). */
  readonly lexiconMs?: number;
  readonly rssBeforeMB?: number;
  /** process.resourceUsage().maxRSS: the child's peak resident memory over its whole life. */
  readonly peakRssMB?: number;
  /** Why there is no measurement (e.g. the pipeline entry does not exist yet). */
  readonly unavailable?: string;
}

export interface ExtractionFigures {
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  readonly seconds: number;
  readonly peakRssMB: number;
  readonly outputs: number;
  readonly lexiconSeconds: number | null;
  /** Median CPU time (user + system) of the timed section; null when the samples do not report it. */
  readonly cpuSeconds: number | null;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median time over repetitions (the least disturbed estimate on a shared machine), highest peak memory. */
export function summarizeSamples(samples: readonly ExtractionSample[]): ExtractionFigures | { unavailable: string } {
  const measured = samples.filter((s) => s.ms !== undefined);
  if (measured.length === 0) return { unavailable: samples.find((s) => s.unavailable)?.unavailable ?? 'no sample' };
  const first = measured[0] as ExtractionSample;
  const ms = median(measured.map((s) => s.ms as number));
  return {
    seconds: ms / 1000,
    articlesPerSecond: first.articles / (ms / 1000),
    mbPerSecond: first.bytes / 1e6 / (ms / 1000),
    peakRssMB: Math.max(...measured.map((s) => s.peakRssMB ?? 0)),
    outputs: first.outputs ?? 0,
    lexiconSeconds: first.lexiconMs === undefined ? null : median(measured.map((s) => s.lexiconMs ?? 0)) / 1000,
    cpuSeconds: measured.some((s) => s.cpuMs === undefined) ? null : median(measured.map((s) => s.cpuMs ?? 0)) / 1000,
  };
}
