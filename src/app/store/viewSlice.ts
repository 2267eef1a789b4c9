import type { StateCreator } from 'zustand';
import type { GroupBy, LaneActors, LaneOrder } from '../core/timeline/lanes.ts';
import type { ViewWindow } from '../core/timeline/viewWindow.ts';
import type { TimelineState } from './index.ts';

export interface Selection {
  readonly eventId: string;
  /** Which of the event's sources the panel shows. */
  readonly source: number;
}

export interface ViewSlice {
  readonly groupBy: GroupBy;
  readonly laneOrder: LaneOrder;
  /** By actor: an event in its main actor's lane only (default), or in every actor's. */
  readonly laneActors: LaneActors;
  /** Lane keys (`actor:ISIS`) that are collapsed. */
  readonly collapsed: ReadonlySet<string>;
  /** Visible time window in UTC ms; null = fit all. Written by d3-zoom (through its adapter), brush, keys, URL. */
  readonly window: ViewWindow | null;
  readonly selected: Selection | null;
  /** Event under the pointer or focus: its twins in other lanes light up. */
  readonly hoveredEventId: string | null;
  /** Event list order by date. */
  readonly sortDescending: boolean;
  /** The Events table lists only what is in the timeline's window (true) or everything filtered. */
  readonly tableInView: boolean;
  /** The legend of shapes and colours is shown (true) or folded to its button; null: as suits the screen. */
  readonly legendOpen: boolean | null;
  setGroupBy(groupBy: GroupBy): void;
  setLaneOrder(order: LaneOrder): void;
  setLaneActors(actors: LaneActors): void;
  toggleLane(key: string): void;
  setWindow(window: ViewWindow | null): void;
  select(eventId: string | null, source?: number): void;
  hover(eventId: string | null): void;
  setSortDescending(descending: boolean): void;
  setTableInView(inView: boolean): void;
  setLegendOpen(open: boolean | null): void;
}

export const createViewSlice: StateCreator<TimelineState, [], [], ViewSlice> = (set) => ({
  groupBy: 'actor',
  laneOrder: 'count',
  laneActors: 'main',
  collapsed: new Set(),
  window: null,
  selected: null,
  hoveredEventId: null,
  sortDescending: false,
  tableInView: true,
  legendOpen: null,
  setGroupBy: (groupBy) => set({ groupBy }),
  setLaneOrder: (laneOrder) => set({ laneOrder }),
  setLaneActors: (laneActors) => set({ laneActors }),
  toggleLane: (key) =>
    set((s) => {
      const collapsed = new Set(s.collapsed);
      if (collapsed.has(key)) collapsed.delete(key);
      else collapsed.add(key);
      return { collapsed };
    }),
  setWindow: (window) => set({ window }),
  select: (eventId, source = 0) => set({ selected: eventId === null ? null : { eventId, source } }),
  hover: (hoveredEventId) => set({ hoveredEventId }),
  setSortDescending: (sortDescending) => set({ sortDescending }),
  setTableInView: (tableInView) => set({ tableInView }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
});
