/**
 * A UTC time scale: the part of d3-scale's scaleUtc the timeline uses (ms ↔ px, and calendar ticks from
 * d3-time's utcTicks, the very function scaleUtc's ticks call). d3-scale's scaleUtc module also builds a default
 * d3-time-format locale and d3-interpolate's colour-capable interpolators on load, 8 KB gzipped of the first
 * screen for two lines of arithmetic; the app labels ticks itself (formatTick). The interface is what d3-zoom's
 * transform.rescaleX needs too (domain, range, invert, copy).
 */
import { utcTicks } from 'd3-time';

export interface UtcScale {
  (t: Date | number): number;
  domain(): [Date, Date];
  domain(d: readonly (Date | number)[]): UtcScale;
  range(): [number, number];
  range(r: readonly number[]): UtcScale;
  invert(px: number): Date;
  ticks(count?: number): Date[];
  copy(): UtcScale;
}

export function scaleUtc(): UtcScale {
  let d0 = Date.UTC(2000, 0, 1);
  let d1 = Date.UTC(2000, 0, 2);
  let r0 = 0;
  let r1 = 1;
  const scale = ((t: Date | number) => {
    const x = +t;
    // A zero-width domain maps everything to the middle of the range, as d3's continuous scales do.
    return d1 === d0 ? (r0 + r1) / 2 : r0 + ((x - d0) / (d1 - d0)) * (r1 - r0);
  }) as UtcScale;
  scale.domain = ((d?: readonly (Date | number)[]) => {
    if (d === undefined) return [new Date(d0), new Date(d1)];
    d0 = +d[0]!;
    d1 = +d[d.length - 1]!;
    return scale;
  }) as UtcScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (r === undefined) return [r0, r1];
    r0 = +r[0]!;
    r1 = +r[r.length - 1]!;
    return scale;
  }) as UtcScale['range'];
  scale.invert = (px: number) => new Date(r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0));
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  scale.copy = () => scaleUtc().domain([d0, d1]).range([r0, r1]);
  return scale;
}
