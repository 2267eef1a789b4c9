/**
 * The app under ../shared/bench-peers' harness (issue 5): the same App and store as index.html, fed from
 * `bench-data/events-<n>.json` beside this page, with the harness hooks on window.__BENCH__:
 * setWindow(a, b) drives the store's window, applyActorFilter(name) unchecks an actor. mark('dataReady') is set
 * when the events.json body has arrived (before it is parsed and validated, which the app's load time includes),
 * and firstRenderDone() once the timeline's canvas has painted a frame holding events.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../views/App.tsx';
import { loadEventsFile } from '../data/loadEventsFile.ts';
import { yieldWhenDue } from '../data/yieldToPage.ts';
import { buildDataIndexInSlices } from '../core/dataIndex.ts';
import { useTimelineStore } from '../store/index.ts';
import { TIMELINE_DRAWN_EVENT, type TimelineDrawnDetail } from '../views/timeline/useCanvasLayer.ts';
import '../styles.css';

interface BenchHooks {
  n: number;
  peer: string | null;
  version: string | null;
  extent: [number, number] | null;
  setWindow: ((a: number, b: number) => void) | null;
  applyActorFilter?: (name: string) => void;
  mark(name: string): void;
  firstRenderDone(): void;
  fail(e: unknown): void;
}

const B = (window as unknown as { __BENCH__?: BenchHooks }).__BENCH__;

/** Calls firstRenderDone once, on the first canvas paint that drew marks (not on store status alone). */
function watchFirstPaint(hooks: BenchHooks): void {
  const onDrawn = (e: Event) => {
    if ((e as CustomEvent<TimelineDrawnDetail>).detail.marks === 0) return;
    document.removeEventListener(TIMELINE_DRAWN_EVENT, onDrawn);
    hooks.firstRenderDone();
  };
  document.addEventListener(TIMELINE_DRAWN_EVENT, onDrawn);
}

async function boot(hooks: BenchHooks): Promise<void> {
  hooks.peer = 'conflict-timeline';
  hooks.version = '0.1.0';
  const base = new URL('bench-data/', document.baseURI);
  const eventsUrl = new URL(`events-${hooks.n}.json`, base).href;
  // dataReady when the body has arrived, before parsing and validation, which count as the app's own time. The
  // index is built while the worker validates, exactly as main.tsx loads the page. The harness's extent is read
  // meanwhile: the app itself does not need it to load.
  const turn = yieldWhenDue();
  const loading = loadEventsFile(eventsUrl, (u) => fetch(u), {
    onBodyArrived: () => hooks.mark('dataReady'),
    whileValidating: (value) => buildDataIndexInSlices(value, turn),
    yieldToPage: turn,
  });
  const extentRes = await fetch(new URL('extent.json', base));
  const { extent } = (await extentRes.json()) as { extent: [number | string, number | string] };
  hooks.extent = [new Date(extent[0]).getTime(), new Date(extent[1]).getTime()];
  const result = await loading;
  if (!result.ok) throw new Error(result.message);
  const store = useTimelineStore.getState();
  hooks.setWindow = (a, b) => useTimelineStore.getState().setWindow([a, b]);
  hooks.applyActorFilter = (name) => useTimelineStore.getState().setActorChecked(name, false);
  store.load(result.file, eventsUrl, result.prepared);
  store.setWindow(hooks.extent);
}

const root = document.getElementById('root');
if (root === null) throw new Error('bench.html has no #root');
if (B === undefined) {
  root.textContent = 'This page runs under the bench-peers harness (window.__BENCH__ is missing).';
} else {
  watchFirstPaint(B);
  // The timeline alone, as vis-timeline is (see App's `map`).
  createRoot(root).render(<App map={false} />);
  boot(B).catch((e: unknown) => B.fail(e));
}
