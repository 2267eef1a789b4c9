import { useEffect } from 'react';
import type { ArticleEntry } from '../../../model/index.ts';
import { fetchArticleText } from '../../data/articleText.ts';
import { useTimelineStore } from '../../store/index.ts';
import type { TextState } from '../../store/dataSlice.ts';

/** The text of an article, fetched the first time a source of it is opened and kept in the store after. */
export function useArticleText(article: ArticleEntry | undefined): TextState | undefined {
  const state = useTimelineStore((s) => (article === undefined ? undefined : s.texts.get(article.id)));
  const eventsUrl = useTimelineStore((s) => s.eventsUrl);
  const setText = useTimelineStore((s) => s.setText);
  useEffect(() => {
    if (article === undefined || state !== undefined || eventsUrl === null) return;
    if (article.text !== undefined) {
      setText(article.id, { status: 'ready', text: article.text });
      return;
    }
    setText(article.id, { status: 'loading' });
    fetchArticleText(article, eventsUrl, (u) => fetch(u))
      .then((text) => setText(article.id, { status: 'ready', text }))
      .catch((e: unknown) =>
        setText(article.id, { status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
  }, [article, state, eventsUrl, setText]);
  if (article?.text !== undefined) return { status: 'ready', text: article.text };
  return state;
}
