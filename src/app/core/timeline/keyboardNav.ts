/**
 * Keyboard navigation between drawn marks, as pure functions: the lanes' marks in reading order (left to
 * right, then by row) and the mark an arrow key leads to. The Timeline component only moves focus.
 */
import type { DataIndex } from '../dataIndex.ts';
import type { Lane } from './lanes.ts';
import type { LaneLayout, MarkLayout } from './layout.ts';

export interface NavMark {
  /** `laneKey|eventId` for an event, `laneKey|cluster|start` for a badge: unique on the page. */
  readonly key: string;
  readonly center: number;
}

export function markKey(laneKey: string, m: MarkLayout, index: DataIndex): string {
  return m.kind === 'event' ? `${laneKey}|${index.events[m.event]!.id}` : `${laneKey}|cluster|${m.start}`;
}

export function buildNav(
  lanes: readonly Lane[],
  layouts: readonly (LaneLayout | null)[],
  index: DataIndex,
): NavMark[][] {
  return lanes.map((lane, n) => {
    const layout = layouts[n];
    if (layout === null || layout === undefined) return [];
    return [...layout.marks]
      .sort((a, b) => a.x0 - b.x0 || a.row - b.row)
      .map((m) => ({ key: markKey(lane.key, m, index), center: (m.x0 + m.x1) / 2 }));
  });
}

export type NavMove = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/**
 * The key of the mark a move leads to; null when there is none in that direction (at the edge of what is
 * drawn: the caller may pan). Up and down go to the nearest mark by x in the closest lane that has marks.
 */
export function navigate(nav: readonly NavMark[][], from: string, move: NavMove): string | null {
  let lane = -1;
  let pos = -1;
  for (const [l, marks] of nav.entries()) {
    const p = marks.findIndex((m) => m.key === from);
    if (p >= 0) {
      lane = l;
      pos = p;
      break;
    }
  }
  if (lane < 0) return null;
  const marks = nav[lane]!;
  if (move === 'next') return marks[pos + 1]?.key ?? null;
  if (move === 'previous') return marks[pos - 1]?.key ?? null;
  if (move === 'first') return marks[0]?.key ?? null;
  if (move === 'last') return marks[marks.length - 1]?.key ?? null;
  const step = move === 'down' ? 1 : -1;
  const here = marks[pos]!.center;
  for (let l = lane + step; l >= 0 && l < nav.length; l += step) {
    const other = nav[l]!;
    if (other.length === 0) continue;
    let best = other[0]!;
    for (const m of other) if (Math.abs(m.center - here) < Math.abs(best.center - here)) best = m;
    return best.key;
  }
  return null;
}
