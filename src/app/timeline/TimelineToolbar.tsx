import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../store/index.ts';
import type { GroupBy, LaneOrder } from './lanes.ts';

interface Props {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
}

/** Grouping, lane order and zoom buttons (the keyboard and wheel do the same; these are for everyone else). */
export function TimelineToolbar({ onZoomIn, onZoomOut, onFit }: Props) {
  const { groupBy, laneOrder, setGroupBy, setLaneOrder } = useTimelineStore(
    useShallow((s) => ({
      groupBy: s.groupBy,
      laneOrder: s.laneOrder,
      setGroupBy: s.setGroupBy,
      setLaneOrder: s.setLaneOrder,
    })),
  );
  const options: [GroupBy, string][] = [
    ['actor', 'Actor'],
    ['location', 'Location'],
  ];
  return (
    <div className="toolbar">
      <fieldset className="group-by">
        <legend>Group by</legend>
        {options.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="group-by"
              value={value}
              checked={groupBy === value}
              onChange={() => setGroupBy(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="lane-order">
        Order lanes
        <select value={laneOrder} onChange={(e) => setLaneOrder(e.target.value as LaneOrder)}>
          <option value="count">by event count</option>
          <option value="name">by name</option>
        </select>
      </label>
      <div className="zoom-buttons" role="group" aria-label="Zoom">
        <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={onFit} title="Show every event (0)">
          Fit all
        </button>
      </div>
    </div>
  );
}
