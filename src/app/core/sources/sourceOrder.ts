/**
 * The order the source panel steps through an event's sources: oldest article first, so a look-back piece from a
 * later year never comes before the report written at the time. Articles with no publication date come last;
 * ties keep the order of events.json. Pure: positions into `event.sources`.
 */
import type { ArticleEntry, TimelineEvent } from '../../../model/index.ts';

export function sourceOrder(event: TimelineEvent, articles: ReadonlyMap<string, ArticleEntry>): number[] {
  const published = event.sources.map((s) => articles.get(s.article)?.published ?? null);
  return event.sources
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = published[a] ?? null;
      const pb = published[b] ?? null;
      if (pa === pb) return a - b;
      if (pa === null) return 1;
      if (pb === null) return -1;
      // Date strings of mixed precision ("2015" vs "2015-05-20") compare by their common prefix first.
      return pa < pb ? -1 : pa > pb ? 1 : a - b;
    });
}
