/**
 * runPipeline: articles in, events.json events out. Pure: no file system, no clock; the CLI (scripts/extract.ts)
 * does the reading and writing. Stages: boilerplate → sentences → dates → dated clauses with actors, places and
 * types → refiners (filter, merge) → events with stable ids, sorted.
 */
import type { Article, TimelineEvent } from '../model/index.ts';
import { assembleArticle } from './assemble/assembleArticle.ts';
import { draftOf, type EventDraft } from './assemble/candidate.ts';
import { addressDrafts, eventsOf, toTimelineEvents } from './assemble/toTimelineEvent.ts';
import { applyCorrections, type CorrectionEntry, type CorrectionOptions } from './corrections/applyCorrections.ts';
import { createDefaultConfig, type PipelineConfig, type StagesFor } from './config.ts';
import type { CompiledLexicon } from './lexicon/index.ts';
import type { RefinerContext } from './refiners/refiner.ts';
import { readDocument } from './text/articleDocument.ts';
import type { ExcludedSpan } from './text/boilerplate.ts';
import { MAX_SENTENCE_CHARS } from './text/sentences.ts';
import type { ReferenceDate } from './types.ts';

export type { PipelineConfig, StagesFor } from './config.ts';
export { createDefaultConfig, bindLexiconStages } from './config.ts';

export interface ArticleReport {
  readonly id: string;
  /** The date relative expressions were read against; null when none was given or found. */
  readonly reference: ReferenceDate | null;
  /** True when the reference was estimated from the text. */
  readonly referenceInferred: boolean;
  /** Parts of the text left out as page furniture or comments. */
  readonly excluded: readonly ExcludedSpan[];
  readonly sentences: number;
  readonly warnings: readonly string[];
}

export interface PipelineResult {
  readonly events: readonly TimelineEvent[];
  readonly articles: readonly ArticleReport[];
  /** One line per problem, prefixed with the article id (or corrections.json for a correction not applied). */
  readonly warnings: readonly string[];
  /** How many corrections.json entries could not be applied (each also has a warning). */
  readonly correctionsNotApplied: number;
  /** What the refiners did and why (only filled when `debug` is set). */
  readonly notes: readonly string[];
}

export interface RunOptions {
  /** Collect the refiners' notes (why a candidate was dropped or merged). */
  readonly debug?: boolean;
  /** Called after each article, for progress on large inputs. */
  readonly onArticle?: (done: number, total: number) => void;
  /** The analyst's corrections (corrections.json), applied to the events last. */
  readonly corrections?: CorrectionOptions & { readonly entries: readonly CorrectionEntry[] };
}

function referenceOf(article: Article, infer: (text: string) => ReferenceDate | null): ReferenceDate | null {
  if (article.published !== null) return { date: article.published, basis: 'published' };
  return infer(article.text);
}

/** With the default config (the lexicon stages of src/pipeline/lexicon). */
export function runPipeline(
  articles: readonly Article[],
  lexicon: CompiledLexicon,
  config?: PipelineConfig<CompiledLexicon>,
  options?: RunOptions,
): PipelineResult;
/** With any config, e.g. fake stages in tests. */
export function runPipeline<L>(
  articles: readonly Article[],
  lexicon: L,
  config: PipelineConfig<L>,
  options?: RunOptions,
): PipelineResult;
export function runPipeline<L>(
  articles: readonly Article[],
  lexicon: L,
  config: PipelineConfig<L> = createDefaultConfig() as unknown as PipelineConfig<L>,
  options: RunOptions = {},
): PipelineResult {
  const stages = config.stages(lexicon);
  const extractions = articles.map((article, index) => {
    const extraction = extractArticle(article, stages, config);
    options.onArticle?.(index + 1, articles.length);
    return extraction;
  });
  return refineExtractions(extractions, config, options);
}

/**
 * What one article yields before the cross-article refiners: its report and its event drafts. Plain data that
 * survives a structured clone (no functions; refiners compare values, not identities), so a worker can make it.
 */
export interface ArticleExtraction {
  readonly report: ArticleReport;
  readonly drafts: readonly EventDraft[];
}

/**
 * The per-article half of runPipeline: boilerplate, sentences, reference date, dated clauses. Depends on nothing
 * but the article and the stages, so articles can be extracted in any order or in parallel.
 */
export function extractArticle<L>(
  article: Article,
  stagesFor: StagesFor,
  config: PipelineConfig<L>,
): ArticleExtraction {
  const warnings: string[] = [];
  // The article is read once (furniture, bounded sentences, tokens); every stage reads from this document.
  const { document, excluded, cut } = readDocument(article.text, article.title, config.boilerplate);
  const { sentences } = document;
  if (cut > 0) {
    warnings.push(
      `${cut} run-on sentence${cut === 1 ? '' : 's'} longer than ${MAX_SENTENCE_CHARS} characters cut into pieces at clause boundaries`,
    );
  }
  const stages = stagesFor(document);
  const reference = referenceOf(article, stages.dates.inferReferenceDate);
  if (article.published === null) {
    warnings.push(
      reference === null
        ? 'no published date and none could be inferred from the text: its dates were not read'
        : `no published date; relative dates read against ${reference.date}, inferred from the text`,
    );
  }
  const drafts = reference === null ? [] : assembleArticle({ article, reference, sentences }, stages).map(draftOf);
  return {
    report: {
      id: article.id,
      reference,
      referenceInferred: reference?.basis === 'inferred',
      excluded,
      sentences: sentences.length,
      warnings,
    },
    drafts,
  };
}

/**
 * The cross-article half of runPipeline: the refiners (filter, merge) over all drafts, then the events. The
 * extractions must be in input order: the refiners' results depend on the order of their input.
 */
export function refineExtractions<L>(
  extractions: readonly ArticleExtraction[],
  config: PipelineConfig<L>,
  options: Pick<RunOptions, 'debug' | 'corrections'> = {},
): PipelineResult {
  const reports = extractions.map((x) => x.report);
  const drafts = extractions.flatMap((x) => x.drafts);
  const references = new Map<string, ReferenceDate>();
  for (const r of reports) if (r.reference !== null) references.set(r.id, r.reference);

  const notes: string[] = [];
  const ctx: RefinerContext = {
    references,
    note: options.debug === true ? (message) => notes.push(message()) : () => undefined,
  };
  const refined = config.refiners.reduce<readonly EventDraft[]>((xs, refine) => refine(ctx, xs), drafts);
  // The analyst's corrections come last, after every refiner: they overrule what extraction decided, so nothing
  // may run after them, and they name events by the ids this extraction gives (addressDrafts).
  const entries = options.corrections?.entries ?? [];
  const corrected =
    entries.length === 0
      ? null
      : applyCorrections(addressDrafts(refined), entries, { acledOf: () => null, ...options.corrections });
  return {
    events: corrected === null ? toTimelineEvents(refined) : eventsOf(corrected.addressed),
    articles: reports,
    warnings: [...reports.flatMap((r) => r.warnings.map((w) => `${r.id}: ${w}`)), ...(corrected?.warnings ?? [])],
    correctionsNotApplied: corrected?.notApplied ?? 0,
    notes,
  };
}
