import type { UtcScale } from '../lib/utcScale.ts';
import { tickLabels } from '../lib/formatDate.ts';

/** Tick instants for a width: about one per 90 px, on calendar boundaries that adapt (years → months → days). */
export function axisTicks(scale: UtcScale, width: number): Date[] {
  return scale.ticks(Math.max(2, Math.floor(width / 90)));
}

/** The time axis: d3 picks the ticks, React draws them. */
export function Axis({
  scale,
  width,
  ticks,
}: {
  scale: UtcScale;
  width: number;
  ticks: readonly Date[];
}) {
  const labels = tickLabels(ticks);
  return (
    <svg className="axis" width={width} height={24} aria-hidden="true">
      {ticks.map((t, n) => {
        const x = scale(t);
        return (
          <g key={t.getTime()} transform={`translate(${x},0)`}>
            <line y1={18} y2={24} />
            {/* The first label is the longest (it carries the year): anchored at its tick, it stays on screen. */}
            <text y={13} textAnchor={n === 0 ? 'start' : 'middle'}>
              {labels[n]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
