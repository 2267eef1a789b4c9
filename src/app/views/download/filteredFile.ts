/**
 * The events file the downloads convert: the events that pass the filters (what the timeline shows), in the
 * timeline's order, with only the articles they cite, so a CSV or GeoJSON is the view and nothing more.
 */
import { EVENTS_FILE_VERSION, type ArticleEntry, type EventsFile } from '../../../model/index.ts';
import type { DataIndex } from '../../core/dataIndex.ts';

export function filteredEventsFile(index: DataIndex, passing: Uint32Array): EventsFile {
  const events = Array.from(passing, (i) => index.events[i]!);
  const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  const articles: ArticleEntry[] = [];
  for (const [id, article] of index.articles) if (cited.has(id)) articles.push(article);
  return { version: EVENTS_FILE_VERSION, events, articles };
}
