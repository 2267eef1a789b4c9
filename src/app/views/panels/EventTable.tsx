/**
 * The events that pass the filters, by default only those in the timeline's window (so the table reads what the
 * timeline shows, and follows it as one zooms and pans), or all of them; sortable by date. Choosing a row
 * selects the event, centres the timeline on it and opens its source. Rows come in pages so that 10,000 events
 * do not mean 10,000 rows at once.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../../store/index.ts';
import { selectFilterResult, selectFilteredExtent } from '../../store/selectors.ts';
import type { DataIndex } from '../../core/dataIndex.ts';
import { useSettledStoreWindow } from '../timeline/useSettledWindow.ts';
import { centreInWindow, fullWindow, type ViewWindow } from '../../core/timeline/viewWindow.ts';
import { Highlighted } from './Highlighted.tsx';
import { useDataIndex } from '../../store/useDataIndex.ts';
import './eventTable.css';
import { formatCount } from '../../core/formatCount.ts';

const PAGE = 250;
/** "No window stored" (the timeline fits what is filtered): every passing event is in view. */
const EVERYTHING: ViewWindow = [-Infinity, Infinity];

/** The passing events whose extent meets the window [start, end), in start order. */
export function eventsInWindow(index: DataIndex, passing: Uint32Array, w: ViewWindow): Uint32Array {
  if (w === EVERYTHING) return passing;
  const out = new Uint32Array(passing.length);
  let n = 0;
  for (const i of passing) {
    const x = index.extents[i]!;
    if (x.end > w[0] && x.start < w[1]) out[n++] = i;
  }
  return out.subarray(0, n);
}

/** The first `limit` of the rows (in start order, or the last ones backwards): no copy of all 100,000. */
export function firstRows(rows: Uint32Array, limit: number, descending: boolean): number[] {
  if (!descending) return Array.from(rows.subarray(0, limit));
  // A copy first: reversing the subarray in place would reverse the filter result it is a view of.
  return Array.from(rows.subarray(Math.max(0, rows.length - limit))).reverse();
}

export function EventTable() {
  const index = useDataIndex();
  const result = useTimelineStore(selectFilterResult);
  const s = useTimelineStore(
    useShallow((s) => ({
      query: s.filters.query,
      selectedId: s.selected?.eventId ?? null,
      descending: s.sortDescending,
      setSortDescending: s.setSortDescending,
      inViewOnly: s.tableInView,
      setInViewOnly: s.setTableInView,
    })),
  );
  // The table follows the window once it settles, as the timeline's buttons do: not every frame of a gesture.
  const settled = useSettledStoreWindow() ?? EVERYTHING;
  const hover = useTimelineStore((st) => st.hover);
  const [limit, setLimit] = useState(PAGE);
  const inView = useMemo(() => eventsInWindow(index, result.passing, settled), [index, result, settled]);
  const rows = s.inViewOnly ? inView : result.passing;
  const shown = useMemo(() => firstRows(rows, limit, s.descending), [rows, limit, s.descending]);
  const choose = useCallback(
    (i: number) => {
      const st = useTimelineStore.getState();
      const x = index.extents[i]!;
      st.select(index.events[i]!.id);
      const view = st.window ?? fullWindow(selectFilteredExtent(st) ?? index.extent);
      st.setWindow(centreInWindow(view, x.start, x.end));
    },
    [index],
  );
  return (
    <section className="event-list" aria-labelledby="events-heading">
      <div className="events-head">
        <h2 id="events-heading">
          Events{' '}
          <span className="muted">
            ({formatCount(rows.length)} {s.inViewOnly ? 'in view' : 'filtered'} of {formatCount(index.events.length)})
          </span>
        </h2>
        <fieldset className="table-scope">
          <legend className="visually-hidden">Events listed</legend>
          <label>
            <input type="radio" name="table-scope" checked={s.inViewOnly} onChange={() => s.setInViewOnly(true)} />
            In view ({formatCount(inView.length)})
          </label>
          <label>
            <input type="radio" name="table-scope" checked={!s.inViewOnly} onChange={() => s.setInViewOnly(false)} />
            All filtered ({formatCount(result.passing.length)})
          </label>
        </fieldset>
      </div>
      <div className="table-wrap">
        <table aria-label="Events">
          <thead>
            <tr>
              <th scope="col" aria-sort={s.descending ? 'descending' : 'ascending'}>
                <button type="button" onClick={() => s.setSortDescending(!s.descending)}>
                  Date <span aria-hidden="true">{s.descending ? '▼' : '▲'}</span>
                </button>
              </th>
              <th scope="col">Event</th>
              <th scope="col">Actors</th>
              <th scope="col">Place</th>
              <th scope="col" className="wide-only">
                Type
              </th>
              <th scope="col" className="wide-only">
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <EventRow
                key={index.events[i]!.id}
                i={i}
                selected={index.events[i]!.id === s.selectedId}
                query={s.query}
                choose={choose}
                hover={hover}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length ? (
        <button type="button" className="more" onClick={() => setLimit(limit + PAGE * 4)}>
          Show more ({formatCount(rows.length - shown.length)} not shown)
        </button>
      ) : null}
    </section>
  );
}

interface RowProps {
  readonly i: number;
  readonly selected: boolean;
  readonly query: string;
  readonly choose: (i: number) => void;
  readonly hover: (id: string | null) => void;
}

/** One event; memoized so a filter change renders only the rows that come or go. */
const EventRow = memo(function EventRow({ i, selected, query, choose, hover }: RowProps) {
  const index = useDataIndex();
  const e = index.events[i]!;
  return (
    <tr
      data-event-id={e.id}
      aria-current={selected ? 'true' : undefined}
      className={selected ? 'selected' : undefined}
      onClick={() => choose(i)}
      onMouseEnter={() => hover(e.id)}
      onMouseLeave={() => hover(null)}
    >
      <td className="nowrap">
        {index.labels[i]}
        {e.dateConflict === true ? (
          <span className="conflict-flag" title="The sources disagree on the date">
            {' '}
            ≠
          </span>
        ) : null}
      </td>
      <td>
        <button
          type="button"
          className="linklike"
          onClick={(ev) => {
            ev.stopPropagation();
            choose(i);
          }}
        >
          <Highlighted text={e.title} query={query} />
        </button>
      </td>
      <td>{e.actors.join(', ')}</td>
      <td>{e.location?.name ?? ''}</td>
      <td className="nowrap wide-only">
        <span className={`swatch type-${e.type}`} aria-hidden="true" />
        {e.type}
      </td>
      <td className="num wide-only">{e.sources.length}</td>
    </tr>
  );
});
