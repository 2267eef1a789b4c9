/**
 * A synthetic events.json of exactly `n` events for the browser benchmarks: the events planted in synthetic
 * articles, with real sentences and offsets into real texts, so the app exercises its whole path (lanes per
 * actor, places, source panel) and not a stripped-down item list. Valid against src/model/schema.ts.
 */
import { EVENTS_FILE_VERSION, type ArticleEntry, type EventsFile, type TimelineEvent } from '../../src/model/index.ts';
import { generateArticle, type GeneratedArticle, type PlantedEvent } from './article.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface EventsFileOptions {
  readonly n: number;
  readonly seed: number;
  readonly vocabulary: Vocabulary;
  /**
   * 'inline': texts inside events.json; 'files': each article names `texts/<id>.txt` beside events.json, which
   * is what on-demand text loading needs (the texts are then returned in `textFiles`).
   */
  readonly texts?: 'inline' | 'files';
}

export interface GeneratedEventsFile {
  readonly file: EventsFile;
  /** Path relative to events.json → content, when texts are 'files'. */
  readonly textFiles: ReadonlyMap<string, string>;
}

/** More events per article than the extraction corpus: keeps 100,000 events to about 12,000 short texts. */
const EVENT_ARTICLE_OPTIONS = { minEvents: 4, maxEvents: 12 } as const;

export function toTimelineEvent(article: GeneratedArticle, e: PlantedEvent, k: number): TimelineEvent {
  return {
    id: `${article.id}-${k}`,
    date: e.date,
    type: e.type,
    title: e.title,
    actors: [...e.actors],
    location: {
      name: e.place.canonical,
      lat: e.place.lat,
      lon: e.place.lon,
      country: e.place.country,
      countryCode: null,
      admin1: null,
    },
    sources: [
      {
        article: article.id,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        dateText: e.dateText,
        resolvedAgainst: e.resolvedAgainst,
      },
    ],
  };
}

export function generateEventsFile(options: EventsFileOptions): GeneratedEventsFile {
  const textMode = options.texts ?? 'inline';
  const events: TimelineEvent[] = [];
  const articles: ArticleEntry[] = [];
  const textFiles = new Map<string, string>();
  for (let index = 0; events.length < options.n; index++) {
    const article = generateArticle(options.seed, index, options.vocabulary, EVENT_ARTICLE_OPTIONS);
    const wanted = article.events.slice(0, options.n - events.length);
    wanted.forEach((e, k) => events.push(toTimelineEvent(article, e, k)));
    const textFile = `texts/${article.id}.txt`;
    if (textMode === 'files') textFiles.set(textFile, article.text);
    articles.push({
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      published: article.published,
      ...(textMode === 'files' ? { textFile } : { text: article.text }),
    });
  }
  return { file: { version: EVENTS_FILE_VERSION, events, articles }, textFiles };
}
