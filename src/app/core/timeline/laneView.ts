/**
 * Which lanes the timeline shows for a window, as a pure function: a lane with nothing in the window folds away
 * (it is named in one line under the lanes instead), and lanes under a collapsed heading (a country, when lanes
 * are grouped by place) are hidden behind that heading. Run on the settled window, not every frame.
 */
import type { DataIndex } from '../dataIndex.ts';
import { meetsWindow, type LaneIndex } from './laneIndex.ts';
import { groupKey, type GroupBy, type Lane } from './lanes.ts';
import type { ViewWindow } from './viewWindow.ts';

export interface LaneGroupView {
  readonly name: string;
  /** Its key in the collapsed set. */
  readonly key: string;
  readonly collapsed: boolean;
  /** Lanes under it and their events, over the whole data (what its heading counts). */
  readonly laneCount: number;
  readonly eventCount: number;
  /** Its lanes in view: `lanes.slice(start, end)` of the result. */
  readonly start: number;
  readonly end: number;
}

export interface LaneView {
  readonly lanes: readonly Lane[];
  readonly laneIndexes: readonly LaneIndex[];
  /** Lanes with nothing in the window (not counting those hidden under a collapsed heading). */
  readonly folded: readonly Lane[];
  /** Headings with something in view or collapsed, in lane order; null when lanes are not grouped. */
  readonly groups: readonly LaneGroupView[] | null;
}

export function visibleLanes(
  all: readonly Lane[],
  indexes: readonly LaneIndex[],
  index: DataIndex,
  window: ViewWindow,
  collapsed: ReadonlySet<string>,
  groupBy: GroupBy,
): LaneView {
  const lanes: Lane[] = [];
  const laneIndexes: LaneIndex[] = [];
  const folded: Lane[] = [];
  const grouped = all.some((l) => l.group !== null);
  const groups: LaneGroupView[] = [];
  let current: {
    name: string;
    key: string;
    collapsed: boolean;
    laneCount: number;
    eventCount: number;
    start: number;
  } | null = null;
  const close = () => {
    if (current === null) return;
    if (current.collapsed || lanes.length > current.start) groups.push({ ...current, end: lanes.length });
    current = null;
  };
  all.forEach((lane, n) => {
    if (grouped && (current === null || current.name !== lane.group)) {
      close();
      const key = groupKey(groupBy, lane.group ?? '');
      current = {
        name: lane.group ?? '',
        key,
        collapsed: collapsed.has(key),
        laneCount: 0,
        eventCount: 0,
        start: lanes.length,
      };
    }
    if (current !== null) {
      current.laneCount++;
      current.eventCount += lane.events.length;
      if (current.collapsed) return;
    }
    if (!meetsWindow(indexes[n]!, index.extents, window[0], window[1])) {
      folded.push(lane);
      return;
    }
    lanes.push(lane);
    laneIndexes.push(indexes[n]!);
  });
  close();
  return { lanes, laneIndexes, folded, groups: grouped ? groups : null };
}
