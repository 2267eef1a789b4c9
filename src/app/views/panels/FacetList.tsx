/**
 * One filter facet (actors, places, event types): a checkbox per option with its count, All / None, and for
 * long lists a search box and groups (places under their country or division, actors by kind) that fold, each
 * with a checkbox of its own.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { DisclosureButton } from '../lib/DisclosureButton.tsx';
import { groupOptions, matchOptions, type FacetGroup } from '../../core/facetGroups.ts';
import { formatCount } from '../../core/formatCount.ts';

/** From this many options on, a facet gets a search box, and its groups start folded. */
const LONG_LIST = 16;

export interface FacetListProps {
  readonly legend: string;
  /** The options' ids: what `hidden` holds and the callbacks get. */
  readonly names: readonly string[];
  /** What each option is shown and found by, when not its id (a place's name; its id adds division and country). */
  readonly labels?: readonly string[];
  readonly counts: Uint32Array;
  readonly hidden: ReadonlySet<string>;
  readonly onChange: (name: string, checked: boolean) => void;
  /** Checks (true) or unchecks the named options in one change; every option when `names` is null. */
  readonly onMany: (names: readonly string[] | null, checked: boolean) => void;
  /** The group of an option (a place's country), or null; no function: one ungrouped list. */
  readonly groupOf?: (i: number) => string | null;
  /** The order of groups; by name when not given. */
  readonly compareGroups?: (a: string, b: string) => number;
  /** The subgroup of an option inside its group (a place's division), or null. */
  readonly subgroupOf?: (i: number) => string | null;
  /**
   * The events a group heading counts, when they are not the sum of its options' counts (an event names several
   * actors of one kind: it counts once).
   */
  readonly groupCount?: (group: FacetGroup) => number;
  /** What a search matches besides names (an option's full heading: "Syria · Homs Governorate"). */
  readonly headingOf?: (i: number) => string | null;
  readonly swatch?: (name: string) => string;
}

export function FacetList(p: FacetListProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const long = p.names.length >= LONG_LIST;
  const { groupOf, compareGroups, subgroupOf } = p;
  const headingOf = p.headingOf ?? groupOf;
  const labels = p.labels ?? p.names;
  const shown = useMemo(() => matchOptions(labels, query, headingOf), [labels, query, headingOf]);
  const groups = useMemo(
    () =>
      groupOf === undefined
        ? [{ name: null, options: shown }]
        : // A search keeps even a single group's heading: it says where, or why, the matches match.
          groupOptions(shown, groupOf, compareGroups, subgroupOf, query.trim() !== ''),
    [shown, groupOf, compareGroups, subgroupOf, query],
  );
  // A new search shows its first matches: the list scrolls back to its top.
  const optionsBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (optionsBox.current !== null) optionsBox.current.scrollTop = 0;
  }, [query]);
  const lower = p.legend.toLowerCase();
  const folded = long && query.trim() === '';
  return (
    <fieldset className="option-list">
      <legend>{p.legend}</legend>
      <div className="all-none">
        {/* The names start with the visible word, so speech input ("click None") still finds them. */}
        <button type="button" onClick={() => p.onMany(null, true)} aria-label={`All ${lower}`}>
          All
        </button>
        <button type="button" onClick={() => p.onMany(null, false)} aria-label={`None of the ${lower}`}>
          None
        </button>
      </div>
      {long ? (
        <input
          type="search"
          className="facet-search"
          placeholder={`Find ${lower}…`}
          aria-label={`Find ${lower}`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      ) : null}
      <div className="facet-options" ref={optionsBox}>
        {groups.map((g, n) =>
          // Options of no group ("(no place named)") come last, without a header of their own.
          g.name === null ? (
            <Options key="(none)" {...p} id={id} options={g.options} />
          ) : (
            // Keyed by the folded state it starts in: a search unfolds every group that matches.
            <Group key={`${g.name}|${folded}`} {...p} id={`${id}-g${n}`} group={g} startOpen={!folded} />
          ),
        )}
        {shown.length === 0 ? (
          <p className="hint">
            No {lower} match “{query}”.
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

function Options(p: FacetListProps & { readonly id: string; readonly options: readonly number[] }) {
  return (
    <ul>
      {p.options.map((i) => {
        const name = p.names[i]!;
        const label = p.labels?.[i] ?? name;
        return (
          <li key={name}>
            <input
              id={`${p.id}-${i}`}
              type="checkbox"
              checked={!p.hidden.has(name)}
              onChange={(e) => p.onChange(name, e.target.checked)}
            />
            <label htmlFor={`${p.id}-${i}`}>
              {p.swatch ? <span className={`swatch ${p.swatch(name)}`} aria-hidden="true" /> : null}
              {label}
            </label>
            {/* Outside the label, so each checkbox is named by the option alone. */}
            <span className="count" aria-hidden="true">
              {formatCount(p.counts[i] ?? 0)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A folding group with a checkbox for all its options (mixed when some are checked). */
function Group(p: FacetListProps & { readonly id: string; readonly group: FacetGroup; readonly startOpen: boolean }) {
  const { group } = p;
  const [open, setOpen] = useState(p.startOpen);
  const names = group.options.map((i) => p.names[i]!);
  const checked = names.filter((n) => !p.hidden.has(n)).length;
  const total = p.groupCount?.(group) ?? group.options.reduce((sum, i) => sum + (p.counts[i] ?? 0), 0);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current !== null) box.current.indeterminate = checked > 0 && checked < names.length;
  }, [checked, names.length]);
  const title = group.name ?? '';
  // The id is made by the list, not from the heading: a heading has spaces, and aria-controls takes a list of ids.
  const listId = p.id;
  return (
    <div className="facet-group">
      <div className="facet-group-head">
        <DisclosureButton
          className="facet-group-toggle"
          open={open}
          controls={listId}
          onToggle={() => setOpen(!open)}
          label={`${title}: ${p.legend.toLowerCase()}`}
        />
        <input
          ref={box}
          id={`${listId}-all`}
          type="checkbox"
          checked={checked === names.length}
          onChange={(e) => p.onMany(names, e.target.checked)}
        />
        <label htmlFor={`${listId}-all`}>
          {title} <span className="muted">({names.length})</span>
        </label>
        <span className="count" aria-hidden="true">
          {formatCount(total)}
        </span>
      </div>
      {open ? (
        <div id={listId}>
          {group.subgroups === undefined ? (
            <Options {...p} options={group.options} />
          ) : (
            // A country's divisions, each folding like the country; its places of no division after them.
            <div className="facet-subgroups">
              {group.subgroups.map((sub, n) =>
                sub.name === null ? (
                  <Options key="(none)" {...p} id={`${listId}-rest`} options={sub.options} />
                ) : (
                  <Group key={sub.name} {...p} id={`${listId}-s${n}`} group={sub} startOpen={p.startOpen} />
                ),
              )}
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
