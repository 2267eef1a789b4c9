/**
 * Stands in for d3-interpolate in the built app (vite.config.ts resolves the package here). d3-zoom imports
 * interpolateZoom and d3-brush the generic `interpolate`, and both call them only inside a transition's tween
 * (d3-zoom's animated zoom, d3-brush's animated move), which the app never makes (see noTransition.ts). The
 * real package's top-level colour interpolators keep d3-color in the bundle (4 KB gzipped) even when unused.
 */
const NO_INTERPOLATION = 'this app bundles no d3-interpolate: zoom and brush run without transitions';

export function interpolateZoom(): never {
  throw new Error(NO_INTERPOLATION);
}

export function interpolate(): never {
  throw new Error(NO_INTERPOLATION);
}
