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
import { layoutLane, type LaneLayout, type LayoutOptions } from './layout.ts';
import type { Lane } from './lanes.ts';
import { Overview } from './Overview.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { useZoom } from './useZoom.ts';
import { clampWindow, fullWindow, panWindow, zoomWindow, type ViewWindow } from './viewWindow.ts';

const ROW_H = 24;
const LANE_PAD = 5;

interface NavMark {
  readonly key: string;
  readonly center: number;
}

export function Timeline({ index }: { index: DataIndex }) {
  const lanes = useTimelineStore(selectLanes);
  const result = useTimelineStore(selectFilterResult);
  const { storedWindow, collapsed, setWindow, toggleLane } = useTimelineStore(
    useShallow((s) => ({ storedWindow: s.window, collapsed: s.collapsed, setWindow: s.setWindow, toggleLane: s.toggleLane })),
  );
  const selectedId = useTimelineStore((s) => s.selected?.eventId ?? null);
  const full = useMemo(() => fullWindow(index.extent), [index]);
  const view: ViewWindow = storedWindow ?? full;
  const [plotRef, width] = useElementWidth<HTMLDivElement>();

  const base = useMemo(() => scaleUtc().domain(full).range([0, width]), [full, width]);
  const scale = useMemo(() => scaleUtc().domain(view).range([0, width]), [view, width]);
  const ticks = useMemo(() => axisTicks(scale, width), [scale, width]);
  const moveTo = useCallback((w: ViewWindow | null) => setWindow(w === null ? null : clampWindow(w, full)), [setWindow, full]);
  useZoom(plotRef, base, view, moveTo);

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
  const pendingFocus = useRef<'first' | 'last' | 'same' | null>(null);
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
    focusKey !== null && allKeys.has(focusKey) ? focusKey : (selectedKey ?? nav.find((l) => l.length > 0)?.[0]?.key ?? null);

  useEffect(() => {
    const mode = pendingFocus.current;
    if (mode === null) return;
    pendingFocus.current = null;
    const target = activeKey === null ? undefined : refs.current.get(activeKey);
    (target ?? plotRef.current)?.focus();
  }, [activeKey, nav, plotRef]);

  const focusMark = (key: string | undefined) => {
    if (key === undefined) return;
    setFocusKey(key);
    refs.current.get(key)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).dataset.key;
    // Keys that move the window can take the focused mark out of view: focus then goes to what is drawn.
    const keep = () => (pendingFocus.current = 'same');
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
    }
    else if (key === undefined) {
      if (e.key === 'ArrowLeft') moveTo(panWindow(view, -0.1));
      else if (e.key === 'ArrowRight') moveTo(panWindow(view, 0.1));
      else return;
    } else {
      const at = locate(nav, key);
      if (at === null) return;
      const lane = nav[at.lane]!;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const step = e.key === 'ArrowRight' ? 1 : -1;
        const next = lane[at.pos + step];
        if (next !== undefined) focusMark(next.key);
        else {
          // At the edge of what is drawn: bring the next stretch of time into view, keep the keyboard going.
          pendingFocus.current = 'same';
          moveTo(panWindow(view, step * 0.5));
        }
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const step = e.key === 'ArrowDown' ? 1 : -1;
        const here = lane[at.pos]!.center;
        for (let l = at.lane + step; l >= 0 && l < nav.length; l += step) {
          const other = nav[l]!;
          if (other.length === 0) continue;
          let best = other[0]!;
          for (const m of other) if (Math.abs(m.center - here) < Math.abs(best.center - here)) best = m;
          focusMark(best.key);
          break;
        }
      } else if (e.key === 'Home') focusMark(lane[0]?.key);
      else if (e.key === 'End') focusMark(lane[lane.length - 1]?.key);
      else return;
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
      <Overview width={width} full={full} view={view} isFull={storedWindow === null} passing={result.passing} extents={index.extents} onWindow={moveTo} />
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
                <button type="button" className="lane-toggle" aria-expanded={layout !== null} onClick={() => toggleLane(lane.key)}>
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
                      const key = `${lane.key}|${index.events[m.event]!.id}`;
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
                    const key = `${lane.key}|cluster|${m.start}`;
                    const count = m.events.length;
                    return (
                      <button
                        key={key}
                        ref={(el) => registerRef(key, el)}
                        type="button"
                        className={m.overflow ? 'cluster' : 'cluster bucket'}
                        data-key={key}
                        style={{ left: m.x0, top: LANE_PAD + m.row * ROW_H, width: m.x1 - m.x0 }}
                        tabIndex={key === activeKey ? 0 : -1}
                        aria-label={`${count} ${m.overflow ? 'more ' : ''}${count === 1 ? 'event' : 'events'}, ${formatInstant(m.start)} to ${formatInstant(m.end - 1)}: zoom in`}
                        onFocus={() => setFocusKey(key)}
                        onClick={() => {
                          const pad = Math.max((m.end - m.start) * 0.15, 86_400_000);
                          moveTo([m.start - pad, m.end + pad]);
                        }}
                      >
                        {m.overflow ? `+${count}` : count}
                      </button>
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

function buildNav(lanes: readonly Lane[], layouts: readonly (LaneLayout | null)[], index: DataIndex): NavMark[][] {
  return lanes.map((lane, n) => {
    const layout = layouts[n];
    if (layout === null || layout === undefined) return [];
    return layout.marks
      .map((m) => ({
        key: m.kind === 'event' ? `${lane.key}|${index.events[m.event]!.id}` : `${lane.key}|cluster|${m.start}`,
        center: (m.x0 + m.x1) / 2,
        x0: m.x0,
        row: m.row,
      }))
      .sort((a, b) => a.x0 - b.x0 || a.row - b.row)
      .map(({ key, center }) => ({ key, center }));
  });
}

function locate(nav: readonly NavMark[][], key: string): { lane: number; pos: number } | null {
  for (const [lane, marks] of nav.entries()) {
    const pos = marks.findIndex((m) => m.key === key);
    if (pos >= 0) return { lane, pos };
  }
  return null;
}
