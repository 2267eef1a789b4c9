/**
 * One source's article: title, publisher, date, a link to the original (http/https only), and the whole text with
 * the sentence in a <mark> (scrolled into view) and its date expression emphasized. Article text and metadata
 * reach the DOM only as React text children. Loaded on demand by SourcePanel.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { ArticleEntry, Source } from '../../../model/index.ts';
import { formatDateString } from '../../core/formatDate.ts';
import { useTimelineStore } from '../../store/index.ts';
import { articlePublisher, articleTitle } from '../../core/sources/articleName.ts';
import { highlightRuns, type Run } from '../../core/sources/highlight.ts';
import { useArticleText } from './useArticleText.ts';

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

export default function ArticleView({ article, source }: { article: ArticleEntry; source: Source }) {
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
