import { useEffect, useState } from 'react';
import { useTimelineStore } from '../../store/index.ts';

/** Search over titles and source sentences; the store (and the URL) follow a moment after typing stops. */
export function SearchBox() {
  const query = useTimelineStore((s) => s.filters.query);
  const setQuery = useTimelineStore((s) => s.setQuery);
  const [draft, setDraft] = useState(query);
  const [lastQuery, setLastQuery] = useState(query);
  if (query !== lastQuery) {
    // The query changed from outside (back/forward, reset): show it.
    setLastQuery(query);
    setDraft(query);
  }
  useEffect(() => {
    if (draft === query) return;
    const t = setTimeout(() => setQuery(draft), 200);
    return () => clearTimeout(t);
  }, [draft, query, setQuery]);
  return (
    <div className="search" role="search">
      <input
        type="search"
        aria-label="Search titles and sources"
        placeholder="Search titles and sources"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setQuery(draft);
        }}
      />
    </div>
  );
}
