/**
 * The map's place on the page (in the first screen's chunk; the map itself is not): a region named "Map" whose
 * content, MapView with d3-geo, topojson-client and the basemap, is imported when the map is first shown, and
 * then only once the page is idle, so the map never delays the timeline's first picture.
 */
import { lazy, Suspense } from 'react';
import type { DataIndex } from '../store/dataIndex.ts';
import { useWhenIdle } from '../lib/useWhenIdle.ts';

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
