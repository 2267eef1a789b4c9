/**
 * What each item of the Download menu makes, from the store as it is when chosen. Loaded on the menu's first
 * opening (a chunk of its own), so the converters and the snapshot code are no part of the first screen.
 * The events are the filtered ones, as the timeline shows them; CSV and GeoJSON are the command line's
 * converters (src/export), so a file from the page and one from `npm run export` agree.
 */
import { toFlatCsv, toGeoJsonText } from '../../../export/index.ts';
import type { TimelineState } from '../../store/index.ts';
import { selectFilterResult, selectFilteredExtent, selectLanes, usedEventTypes } from '../../store/selectors.ts';
import { readPalette } from '../timeline/useCanvasLayer.ts';
import { filteredEventsFile } from './filteredFile.ts';
import { filterSummary } from './filterSummary.ts';
import { saveBlob } from './saveBlob.ts';
import { snapshotSvg, snapshotWindow, type SnapshotInput } from './snapshotSvg.ts';
import { svgToPng } from './svgToPng.ts';

export type DownloadKind = 'csv' | 'geojson' | 'svg' | 'png';

export const EVENTS_FILE_NAMES = {
  csv: 'conflict-timeline-events.csv',
  geojson: 'conflict-timeline-events.geojson',
} as const;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The snapshot of the current view as a standalone SVG document's text, its size and a file name with its dates. */
export function viewSvg(
  state: TimelineState,
  mapSvg: string | null,
): { text: string; width: number; height: number; name: string } {
  const index = state.index;
  if (index === null) throw new Error('No events are loaded.');
  const input: SnapshotInput = {
    title: document.querySelector('.app-header h1')?.textContent ?? 'Conflict timeline',
    index,
    lanes: selectLanes(state),
    passing: selectFilterResult(state).passing.length,
    window: state.window,
    extent: selectFilteredExtent(state),
    filters: filterSummary(state.filters, index),
    types: usedEventTypes(index),
    palette: readPalette(document.querySelector<HTMLElement>('.app') ?? document.body),
    mapSvg,
  };
  const svg = snapshotSvg(input);
  const [from, to] = snapshotWindow(input);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  return {
    text,
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    name: `conflict-timeline-${isoDay(from)}-to-${isoDay(to)}`,
  };
}

export async function downloadView(kind: DownloadKind, state: TimelineState, mapSvg: string | null): Promise<void> {
  const index = state.index;
  if (index === null) throw new Error('No events are loaded.');
  if (kind === 'csv' || kind === 'geojson') {
    const file = filteredEventsFile(index, selectFilterResult(state).passing);
    const blob =
      kind === 'csv'
        ? new Blob([toFlatCsv(file)], { type: 'text/csv;charset=utf-8' })
        : new Blob([toGeoJsonText(file)], { type: 'application/geo+json' });
    saveBlob(blob, EVENTS_FILE_NAMES[kind]);
    return;
  }
  const view = viewSvg(state, mapSvg);
  if (kind === 'svg') saveBlob(new Blob([view.text], { type: 'image/svg+xml' }), `${view.name}.svg`);
  else saveBlob(await svgToPng(view.text, view.width, view.height), `${view.name}.png`);
}
