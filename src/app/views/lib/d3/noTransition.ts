/**
 * Stands in for d3-transition in the built app: vite.config.ts aliases the package to this module. d3-zoom and
 * d3-brush import d3-transition only to stop a running transition (`interrupt(node)`, `selection.interrupt()`)
 * before a gesture, and take a transition path only when handed one (`selection.transition()`, or d3-zoom's
 * animated double-click zoom, which the app turns off with `zoom.duration(0)` or by removing dblclick.zoom).
 * The app animates nothing, so there is never a transition to interrupt: this module gives exactly that
 * surface, and the real package (with d3-timer, d3-ease, d3-interpolate's colour interpolators and d3-color,
 * about 10 KB gzipped) stays out of the page. tests/app/d3NoTransition.test.ts drives d3-zoom and d3-brush
 * through it.
 */
import { selection } from 'd3-selection';

const NO_TRANSITIONS = 'this app bundles no d3-transition (see src/app/views/lib/d3/noTransition.ts)';

/** Nothing runs, so nothing is interrupted. */
export function interrupt(): void {}

export function transition(): never {
  throw new Error(NO_TRANSITIONS);
}

export function active(): null {
  return null;
}

// d3-transition's own side effect: the two selection methods. interrupt() has nothing to stop.
Object.assign(selection.prototype, {
  interrupt<T>(this: T): T {
    return this;
  },
  transition(): never {
    throw new Error(NO_TRANSITIONS);
  },
});
