import type { UtcScale } from '../lib/utcScale.ts';
import { formatTick } from '../lib/formatDate.ts';

/** Tick instants for a width: about one per 90 px, on calendar boundaries that adapt (years → months → days). */
export function axisTicks(scale: UtcScale, width: number): Date[] {
  return scale.ticks(Math.max(2, Math.floor(width / 90)));
}

/** The time axis: d3 picks the ticks, React draws them. */
export function Axis({ scale, width, ticks }: { scale: UtcScale; width: number; ticks: readonly Date[] }) {
  return (
    <svg className="axis" width={width} height={24} aria-hidden="true">
      {ticks.map((t) => {
        const x = scale(t);
        return (
          <g key={t.getTime()} transform={`translate(${x},0)`}>
            <line y1={18} y2={24} />
            <text y={13} textAnchor="middle">
              {formatTick(t)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
