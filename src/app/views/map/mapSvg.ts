/**
 * The map's current view as an SVG string, from data only (projection, view transform, basemap, markers):
 * what the canvas paints, for the "View as SVG/PNG" snapshot. The basemap is clipped to the view and its lines
 * keep their width at any zoom (vector-effect), as on screen. No DOM, no store: the caller passes everything.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Basemap } from './basemap.ts';
import { EVENT_TYPES } from '../../../model/index.ts';
import { markerRadius, TYPES } from '../../core/map/clusters.ts';
import { clusterCount } from '../../core/map/clusterName.ts';
import { MAP_COLOURS } from './paintMap.ts';
import type { MapInk, MapScene } from './mapScene.ts';

/**
 * The scene as a snapshot draws it: the basemap as vectors under `projection`, and every label (the screen leaves
 * out ones that would overlap).
 */
export interface MapSvgInput extends MapScene {
  readonly projection: GeoProjection;
  readonly basemap: Basemap | null;
}

const escapeXml = (s: string): string =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (x: number): string => String(Math.round(x * 100) / 100);

/** A standalone `<svg>` element (with its namespace) of `width` × `height`. */
export function renderMapSvg(m: MapSvgInput, ink: MapInk): string {
  const { t } = m;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(m.width)}" height="${n(m.height)}" viewBox="0 0 ${n(m.width)} ${n(m.height)}" role="img" aria-label="Map">`,
    `<defs><clipPath id="map-view"><rect width="${n(m.width)}" height="${n(m.height)}"/></clipPath></defs>`,
    `<g clip-path="url(#map-view)">`,
    `<rect width="${n(m.width)}" height="${n(m.height)}" fill="${MAP_COLOURS.sea}"/>`,
  ];
  if (m.basemap !== null) {
    const path = geoPath(m.projection).digits(2);
    out.push(`<g transform="translate(${n(t.x)},${n(t.y)}) scale(${t.k})">`);
    out.push(
      `<path d="${path(m.basemap.land) ?? ''}" fill="${MAP_COLOURS.land}" stroke="${MAP_COLOURS.coast}" stroke-width="0.6" vector-effect="non-scaling-stroke"/>`,
    );
    out.push(
      `<path d="${path(m.basemap.borders) ?? ''}" fill="none" stroke="${MAP_COLOURS.border}" stroke-width="0.8" vector-effect="non-scaling-stroke"/>`,
    );
    out.push('</g>');
  }
  if (m.box !== null) {
    const x0 = m.box.x0 * t.k + t.x;
    const y0 = m.box.y0 * t.k + t.y;
    out.push(
      `<rect x="${n(x0)}" y="${n(y0)}" width="${n((m.box.x1 - m.box.x0) * t.k)}" height="${n((m.box.y1 - m.box.y0) * t.k)}" fill="rgba(26,79,214,0.06)" stroke="${MAP_COLOURS.box}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    );
  }
  for (const o of m.outside)
    out.push(
      `<circle cx="${n(o.x)}" cy="${n(o.y)}" r="${n(Math.min(markerRadius(o.count), 8))}" fill="${MAP_COLOURS.outside}"/>`,
    );
  const font = escapeXml(ink.font);
  for (const k of m.inside) {
    const fill = k.count === 1 ? (ink.type[m.typeOf(k.event)] ?? ink.fallback) : MAP_COLOURS.cluster;
    out.push(
      `<circle cx="${n(k.x)}" cy="${n(k.y)}" r="${n(markerRadius(k.count))}" fill="${escapeXml(fill)}" stroke="#fff" stroke-width="1.5"/>`,
    );
    if (k.count > 1 && m.types !== null) {
      let angle = -Math.PI / 2;
      const r = markerRadius(k.count) + 1.75;
      for (let t = 0; t < TYPES; t++) {
        const c = m.types[k.cell * TYPES + t]!;
        if (c === 0) continue;
        const sweep = Math.min((c / k.count) * Math.PI * 2, Math.PI * 2 - 1e-3);
        const [x0, y0] = [k.x + r * Math.cos(angle), k.y + r * Math.sin(angle)];
        const [x1, y1] = [k.x + r * Math.cos(angle + sweep), k.y + r * Math.sin(angle + sweep)];
        const colour = escapeXml(ink.type[EVENT_TYPES[t]!] ?? ink.fallback);
        out.push(
          `<path d="M${n(x0)},${n(y0)}A${n(r)},${n(r)} 0 ${sweep > Math.PI ? 1 : 0} 1 ${n(x1)},${n(y1)}" fill="none" stroke="${colour}" stroke-width="3.5"/>`,
        );
        angle += sweep;
      }
    }
    if (k.count > 1)
      out.push(
        `<text x="${n(k.x)}" y="${n(k.y)}" dy="0.35em" text-anchor="middle" font-family="${font}" font-size="11" font-weight="600" fill="#fff">${clusterCount(k.count)}</text>`,
      );
  }
  for (const l of m.labels ?? [])
    out.push(
      `<text x="${n(l.x + l.r + 4)}" y="${n(l.y)}" dy="0.35em" font-family="${font}" font-size="12" fill="#1d2430" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(l.text)}</text>`,
    );
  out.push('</g></svg>');
  return out.join('\n');
}
