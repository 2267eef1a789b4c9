/**
 * Which drawn mark is under a point of a lane: the canvas layer's answer to clicks and hovers, as a pure
 * function over the same layout the canvas painted (so what is hit is what is seen).
 */
import type { LaneLayout, MarkLayout } from './layout.ts';

export interface LaneGeometry {
  /** Height of one row of marks. */
  readonly rowHeight: number;
  /** Space above the first row. */
  readonly pad: number;
}

/** Pixels of slack around a shape, so a 12 px point is not a 12 px target. */
const SLACK = 3;

/**
 * The mark at (x, y) in lane coordinates, or null. A labelled mark is hit on its title too (as its button is).
 * When shapes widened to their minimum size overlap, the one whose centre is nearest wins.
 */
export function hitMark(
  layout: LaneLayout,
  x: number,
  y: number,
  g: LaneGeometry,
  labelWidth: (event: number) => number,
): MarkLayout | null {
  const row = Math.floor((y - g.pad) / g.rowHeight);
  if (row < 0 || row >= layout.rows) return null;
  let best: MarkLayout | null = null;
  let bestDistance = Infinity;
  for (const m of layout.marks) {
    if (m.row !== row) continue;
    const right = m.kind === 'event' && m.label ? m.x1 + labelWidth(m.event) : m.x1;
    if (x < m.x0 - SLACK || x > right + SLACK) continue;
    const d = Math.abs(x - (m.x0 + m.x1) / 2);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
