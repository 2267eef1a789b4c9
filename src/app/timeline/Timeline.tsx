/**
 * The timeline: toolbar, overview strip, axis and swimlanes. D3 computes (scales, ticks, zoom gestures), pure
 * functions lay out (layoutLane), React renders only the marks inside the visible window.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleUtc } from 'd3-scale';
import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../store/index.ts';
import { selectFilterResult, selectLanes } from '../store/selectors.ts';
import type { DataIndex } from '../store/dataIndex.ts';
import { formatInstant } from '../lib/formatDate.ts';
import { Axis, axisTicks } from './Axis.tsx';
import { EventMark } from './EventMark.tsx';
import { layoutLane, type LayoutOptions } from './layout.ts';
import { ClusterBadge } from './ClusterBadge.tsx';
import { buildNav, markKey, navigate, type NavMove } from './keyboardNav.ts';
import { Overview } from './Overview.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { useZoom } from './useZoom.ts';
import { clampWindow, fullWindow, panWindow, zoomWindow, type ViewWindow } from './viewWindow.ts';

const ROW_H = 24;
const LANE_PAD = 5;

export function Timeline({ index }: { index: DataIndex }) {
  const lanes = useTimelineStore(selectLanes);
  const result = useTimelineStore(selectFilterResult);
  const { storedWindow, collapsed, setWindow, toggleLane } = useTimelineStore(
    useShallow((s) => ({
      storedWindow: s.window,
      collapsed: s.collapsed,
      setWindow: s.setWindow,
      toggleLane: s.toggleLane,
    })),
  );
  const selectedId = useTimelineStore((s) => s.selected?.eventId ?? null);
  const full = useMemo(() => fullWindow(index.extent), [index]);
  const view: ViewWindow = storedWindow ?? full;
  const [plotRef, width] = useElementWidth<HTMLDivElement>();

  const base = useMemo(() => scaleUtc().domain(full).range([0, width]), [full, width]);
  const scale = useMemo(() => scaleUtc().domain(view).range([0, width]), [view, width]);
  const ticks = useMemo(() => axisTicks(scale, width), [scale, width]);
  const moveTo = useCallback(
    (w: ViewWindow | null) => setWindow(w === null ? null : clampWindow(w, full)),
    [setWindow, full],
  );
  useZoom(plotRef, base, view, moveTo);
  const zoomTo = useCallback(
    (start: number, end: number) => {
      const pad = Math.max((end - start) * 0.15, 86_400_000);
      moveTo([start - pad, end + pad]);
    },
    [moveTo],
  );

  const options: LayoutOptions = useMemo(() => {
    const maxLabel = width < 500 ? 120 : 220;
    return {
      width,
      maxRows: width < 500 ? 3 : 4,
      pointSize: 12,
      minSpan: 8,
      tail: 28,
      gap: 4,
      labelWidth: (e: number) => Math.min(maxLabel, index.events[e]!.title.length * 6.3 + 10),
    };
  }, [width, index]);
  const layouts = useMemo(
    () => lanes.map((l) => (collapsed.has(l.key) ? null : layoutLane(l.events, index.extents, scale, options))),
    [lanes, collapsed, index, scale, options],
  );

  // Keyboard: one tab stop in the timeline (roving tabindex); arrows move between the marks that are drawn.
  const nav = useMemo(() => buildNav(lanes, layouts, index), [lanes, layouts, index]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  /** Set by keys that move the window: after the next layout, focus goes back into the timeline. */
  const pendingFocus = useRef(false);
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
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const target = activeKey === null ? undefined : refs.current.get(activeKey);
    (target ?? plotRef.current)?.focus();
  }, [activeKey, nav, plotRef]);

  const focusMark = (key: string) => {
    setFocusKey(key);
    refs.current.get(key)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).dataset.key;
    // Keys that move the window can take the focused mark out of view: focus then goes to what is drawn.
    const keep = () => (pendingFocus.current = true);
    const zoomBy = (f: number) => {
      keep();
      moveTo(zoomWindow(view, f));
    };
    if (e.key === '+' || e.key === '=') zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5);
    else if (e.key === '0') {
      keep();
      moveTo(null);
    } else if (e.key === 'PageUp' || (e.shiftKey && e.key === 'ArrowLeft')) {
      keep();
      moveTo(panWindow(view, -0.25));
    } else if (e.key === 'PageDown' || (e.shiftKey && e.key === 'ArrowRight')) {
      keep();
      moveTo(panWindow(view, 0.25));
    } else if (key === undefined) {
      if (e.key === 'ArrowLeft') moveTo(panWindow(view, -0.1));
      else if (e.key === 'ArrowRight') moveTo(panWindow(view, 0.1));
      else return;
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
      else if (move === 'next' || move === 'previous') {
        // At the edge of what is drawn: bring the next stretch of time into view, keep the keyboard going.
        keep();
        moveTo(panWindow(view, move === 'next' ? 0.5 : -0.5));
      }
    }
    e.preventDefault();
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="window-label" aria-live="polite">
          {formatInstant(view[0])} – {formatInstant(view[1])}
        </p>
      </div>
      <TimelineToolbar
        onZoomIn={() => moveTo(zoomWindow(view, 1.5))}
        onZoomOut={() => moveTo(zoomWindow(view, 1 / 1.5))}
        onFit={() => moveTo(null)}
      />
      <Overview
        width={width}
        full={full}
        view={view}
        isFull={storedWindow === null}
        passing={result.passing}
        extents={index.extents}
        onWindow={moveTo}
      />
      <div
        className="plot"
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
        <svg className="grid" width={width} aria-hidden="true">
          {ticks.map((t) => (
            <line key={t.getTime()} x1={scale(t)} x2={scale(t)} y1={0} y2="100%" />
          ))}
        </svg>
        {lanes.length === 0 ? <p className="empty">No event passes the filters.</p> : null}
        {lanes.map((lane, n) => {
          const layout = layouts[n] ?? null;
          return (
            <div key={lane.key} role="group" aria-label={lane.name} className="lane">
              <div className="lane-header">
                <button
                  type="button"
                  className="lane-toggle"
                  aria-expanded={layout !== null}
                  onClick={() => toggleLane(lane.key)}
                >
                  <span className="chevron" aria-hidden="true" />
                  {lane.name}
                </button>
                <span className="lane-count">
                  {lane.events.length} {lane.events.length === 1 ? 'event' : 'events'}
                </span>
              </div>
              {layout === null ? null : (
                <div className="lane-body" style={{ height: LANE_PAD * 2 + Math.max(1, layout.rows) * ROW_H }}>
                  {layout.marks.map((m) => {
                    if (m.kind === 'event') {
                      const key = markKey(lane.key, m, index);
                      return (
                        <EventMark
                          key={key}
                          markKey={key}
                          event={index.events[m.event]!}
                          extent={index.extents[m.event]!}
                          label={index.labels[m.event]!}
                          x0={m.x0}
                          x1={m.x1}
                          top={LANE_PAD + m.row * ROW_H}
                          showTitle={m.label}
                          tabbable={key === activeKey}
                          registerRef={registerRef}
                          onFocusMark={setFocusKey}
                        />
                      );
                    }
                    const key = markKey(lane.key, m, index);
                    return (
                      <ClusterBadge
                        key={key}
                        cluster={m}
                        markKey={key}
                        top={LANE_PAD + m.row * ROW_H}
                        tabbable={key === activeKey}
                        registerRef={registerRef}
                        onFocusMark={setFocusKey}
                        onZoomTo={zoomTo}
                      />
                    );
                  })}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <p className="keys-hint">
        Wheel or pinch to zoom, drag to pan. Keys on a mark: arrows move between events, Enter opens the source,
        Shift+arrows pan, + and − zoom, 0 fits all.
      </p>
    </section>
  );
}
