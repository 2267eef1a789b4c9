/**
 * What a view of the map shows, in screen coordinates, whoever draws it: the canvas, frame by frame
 * (paintMap.ts), and the "View as SVG/PNG" snapshot (mapSvg.ts) take this one description, so the picture in a
 * report cannot drift from the one on screen. Each adds only what its medium needs (a bitmap basemap and rings
 * on the canvas, the vector basemap in the SVG).
 */
import type { EventType } from '../../../model/index.ts';
import type { MapMarker } from '../../core/map/clusters.ts';
import type { ViewTransform } from '../../core/map/projection.ts';
import type { Palette } from '../timeline/paintLane.ts';

/** A place name drawn beside its marker. */
export interface MapLabel {
  readonly x: number;
  readonly y: number;
  /** Radius of the marker it names: the text starts past it. */
  readonly r: number;
  readonly text: string;
}

/** The area filter's box in base coordinates (projected, before the view transform). */
export interface MapBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface MapScene {
  readonly width: number;
  readonly height: number;
  /** The view transform (d3-zoom's): base coordinates to screen pixels. */
  readonly t: ViewTransform;
  /** Markers clustered at `t`: in their type's colour, and (grey) outside the area filter. */
  readonly inside: readonly MapMarker[];
  readonly outside: readonly MapMarker[];
  readonly box: MapBox | null;
  /** Type of each event index (the colour of a lone event). */
  readonly typeOf: (event: number) => EventType;
  /** Events per marker cell and type (Clustering.types), for the ring of type shares around each cluster. */
  readonly types: Uint32Array | null;
  /** Place names beside markers (the view at rest only), or null for none. */
  readonly labels: readonly MapLabel[] | null;
}

/** The part of the timeline's palette the map draws with: type colours and the font. */
export type MapInk = Pick<Palette, 'type' | 'fallback' | 'font'>;
