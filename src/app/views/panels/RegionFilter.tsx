/** The map's area filter among the other filters: what it is, and a button that removes it. */
import { useTimelineStore } from '../../store/index.ts';
import { formatRegion } from '../../core/region.ts';

export function RegionFilter() {
  const region = useTimelineStore((s) => s.filters.region);
  const setRegion = useTimelineStore((s) => s.setRegion);
  if (region === null) return null;
  return (
    <fieldset className="region-filter">
      <legend>Map area</legend>
      <p>{formatRegion(region)}</p>
      <button type="button" onClick={() => setRegion(null)} aria-label="Remove the map area filter">
        Remove
      </button>
    </fieldset>
  );
}
