/** Layout only: header with search, filters, timeline and event list, source panel. */
import { useTimelineStore } from './store/index.ts';
import { selectFilterResult } from './store/selectors.ts';
import { useUrlSync } from './store/useUrlSync.ts';
import { FilterBar } from './panels/FilterBar.tsx';
import { SearchBox } from './panels/SearchBox.tsx';
import { SourcePanel } from './panels/SourcePanel.tsx';
import { EventTable } from './panels/EventTable.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { SkipLink } from './timeline/SkipLink.tsx';

export function App() {
  const status = useTimelineStore((s) => s.status);
  const loadError = useTimelineStore((s) => s.loadError);
  const index = useTimelineStore((s) => s.index);
  const passing = useTimelineStore((s) => selectFilterResult(s).passing.length);
  useUrlSync();
  if (status === 'loading') {
    return (
      <main className="status">
        <p>Loading events…</p>
      </main>
    );
  }
  if (status === 'error' || index === null) {
    return (
      <main className="status">
        <div role="alert" className="load-error">
          <h1>The timeline could not be shown</h1>
          <pre>{loadError ?? 'Unknown error.'}</pre>
        </div>
      </main>
    );
  }
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <h1>Conflict timeline</h1>
        <p className="summary">
          {passing} of {index.events.length} events · {index.articles.size} articles
        </p>
        <SearchBox />
      </header>
      <FilterBar index={index} />
      <main className="main">
        {index.events.length === 0 ? <p className="empty">events.json holds no events.</p> : <Timeline index={index} />}
      </main>
      <SourcePanel index={index} />
      <EventTable index={index} />
    </div>
  );
}
