/** The TimelineJS3 export: one slide per event, date parts by precision, text escaped, only http(s) links. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, NO_ACTOR_GROUP, timelineJsDate, toTimelineJs, toTimelineJsText } from '../../src/export/index.ts';
import { appFixture, hostileFile } from './fixtureEvents.ts';

describe('TimelineJS export', () => {
  it('has one slide per event with the start date parts the precision allows', () => {
    const file = appFixture();
    const doc = JSON.parse(toTimelineJsText(file)) as ReturnType<typeof toTimelineJs>;
    expect(doc.events).toHaveLength(file.events.length);
    for (const [i, e] of file.events.entries()) {
      const slide = doc.events[i]!;
      expect(slide.unique_id).toBe(e.id);
      expect(slide.start_date.year).toBe(Number(e.date.start.slice(0, 4)));
      expect('month' in slide.start_date).toBe(e.date.precision !== 'year');
      expect('day' in slide.start_date).toBe(e.date.precision === 'day');
      expect(slide.group).toBe(e.actors[0] ?? NO_ACTOR_GROUP);
      expect(slide.text.headline).toBe(escapeHtml(e.title));
    }
    expect(doc.events.find((s) => s.unique_id === 'ev-caliphate')!.start_date).toEqual({ year: 2014 });
    expect(doc.events.find((s) => s.unique_id === 'ev-kobani-strikes')!.start_date).toEqual({ year: 2014, month: 10 });
    expect(doc.events.find((s) => s.unique_id === 'ev-raqqa-strikes')!.end_date).toEqual({ year: 2015, month: 8 });
  });

  it('escapes the headline and sentence, links the article when it has an http(s) url', () => {
    const [first, second] = toTimelineJs(hostileFile()).events;
    expect(first!.text.headline).toBe('+Rebels &lt;script&gt;alert(1)&lt;/script&gt; attack');
    expect(first!.text.text).not.toContain('<b>');
    expect(first!.text.text).toContain('&lt;b&gt;&quot;rebels&quot;&lt;/b&gt;, &amp; more');
    expect(first!.text.text).toContain('<a href="https://example.org/a1?x=1&amp;y=2" rel="noopener noreferrer">');
    expect(first!.text.text).toContain('A &quot;quoted&quot; title</a>');
    // The second source's article has no url: named, not linked.
    expect(first!.text.text).toContain('<p>Fighting went on. (a2)</p>');
    expect(first!.end_date).toEqual({ year: 2024, month: 2, day: 7 });
    expect(second!.group).toBe(NO_ACTOR_GROUP);
    expect(second!.start_date).toEqual({ year: 2024, month: 3 });
    expect(second!.text.text).not.toContain('<a ');
  });

  it('names an untitled article by its publisher, else its id, so that no link is left without text', () => {
    const file = hostileFile();
    const untitled = { ...file, articles: file.articles.map((a) => ({ ...a, title: '' })) };
    const text = toTimelineJs(untitled).events[0]!.text.text;
    expect(text).toContain('rel="noopener noreferrer">Wire, Inc.</a>');
    expect(text).toContain('<p>Fighting went on. (a2)</p>');
  });

  it('splits a date string into numeric parts', () => {
    expect(timelineJsDate('0999-01-05')).toEqual({ year: 999, month: 1, day: 5 });
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
});
