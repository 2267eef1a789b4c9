/**
 * TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), for a published story: one
 * slide per event, grouped in lanes by its first actor. TimelineJS renders headline and text as HTML, and both
 * come from article text (untrusted), so every piece of it is escaped and only http(s) links are written.
 */
import type { EventsFile, TimelineEvent } from '../model/index.ts';
import { articleIndex, httpLink } from './articleIndex.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsDocument {
  events: TimelineJsSlide[];
}

/** The lane of an event with no actor: TimelineJS would otherwise put it in an unnamed group. */
export const NO_ACTOR_GROUP = '(no actor named)';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it literally, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Only the parts the date string has: `2016` → year, `2016-03` → year and month, a full date → all three. */
export function timelineJsDate(date: string): TimelineJsDate {
  const [year, month, day] = date.split('-').map(Number);
  return {
    year: year!,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

function slide(event: TimelineEvent, articles: ReturnType<typeof articleIndex>): TimelineJsSlide {
  const paragraphs = event.sources.map((s) => {
    const article = articles.get(s.article);
    const url = httpLink(article);
    const name = escapeHtml(article?.title || article?.publisher || s.article);
    const link = url === null ? name : `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${name}</a>`;
    return `<p>${escapeHtml(s.sentence)} (${link})</p>`;
  });
  return {
    unique_id: event.id,
    start_date: timelineJsDate(event.date.start),
    ...(event.date.end !== undefined ? { end_date: timelineJsDate(event.date.end) } : {}),
    text: { headline: escapeHtml(event.title), text: paragraphs.join('') },
    group: event.actors[0] ?? NO_ACTOR_GROUP,
  };
}

export function toTimelineJs(file: EventsFile): TimelineJsDocument {
  const articles = articleIndex(file);
  return { events: file.events.map((e) => slide(e, articles)) };
}

export function toTimelineJsText(file: EventsFile): string {
  return JSON.stringify(toTimelineJs(file), null, 2) + '\n';
}
