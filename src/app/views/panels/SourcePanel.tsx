/**
 * The sentence behind an event, in its article: title, publisher, date, a link to the original (http/https
 * only), and the whole text with the sentence in a <mark> (scrolled into view) and its date expression
 * emphasized. Article text and metadata reach the DOM only as React text children.
 */
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { ArticleEntry, Source, TimelineEvent } from '../../../model/index.ts';
import { formatDateString, formatEventDate } from '../../core/formatDate.ts';
import { useTimelineStore } from '../../store/index.ts';
import { selectSelectedIndex } from '../../store/selectors.ts';
import { articlePublisher, articleTitle } from '../../core/sources/articleName.ts';
import { highlightRuns, type Run } from '../../core/sources/highlight.ts';
import { sourceOrder } from '../../core/sources/sourceOrder.ts';
import { CorrectedNote } from './CorrectedNote.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { useArticleText } from './useArticleText.ts';
import { useDataIndex } from '../../store/useDataIndex.ts';

/** Only absolute http(s) URLs become links; anything else is shown as nothing. */
export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Where the sentence is: its offsets when they slice it exactly, else its first occurrence, else nowhere. */
export function locateSentence(text: string, source: Source): [number, number] | null {
  if (text.slice(source.start, source.end) === source.sentence) return [source.start, source.end];
  const at = text.indexOf(source.sentence);
  return at >= 0 ? [at, at + source.sentence.length] : null;
}

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
        <ArticleView article={article} source={source} />
      )}
    </div>
  );
}

function ArticleView({ article, source }: { article: ArticleEntry; source: Source }) {
  const text = useArticleText(article);
  const query = useTimelineStore((s) => s.filters.query);
  const href = safeHref(article.url);
  const title = articleTitle(article);
  return (
    <article className="article" aria-labelledby="article-title">
      <h3 id="article-title" className={title.given ? undefined : 'untitled'}>
        {title.text}
      </h3>
      {title.given ? null : <p className="article-meta">The article gives no title.</p>}
      <p className="article-meta">
        {articlePublisher(article)}
        {article.published !== null ? ` · published ${formatDateString(article.published)}` : ''}
      </p>
      {href !== null ? (
        <p>
          <a href={href} target="_blank" rel="noopener noreferrer">
            Read the original at {new URL(href).host}
          </a>
        </p>
      ) : null}
      <p className="date-reading">
        Date read from “<em>{source.dateText}</em>”
        {source.resolvedAgainst !== undefined ? `, resolved against ${source.resolvedAgainst}` : ''}.
      </p>
      {text === undefined || text.status === 'loading' ? (
        <p className="hint">Loading the article text…</p>
      ) : text.status === 'error' ? (
        <p className="error">Could not load the article text: {text.message}</p>
      ) : (
        <ArticleText text={text.text} source={source} query={query} excluded={article.excluded} />
      )}
    </article>
  );
}

function ArticleText({
  text,
  source,
  query,
  excluded,
}: {
  text: string;
  source: Source;
  query: string;
  excluded: ArticleEntry['excluded'];
}) {
  const markRef = useRef<HTMLElement>(null);
  const sentence = locateSentence(text, source);
  const runs = highlightRuns({ text, sentence, dateText: source.dateText, query, excluded: excluded ?? [] });
  useEffect(() => {
    const mark = markRef.current;
    if (mark === null) return;
    // Where the text (or the panel) is a scrolling box, scroll only that box: the page, the timeline and the
    // article's title and source buttons stay put. A box whose text fits needs no scroll at all; centring the
    // sentence on the page instead pushed the title out of view on phones. The page moves only as far as it
    // must to show a sentence still outside the window ('nearest': no scroll at all when it is in view).
    const box = [mark.closest<HTMLElement>('.article-text'), mark.closest<HTMLElement>('.source-panel')].find(
      (el) => el !== null && getComputedStyle(el).overflowY !== 'visible',
    );
    if (box !== undefined && box !== null && box.scrollHeight > box.clientHeight) {
      const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += offset - Math.max(0, (box.clientHeight - mark.offsetHeight) / 2);
    }
    mark.scrollIntoView?.({ block: 'nearest', behavior: 'auto' });
  }, [text, source]);
  const out: ReactNode[] = [];
  let inside: Run[] = [];
  const flush = () => {
    if (inside.length === 0) return;
    out.push(
      <mark key={`m${inside[0]!.start}`} ref={markRef} className="sentence">
        {inside.map(renderRun)}
      </mark>,
    );
    inside = [];
  };
  for (const r of runs) {
    if (r.inSentence) inside.push(r);
    else {
      flush();
      out.push(renderRun(r));
    }
  }
  flush();
  return (
    <>
      {sentence === null ? <p className="error">The reported sentence was not found in this text.</p> : null}
      {/* Focusable: on wide screens it scrolls on its own, and keyboard users must be able to scroll it. */}
      <div className="article-text" tabIndex={0} role="region" aria-label="Article text">
        {out}
      </div>
    </>
  );
}

function renderRun(r: Run): ReactNode {
  let node: ReactNode = r.text;
  if (r.isHit) node = <span className="hit">{node}</span>;
  if (r.isDate) node = <strong className="date-expr">{node}</strong>;
  if (r.furniture !== null) {
    // Page furniture (menus, credits, a repeated headline) stays in place, dimmed, and says what it is.
    return (
      <span key={r.start} className="furniture">
        {r.furnitureStart ? <span className="furniture-label">{`page furniture: ${r.furniture}`}</span> : null}
        {node}
      </span>
    );
  }
  return r.isHit || r.isDate ? <span key={r.start}>{node}</span> : <span key={r.start}>{r.text}</span>;
}
