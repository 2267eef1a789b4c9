/**
 * The visible window [start, end) in UTC milliseconds, and the pure moves on it that buttons, keys, the brush and
 * d3-zoom share. Keeping the window (not a pixel transform) in the store makes it independent of screen width,
 * so a shared link shows the same dates on a phone and on a desktop.
 */
export type ViewWindow = readonly [number, number];

const DAY = 86_400_000;
/** Closest zoom: one day across the whole width. */
export const MIN_SPAN = DAY;

/** The whole data extent with a margin, so the first and last marks are not cut by the edges. */
export function fullWindow(extent: readonly [number, number] | null): ViewWindow {
  if (extent === null) return [Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)];
  const [a, b] = extent;
  const pad = Math.max((b - a) * 0.04, 15 * DAY);
  return [a - pad, b + pad];
}

/** Keeps a window no narrower than MIN_SPAN and no wider than, nor outside of, `bounds` (wider than data). */
export function clampWindow(w: ViewWindow, bounds: ViewWindow): ViewWindow {
  const maxSpan = (bounds[1] - bounds[0]) * 4;
  let span = Math.min(Math.max(w[1] - w[0], MIN_SPAN), maxSpan);
  const mid = (w[0] + w[1]) / 2;
  let start = mid - span / 2;
  // Allow looking a window's width beyond the data, not further: a stray drag cannot lose the events.
  const lo = bounds[0] - span;
  const hi = bounds[1] + span;
  if (start < lo) start = lo;
  if (start + span > hi) start = hi - span;
  span = Math.max(span, 0);
  return [start, start + span];
}

/** factor > 1 zooms in around `center` (default: the middle). */
export function zoomWindow(w: ViewWindow, factor: number, center = (w[0] + w[1]) / 2): ViewWindow {
  return [center - (center - w[0]) / factor, center + (w[1] - center) / factor];
}

/** Moves by a fraction of the window's width (negative: towards the past). */
export function panWindow(w: ViewWindow, fraction: number): ViewWindow {
  const d = (w[1] - w[0]) * fraction;
  return [w[0] + d, w[1] + d];
}

/** The window moved just enough to show [start, end) with a margin, keeping its width when that suffices. */
export function revealInWindow(w: ViewWindow, start: number, end: number): ViewWindow {
  const span = w[1] - w[0];
  const margin = span * 0.1;
  if (start >= w[0] + margin && end <= w[1] - margin) return w;
  if (end - start > span - 2 * margin) return [start - (end - start) * 0.1, end + (end - start) * 0.1];
  const mid = (start + end) / 2;
  return [mid - span / 2, mid + span / 2];
}

/** Pixels kept free around the data when fitting: a point's half width on the left, a title label on the right. */
export interface FitRoom {
  readonly width: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The room after the last marks, at most, as a share of the plot. A whole title (220 px, 120 on a phone) took
 * 29 % of a desktop's plot and 37 % of a phone's: five and seven empty years after a twelve-year corpus. With a
 * tenth, the latest marks' titles go left of them where the row has room (layout.ts), else they are cut with an
 * ellipsis, never at the edge ("Airs", "Uni").
 */
export const FIT_TITLE_SHARE = 0.1;

/**
 * The window that shows `extent` whole on a plot `room.width` pixels wide: the same margin in time as
 * fullWindow, and on the right `room.right` pixels for the titles after the last marks, up to FIT_TITLE_SHARE of
 * the width.
 */
export function fitWindow(extent: readonly [number, number] | null, room: FitRoom): ViewWindow {
  const [a, b] = fullWindow(extent);
  if (extent === null || room.width <= 0) return [a, b];
  const left = Math.min(room.left, room.width / 4);
  const right = Math.min(room.right, room.width * FIT_TITLE_SHARE);
  const msPerPx = (b - a) / (room.width - left - right);
  return [a - left * msPerPx, b + right * msPerPx];
}

/** The window of width `w` centred on [start, end), or just wide enough for it with a margin when wider. */
export function centreInWindow(w: ViewWindow, start: number, end: number): ViewWindow {
  const span = w[1] - w[0];
  if (end - start > span * 0.8) return [start - (end - start) * 0.1, end + (end - start) * 0.1];
  const mid = (start + end) / 2;
  return [mid - span / 2, mid + span / 2];
}
