/**
 * The map's place on the page (in the first screen's chunk; the map itself is not): a region named "Map" whose
 * content, MapView with d3-geo, topojson-client and the basemap, is imported when the map is first shown, and
 * then only once the page is idle, so the map never delays the timeline's first picture.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useWhenIdle } from '../lib/useWhenIdle.ts';
import { MAP_SHOWN_MARK } from './mapTiming.ts';
import { fetchBasemapFile } from './basemapFile.ts';

const MapView = lazy(() =>
  import('./MapView.tsx').catch((e: unknown) => ({
    default: function MapLoadError() {
      return (
        <p role="alert" className="load-error">
          The map could not be loaded: {e instanceof Error ? e.message : String(e)}
        </p>
      );
    },
  })),
);

interface MapPanelProps {
  /** False while another tab is chosen (phones). */
  readonly shown: boolean;
  /** Whether the reader can fold the map away (wide screens, where it sits above the timeline). */
  readonly collapsible: boolean;
  readonly id?: string;
}

export function MapPanel({ shown, collapsible, id }: MapPanelProps) {
  const [open, setOpen] = useState(true);
  const visible = open || !collapsible;
  const started = useWhenIdle(shown && visible);
  useEffect(() => {
    // On the page's performance timeline, with MapView's 'map drawn': how long the map takes to open.
    if (!started) return;
    performance.mark(MAP_SHOWN_MARK);
    // The basemaps download while the map's code does; MapView reports a failure.
    fetchBasemapFile('coarse').catch(() => undefined);
    fetchBasemapFile('fine').catch(() => undefined);
  }, [started]);
  const loading = <p className="map-loading">Loading the map…</p>;
  return (
    <section className="map-panel" id={id} aria-labelledby="map-heading" hidden={!shown}>
      <div className="map-head">
        <h2 id="map-heading">Map</h2>
        {collapsible ? (
          <button type="button" aria-expanded={open} aria-controls="map-body" onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide map' : 'Show map'}
          </button>
        ) : null}
      </div>
      <div id="map-body" hidden={!visible}>
        {visible && started ? (
          <Suspense fallback={loading}>
            <MapView />
          </Suspense>
        ) : visible ? (
          loading
        ) : null}
      </div>
    </section>
  );
}
