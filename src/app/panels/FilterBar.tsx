/** Filters: actors, places, event types (each option with its count) and a date range. */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EVENT_TYPES } from '../../model/index.ts';
import { useTimelineStore } from '../store/index.ts';
import { selectFilterResult } from '../store/selectors.ts';
import type { DataIndex } from '../store/dataIndex.ts';
import { RegionFilter } from './RegionFilter.tsx';

interface OptionListProps {
  readonly legend: string;
  readonly names: readonly string[];
  readonly counts: Uint32Array;
  readonly hidden: ReadonlySet<string>;
  readonly onChange: (name: string, checked: boolean) => void;
  readonly onAll: (checked: boolean) => void;
  readonly swatch?: (name: string) => string;
}

/** A checkbox per option. The count sits outside the label so each checkbox is named by the option alone. */
function OptionList({ legend, names, counts, hidden, onChange, onAll, swatch }: OptionListProps) {
  const id = useId();
  return (
    <fieldset className="option-list">
      <legend>{legend}</legend>
      <div className="all-none">
        {/* The names start with the visible word, so speech input ("click None") still finds them. */}
        <button type="button" onClick={() => onAll(true)} aria-label={`All ${legend.toLowerCase()}`}>
          All
        </button>
        <button type="button" onClick={() => onAll(false)} aria-label={`None of the ${legend.toLowerCase()}`}>
          None
        </button>
      </div>
      <ul>
        {names.map((name, i) => (
          <li key={name}>
            <input
              id={`${id}-${i}`}
              type="checkbox"
              checked={!hidden.has(name)}
              onChange={(e) => onChange(name, e.target.checked)}
            />
            <label htmlFor={`${id}-${i}`}>
              {swatch ? <span className={`swatch ${swatch(name)}`} aria-hidden="true" /> : null}
              {name}
            </label>
            <span className="count" aria-hidden="true">
              {counts[i] ?? 0}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function FilterBar({ index }: { index: DataIndex }) {
  const result = useTimelineStore(selectFilterResult);
  const s = useTimelineStore(
    useShallow((s) => ({
      filters: s.filters,
      setActorChecked: s.setActorChecked,
      setAllActors: s.setAllActors,
      setPlaceChecked: s.setPlaceChecked,
      setAllPlaces: s.setAllPlaces,
      setTypeChecked: s.setTypeChecked,
      setTypesChecked: s.setTypesChecked,
      setDateRange: s.setDateRange,
      resetFilters: s.resetFilters,
    })),
  );
  const f = s.filters;
  const usedTypes = EVENT_TYPES.filter((_, i) => index.typeOf.includes(i));
  const typeCounts = new Uint32Array(usedTypes.map((t) => result.typeCounts[EVENT_TYPES.indexOf(t)] ?? 0));
  return (
    <aside className="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" onClick={s.resetFilters}>
          Reset
        </button>
      </div>
      <OptionList
        legend="Actors"
        names={index.actors}
        counts={result.actorCounts}
        hidden={f.hiddenActors}
        onChange={s.setActorChecked}
        onAll={s.setAllActors}
      />
      <OptionList
        legend="Places"
        names={index.places}
        counts={result.placeCounts}
        hidden={f.hiddenPlaces}
        onChange={s.setPlaceChecked}
        onAll={s.setAllPlaces}
      />
      <OptionList
        legend="Event types"
        names={usedTypes}
        counts={typeCounts}
        hidden={f.hiddenTypes}
        onChange={(t, checked) => s.setTypeChecked(t as (typeof EVENT_TYPES)[number], checked)}
        onAll={(checked) => s.setTypesChecked(usedTypes, checked)}
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
