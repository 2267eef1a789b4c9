/**
 * Which drawn mark is under a point of a lane: the canvas layer's answer to clicks and hovers, as a pure
 * function over the same layout the canvas painted (so what is hit is what is seen).
 */
import { visiblePart, type LaneLayout, type MarkLayout } from './layout.ts';

/** Pixels of slack around a shape, so a 12 px point is not a 12 px target. */
const SLACK = 3;

/** The part of a mark that takes clicks: its shape, and its title when it has one (as its button does). */
export function hitBox(m: MarkLayout, width: number): [number, number] {
  const [a, b] = visiblePart(m.x0, m.x1, width);
  return m.kind === 'event' && m.labelW > 0
    ? [Math.min(a, Math.max(0, m.labelX)), Math.max(b, m.labelX + m.labelW)]
    : [a, b];
}

/**
 * The mark at (x, y) in lane coordinates, or null. When shapes widened to their minimum size overlap, the one
 * whose centre is nearest wins.
 */
export function hitMark(layout: LaneLayout, x: number, y: number, width: number): MarkLayout | null {
  let best: MarkLayout | null = null;
  let bestDistance = Infinity;
  for (const m of layout.marks) {
    if (y < m.y || y >= m.y + m.h) continue;
    const [left, right] = hitBox(m, width);
    if (x < left - SLACK || x > right + SLACK) continue;
    const d = Math.abs(x - (Math.max(left, m.x0) + Math.min(right, m.x1)) / 2);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
