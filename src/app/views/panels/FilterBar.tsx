/** Filters: actors, places, event types (each option with its count) and a date range. */
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EVENT_TYPES, type EventType } from '../../../model/index.ts';
import { useTimelineStore } from '../../store/index.ts';
import { selectFilterResult, usedEventTypes } from '../../store/selectors.ts';
import { RegionFilter } from './RegionFilter.tsx';
import { FacetList } from './FacetList.tsx';
import { actorKindHeadings, compareKindHeadings, kindCountIndex, type FacetGroup } from '../../core/facetGroups.ts';
import { placeGroups } from '../../core/placeGroups.ts';
import { NO_ACTOR } from '../../core/dataIndex.ts';
import { useDataIndex } from '../../store/useDataIndex.ts';

export function FilterBar() {
  const index = useDataIndex();
  const result = useTimelineStore(selectFilterResult);
  const s = useTimelineStore(
    useShallow((s) => ({
      filters: s.filters,
      setActorChecked: s.setActorChecked,
      setAllActors: s.setAllActors,
      setPlaceChecked: s.setPlaceChecked,
      setAllPlaces: s.setAllPlaces,
      setActorsChecked: s.setActorsChecked,
      setPlacesChecked: s.setPlacesChecked,
      setTypeChecked: s.setTypeChecked,
      setTypesChecked: s.setTypesChecked,
      setDateRange: s.setDateRange,
      resetFilters: s.resetFilters,
    })),
  );
  const f = s.filters;
  const places = useMemo(() => placeGroups(index), [index]);
  const placeHeadingOf = useCallback((i: number) => places[i]?.name ?? null, [places]);
  const countryOf = useCallback((i: number) => places[i]?.country ?? null, [places]);
  const divisionOf = useCallback((i: number) => places[i]?.division ?? null, [places]);
  const kindHeadings = useMemo(() => actorKindHeadings(index, NO_ACTOR), [index]);
  const kindOf = useCallback((i: number) => kindHeadings[i] ?? null, [kindHeadings]);
  const usedTypes = usedEventTypes(index);
  const typeCounts = new Uint32Array(usedTypes.map((t) => result.typeCounts[EVENT_TYPES.indexOf(t)] ?? 0));
  return (
    <aside className="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" onClick={s.resetFilters}>
          Reset
        </button>
      </div>
      <FacetList
        legend="Actors"
        names={index.actors}
        counts={result.actorCounts}
        hidden={f.hiddenActors}
        onChange={s.setActorChecked}
        onMany={(names, checked) => (names === null ? s.setAllActors(checked) : s.setActorsChecked(names, checked))}
        groupOf={kindOf}
        compareGroups={compareKindHeadings}
        groupCount={(g: FacetGroup) => result.actorKindCounts[kindCountIndex(g.name ?? '') ?? -1] ?? 0}
      />
      <FacetList
        legend="Places"
        names={index.places}
        labels={index.placeNames}
        counts={result.placeCounts}
        hidden={f.hiddenPlaces}
        onChange={s.setPlaceChecked}
        onMany={(names, checked) => (names === null ? s.setAllPlaces(checked) : s.setPlacesChecked(names, checked))}
        groupOf={countryOf}
        subgroupOf={divisionOf}
        headingOf={placeHeadingOf}
      />
      <FacetList
        legend="Event types"
        names={usedTypes}
        counts={typeCounts}
        hidden={f.hiddenTypes}
        onChange={(t, checked) => s.setTypeChecked(t as EventType, checked)}
        onMany={(names, checked) => s.setTypesChecked((names ?? usedTypes) as readonly EventType[], checked)}
        swatch={(t) => `type-${t}`}
      />
      <fieldset className="date-range">
        <legend>Dates</legend>
        <label>
          From
          <input type="date" value={f.from ?? ''} onChange={(e) => s.setDateRange(e.target.value || null, f.to)} />
        </label>
        <label>
          To
          <input type="date" value={f.to ?? ''} onChange={(e) => s.setDateRange(f.from, e.target.value || null)} />
        </label>
      </fieldset>
      <RegionFilter />
    </aside>
  );
}
