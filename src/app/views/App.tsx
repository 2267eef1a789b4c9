/** Layout only: header with search, filters, map, timeline and event list, source panel. */
import { createElement, useState, type ComponentType } from 'react';
import { useTimelineStore } from '../store/index.ts';
import { selectFilterResult } from '../store/selectors.ts';
import { useUrlSync } from '../store/useUrlSync.ts';
import { FilterBar } from './panels/FilterBar.tsx';
import { SearchBox } from './panels/SearchBox.tsx';
import { SourcePanel } from './panels/SourcePanel.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { SkipLink } from './timeline/SkipLink.tsx';
// Map: its panel is here, its code a chunk of its own (see MapPanel); on a phone views are tabs.
import { MapPanel } from './map/MapPanel.tsx';
import { useMediaQuery } from './lib/useMediaQuery.ts';
import { useImportWhenIdle } from './lib/useImportWhenIdle.ts';
import { panelId, ViewTabs, type ViewTab } from './ViewTabs.tsx';
import { DownloadMenu } from './download/DownloadMenu.tsx';
import { formatCount } from '../core/formatCount.ts';

/**
 * The event list sits below the timeline (a tab on phones), off the first screen: its code is a chunk of its own
 * (vite.config.ts), imported once the page is idle, so it never delays the timeline's first picture. Not
 * React.lazy: see useImportWhenIdle for why its first render must not be a Suspense retry.
 */
function loadEventTable(): Promise<ComponentType> {
  return import('./panels/EventTable.tsx').then(
    (m) => m.EventTable,
    (e: unknown) =>
      function EventTableLoadError() {
        return (
          <p role="alert" className="load-error">
            The event list could not be loaded: {e instanceof Error ? e.message : String(e)}
          </p>
        );
      },
  );
}

function EventList() {
  const table = useImportWhenIdle(loadEventTable);
  return table === null ? <p className="muted">Loading the event list…</p> : createElement(table);
}

/**
 * `map` false leaves the map out: the bench-peers page (bench.html) times the timeline beside vis-timeline, which
 * has no map, and the map loading in the background would land in its frames; `npm run bench:map` times the map.
 */
export function App({ map = true }: { map?: boolean }) {
  const status = useTimelineStore((s) => s.status);
  const loadError = useTimelineStore((s) => s.loadError);
  const index = useTimelineStore((s) => s.index);
  const passing = useTimelineStore((s) => selectFilterResult(s).passing.length);
  useUrlSync();
  // Map: on a phone (the stylesheet's one-column width) the timeline, map and event list are tabs (with a map).
  const narrow = useMediaQuery('(max-width: 700px)') && map;
  const [tab, setTab] = useState<ViewTab>('timeline');
  const shows = (t: ViewTab) => !narrow || tab === t;
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
          {formatCount(passing)} of {formatCount(index.events.length)} events · {formatCount(index.articles.size)}{' '}
          articles
        </p>
        <SearchBox />
        <DownloadMenu />
      </header>
      <FilterBar />
      {narrow ? <ViewTabs tab={tab} onTab={setTab} /> : null}
      <main className="main" id={panelId('timeline')} hidden={!shows('timeline')}>
        {index.events.length === 0 ? <p className="empty">events.json holds no events.</p> : <Timeline />}
      </main>
      {index.events.length === 0 || !map ? null : (
        <MapPanel shown={shows('map')} collapsible={!narrow} id={panelId('map')} />
      )}
      <SourcePanel />
      <div className="events-view" id={panelId('events')} hidden={!shows('events')}>
        <EventList />
      </div>
    </div>
  );
}
