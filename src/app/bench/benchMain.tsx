/**
 * The app under ../shared/bench-peers' harness (issue 5): the same App and store as index.html, fed from
 * `bench-data/events-<n>.json` beside this page, with the harness hooks on window.__BENCH__:
 * setWindow(a, b) drives the store's window, applyActorFilter(name) unchecks an actor, firstRenderDone() is
 * called once the first commit with the loaded data has happened.
 */
import '../data/zodJitless.ts';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { loadEventsFile } from '../data/loadEventsFile.ts';
import { useTimelineStore } from '../store/index.ts';
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

function BenchApp() {
  const ready = useTimelineStore((s) => s.status === 'ready');
  useEffect(() => {
    if (ready) B?.firstRenderDone();
  }, [ready]);
  return <App />;
}

async function boot(hooks: BenchHooks): Promise<void> {
  hooks.peer = 'conflict-timeline';
  hooks.version = '0.1.0';
  const base = new URL('bench-data/', document.baseURI);
  const extentRes = await fetch(new URL('extent.json', base));
  const { extent } = (await extentRes.json()) as { extent: [number | string, number | string] };
  hooks.extent = [new Date(extent[0]).getTime(), new Date(extent[1]).getTime()];
  const eventsUrl = new URL(`events-${hooks.n}.json`, base).href;
  const result = await loadEventsFile(eventsUrl, (u) => fetch(u));
  if (!result.ok) throw new Error(result.message);
  hooks.mark('dataReady');
  const store = useTimelineStore.getState();
  hooks.setWindow = (a, b) => useTimelineStore.getState().setWindow([a, b]);
  hooks.applyActorFilter = (name) => useTimelineStore.getState().setActorChecked(name, false);
  store.load(result.file, eventsUrl);
  store.setWindow(hooks.extent);
}

const root = document.getElementById('root');
if (root === null) throw new Error('bench.html has no #root');
if (B === undefined) {
  root.textContent = 'This page runs under the bench-peers harness (window.__BENCH__ is missing).';
} else {
  createRoot(root).render(<BenchApp />);
  boot(B).catch((e: unknown) => B.fail(e));
}
