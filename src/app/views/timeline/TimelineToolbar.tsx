import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../../store/index.ts';
import type { GroupBy, LaneOrder } from '../../core/timeline/lanes.ts';
import { TIMELINE_ACTIONS, type TimelineAction } from '../../core/timeline/timelineActions.ts';

interface Props {
  readonly onAction: (action: TimelineAction) => void;
}

/** Grouping, lane order and zoom buttons (the keyboard and wheel do the same; these are for everyone else). */
export function TimelineToolbar({ onAction }: Props) {
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
      <div className="zoom-buttons" role="group" aria-label="Zoom and pan">
        {TIMELINE_ACTIONS.map((a) =>
          a.button === undefined ? null : (
            <button
              key={a.id}
              type="button"
              onClick={() => onAction(a)}
              aria-label={a.button.text === a.button.name ? undefined : a.button.name}
              title={a.button.title}
            >
              {a.button.text}
            </button>
          ),
        )}
      </div>
    </div>
  );
}
