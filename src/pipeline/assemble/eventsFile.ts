/**
 * The events.json value for a run: events plus one entry per article, whose text lives in a file beside
 * events.json (`texts/<id>.<hash>.txt`), so that swapping events.json and its texts folder swaps a built site's
 * data. The name carries a hash of the text: a file's name changes whenever its content does, so an events.json
 * left over from a crashed run never meets a text it was not extracted from (see writeFilesThenCommit).
 */
import { hash } from 'node:crypto';
import type { Article, EventsFile, TimelineEvent } from '../../model/index.ts';
import { EVENTS_FILE_VERSION, httpUrl } from '../../model/index.ts';
import { actorTable, type ActorFacts } from './actorTable.ts';

/** Folder, relative to events.json, that holds the article texts. */
export const TEXTS_FOLDER = 'texts';

const TEXT_HASH_LENGTH = 12;

/** `texts/<id>.<hash>.txt`; ids may contain `/`, which become subfolders. */
export function textFileOf(id: string, text: string): string {
  const digest = hash('sha256', text, 'hex').slice(0, TEXT_HASH_LENGTH);
  return `${TEXTS_FOLDER}/${id}.${digest}.txt`;
}

export interface ArticleExtras {
  readonly referenceInferred: boolean;
  readonly warnings: readonly string[];
  /** Page furniture left out of extraction (see text/boilerplate.ts). */
  readonly excluded?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly reason: string }>;
}

/**
 * `actorFacts`: the kind of an actor by name (see actorTable.ts); without it the file has no actor table, as
 * files written before the table existed.
 */
export function buildEventsFile(
  events: readonly TimelineEvent[],
  articles: readonly Article[],
  extras: ReadonlyMap<string, ArticleExtras>,
  actorFacts?: (name: string) => ActorFacts | undefined,
): EventsFile {
  return {
    version: EVENTS_FILE_VERSION,
    events: [...events],
    articles: articles.map((a) => {
      const more = extras.get(a.id);
      const warnings = [...(more?.warnings ?? [])];
      // The contract only admits http(s) links; anything else is dropped here with a warning, not rendered.
      const url = a.url !== null && httpUrl.safeParse(a.url).success ? a.url : null;
      if (a.url !== null && url === null) warnings.push(`url dropped (not an http(s) link): ${a.url}`);
      return {
        id: a.id,
        title: a.title,
        publisher: a.publisher,
        url,
        published: a.published,
        textFile: textFileOf(a.id, a.text),
        ...(more?.referenceInferred === true ? { referenceInferred: true } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(more?.excluded !== undefined && more.excluded.length > 0
          ? { excluded: more.excluded.map((x) => ({ start: x.start, end: x.end, reason: x.reason })) }
          : {}),
      };
    }),
    ...(actorFacts === undefined ? {} : { actors: actorTable(events, actorFacts) }),
  };
}
