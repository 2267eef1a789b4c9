/**
 * Which events the map shows: those that pass every filter but the map's own area filter, overlap the
 * timeline's window, and have a location. The area filter is left out as a crossfilter leaves out a chart's own
 * brush: the map still shows what lies outside the box (dimmed), so the box can be judged and redrawn.
 */
import type { DataIndex } from '../dataIndex.ts';
import { applyFilters, type Filters } from '../filters.ts';
import { inRegion, type Region } from '../region.ts';
import type { ViewWindow } from '../timeline/viewWindow.ts';

export interface MapEventSets {
  /** Inside the area filter, or all when there is none: drawn in colour, with buttons. */
  readonly inside: Uint32Array;
  /** Outside the area filter: drawn grey. */
  readonly outside: Uint32Array;
}

/** The events passing `filters` with the area filter ignored (the store's own result when there is none). */
export function passingWithoutRegion(index: DataIndex, filters: Filters, passing: Uint32Array): Uint32Array {
  return filters.region === null ? passing : applyFilters(index, { ...filters, region: null }).passing;
}

export function mapEventSets(
  index: DataIndex,
  candidates: Uint32Array,
  window: ViewWindow | null,
  region: Region | null,
): MapEventSets {
  const inside = new Uint32Array(candidates.length);
  const outside = new Uint32Array(region === null ? 0 : candidates.length);
  let ni = 0;
  let no = 0;
  for (let n = 0; n < candidates.length; n++) {
    const i = candidates[n]!;
    const at = index.events[i]!.location;
    if (at === null) continue;
    if (window !== null) {
      const x = index.extents[i]!;
      if (x.end <= window[0] || x.start >= window[1]) continue;
    }
    if (region === null || inRegion(at.lat, at.lon, region)) inside[ni++] = i;
    else outside[no++] = i;
  }
  return { inside: inside.slice(0, ni), outside: outside.slice(0, no) };
}
