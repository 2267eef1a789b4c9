/**
 * The sentence behind an event: its title, date, type, actors and place, its sources (oldest article first) with
 * their buttons, any corrections, and below them the article (ArticleView.tsx, loaded with the first event chosen:
 * its text arrives later anyway, and the first screen stays lighter).
 */
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../../model/index.ts';
import { formatEventDate } from '../../core/formatDate.ts';
import { useTimelineStore } from '../../store/index.ts';
import { selectSelectedIndex } from '../../store/selectors.ts';
import { articlePublisher } from '../../core/sources/articleName.ts';
import { sourceOrder } from '../../core/sources/sourceOrder.ts';
import { CorrectedNote } from './CorrectedNote.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { useDataIndex } from '../../store/useDataIndex.ts';

const ArticleView = lazy(() => import('./ArticleView.tsx'));

export function SourcePanel() {
  const index = useDataIndex();
  const selectedIndex = useTimelineStore(selectSelectedIndex);
  const sourceNo = useTimelineStore((s) => s.selected?.source ?? 0);
  const event = selectedIndex >= 0 ? index.events[selectedIndex] : undefined;
  const eventId = event?.id ?? null;
  const panelRef = useRef<HTMLElement>(null);
  /** What had focus when the panel opened (a mark, a table row): it gets focus back when the panel closes. */
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (eventId === null) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panelRef.current?.contains(active)) opener.current = active;
    // Where the panel is not beside the timeline (narrow screens), bring its top (the event, its sources) into
    // view; the article text scrolls inside its own box to the sentence.
    const panel = panelRef.current;
    if (panel !== null && typeof panel.scrollIntoView === 'function') {
      const top = panel.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.5) panel.scrollIntoView({ block: 'start', behavior: 'auto' });
    }
  }, [eventId]);
  const close = useCallback(() => {
    useTimelineStore.getState().select(null);
    const back = opener.current;
    opener.current = null;
    if (back !== null && back.isConnected) back.focus();
  }, []);
  useEffect(() => {
    if (eventId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Escape in a text field clears or leaves the field; it closes the panel everywhere else.
      const t = e.target as HTMLElement | null;
      if (t !== null && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [eventId, close]);
  return (
    <section
      className={event === undefined ? 'source-panel no-event' : 'source-panel'}
      aria-labelledby="source-heading"
      ref={panelRef}
    >
      <div className="source-head">
        <h2 id="source-heading">Source</h2>
        {event === undefined ? null : (
          <button type="button" className="close-source" onClick={close} title="Close (Escape)">
            Close<span className="visually-hidden"> the source panel</span>
          </button>
        )}
      </div>
      {event === undefined ? (
        <p className="hint">Choose an event on the timeline or in the list to read the sentence that reports it.</p>
      ) : (
        <EventSource
          event={event}
          label={index.labels[selectedIndex]!}
          sourceNo={Math.min(sourceNo, event.sources.length - 1)}
        />
      )}
    </section>
  );
}

function EventSource({ event, label, sourceNo }: { event: TimelineEvent; label: string; sourceNo: number }) {
  const index = useDataIndex();
  const select = useTimelineStore((s) => s.select);
  // `sourceNo` counts in reading order (oldest article first), not in the order of events.json.
  const order = sourceOrder(event, index.articles);
  const source = event.sources[order[sourceNo] ?? 0]!;
  const article = index.articles.get(source.article);
  const n = event.sources.length;
  return (
    <div className="event-source">
      <p className="event-title">{event.title}</p>
      <p className="event-meta">
        <span className="event-date">{label}</span> · {event.type}
        {event.actors.length > 0 ? ` · ${event.actors.join(', ')}` : ''}
        {event.location !== null ? ` · ${event.location.name}` : ''}
      </p>
      <CorrectedNote records={event.corrected} />
      {event.dateConflict === true ? (
        <div className="conflict-note">
          <p>The sources disagree on the date:</p>
          <ul>
            {order.map((i) => {
              const s = event.sources[i]!;
              const a = index.articles.get(s.article);
              return (
                <li key={i}>
                  {a === undefined ? s.article : articlePublisher(a)}: {formatEventDate(s.date ?? event.date)} (“
                  {s.dateText}”)
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="source-nav">
        <span>
          {n} {n === 1 ? 'source' : 'sources'}
          {n > 1 ? ` · showing ${sourceNo + 1} of ${n}` : ''}
        </span>
        {n > 1 ? (
          <span className="source-buttons">
            <button type="button" disabled={sourceNo === 0} onClick={() => select(event.id, sourceNo - 1)}>
              Previous source
            </button>
            <button type="button" disabled={sourceNo === n - 1} onClick={() => select(event.id, sourceNo + 1)}>
              Next source
            </button>
          </span>
        ) : null}
      </div>
      <CorrectionForm index={index} event={event} source={source} />
      {article === undefined ? (
        <p className="error">The article {source.article} is not in events.json.</p>
      ) : (
        <Suspense fallback={<p className="hint">Loading the article text…</p>}>
          <ArticleView article={article} source={source} />
        </Suspense>
      )}
    </div>
  );
}
