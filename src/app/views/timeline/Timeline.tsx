/**
 * The timeline: toolbar, overview strip, axis and swimlanes. D3 computes (scales, ticks, zoom gestures), pure
 * functions lay out (laneMarks over per-lane indexes), a canvas layer paints every mark of the window each
 * frame (useCanvasLayer), and React keeps focusable, named buttons over the marks for keyboard, screen readers
 * and clicks. Those buttons follow the window once it settles (SETTLE_MS after the last change), so a zoom or
 * pan gesture re-renders the axis, not thousands of marks.
 */
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { scaleUtc } from '../../core/utcScale.ts';
import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../../store/index.ts';
import { selectFilterResult, selectFilteredExtent, selectLanes, usedEventTypes } from '../../store/selectors.ts';
import { formatInstant } from '../../core/formatDate.ts';
import { Axis, axisTicks } from './Axis.tsx';
import { EventMark, markName } from './EventMark.tsx';
import {
  histogramHeight,
  visiblePart,
  type ClusterLayout,
  type LaneLayout,
  type LayoutOptions,
} from '../../core/timeline/layout.ts';
import { buildLaneIndex } from '../../core/timeline/laneIndex.ts';
import { visibleLanes, type LaneGroupView } from '../../core/timeline/laneView.ts';
import { LaneOptions } from './LaneOptions.tsx';
import { timelineLayoutOptions } from './layoutOptions.ts';
import { laneMarks } from '../../core/timeline/laneMarks.ts';
import type { Lane } from '../../core/timeline/lanes.ts';
import { ClusterBadge } from './ClusterBadge.tsx';
import { badgeName } from './ClusterBadge.tsx';
import { hitBox, hitMark } from '../../core/timeline/hitTest.ts';
import { buildNav, markKey, navigate, type NavMark, type NavMove } from '../../core/timeline/keyboardNav.ts';
import { Legend } from './Legend.tsx';
import { Overview } from './Overview.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import type { PaintGeometry } from './paintLane.ts';
import { isExpanded, useCanvasLayer } from './useCanvasLayer.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useSettledWindow } from './useSettledWindow.ts';
import { useZoom } from './useZoom.ts';
import { actionForKey, type TimelineAction } from '../../core/timeline/timelineActions.ts';
import { centreInWindow, clampWindow, fitWindow, fullWindow, type ViewWindow } from '../../core/timeline/viewWindow.ts';
import { useDataIndex } from '../../store/useDataIndex.ts';
import { formatCount } from '../../core/formatCount.ts';

const GEOMETRY: PaintGeometry = { shapeHeight: 12 };
/**
 * Most focusable marks kept in the DOM at once (over all lanes). Dense lanes give one badge per bucket, so this
 * is only reached with very many lanes; lanes past it are painted but have no buttons until the view narrows.
 */
export const MAX_DOM_MARKS = 1500;
const NO_LANES: readonly Lane[] = [];
/** Names listed in the line of lanes with nothing in the window, before "and N more". */
const FOLDED_NAMES = 8;

/** A heading over lanes (a country, when lanes are grouped by place): folds its lanes away on a click. */
function LaneGroup({
  group: g,
  toggle,
  children,
}: {
  group: LaneGroupView;
  toggle: (key: string) => void;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-label={g.name} className="lane-group">
      <div className="lane-group-header">
        <button type="button" className="lane-toggle" aria-expanded={!g.collapsed} onClick={() => toggle(g.key)}>
          <span className="chevron" aria-hidden="true" />
          {g.name}
        </button>
        <span className="lane-count">
          {formatCount(g.laneCount)} {g.laneCount === 1 ? 'place' : 'places'} · {formatCount(g.eventCount)}{' '}
          {g.eventCount === 1 ? 'event' : 'events'}
        </span>
      </div>
      {children}
    </div>
  );
}

/** One line naming the lanes that have nothing in the window, so that folding them away hides nothing silently. */
function FoldedLanes({ lanes }: { lanes: readonly Lane[] }) {
  const names = lanes.slice(0, FOLDED_NAMES).map((l) => l.name);
  const more = lanes.length - names.length;
  return (
    <p className="folded-lanes">
      <span className="muted">Nothing in this window: </span>
      {names.join(', ')}
      {more > 0 ? ` and ${more} more` : ''}
    </p>
  );
}

export function Timeline() {
  const index = useDataIndex();
  const allLanes = useTimelineStore(selectLanes);
  const passing = useTimelineStore((s) => selectFilterResult(s).passing);
  const { storedWindow, collapsed, groupBy, setWindow, toggleLane } = useTimelineStore(
    useShallow((s) => ({
      storedWindow: s.window,
      collapsed: s.collapsed,
      groupBy: s.groupBy,
      setWindow: s.setWindow,
      toggleLane: s.toggleLane,
    })),
  );
  const selectedId = useTimelineStore((s) => s.selected?.eventId ?? null);
  const filteredExtent = useTimelineStore(selectFilteredExtent);
  const full = useMemo(() => fullWindow(index.extent), [index]);
  // Until the plot is measured (its first layout effect, before the browser paints) nothing is drawn: lanes,
  // canvases and the overview at the fallback width would be thrown away at once, and on a large file that
  // drawing doubled the work before the first picture.
  const [plotRef, width, measured] = useElementWidth<HTMLDivElement>();
  const maxLabel = width < 500 ? 120 : 220;
  // No stored window means "fit what passes the filters", with room for the titles after the last marks.
  const fit = useMemo(
    () => fitWindow(filteredExtent ?? index.extent, { width, left: 8, right: maxLabel + 16 }),
    [filteredExtent, index, width, maxLabel],
  );
  const view: ViewWindow = storedWindow ?? fit;

  const base = useMemo(() => scaleUtc().domain(full).range([0, width]), [full, width]);
  const scale = useMemo(() => scaleUtc().domain(view).range([0, width]), [view, width]);
  const ticks = useMemo(() => axisTicks(scale, width), [scale, width]);
  const moveTo = useCallback(
    (w: ViewWindow | null) => setWindow(w === null ? null : clampWindow(w, full)),
    [setWindow, full],
  );
  useZoom(plotRef, base, view, moveTo);
  /** Lanes opened from a badge: lane key → width of the window they were opened at (see isExpanded). */
  const [expanded, setExpanded] = useState<ReadonlyMap<string, number>>(() => new Map());
  /**
   * A badge's click. Points that did not fit: the window becomes exactly their extent with a small margin (half a
   * day at least, so one day's events fill the plot), and their lane opens, so that events of one same day, which
   * no zoom separates, get rows of their own. Bands that did not fit are longer than the window: zooming in would
   * not separate them, so their lane opens where it is. A histogram bar zooms to its slice's events.
   */
  const onBadge = useCallback(
    (laneKey: string, m: ClusterLayout) => {
      // The window at the click, read from the store rather than from `view`: a callback that changed with every
      // frame would reach every lane and badge as a new prop and re-render them all during a gesture.
      const view: ViewWindow = useTimelineStore.getState().window ?? fit;
      let next: ViewWindow = view;
      if (m.cluster !== 'bands') {
        const margin = Math.max((m.end - m.start) * 0.08, 43_200_000);
        next = clampWindow([m.start - margin, m.end + margin], full);
      }
      if (m.cluster !== 'bucket') {
        const opened = new Map(expanded);
        opened.set(laneKey, next[1] - next[0]);
        setExpanded(opened);
      }
      if (next !== view) moveTo(next);
    },
    [fit, full, expanded, moveTo],
  );

  const options: LayoutOptions = useMemo(
    () => timelineLayoutOptions(index.events, width, maxLabel),
    [width, index, maxLabel],
  );
  // Built once per data/filter change; every frame afterwards only searches them.
  const allIndexes = useMemo(
    () => allLanes.map((l) => buildLaneIndex(l.events, index.extents, index.typeOf)),
    [allLanes, index],
  );
  const domView = useSettledWindow(view);
  // Lanes with nothing in the (settled) window fold away, and so do lanes under a collapsed country.
  const { lanes, laneIndexes, folded, groups } = useMemo(
    () => visibleLanes(allLanes, allIndexes, index, domView, collapsed, groupBy),
    [allLanes, allIndexes, index, domView, collapsed, groupBy],
  );

  // The canvas paints the live window; the focusable DOM marks follow the settled one.
  const [canvases] = useState(() => new Map<string, HTMLCanvasElement>());
  const [bodies] = useState(() => new Map<string, HTMLElement>());
  const canvas = useCanvasLayer({
    plotRef,
    lanes: measured ? lanes : NO_LANES,
    laneIndexes,
    collapsed,
    expanded,
    index,
    // The window painted when none is stored: the fit of what is filtered, as the axis and the buttons use.
    full: fit,
    width,
    options,
    geometry: GEOMETRY,
    canvases,
    bodies,
  });
  // On mount the canvas paints every event at once (in its layout effect); the focusable buttons over the marks
  // (up to MAX_DOM_MARKS, each created and laid out) come in the next task, so that they do not hold up the first
  // picture. Without a canvas the buttons are the picture, and come at once.
  const [buttonsOn, setButtonsOn] = useState(!canvas.active);
  useEffect(() => {
    if (buttonsOn) return;
    const timer = setTimeout(() => setButtonsOn(true), 0);
    return () => clearTimeout(timer);
  }, [buttonsOn]);
  const layouts = useMemo(() => {
    if (!buttonsOn)
      return lanes.map((l) => (collapsed.has(l.key) ? null : { marks: [], height: histogramHeight(options) }));
    const domScale = scaleUtc().domain(domView).range([0, width]);
    let budget = MAX_DOM_MARKS;
    const out: (LaneLayout | null)[] = [];
    for (const [n, l] of lanes.entries()) {
      const open = isExpanded(expanded, l.key, domView);
      const layout = collapsed.has(l.key) ? null : laneMarks(laneIndexes[n]!, index.extents, domScale, options, open);
      if (layout !== null && layout.marks.length > budget) out.push({ marks: [], height: layout.height });
      else {
        out.push(layout);
        budget -= layout?.marks.length ?? 0;
      }
    }
    return out;
  }, [buttonsOn, lanes, laneIndexes, collapsed, expanded, index, domView, width, options]);
  const moving = domView[0] !== view[0] || domView[1] !== view[1];

  // Keyboard: one tab stop in the timeline (roving tabindex); arrows move between the marks that are drawn.
  const nav = useMemo(() => buildNav(lanes, layouts, index), [lanes, layouts, index]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  /** Set by keys that move the window: after the next layout, focus goes back into the timeline. */
  const pendingFocus = useRef(false);
  /** Where focus was (lane, x) before the window moved: the mark nearest to it in that lane takes focus. */
  // By lane key: lanes with nothing in the new window fold away, so a lane's position can change as it moves.
  const fallbackFocus = useRef<{ laneKey: string; x: number } | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const registerRef = useCallback((key: string, el: HTMLElement | null) => {
    if (el === null) refs.current.delete(key);
    else refs.current.set(key, el);
  }, []);
  const allKeys = useMemo(() => new Set(nav.flatMap((l) => l.map((m) => m.key))), [nav]);
  const selectedKey = useMemo(() => {
    if (selectedId === null) return null;
    for (const l of nav) for (const m of l) if (m.key.endsWith(`|${selectedId}`)) return m.key;
    return null;
  }, [nav, selectedId]);
  const activeKey =
    focusKey !== null && allKeys.has(focusKey)
      ? focusKey
      : (selectedKey ?? nav.find((l) => l.length > 0)?.[0]?.key ?? null);

  useEffect(() => {
    // While the window moves, the drawn marks still belong to the old window and some are about to go: focus
    // lands only once the marks follow the settled window, or it would fall to the page with a removed mark.
    if (!pendingFocus.current || moving) return;
    pendingFocus.current = false;
    let key = focusKey !== null && allKeys.has(focusKey) ? focusKey : null;
    const place = fallbackFocus.current;
    fallbackFocus.current = null;
    if (key === null && place !== null) {
      // The focused mark left the window: the nearest mark of the same lane, not the first mark of the page.
      let best: NavMark | null = null;
      for (const m of nav[lanes.findIndex((l) => l.key === place.laneKey)] ?? [])
        if (best === null || Math.abs(m.center - place.x) < Math.abs(best.center - place.x)) best = m;
      key = best?.key ?? null;
    }
    // A lane with nothing left in the window keeps focus on the plot itself, not on another lane's first mark.
    if (place === null) key ??= activeKey;
    if (key !== null && key !== focusKey) setFocusKey(key);
    const target = key === null ? undefined : refs.current.get(key);
    (target ?? plotRef.current)?.focus({ preventScroll: true });
  }, [activeKey, focusKey, allKeys, nav, lanes, plotRef, moving]);

  const focusMark = (key: string) => {
    setFocusKey(key);
    refs.current.get(key)?.focus();
  };

  // Mouse on the canvas (where no button lies over a mark, or while the buttons catch up): hit-test what was
  // painted. A click selects an event or zooms into a badge; hovering lights up twins and names the mark.
  const painted = canvas.painted;
  const markAt = useCallback(
    (laneKey: string, e: MouseEvent<HTMLCanvasElement>) => {
      const layout = painted.current.get(laneKey);
      if (layout === undefined) return null;
      const r = e.currentTarget.getBoundingClientRect();
      return hitMark(layout, e.clientX - r.left, e.clientY - r.top, width);
    },
    [painted, width],
  );
  const onCanvasClick = useCallback(
    (laneKey: string, e: MouseEvent<HTMLCanvasElement>) => {
      const m = markAt(laneKey, e);
      if (m === null) return;
      if (m.kind === 'event') useTimelineStore.getState().select(index.events[m.event]!.id);
      else onBadge(laneKey, m);
    },
    [markAt, index, onBadge],
  );
  const onCanvasMove = useCallback(
    (laneKey: string, e: MouseEvent<HTMLCanvasElement>) => {
      const m = markAt(laneKey, e);
      const id = m?.kind === 'event' ? index.events[m.event]!.id : null;
      const el = e.currentTarget;
      el.classList.toggle('over-mark', m !== null);
      const title =
        m === null ? '' : m.kind === 'event' ? markName(index.events[m.event]!, index.labels[m.event]!) : badgeName(m);
      if (el.title !== title) el.title = title;
      const st = useTimelineStore.getState();
      if (st.hoveredEventId !== id) st.hover(id);
    },
    [markAt, index],
  );
  const onCanvasLeave = useCallback(() => {
    if (useTimelineStore.getState().hoveredEventId !== null) useTimelineStore.getState().hover(null);
  }, []);

  /** The lane index and x of the focused mark, so a key that moves the window can keep focus in that lane. */
  const focusPlace = (key: string | undefined): { lane: number; x: number } | null => {
    if (key === undefined) return null;
    for (const [l, marks] of nav.entries()) {
      const m = marks.find((k) => k.key === key);
      if (m !== undefined) return { lane: l, x: m.center };
    }
    return null;
  };
  /** The centre instant of the event of a mark key (`lane|eventId`), or null for a badge or no mark. */
  const anchorOf = (key: string | undefined): number | null => {
    const id = key?.slice(key.lastIndexOf('|') + 1);
    const i = id === undefined ? undefined : index.indexById.get(id);
    if (i === undefined) return null;
    const x = index.extents[i]!;
    return (x.start + x.end) / 2;
  };
  const runAction = (a: TimelineAction, key: string | undefined) => {
    const anchor = a.id === 'zoom-in' || a.id === 'zoom-out' ? anchorOf(key) : null;
    const place = focusPlace(key);
    if (place !== null) fallbackFocus.current = { laneKey: lanes[place.lane]!.key, x: place.x };
    moveTo(a.run({ view, anchor }));
  };
  const onToolbarAction = (a: TimelineAction) => moveTo(a.run({ view, anchor: null }));

  /**
   * ArrowRight on the last drawn mark of a lane: the lane's next event beyond the window, brought to the middle
   * of the same-width window and focused; nothing when there is none (no panning into empty years).
   */
  const stepBeyond = (key: string, move: 'next' | 'previous'): boolean => {
    const place = focusPlace(key);
    if (place === null) return false;
    const lane = lanes[place.lane]!;
    const events = lane.events;
    let target = -1;
    if (move === 'next') {
      for (const i of events)
        if (index.extents[i]!.start >= view[1]) {
          target = i;
          break;
        }
    } else {
      for (let k = events.length - 1; k >= 0; k--)
        if (index.extents[events[k]!]!.end <= view[0]) {
          target = events[k]!;
          break;
        }
    }
    if (target < 0) return false;
    const x = index.extents[target]!;
    pendingFocus.current = true;
    fallbackFocus.current = { laneKey: lane.key, x: width / 2 };
    setFocusKey(`${lane.key}|${index.events[target]!.id}`);
    moveTo(centreInWindow(view, x.start, x.end));
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).dataset.key;
    const action = actionForKey(e.key, e.shiftKey, key !== undefined);
    if (action !== null) {
      // Keys that move the window can take the focused mark out of view: focus then goes to what is drawn.
      pendingFocus.current = true;
      runAction(action, key);
    } else if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).classList.contains('cluster')) {
      // The badge's own click zooms in; the badge itself then goes away, so focus must land on what is drawn.
      pendingFocus.current = true;
      return;
    } else if (key === undefined) {
      return;
    } else {
      const moves: Record<string, NavMove> = {
        ArrowRight: 'next',
        ArrowLeft: 'previous',
        ArrowDown: 'down',
        ArrowUp: 'up',
        Home: 'first',
        End: 'last',
      };
      const move = moves[e.key];
      if (move === undefined) return;
      const target = navigate(nav, key, move);
      if (target !== null) focusMark(target);
      else if (move === 'next' || move === 'previous') stepBeyond(key, move);
    }
    e.preventDefault();
  };

  const renderLane = (lane: Lane, n: number) => (
    <LaneRow
      key={lane.key}
      lane={lane}
      layout={layouts[n] ?? null}
      activeKey={activeKey}
      canvasOn={canvas.active}
      canvases={canvases}
      bodies={bodies}
      toggleLane={toggleLane}
      registerRef={registerRef}
      onFocusMark={setFocusKey}
      onBadge={onBadge}
      width={width}
      onCanvasClick={onCanvasClick}
      onCanvasMove={onCanvasMove}
      onCanvasLeave={onCanvasLeave}
    />
  );

  const plotClass = `plot${canvas.active ? ' canvas-on' : ''}${moving ? ' moving' : ''}`;
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        {/* The settled window, like the buttons: a live region rewritten every frame of a gesture would be read out
            again and again, and relaid out each frame. */}
        <p className="window-label" aria-live="polite">
          {formatInstant(domView[0])} – {formatInstant(domView[1])}
        </p>
      </div>
      <TimelineToolbar onAction={onToolbarAction} />
      <LaneOptions />
      <Legend types={usedEventTypes(index)} />
      {measured ? (
        <Overview
          width={width}
          full={full}
          view={view}
          isFull={view[0] <= full[0] && view[1] >= full[1]}
          passing={passing}
          extents={index.extents}
          onWindow={moveTo}
        />
      ) : null}
      <div
        className={plotClass}
        ref={plotRef}
        onKeyDown={onKeyDown}
        // In the tab order only when no mark is drawn; focusable always, so keys keep working while marks come and go.
        tabIndex={allKeys.size === 0 ? 0 : -1}
        aria-label={allKeys.size === 0 ? 'Timeline: no events in this window; arrow keys pan, + and − zoom' : undefined}
        role={allKeys.size === 0 ? 'group' : undefined}
      >
        <div className="axis-row">
          <Axis scale={scale} width={width} ticks={ticks} />
        </div>
        {canvas.active ? null : (
          // Without a canvas the grid is SVG; with one, each lane's canvas paints it (no plot-high repaint per frame).
          <svg className="grid" width={width} aria-hidden="true">
            {ticks.map((t) => (
              <line key={t.getTime()} x1={scale(t)} x2={scale(t)} y1={0} y2="100%" />
            ))}
          </svg>
        )}
        {allLanes.length === 0 ? <p className="empty">No event passes the filters.</p> : null}
        {measured
          ? groups === null
            ? lanes.map(renderLane)
            : groups.map((g) => (
                <LaneGroup key={g.key} group={g} toggle={toggleLane}>
                  {lanes.slice(g.start, g.end).map((lane, k) => renderLane(lane, g.start + k))}
                </LaneGroup>
              ))
          : null}
        {measured && folded.length > 0 ? <FoldedLanes lanes={folded} /> : null}
      </div>
      <p className="keys-hint">
        Wheel or pinch to zoom, drag to pan. Keys on a mark: arrows move between events, Enter opens the source, Escape
        closes it, PageUp/PageDown pan, + and − zoom around the mark, 0 fits what is filtered.
      </p>
    </section>
  );
}

interface LaneRowProps {
  readonly lane: Lane;
  /** The settled window's layout (its buttons); null when the lane is collapsed. */
  readonly layout: LaneLayout | null;
  readonly activeKey: string | null;
  readonly canvasOn: boolean;
  readonly canvases: Map<string, HTMLCanvasElement>;
  readonly bodies: Map<string, HTMLElement>;
  readonly toggleLane: (key: string) => void;
  readonly registerRef: (key: string, el: HTMLElement | null) => void;
  readonly onFocusMark: (key: string) => void;
  readonly onBadge: (laneKey: string, cluster: ClusterLayout) => void;
  readonly width: number;
  readonly onCanvasClick: (laneKey: string, e: MouseEvent<HTMLCanvasElement>) => void;
  readonly onCanvasMove: (laneKey: string, e: MouseEvent<HTMLCanvasElement>) => void;
  readonly onCanvasLeave: () => void;
}

/**
 * One lane: header, and a body holding the canvas and the buttons of the settled layout. Memoized: its props do
 * not change while the window moves, so React skips every lane during a gesture.
 */
const LaneRow = memo(function LaneRow(p: LaneRowProps) {
  const { lane, layout } = p;
  const index = useDataIndex();
  const laneKey = lane.key;
  const { canvases, bodies } = p;
  const canvasRef = useCallback(
    (el: HTMLCanvasElement | null) => {
      if (el === null) canvases.delete(laneKey);
      else canvases.set(laneKey, el);
    },
    [canvases, laneKey],
  );
  const bodyRef = useCallback(
    (el: HTMLDivElement | null) => {
      if (el === null) bodies.delete(laneKey);
      else bodies.set(laneKey, el);
    },
    [bodies, laneKey],
  );
  return (
    <div role="group" aria-label={lane.name} className="lane">
      <div className="lane-header">
        <button
          type="button"
          className="lane-toggle"
          aria-expanded={layout !== null}
          onClick={() => p.toggleLane(laneKey)}
        >
          <span className="chevron" aria-hidden="true" />
          {lane.name}
        </button>
        <span className="lane-count">
          {formatCount(lane.events.length)} {lane.events.length === 1 ? 'event' : 'events'}
        </span>
      </div>
      {layout === null ? null : (
        <div className="lane-body" ref={bodyRef} style={{ height: layout.height }}>
          {p.canvasOn ? (
            <canvas
              className="lane-canvas"
              ref={canvasRef}
              aria-hidden="true"
              onClick={(e) => p.onCanvasClick(laneKey, e)}
              onMouseMove={(e) => p.onCanvasMove(laneKey, e)}
              onMouseLeave={p.onCanvasLeave}
            />
          ) : null}
          {layout.marks.map((m) => {
            const key = markKey(laneKey, m, index);
            if (m.kind === 'event') {
              const [left, right] = hitBox(m, p.width);
              const [s0, s1] = m.band ? visiblePart(m.x0, m.x1, p.width) : [m.x0, m.x1];
              return (
                <EventMark
                  key={key}
                  markKey={key}
                  event={index.events[m.event]!}
                  extent={index.extents[m.event]!}
                  label={index.labels[m.event]!}
                  left={left}
                  width={right - left}
                  top={m.y}
                  height={m.h}
                  shapeWidth={s1 - s0}
                  band={m.band}
                  showTitle={m.labelW > 0}
                  titleFirst={m.labelW > 0 && m.labelX < m.x0}
                  tabbable={key === p.activeKey}
                  registerRef={p.registerRef}
                  onFocusMark={p.onFocusMark}
                />
              );
            }
            return (
              <ClusterBadge
                key={key}
                cluster={m}
                laneKey={laneKey}
                markKey={key}
                width={p.width}
                tabbable={key === p.activeKey}
                registerRef={p.registerRef}
                onFocusMark={p.onFocusMark}
                onBadge={p.onBadge}
              />
            );
          })}
        </div>
      )}
    </div>
  );
});
