/** One zustand store composed of slices (zustand's slices pattern); tests reset it with `resetStore()`. */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice.ts';
import { createFilterSlice, type FilterSlice } from './filterSlice.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';

export type TimelineState = DataSlice & FilterSlice & ViewSlice;

export const useTimelineStore = create<TimelineState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFilterSlice(...a),
  ...createViewSlice(...a),
}));

export function resetStore(): void {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true);
}
