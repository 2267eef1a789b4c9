/**
 * The pipeline is data: which text rules, extraction stages and refiners run, in which order. Each placement
 * has its reason next to it. Tests build their own configs (fake stages, one refiner) from the same parts.
 */
import { findDateMentions, inferReferenceDate } from './dates/index.ts';
import {
  articleContext,
  classifyEvent,
  findActors,
  findPlaces,
  type ArticleContext,
  type CompiledLexicon,
} from './lexicon/index.ts';
import type { Stages } from './assemble/stages.ts';
import type { ArticleDocument } from './text/articleDocument.ts';
import { BOILERPLATE_RULES, type BoilerplateRule } from './text/boilerplate.ts';
import { filterUnlikely } from './refiners/filterUnlikely.ts';
import { mergeSameEvent } from './refiners/mergeSameEvent.ts';
import type { Refiner } from './refiners/refiner.ts';

export interface PipelineConfig<L> {
  /** Rules that mark page furniture and comments as excluded before any sentence is read. */
  readonly boilerplate: readonly BoilerplateRule[];
  /**
   * The extraction stages (dates, actors, places, event types), bound to the lexicon of the run, then to each
   * article's document: every stage reads the article's sentences and tokens from it.
   */
  readonly stages: (lexicon: L) => StagesFor;
  /** Applied in order to all candidates of all articles together. */
  readonly refiners: readonly Refiner[];
}

/** The stages for one article, reading from its document. */
export type StagesFor = (document: ArticleDocument) => Stages;

export function bindLexiconStages(lexicon: CompiledLexicon): StagesFor {
  return (document) => {
    // The article's lexicon context (its place clues and the matcher scans of each span, over the document's
    // tokens) lives as long as the article: the stages are called sentence by sentence and share it.
    const article = articleContext(lexicon, document);
    const contextOf = (text: string): ArticleContext => {
      if (text !== document.text) throw new Error('a lexicon stage was called with a text other than its article’s');
      return article;
    };
    return lexiconStages(lexicon, contextOf);
  };
}

function lexiconStages(lexicon: CompiledLexicon, contextOf: (text: string) => ArticleContext): Stages {
  return {
    dates: { findDateMentions, inferReferenceDate },
    lexicon: {
      // The whole text goes along so that a context alias ("government forces") or an ambiguous place name is
      // resolved from the rest of the article.
      findActors: (text, span) => findActors(lexicon, text, span, contextOf(text)),
      findPlaces: (text, span) => findPlaces(lexicon, text, span, contextOf(text)),
      classifyEvent: (text, span, actors) => classifyEvent(lexicon, text, span, actors, contextOf(text)),
      actorKind: (actor) => lexicon.actorByName.get(actor)?.kind,
      acledOf: (type) => lexicon.acledByType[type],
    },
  };
}

export function createDefaultConfig(): PipelineConfig<CompiledLexicon> {
  return {
    // Boilerplate first: a date in a footer or a reader comment must never reach the date stage.
    boilerplate: BOILERPLATE_RULES,
    stages: bindLexiconStages,
    refiners: [
      // Filter before merging: a duration or a bare publication date must not pull real reports into one event.
      filterUnlikely(),
      // Merge last, across all articles: it needs every report of an event, each already judged on its own.
      mergeSameEvent,
    ],
  };
}
