// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology } from '../../src/app/views/map/basemap.ts';
import { clusterEvents } from '../../src/app/core/map/clusters.ts';
import { renderMapSvg } from '../../src/app/views/map/mapSvg.ts';
import { fitProjection } from '../../src/app/core/map/projection.ts';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

describe('renderMapSvg', () => {
  it('draws the basemap under the view transform, the area box and every marker, as well-formed SVG', () => {
    const projection = fitProjection({ west: 35, south: 32, east: 43, north: 38 }, 600, 300);
    const [px, py] = projection([38.27, 34.55])!;
    const points = { xs: Float64Array.from([px, px + 1, px + 200]), ys: Float64Array.from([py, py, py - 50]) };
    const t = { k: 1, x: 0, y: 0 };
    const clustering = clusterEvents(points, [0, 1], t, 600, 300, 44, true, Uint8Array.from([0, 2, 2]));
    const inside = clustering.markers;
    const outside = clusterEvents(points, [2], t, 600, 300).markers;
    const svg = renderMapSvg(
      {
        width: 600,
        height: 300,
        projection,
        t,
        basemap: basemapFromTopology(topology),
        inside,
        outside,
        typeOf: () => 'capture',
        box: { x0: 10, y0: 20, x1: 110, y1: 70 },
        types: clustering.types,
        labels: [{ x: inside[0]!.x, y: inside[0]!.y, r: 12, text: 'Palmyra & <Tadmur>' }],
      },
      { type: { capture: '#d1495b', airstrike: '#f18f01' }, fallback: '#999', font: 'Noto "Sans" <x>' },
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('width')).toBe('600');
    const paths = [...doc.querySelectorAll('path')];
    // Land and borders, then the cluster's ring: one arc per type among its events (capture, airstrike).
    expect(paths).toHaveLength(4);
    expect(paths.slice(0, 2).every((p) => (p.getAttribute('d') ?? '').length > 1000)).toBe(true);
    expect(paths.slice(2).map((p) => p.getAttribute('stroke'))).toEqual(['#d1495b', '#f18f01']);
    // One cluster of two (with its count), one grey marker outside the box, the box itself.
    const circles = [...doc.querySelectorAll('circle')];
    expect(circles).toHaveLength(2);
    const texts = [...doc.querySelectorAll('text')].map((x) => x.textContent);
    expect(texts).toEqual(['2', 'Palmyra & <Tadmur>']);
    expect(doc.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(1);
    expect(svg).not.toContain('<x>');
  });
});
