/**
 * The map (its own chunk, loaded when the map is first shown): the events of the timeline's window and filters
 * at their locations on a Natural Earth basemap, clustered when dense, zoomed and panned with d3-zoom. Like the
 * timeline, a canvas paints every frame (basemap and markers) and React keeps focusable, named buttons over the
 * markers of the settled view (at most MAX_MAP_BUTTONS) for the keyboard, screen readers and clicks.
 *
 * The map follows the store (filters at once, the timeline's window once it settles, so that a timeline gesture
 * does not also redraw the map every frame) and writes to it: choosing a marker selects its event, hovering one
 * highlights it on the timeline, and a box drawn on the map (Shift+drag, or "Draw area" then drag) becomes the
 * area filter.
 *
 * Dispatches MAP_DRAWN_EVENT on its stage the first time basemap and markers are painted for a set of events.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { GeoProjection } from 'd3-geo';
import type { DataIndex } from '../../core/dataIndex.ts';
import { useTimelineStore } from '../../store/index.ts';
import { regionFromCorners } from '../../core/region.ts';
import { selectFilterResult } from '../../store/selectors.ts';
import { markName } from '../timeline/EventMark.tsx';
import { canvasSupported, readPalette } from '../timeline/useCanvasLayer.ts';
import { SETTLE_MS, useSettledWindow } from '../timeline/useSettledWindow.ts';
import { EVENT_TYPES } from '../../../model/index.ts';
import type { Palette } from '../timeline/paintLane.ts';
import { basemapPaths, loadBasemap, type Basemap, type BasemapPaths } from './basemap.ts';
import {
  CELL,
  clusterEvents,
  clusterMembers,
  markerRadius,
  onScreen,
  type MapMarker,
} from '../../core/map/clusters.ts';
import { mapEventSets, passingWithoutRegion, type MapEventSets } from '../../core/map/mapEvents.ts';
import { clusterName } from '../../core/map/clusterName.ts';
import { paintMap, renderBasemapImage, type BasemapImage } from './paintMap.ts';
import type { MapBox, MapLabel, MapScene } from './mapScene.ts';
import { setMapSvgSource } from './mapSnapshot.ts';
import { renderMapSvg } from './mapSvg.ts';
import {
  eventBounds,
  fitProjection,
  IDENTITY,
  minZoom,
  projectEvents,
  screenToLonLat,
  transformToFit,
  viewRegion,
  type ProjectedPoints,
  type ViewTransform,
} from '../../core/map/projection.ts';
import { useElementSize } from './useElementSize.ts';
import './mapView.css';
import { MAP_DRAWN_MARK } from './mapTiming.ts';
import { useDataIndex } from '../../store/useDataIndex.ts';
import { formatCount } from '../../core/formatCount.ts';
import { actionForKey, ZOOM_STEP } from '../../core/timeline/timelineActions.ts';

export const MAP_DRAWN_EVENT = 'map-drawn';
/** Most marker buttons in the DOM: a view holds about (width / CELL) × (height / CELL) markers at most. */
export const MAX_MAP_BUTTONS = 600;
/** Deepest zoom over the fitted view: from a country down to a town's streets. */
const MAX_K = 4096;
/** CSS px of basemap drawn around the view, so a pan shows land before the view rests and it is drawn again. */
const BASEMAP_MARGIN = 160;
/** A box smaller than this (px) is a click, not a box. */
const MIN_BOX = 6;

interface MarkerButton {
  readonly key: string;
  readonly marker: MapMarker;
  readonly name: string;
  /** A lone event's id; null for a cluster. */
  readonly eventId: string | null;
  /** A cluster whose events share one spot: zooming cannot part them, so choosing it filters to that spot. */
  readonly colocated: boolean;
  /** The place its events name (most of them, for a cluster). */
  readonly place: string;
}

const sameView = (a: ViewTransform, b: ViewTransform): boolean => a.k === b.k && a.x === b.x && a.y === b.y;

/** What the paint and the snapshot draw from: the component's current data, read from a ref (never React state). */
interface SceneSource {
  readonly sets: MapEventSets;
  readonly points: ProjectedPoints;
  readonly box: MapBox | null;
  readonly width: number;
  readonly height: number;
  readonly index: DataIndex;
  readonly labels: readonly MapLabel[];
  /** The transform the labels were placed at: they are shown only there. */
  readonly labelsAt: ViewTransform;
}

/** The scene at transform `t`: markers clustered there, place names when wanted and placed for this very view. */
function sceneAt(p: SceneSource, t: ViewTransform, withLabels: boolean): MapScene {
  const clustering = clusterEvents(p.points, p.sets.inside, t, p.width, p.height, CELL, false, p.index.typeOf);
  return {
    width: p.width,
    height: p.height,
    t,
    inside: clustering.markers,
    types: clustering.types,
    outside: clusterEvents(p.points, p.sets.outside, t, p.width, p.height, CELL, false).markers,
    box: p.box,
    typeOf: (e) => EVENT_TYPES[p.index.typeOf[e]!]!,
    labels: withLabels && sameView(t, p.labelsAt) ? p.labels : null,
  };
}

/** The place most of a cluster's events name. */
function commonPlace(index: DataIndex, members: readonly number[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestN = 0;
  for (const e of members) {
    const name = index.events[e]!.location?.name ?? '';
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    if (n > bestN) {
      best = name;
      bestN = n;
    }
  }
  return best;
}

export default function MapView() {
  const index = useDataIndex();
  const stageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(stageRef);
  const [canvasOn] = useState(canvasSupported);

  // The coarse basemap first (the map is up at once), then the fine one, once the coarse one has been drawn.
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [fine, setFine] = useState(false);
  const [basemapError, setBasemapError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setBasemapError(e instanceof Error ? e.message : String(e)), []);
  useEffect(() => {
    let live = true;
    loadBasemap('coarse').then((b) => live && setBasemap((current) => current ?? b), fail);
    return () => {
      live = false;
    };
  }, [fail]);

  const bounds = useMemo(() => eventBounds(index), [index]);
  const projection = useMemo(() => fitProjection(bounds, width, height), [bounds, width, height]);
  const points = useMemo(() => projectEvents(index, projection), [index, projection]);
  // The basemap's paths are built after the markers' first paint (tens of thousands of points through d3-geo):
  // the events show at once, the land a moment later.
  const [built, setBuilt] = useState<{ projection: GeoProjection; paths: BasemapPaths } | null>(null);
  useEffect(() => {
    if (basemap === null || !canvasOn || width <= 0 || height <= 0) return;
    const timer = setTimeout(() => setBuilt({ projection, paths: basemapPaths(basemap, projection) }), 0);
    return () => clearTimeout(timer);
  }, [basemap, canvasOn, projection, width, height]);
  // Paths of another projection (before a resize) are never drawn.
  const paths = built !== null && built.projection === projection ? built.paths : null;
  const coarseDrawn = paths !== null;
  useEffect(() => {
    if (!coarseDrawn || fine) return;
    let live = true;
    loadBasemap('fine').then((b) => {
      if (!live) return;
      setFine(true);
      setBasemap(b);
    }, fail);
    return () => {
      live = false;
    };
  }, [coarseDrawn, fine, fail]);

  // What the map shows: every filter but its own area, within the timeline's settled window.
  const filters = useTimelineStore((s) => s.filters);
  const passing = useTimelineStore((s) => selectFilterResult(s).passing);
  const storedWindow = useTimelineStore((s) => s.window);
  const settledWindow = useSettledWindow(storedWindow ?? [-Infinity, Infinity]);
  const mapWindow = storedWindow === null ? null : settledWindow;
  const region = filters.region;
  const candidates = useMemo(() => passingWithoutRegion(index, filters, passing), [index, filters, passing]);
  const sets = useMemo(
    () => mapEventSets(index, candidates, mapWindow, region),
    [index, candidates, mapWindow, region],
  );
  const box = useMemo(() => {
    if (region === null) return null;
    const a = projection([region.west, region.north]);
    const b = projection([region.east, region.south]);
    return a === null || b === null ? null : { x0: a[0], y0: a[1], x1: b[0], y1: b[1] };
  }, [region, projection]);

  // The live transform (every frame of a gesture) and the settled one (buttons follow it).
  const live = useRef<ViewTransform>(IDENTITY);
  const [settled, setSettled] = useState<ViewTransform>(IDENTITY);
  const [moving, setMoving] = useState(false);
  /** Whether a gesture is under way (for painting, which reads refs only). */
  const movingRef = useRef(false);
  const basemapPathsOf = useRef<unknown>(null);
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const [boxMode, setBoxMode] = useState(false);
  const boxModeRef = useRef(false);
  useLayoutEffect(() => {
    boxModeRef.current = boxMode;
  }, [boxMode]);

  // Buttons for the markers of the settled view.
  const buttons: MarkerButton[] = useMemo(() => {
    if (width <= 0 || height <= 0) return [];
    const clustering = clusterEvents(points, sets.inside, settled, width, height);
    const shown = clustering.markers.filter((m) => onScreen(m, width, height));
    if (shown.length > MAX_MAP_BUTTONS) return [];
    const members = shown.some((m) => m.count > 1) ? clusterMembers(clustering) : new Map<number, number[]>();
    // West to east, then north to south: the order arrows walk.
    shown.sort((a, b) => a.x - b.x || a.y - b.y);
    return shown.map((m) => {
      if (m.count === 1) {
        const e = index.events[m.event]!;
        return {
          key: `e|${e.id}`,
          marker: m,
          name: markName(e, index.labels[m.event]!),
          eventId: e.id,
          colocated: false,
          place: e.location?.name ?? '',
        };
      }
      const place = commonPlace(index, members.get(m.cell) ?? [m.event]);
      const colocated = Math.max(m.x1 - m.x0, m.y1 - m.y0) * MAX_K < CELL;
      const name = clusterName(m.count, place, colocated);
      const key = `c|${m.cell}|${m.count}|${index.events[m.event]!.id}`;
      return { key, marker: m, name, eventId: null, colocated, place };
    });
  }, [points, sets, settled, width, height, index]);
  // Place names beside the markers of the settled view, the largest first (they win where labels would overlap).
  const labels: MapLabel[] = useMemo(
    () =>
      [...buttons]
        .sort((a, b) => b.marker.count - a.marker.count)
        .filter((b) => b.place !== '')
        .map((b) => ({ x: b.marker.x, y: b.marker.y, r: markerRadius(b.marker.count) + 2, text: b.place })),
    [buttons],
  );

  // Painting: one frame at most per animation frame, from refs, never through React.
  const palette = useRef<Palette | null>(null);
  const frame = useRef<number | null>(null);
  const announced = useRef(false);
  /** The basemap bitmap and the canvas it lives in (see BasemapImage). */
  const basemapImage = useRef<BasemapImage | null>(null);
  const [basemapCanvas] = useState(() => (typeof document === 'undefined' ? null : document.createElement('canvas')));
  const paintInput = useRef<SceneSource & { readonly paths: BasemapPaths | null }>({
    sets,
    points,
    paths,
    box,
    width,
    height,
    index,
    labels,
    labelsAt: settled,
  });
  useLayoutEffect(() => {
    paintInput.current = { sets, points, paths, box, width, height, index, labels, labelsAt: settled };
  }, [sets, points, paths, box, width, height, index, labels, settled]);
  const paint = useCallback(() => {
    frame.current = null;
    const canvas = canvasRef.current;
    const stage = stageRef.current;
    if (canvas === null || stage === null) return;
    const p = paintInput.current;
    if (p.width <= 0 || p.height <= 0) return;
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    palette.current ??= readPalette(stage);
    const dpr = globalThis.devicePixelRatio || 1;
    const w = Math.round(p.width * dpr);
    const h = Math.round(p.height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${p.width}px`;
      canvas.style.height = `${p.height}px`;
    }
    const t = live.current;
    // The bitmap is made again when the view rests somewhere else (or the size, data or basemap changed).
    let image = basemapImage.current;
    const stale =
      image === null ||
      image.width !== p.width + 2 * BASEMAP_MARGIN ||
      image.height !== p.height + 2 * BASEMAP_MARGIN ||
      (!movingRef.current && (image.t.k !== t.k || image.t.x !== t.x || image.t.y !== t.y));
    if (p.paths !== null && basemapCanvas !== null && (stale || basemapPathsOf.current !== p.paths)) {
      image = renderBasemapImage(basemapCanvas, p.paths, t, p.width, p.height, dpr, BASEMAP_MARGIN);
      basemapImage.current = image;
      basemapPathsOf.current = p.paths;
    }
    if (p.paths === null) image = null;
    const scene = sceneAt(p, t, !movingRef.current);
    const s = useTimelineStore.getState();
    const at = (id: string | null): [number, number] | null => {
      if (id === null) return null;
      const i = p.index.indexById.get(id);
      const x = i === undefined ? Number.NaN : p.points.xs[i]!;
      const y = i === undefined ? Number.NaN : p.points.ys[i]!;
      return Number.isNaN(x) ? null : [x * t.k + t.x, y * t.k + t.y];
    };
    paintMap(
      ctx,
      { ...scene, dpr, basemap: image, hovered: at(s.hoveredEventId), selected: at(s.selected?.eventId ?? null) },
      palette.current,
    );
    if (!announced.current && p.paths !== null) {
      announced.current = true;
      if (performance.getEntriesByName(MAP_DRAWN_MARK).length === 0) performance.mark(MAP_DRAWN_MARK);
      stage.dispatchEvent(
        new CustomEvent(MAP_DRAWN_EVENT, {
          bubbles: true,
          detail: { markers: scene.inside.length + scene.outside.length },
        }),
      );
    }
  }, [basemapCanvas]);
  const schedule = useCallback(() => {
    frame.current ??= requestAnimationFrame(paint);
  }, [paint]);
  useLayoutEffect(() => {
    announced.current = false;
  }, [sets, paths]);
  useLayoutEffect(() => {
    if (canvasOn) paint();
  }, [canvasOn, paint, sets, points, paths, box, width, height, labels]);
  useEffect(() => {
    if (!canvasOn) return;
    const unsubscribe = useTimelineStore.subscribe((s, prev) => {
      if (s.hoveredEventId !== prev.hoveredEventId || s.selected !== prev.selected) schedule();
    });
    return () => {
      unsubscribe();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [canvasOn, schedule]);

  // The exporters' snapshot: the view as it is now, rendered from the same data as the canvas.
  const snapshotInput = useRef({ projection, basemap });
  useLayoutEffect(() => {
    snapshotInput.current = { projection, basemap };
  }, [projection, basemap]);
  useEffect(() => {
    setMapSvgSource(() => {
      const p = paintInput.current;
      const { projection: proj, basemap: base } = snapshotInput.current;
      const t = live.current;
      // Before the first frame has read the palette, the snapshot falls back to neutral ink.
      const ink = palette.current ?? { type: {}, fallback: '#7a8ca6', font: 'system-ui, sans-serif' };
      return renderMapSvg({ ...sceneAt(p, t, true), projection: proj, basemap: base }, ink);
    });
    return () => setMapSvgSource(null);
  }, []);

  // d3-zoom: wheel, drag and pinch give transforms; a new projection (data, size) starts from the fitted view.
  useEffect(() => {
    const stage = stageRef.current;
    if (stage === null || width <= 0 || height <= 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([minZoom(projection, width), MAX_K])
      .extent([
        [0, 0],
        [width, height],
      ])
      // No animated zoom: the app runs no transitions (see vite.config.ts's d3-transition alias).
      .duration(0)
      // Shift+drag and the "Draw area" mode draw a box instead of panning; the wheel always zooms.
      .filter((e: Event) => {
        const m = e as MouseEvent;
        if (m.type === 'wheel') return true;
        return !m.shiftKey && !boxModeRef.current && !m.ctrlKey && (m.button ?? 0) === 0;
      })
      .on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
        live.current = { k: e.transform.k, x: e.transform.x, y: e.transform.y };
        // A change from a button or key (no pointer event) is one step: the map rests at once, crisp.
        const gesture = e.sourceEvent !== null && e.sourceEvent !== undefined;
        movingRef.current = gesture;
        schedule();
        clearTimeout(timer);
        if (!gesture) {
          setMoving(false);
          setSettled(live.current);
          return;
        }
        setMoving(true);
        timer = setTimeout(() => {
          movingRef.current = false;
          setMoving(false);
          setSettled(live.current);
          schedule(); // the basemap again, crisp, at the resting view
        }, SETTLE_MS);
      });
    const s = select(stage);
    s.call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    live.current = IDENTITY;
    z.transform(s, zoomIdentity);
    setSettled(IDENTITY);
    setMoving(false);
    clearTimeout(timer);
    return () => {
      clearTimeout(timer);
      s.on('.zoom', null);
      behaviour.current = null;
    };
  }, [projection, width, height, schedule]);

  const transformTo = useCallback((t: ViewTransform) => {
    const stage = stageRef.current;
    const z = behaviour.current;
    if (stage === null || z === null) return;
    z.transform(select(stage), zoomIdentity.translate(t.x, t.y).scale(t.k));
  }, []);
  const zoomBy = useCallback((f: number) => {
    const stage = stageRef.current;
    const z = behaviour.current;
    if (stage !== null && z !== null) z.scaleBy(select(stage), f);
  }, []);
  const panBy = useCallback((dx: number, dy: number) => {
    const stage = stageRef.current;
    const z = behaviour.current;
    if (stage !== null && z !== null) z.translateBy(select(stage), dx / live.current.k, dy / live.current.k);
  }, []);

  // Keyboard: one tab stop on the markers (roving tabindex); arrows walk them west to east.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const selectedId = useTimelineStore((s) => s.selected?.eventId ?? null);
  const activeKey =
    focusKey !== null && buttons.some((b) => b.key === focusKey)
      ? focusKey
      : (buttons.find((b) => b.eventId !== null && b.eventId === selectedId)?.key ?? buttons[0]?.key ?? null);

  const choose = (b: MarkerButton) => {
    const st = useTimelineStore.getState();
    if (b.eventId !== null) {
      st.select(b.eventId);
      return;
    }
    const m = b.marker;
    if (b.colocated) {
      const e = index.events[m.event]!.location!;
      // A box about a kilometre across around the spot: every event there, nothing from the next town.
      st.setRegion(regionFromCorners(e.lon - 0.01, e.lat - 0.01, e.lon + 0.01, e.lat + 0.01));
      return;
    }
    setFocusKey(null);
    transformTo(transformToFit(m, width, height, MAX_K));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).dataset.key;
    const step = 80;
    // Zoom and fit take the timeline's keys (one table); the map's arrows pan, or move between markers, below.
    const action = actionForKey(e.key, e.shiftKey, true);
    if (action?.id === 'zoom-in') zoomBy(ZOOM_STEP);
    else if (action?.id === 'zoom-out') zoomBy(1 / ZOOM_STEP);
    else if (action?.id === 'fit') transformTo(IDENTITY);
    else if (e.key === 'Escape' && boxMode) setBoxMode(false);
    else if (key === undefined || e.shiftKey) {
      const d: Record<string, [number, number]> = {
        ArrowLeft: [step, 0],
        ArrowRight: [-step, 0],
        ArrowUp: [0, step],
        ArrowDown: [0, -step],
      };
      const move = d[e.key];
      if (move === undefined) return;
      panBy(move[0], move[1]);
    } else {
      const at = buttons.findIndex((b) => b.key === key);
      const target =
        e.key === 'ArrowRight' || e.key === 'ArrowDown'
          ? buttons[at + 1]
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
            ? buttons[at - 1]
            : e.key === 'Home'
              ? buttons[0]
              : e.key === 'End'
                ? buttons[buttons.length - 1]
                : undefined;
      if (target === undefined) return;
      setFocusKey(target.key);
      refs.current.get(target.key)?.focus();
    }
    e.preventDefault();
  };

  // Drawing a box: Shift+drag anywhere, or any drag in "Draw area" mode (touch screens, no keyboard).
  const drag = useRef<{ x: number; y: number; id: number } | null>(null);
  const local = (e: PointerEvent) => {
    const r = stageRef.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };
  const showBox = (x0: number, y0: number, x1: number, y1: number) => {
    const el = boxRef.current;
    if (el === null) return;
    el.hidden = false;
    el.style.left = `${Math.min(x0, x1)}px`;
    el.style.top = `${Math.min(y0, y1)}px`;
    el.style.width = `${Math.abs(x1 - x0)}px`;
    el.style.height = `${Math.abs(y1 - y0)}px`;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!(e.shiftKey || boxMode) || e.button !== 0) return;
    if ((e.target as HTMLElement).closest('button') !== null && !boxMode) return;
    const [x, y] = local(e);
    drag.current = { x, y, id: e.pointerId };
    e.currentTarget.setPointerCapture(e.pointerId);
    showBox(x, y, x, y);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d === null || d.id !== e.pointerId) return;
    const [x, y] = local(e);
    showBox(d.x, d.y, x, y);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d === null || d.id !== e.pointerId) return;
    drag.current = null;
    if (boxRef.current !== null) boxRef.current.hidden = true;
    const [x, y] = local(e);
    if (Math.abs(x - d.x) < MIN_BOX || Math.abs(y - d.y) < MIN_BOX) return;
    const a = screenToLonLat(projection, live.current, d.x, d.y);
    const b = screenToLonLat(projection, live.current, x, y);
    if (a === null || b === null) return;
    const r = regionFromCorners(a[0], a[1], b[0], b[1]);
    if (r !== null) useTimelineStore.getState().setRegion(r);
    setBoxMode(false);
  };

  const setRegion = useTimelineStore((s) => s.setRegion);
  const hover = useTimelineStore((s) => s.hover);
  const unlocated = useMemo(() => {
    let n = 0;
    for (const i of candidates) if (index.events[i]!.location === null) n++;
    return n;
  }, [candidates, index]);

  return (
    <>
      <div className="map-toolbar" role="toolbar" aria-label="Map tools">
        {/* Named for the map: the timeline's own buttons are "Zoom in" and "Zoom out". */}
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in on the map">
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out on the map">
          Zoom out
        </button>
        <button type="button" onClick={() => transformTo(IDENTITY)}>
          Fit events
        </button>
        <button type="button" aria-pressed={boxMode} onClick={() => setBoxMode((on) => !on)}>
          Draw area
        </button>
        <button
          type="button"
          onClick={() => setRegion(viewRegion(projection, live.current, width, height))}
          title="Show on the timeline only the events inside what the map shows"
        >
          Filter to this view
        </button>
        {region !== null ? (
          <button type="button" onClick={() => setRegion(null)}>
            Clear area
          </button>
        ) : null}
      </div>
      <p className="map-status" aria-live="polite">
        {formatCount(sets.inside.length)} {sets.inside.length === 1 ? 'event' : 'events'} on the map
        {region !== null ? ` inside the area (${formatCount(sets.outside.length)} outside, grey)` : ''}
        {unlocated > 0 ? ` · ${formatCount(unlocated)} without a place` : ''}
        {basemapError !== null ? ` · ${basemapError}` : ''}
      </p>
      <div
        className={`map-stage${moving ? ' moving' : ''}${boxMode ? ' box-mode' : ''}`}
        ref={stageRef}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          if (boxRef.current !== null) boxRef.current.hidden = true;
        }}
        tabIndex={buttons.length === 0 ? 0 : -1}
        role={buttons.length === 0 ? 'group' : undefined}
        aria-label={buttons.length === 0 ? 'Map: no event here; arrow keys pan, + and − zoom' : undefined}
      >
        {canvasOn ? <canvas className="map-canvas" ref={canvasRef} aria-hidden="true" /> : null}
        <div className="map-box" ref={boxRef} hidden />
        {buttons.map((b) => {
          const r = Math.max(12, markerRadius(b.marker.count));
          return (
            <button
              key={b.key}
              type="button"
              ref={(el) => {
                if (el === null) refs.current.delete(b.key);
                else refs.current.set(b.key, el);
              }}
              className={`map-marker${b.eventId === null ? ' map-cluster' : ''}${b.eventId !== null && b.eventId === selectedId ? ' selected' : ''}`}
              style={{ left: b.marker.x - r, top: b.marker.y - r, width: 2 * r, height: 2 * r }}
              tabIndex={b.key === activeKey ? 0 : -1}
              aria-label={b.name}
              aria-pressed={b.eventId === null ? undefined : b.eventId === selectedId}
              title={b.name}
              data-key={b.key}
              data-event-id={b.eventId ?? undefined}
              onClick={() => choose(b)}
              onMouseEnter={() => b.eventId !== null && hover(b.eventId)}
              onMouseLeave={() => b.eventId !== null && hover(null)}
              onFocus={() => {
                setFocusKey(b.key);
                if (b.eventId !== null) hover(b.eventId);
              }}
              onBlur={() => b.eventId !== null && hover(null)}
            />
          );
        })}
      </div>
      <p className="keys-hint">
        Drag to pan, wheel to zoom, Shift+drag to filter to an area. On a marker: arrows, Enter, + and −, 0 fits.
      </p>
    </>
  );
}
