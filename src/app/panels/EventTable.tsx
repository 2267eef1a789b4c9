/**
 * Every event that passes the filters (not only those in the visible window), sortable by date. Choosing a row
 * selects the event, brings it into the timeline's window and opens its source. Rows come in pages so that
 * 10,000 events do not mean 10,000 rows at once.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../store/index.ts';
import { selectFilterResult } from '../store/selectors.ts';
import type { DataIndex } from '../store/dataIndex.ts';
import { fullWindow, revealInWindow } from '../timeline/viewWindow.ts';
import { Highlighted } from './Highlighted.tsx';

const PAGE = 250;

export function EventTable({ index }: { index: DataIndex }) {
  const result = useTimelineStore(selectFilterResult);
  const s = useTimelineStore(
    useShallow((s) => ({
      query: s.filters.query,
      selectedId: s.selected?.eventId ?? null,
      descending: s.sortDescending,
      setSortDescending: s.setSortDescending,
    })),
  );
  const hover = useTimelineStore((st) => st.hover);
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => {
    const all = Array.from(result.passing);
    return s.descending ? all.reverse() : all;
  }, [result, s.descending]);
  const choose = useCallback(
    (i: number) => {
      const st = useTimelineStore.getState();
      const x = index.extents[i]!;
      st.select(index.events[i]!.id);
      const view = st.window ?? fullWindow(index.extent);
      const next = revealInWindow(view, x.start, x.end);
      if (next !== view) st.setWindow(next);
    },
    [index],
  );
  const shown = rows.slice(0, limit);
  return (
    <section className="event-list" aria-labelledby="events-heading">
      <h2 id="events-heading">
        Events{' '}
        <span className="muted">
          ({rows.length} of {index.events.length})
        </span>
      </h2>
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
                index={index}
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
          Show more ({rows.length - shown.length} not shown)
        </button>
      ) : null}
    </section>
  );
}

interface RowProps {
  readonly index: DataIndex;
  readonly i: number;
  readonly selected: boolean;
  readonly query: string;
  readonly choose: (i: number) => void;
  readonly hover: (id: string | null) => void;
}

/** One event; memoized so a filter change renders only the rows that come or go. */
const EventRow = memo(function EventRow({ index, i, selected, query, choose, hover }: RowProps) {
  const e = index.events[i]!;
  return (
    <tr
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
