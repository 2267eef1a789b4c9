import type { UtcScale } from '../../core/utcScale.ts';
import { tickLabels } from '../../core/formatDate.ts';

/** Tick instants for a width: about one per 90 px, on calendar boundaries that adapt (years → months → days). */
export function axisTicks(scale: UtcScale, width: number): Date[] {
  return scale.ticks(Math.max(2, Math.floor(width / 90)));
}

/** Width of an axis label in pixels, estimated: 0.85rem system-ui digits and letters average about 7 px. */
const labelWidth = (label: string): number => label.length * 7;

/**
 * Which labels to draw so that none overlaps the one before (the first is drawn from its tick rightwards, the
 * others centred on theirs): on a phone the first label carries the year ("5 Aug 2018") and the next tick's
 * label would run into it. Nor does one run past the plot's right edge (`width`), where it was cut to a stub
 * ("12:", "28 |", "20").
 */
export function fittingLabels(xs: readonly number[], labels: readonly string[], width = Infinity): boolean[] {
  let right = -Infinity;
  return labels.map((label, n) => {
    const w = labelWidth(label);
    const left = n === 0 ? xs[0]! : xs[n]! - w / 2;
    if (left < right + 6 || left + w > width) return false;
    right = left + w;
    return true;
  });
}

/** The time axis: d3 picks the ticks, React draws them. */
export function Axis({ scale, width, ticks }: { scale: UtcScale; width: number; ticks: readonly Date[] }) {
  const labels = tickLabels(ticks);
  const shown = fittingLabels(
    ticks.map((t) => scale(t)),
    labels,
    width,
  );
  return (
    <svg className="axis" width={width} height={24} aria-hidden="true">
      {ticks.map((t, n) => {
        const x = scale(t);
        return (
          <g key={t.getTime()} transform={`translate(${x},0)`}>
            <line y1={18} y2={24} />
            {/* The first label is the longest (it carries the year): anchored at its tick, it stays on screen. */}
            <text y={13} textAnchor={n === 0 ? 'start' : 'middle'}>
              {shown[n] ? labels[n] : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
