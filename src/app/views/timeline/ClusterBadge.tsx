import { memo } from 'react';
import { EVENT_TYPES } from '../../../model/index.ts';
import { formatCount } from '../../core/formatCount.ts';
import { formatInstant } from '../../core/formatDate.ts';
import { visiblePart, type ClusterLayout } from '../../core/timeline/layout.ts';

interface Props {
  readonly cluster: ClusterLayout;
  readonly laneKey: string;
  readonly markKey: string;
  /** Width of the plot: the button covers only the badge's visible part, so its centre is always on screen. */
  readonly width: number;
  readonly tabbable: boolean;
  readonly registerRef: (key: string, el: HTMLElement | null) => void;
  readonly onFocusMark: (key: string) => void;
  /** Zooms to the badge's events, or opens the lane for bands that zooming cannot separate. */
  readonly onBadge: (laneKey: string, cluster: ClusterLayout) => void;
}

/** "1,234 events": counts written as the header writes them. */
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "5 airstrikes, 3 captures, 1 other": a bucket's types, most frequent first. */
export function typeSummary(byType: readonly number[]): string {
  return byType
    .map((n, t) => [n, EVENT_TYPES[t]!] as const)
    .filter(([n]) => n > 0)
    .sort((a, b) => b[0] - a[0])
    .map(([n, t]) => plural(n, t.replace('-', ' ')))
    .join(', ');
}

/** What a badge says to a screen reader (and in its tooltip): how many, when, and what a click does. */
export function badgeName(m: ClusterLayout): string {
  if (m.cluster === 'bands') return `${plural(m.count, 'more month- or year-dated event')}: show them all`;
  const when = `${formatInstant(m.start)} to ${formatInstant(m.end - 1)}`;
  const kinds = m.byType === undefined ? '' : ` (${typeSummary(m.byType)})`;
  return `${plural(m.count, m.cluster === 'overflow' ? 'more event' : 'event')}, ${when}${kinds}: zoom in`;
}

/**
 * A badge: points that do not fit in the lane's rows ("+3"), bands that do not fit in its band rows ("+5 more"),
 * or a time slice of a dense lane (a histogram bar). Over the canvas it is an invisible button.
 */
function ClusterBadgeView({ cluster: m, laneKey, markKey, width, tabbable, registerRef, onFocusMark, onBadge }: Props) {
  const [left, right] = visiblePart(m.x0, m.x1, width);
  const name = badgeName(m);
  return (
    <button
      ref={(el) => registerRef(markKey, el)}
      type="button"
      className={`cluster ${m.cluster}`}
      data-key={markKey}
      style={{ left, top: m.y, width: Math.max(2, right - left), height: m.h }}
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      title={name}
      onFocus={() => onFocusMark(markKey)}
      onClick={() => onBadge(laneKey, m)}
    >
      {m.cluster === 'bands' ? `+${m.count} more` : m.cluster === 'overflow' ? `+${m.count}` : m.count}
    </button>
  );
}

/** Layouts are recomputed as wholes; a badge whose drawn values did not change is not rendered again. */
export const ClusterBadge = memo(
  ClusterBadgeView,
  (a, b) =>
    a.markKey === b.markKey &&
    a.laneKey === b.laneKey &&
    a.width === b.width &&
    a.tabbable === b.tabbable &&
    a.registerRef === b.registerRef &&
    a.onFocusMark === b.onFocusMark &&
    a.onBadge === b.onBadge &&
    a.cluster.x0 === b.cluster.x0 &&
    a.cluster.x1 === b.cluster.x1 &&
    a.cluster.y === b.cluster.y &&
    a.cluster.cluster === b.cluster.cluster &&
    a.cluster.count === b.cluster.count &&
    a.cluster.start === b.cluster.start &&
    a.cluster.end === b.cluster.end &&
    a.cluster.byType === b.cluster.byType,
);
