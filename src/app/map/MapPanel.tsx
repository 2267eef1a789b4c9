/**
 * The map's place on the page (in the first screen's chunk; the map itself is not): a region named "Map" whose
 * content, MapView with d3-geo, topojson-client and the basemap, is imported when the map is first shown, and
 * then only once the page is idle, so the map never delays the timeline's first picture.
 */
import { lazy, Suspense, useEffect } from 'react';
import type { DataIndex } from '../store/dataIndex.ts';
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

export function MapPanel({ index, shown, id }: { index: DataIndex; shown: boolean; id?: string }) {
  const started = useWhenIdle(shown);
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
      <h2 id="map-heading">Map</h2>
      {started ? (
        <Suspense fallback={loading}>
          <MapView index={index} />
        </Suspense>
      ) : (
        loading
      )}
    </section>
  );
}
