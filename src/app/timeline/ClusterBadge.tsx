import { memo } from 'react';
import { formatInstant } from '../lib/formatDate.ts';
import type { ClusterLayout } from './layout.ts';

interface Props {
  readonly cluster: ClusterLayout;
  readonly markKey: string;
  readonly top: number;
  readonly tabbable: boolean;
  readonly registerRef: (key: string, el: HTMLElement | null) => void;
  readonly onFocusMark: (key: string) => void;
  /** Zooms to the time the badge covers. */
  readonly onZoomTo: (start: number, end: number) => void;
}

/** A count standing for events that do not fit (overflow row) or for a time bucket of a dense lane. */
function ClusterBadgeView({ cluster: m, markKey, top, tabbable, registerRef, onFocusMark, onZoomTo }: Props) {
  const count = m.count;
  return (
    <button
      ref={(el) => registerRef(markKey, el)}
      type="button"
      className={m.overflow ? 'cluster' : 'cluster bucket'}
      data-key={markKey}
      style={{ left: m.x0, top, width: m.x1 - m.x0 }}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${count} ${m.overflow ? 'more ' : ''}${count === 1 ? 'event' : 'events'}, ${formatInstant(m.start)} to ${formatInstant(m.end - 1)}: zoom in`}
      onFocus={() => onFocusMark(markKey)}
      onClick={() => onZoomTo(m.start, m.end)}
    >
      {m.overflow ? `+${count}` : count}
    </button>
  );
}

/** Layouts are recomputed as wholes; a badge whose drawn values did not change is not rendered again. */
export const ClusterBadge = memo(
  ClusterBadgeView,
  (a, b) =>
    a.markKey === b.markKey &&
    a.top === b.top &&
    a.tabbable === b.tabbable &&
    a.registerRef === b.registerRef &&
    a.onFocusMark === b.onFocusMark &&
    a.onZoomTo === b.onZoomTo &&
    a.cluster.x0 === b.cluster.x0 &&
    a.cluster.x1 === b.cluster.x1 &&
    a.cluster.overflow === b.cluster.overflow &&
    a.cluster.count === b.cluster.count &&
    a.cluster.start === b.cluster.start &&
    a.cluster.end === b.cluster.end,
);
