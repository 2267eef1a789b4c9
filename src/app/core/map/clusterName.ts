/**
 * The accessible name of a map cluster: how many events, where, and what choosing it does. The count is written as
 * the header and the filter lists write counts (formatCount: "1,234 events"), so a screen reader reads the same
 * number on the map as in the header.
 */
import { formatCount } from '../formatCount.ts';

/**
 * `colocated`: the cluster's events share one spot that no zoom would separate, so choosing it shows them on the
 * timeline instead of zooming the map.
 */
export function clusterName(count: number, place: string, colocated: boolean): string {
  const n = formatCount(count);
  return colocated ? `${n} events at ${place}: show them on the timeline` : `${n} events near ${place}: zoom in`;
}

/**
 * The count written inside a cluster's disc, as the header writes it ("1,012", not "1012"); from 10,000 on, in
 * thousands ("17k"), which is what the disc has room for. The map on screen and its SVG snapshot write the same.
 */
export function clusterCount(count: number): string {
  return count >= 10_000 ? `${formatCount(Math.round(count / 1000))}k` : formatCount(count);
}
