import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../../store/index.ts';

/**
 * Whose lanes an event sits in when lanes are actors: by default its main actor's only (each event once, the
 * lanes add up to the total), or every actor's it names (an event then shows in several lanes, its twins lit up
 * on hover). Kept in the URL with the rest of the view.
 */
export function LaneOptions() {
  const { groupBy, laneActors, setLaneActors } = useTimelineStore(
    useShallow((s) => ({ groupBy: s.groupBy, laneActors: s.laneActors, setLaneActors: s.setLaneActors })),
  );
  if (groupBy !== 'actor') return null;
  return (
    <label className="lane-actors">
      <input
        type="checkbox"
        checked={laneActors === 'every'}
        onChange={(e) => setLaneActors(e.target.checked ? 'every' : 'main')}
      />
      Show each event in every actor’s lane
    </label>
  );
}
