import { memo } from 'react';
import type { TimelineEvent } from '../../../model/index.ts';
import { useTimelineStore } from '../../store/index.ts';
import type { TimeExtent } from '../../core/timeline/precision.ts';

export interface EventMarkProps {
  readonly markKey: string;
  readonly event: TimelineEvent;
  readonly extent: TimeExtent;
  readonly label: string;
  /** The button's box: the shape, and the title when it has room for one. */
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly height: number;
  /** Drawn width of the shape (for a band, its visible part). */
  readonly shapeWidth: number;
  readonly band: boolean;
  readonly showTitle: boolean;
  /** The title sits left of the shape (a point at the plot's right edge). */
  readonly titleFirst: boolean;
  readonly tabbable: boolean;
  readonly registerRef: (key: string, el: HTMLElement | null) => void;
  readonly onFocusMark: (key: string) => void;
}

/** Accessible name of a mark: date label and title, and the date conflict when there is one. */
export function markName(event: TimelineEvent, label: string): string {
  return `${label}: ${event.title}${event.dateConflict === true ? ' (sources disagree on the date)' : ''}`;
}

/**
 * One event in one lane: a button (shape + optional title) positioned by the layout. Its classes say how certain
 * the date is, so CSS draws days as points and months/years as lighter bands, and the canvas layer paints the same.
 */
export const EventMark = memo(function EventMark(p: EventMarkProps) {
  const id = p.event.id;
  const hovered = useTimelineStore((s) => s.hoveredEventId === id);
  const selected = useTimelineStore((s) => s.selected?.eventId === id);
  const select = useTimelineStore((s) => s.select);
  const hover = useTimelineStore((s) => s.hover);
  const x = p.extent;
  const shapeClass = [
    'shape',
    x.shape,
    `certainty-${x.certainty}`,
    x.openStart ? 'open-start' : '',
    x.openEnd ? 'open-end' : '',
  ].join(' ');
  return (
    <button
      type="button"
      ref={(el) => p.registerRef(p.markKey, el)}
      className={`mark${p.band ? ' band' : ''}${p.titleFirst ? ' title-first' : ''} type-${p.event.type}${hovered ? ' twin' : ''}${selected ? ' selected' : ''}${p.event.dateConflict === true ? ' conflict' : ''}`}
      style={{ left: p.left, top: p.top, width: p.width, height: p.height }}
      tabIndex={p.tabbable ? 0 : -1}
      aria-label={markName(p.event, p.label)}
      aria-pressed={selected}
      title={markName(p.event, p.label)}
      data-event-id={id}
      data-key={p.markKey}
      onClick={() => select(id)}
      onMouseEnter={() => hover(id)}
      onMouseLeave={() => hover(null)}
      onFocus={() => {
        hover(id);
        p.onFocusMark(p.markKey);
      }}
      onBlur={() => hover(null)}
    >
      <span className={shapeClass} style={{ width: Math.max(1, p.shapeWidth) }} />
      {p.showTitle ? <span className="mark-title">{p.event.title}</span> : null}
    </button>
  );
});
