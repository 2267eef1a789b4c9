/**
 * Converts ../shared/bench-peers' data/events-<N>.json (its gen-data.mjs format) into our events.json, so the
 * app and vis-timeline render the very same events in the side-by-side run: same dates and precisions, one lane
 * per bench group, same places. bench-peers has no texts or types, so each of its source URLs becomes one short
 * article whose sentences are the item labels, and the type is derived from the item id (documented, stable).
 */
import {
  EVENT_TYPES,
  EVENTS_FILE_VERSION,
  type ArticleEntry,
  type EventsFile,
  type Precision,
  type TimelineEvent,
} from '../../src/model/index.ts';
import { TextBuilder } from './textBuilder.ts';
import type { PlaceName } from './vocabulary.ts';

export interface BenchPeersItem {
  readonly id: number;
  readonly group: number;
  /** YYYY-MM-DD, first day of the month/year for coarser precisions. */
  readonly start: string;
  readonly precision: Precision;
  readonly location: string;
  readonly label: string;
  readonly source: { readonly url: string; readonly sentence: number };
}

export interface BenchPeersData {
  readonly extent: readonly [string, string];
  readonly groups: readonly { readonly id: number; readonly label: string }[];
  readonly items: readonly BenchPeersItem[];
}

function atPrecision(day: string, precision: Precision): string {
  return precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

/** The article id for a bench source URL: its last path segment, e.g. `bench-article-17`. */
function articleIdOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).join('-');
  return `bench-${last || 'root'}`;
}

export function convertBenchPeersData(data: BenchPeersData, places: readonly PlaceName[]): EventsFile {
  const placeByName = new Map<string, PlaceName>();
  for (const p of places) for (const s of [p.canonical, ...p.spellings]) placeByName.set(s, p);
  const groupLabel = new Map(data.groups.map((g) => [g.id, g.label]));

  // Group items by source URL in first-seen order, then write each article's text sentence by sentence.
  const byUrl = new Map<string, BenchPeersItem[]>();
  for (const item of data.items) {
    const list = byUrl.get(item.source.url);
    if (list) list.push(item);
    else byUrl.set(item.source.url, [item]);
  }
  const eventOf = new Map<BenchPeersItem, TimelineEvent>();
  const articles: ArticleEntry[] = [];
  for (const [url, items] of byUrl) {
    const id = articleIdOf(url);
    const body = new TextBuilder();
    items.forEach((item, k) => {
      if (k > 0) body.append(' ');
      const sentence = `${item.label}.`;
      const span = body.appendRecorded(sentence);
      const place = placeByName.get(item.location);
      const actor = groupLabel.get(item.group);
      eventOf.set(item, {
        id: `bench-${item.id}`,
        date: { start: atPrecision(item.start, item.precision), precision: item.precision },
        type: EVENT_TYPES[item.id % EVENT_TYPES.length] ?? 'other',
        title: item.label,
        actors: actor === undefined ? [] : [actor],
        location: place
          ? {
              name: place.canonical,
              lat: place.lat,
              lon: place.lon,
              country: place.country,
              countryCode: null,
              admin1: null,
            }
          : null,
        sources: [{ article: id, sentence, ...span, dateText: '' }],
      });
    });
    articles.push({
      id,
      title: `Bench source ${id}`,
      publisher: 'bench-peers',
      url,
      published: null,
      text: body.toString(),
    });
  }
  // Events keep the bench file's item order, so both peers receive their items in the same sequence.
  const events = data.items.map((item) => eventOf.get(item) as TimelineEvent);
  return { version: EVENTS_FILE_VERSION, events, articles };
}
