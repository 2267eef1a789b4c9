/**
 * Performance marks on the page's timeline: when the map starts loading (MapPanel) and when MapView first paints
 * basemap and markers. Any browser's profiler shows them; `npm run bench:map` reads them.
 */
export const MAP_SHOWN_MARK = 'map shown';
export const MAP_DRAWN_MARK = 'map drawn';
