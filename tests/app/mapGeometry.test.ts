import { describe, expect, it } from 'vitest';
import { buildDataIndex } from '../../src/app/core/dataIndex.ts';
import { NO_FILTERS } from '../../src/app/core/filters.ts';
import { applyFilters } from '../../src/app/core/filters.ts';
import { CELL, cellZoom, clusterEvents, clusterMembers, TYPES } from '../../src/app/core/map/clusters.ts';
import { mapEventSets, passingWithoutRegion } from '../../src/app/core/map/mapEvents.ts';
import {
  eventBounds,
  fitProjection,
  projectEvents,
  screenToLonLat,
  transformToFit,
  viewRegion,
} from '../../src/app/core/map/projection.ts';
import { fixtureFile } from './fixture.ts';

const index = buildDataIndex(fixtureFile());
const located = [...index.events.keys()].filter((i) => index.events[i]!.location !== null);

describe('map projection', () => {
  it('fits every located event inside the view, with the padding to spare', () => {
    const p = fitProjection(eventBounds(index), 600, 300);
    const { xs, ys } = projectEvents(index, p);
    for (const i of located) {
      expect(xs[i]).toBeGreaterThanOrEqual(12);
      expect(xs[i]).toBeLessThanOrEqual(600 - 12);
      expect(ys[i]).toBeGreaterThanOrEqual(12);
      expect(ys[i]).toBeLessThanOrEqual(300 - 12);
    }
    for (let i = 0; i < index.events.length; i++)
      if (index.events[i]!.location === null) expect(Number.isNaN(xs[i])).toBe(true);
  });

  it('widens a one-town area so the country around it shows', () => {
    const one = buildDataIndex({
      ...fixtureFile(),
      events: fixtureFile()
        .events.filter((e) => e.location !== null)
        .slice(0, 1),
    });
    const b = eventBounds(one);
    expect(b.east - b.west).toBeGreaterThanOrEqual(3);
    expect(b.north - b.south).toBeGreaterThanOrEqual(3);
  });

  it('inverts a screen point through the zoom transform back to its longitude and latitude', () => {
    const p = fitProjection({ west: 35, south: 32, east: 43, north: 38 }, 800, 400);
    const t = { k: 3, x: -500, y: -200 };
    const [bx, by] = p([38.27, 34.55])!; // Palmyra
    const back = screenToLonLat(p, t, bx * t.k + t.x, by * t.k + t.y)!;
    expect(back[0]).toBeCloseTo(38.27, 6);
    expect(back[1]).toBeCloseTo(34.55, 6);
    const r = viewRegion(p, { k: 1, x: 0, y: 0 }, 800, 400)!;
    expect(r.west).toBeLessThanOrEqual(35);
    expect(r.east).toBeGreaterThanOrEqual(43);
    expect(r.south).toBeLessThan(r.north);
  });

  it('fits a box into the view centred, and never past the deepest zoom', () => {
    const t = transformToFit({ x0: 100, y0: 100, x1: 200, y1: 150 }, 800, 400, 1000, 0);
    expect(t.k).toBe(8); // width-bound: 800 / 100 (height allows 400 / 50 = 8 too)
    expect(150 * t.k + t.x).toBe(400);
    expect(125 * t.k + t.y).toBe(200);
    expect(transformToFit({ x0: 5, y0: 5, x1: 5, y1: 5 }, 800, 400, 64).k).toBe(64);
  });
});

describe('map clustering', () => {
  const pts = (coords: [number, number][]) => ({
    xs: Float64Array.from(coords.map((c) => c[0])),
    ys: Float64Array.from(coords.map((c) => c[1])),
  });

  it('groups events that share a cell into one marker at their centroid, and leaves a lone event alone', () => {
    const p = pts([
      [10, 10],
      [20, 30],
      [300, 100],
      [Number.NaN, Number.NaN],
    ]);
    const c = clusterEvents(p, [0, 1, 2, 3], { k: 1, x: 0, y: 0 }, 400, 200);
    const byCount = [...c.markers].sort((a, b) => a.count - b.count);
    expect(byCount.map((m) => m.count)).toEqual([1, 2]);
    expect(byCount[0]).toMatchObject({ x: 300, y: 100, event: 2 });
    expect(byCount[1]).toMatchObject({ x: 15, y: 20, x0: 10, x1: 20, y0: 10, y1: 30 });
    expect(c.cellOf[3]).toBe(-1); // no location: on no cell
    const members = clusterMembers(c);
    expect(members.get(byCount[1]!.cell)).toEqual([0, 1]);
  });

  it('parts a cluster when zoomed in far enough, keeps clusters while panning, and skips what is far off screen', () => {
    const p = pts([
      [100, 100],
      [100 + CELL / 4, 100],
    ]);
    expect(clusterEvents(p, [0, 1], { k: 1, x: 0, y: 0 }, 400, 200).markers).toHaveLength(1);
    expect(clusterEvents(p, [0, 1], { k: 8, x: -700, y: -700 }, 400, 200).markers).toHaveLength(2);
    // A pan by whole pixels moves the marker by as much and does not regroup.
    const a = clusterEvents(p, [0, 1], { k: 1, x: 0, y: 0 }, 400, 200).markers[0]!;
    const b = clusterEvents(p, [0, 1], { k: 1, x: 37, y: -11 }, 400, 200).markers[0]!;
    expect([b.x - a.x, b.y - a.y, b.count]).toEqual([37, -11, 2]);
    expect(clusterEvents(p, [0, 1], { k: 1, x: 5000, y: 0 }, 400, 200).markers).toHaveLength(0);
  });

  it('merges markers whose discs would touch, even from cells that are not neighbours, and keeps apart those that do not', () => {
    // A cluster of 1,000 at x 131 (the cell 88–132) and one of 50 at x 176 (the cell 176–220, not a neighbour):
    // their discs and type rings (22 + 17 px, 3.5 px rings) would overlap 45 px apart.
    const big = Array.from({ length: 1000 }, (): [number, number] => [131, 100]);
    const near = Array.from({ length: 50 }, (): [number, number] => [176, 100]);
    const far = Array.from({ length: 50 }, (): [number, number] => [300, 100]);
    const p = pts([...big, ...near, ...far]);
    const items = Array.from({ length: 1100 }, (_, i) => i);
    const c = clusterEvents(p, items, { k: 1, x: 0, y: 0 }, 400, 200);
    expect(c.markers.map((m) => m.count).sort((a, b) => a - b)).toEqual([50, 1050]);
    const joint = c.markers.find((m) => m.count === 1050)!;
    expect(joint.x).toBeCloseTo((131 * 1000 + 176 * 50) / 1050, 9);
    expect([joint.x0, joint.x1]).toEqual([131, 176]);
    // Every event of the merged marker is one of its members, through the cell it was merged into.
    expect(clusterMembers(c).get(joint.cell)).toHaveLength(1050);
    // No two markers left touch.
    for (const a of c.markers)
      for (const b of c.markers) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(22 + 22);
  });

  it('lays cells out at half-step zooms', () => {
    expect(cellZoom(1)).toBe(1);
    expect(cellZoom(1.3)).toBe(1);
    expect(cellZoom(1.5)).toBeCloseTo(Math.SQRT2, 12);
    expect(cellZoom(2.1)).toBe(2);
  });
});

describe('map events', () => {
  it('shows located events of the window and filters; the area filter only splits them into inside and outside', () => {
    const filters = { ...NO_FILTERS };
    const passing = applyFilters(index, filters).passing;
    const all = mapEventSets(index, passing, null, null);
    expect([...all.inside]).toEqual(located);
    expect(all.outside).toHaveLength(0);

    const first = index.events[located[0]!]!;
    const x = index.extents[located[0]!]!;
    const win: [number, number] = [x.start, x.end];
    const inWindow = mapEventSets(index, passing, win, null);
    expect([...inWindow.inside]).toEqual(
      located.filter((i) => index.extents[i]!.end > win[0] && index.extents[i]!.start < win[1]),
    );

    const at = first.location!;
    const region = { west: at.lon - 0.01, south: at.lat - 0.01, east: at.lon + 0.01, north: at.lat + 0.01 };
    const withRegion = { ...filters, region };
    const candidates = passingWithoutRegion(index, withRegion, applyFilters(index, withRegion).passing);
    expect([...candidates]).toEqual([...passing]);
    const split = mapEventSets(index, candidates, null, region);
    expect(split.inside.length + split.outside.length).toBe(located.length);
    expect([...split.inside]).toContain(located[0]);
    expect(split.outside.length).toBeGreaterThan(0);
  });
});

describe('map clustering across cell edges', () => {
  it('merges neighbouring cells whose discs would overlap, and counts each marker by type', () => {
    // Two events either side of a cell edge (x = 44), 4 px apart: two cells, one marker.
    const points = { xs: Float64Array.from([42, 46, 200]), ys: Float64Array.from([20, 20, 100]) };
    const typeOf = Uint8Array.from([0, 2, 2]);
    const c = clusterEvents(points, [0, 1, 2], { k: 1, x: 0, y: 0 }, 400, 200, CELL, true, typeOf);
    const pair = c.markers.find((m) => m.count === 2)!;
    expect(c.markers.map((m) => m.count).sort()).toEqual([1, 2]);
    expect(pair.x).toBe(44);
    expect(clusterMembers(c).get(pair.cell)).toEqual([0, 1]);
    const row = [...c.types!.subarray(pair.cell * TYPES, (pair.cell + 1) * TYPES)];
    expect(row[0]).toBe(1);
    expect(row[2]).toBe(1);
  });
});
