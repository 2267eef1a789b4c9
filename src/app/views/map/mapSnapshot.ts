/**
 * Where the page's exporters find the map: MapView, while shown, registers a function that renders its current
 * view as SVG (renderMapSvg). This module is tiny and in the first screen's chunk, so an exporter can ask for the
 * map without importing the map's chunk; when the map was never shown, there is none (null).
 */
let source: (() => string) | null = null;

export function setMapSvgSource(render: (() => string) | null): void {
  source = render;
}

/** The map's current view as a standalone `<svg>` string, or null when no map is shown. */
export function currentMapSvg(): string | null {
  return source === null ? null : source();
}
