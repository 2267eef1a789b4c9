/**
 * What the marks mean: the shape of each date precision and qualifier, the red dot of sources that disagree, and
 * the colour of each event type in the data. Drawn with the very classes the marks use (styles.css; the canvas
 * reads its colours from the same rules), so the key cannot drift from the picture. Open or closed is kept in
 * the URL with the rest of the view once the reader chooses.
 */
import { useId } from 'react';
import type { EventType } from '../../../model/index.ts';
import { DisclosureButton } from '../lib/DisclosureButton.tsx';
import { useTimelineStore } from '../../store/index.ts';

const SHAPES: readonly { readonly shape: string; readonly text: string }[] = [
  { shape: 'shape point certainty-day', text: 'day' },
  { shape: 'shape span certainty-month', text: 'month' },
  { shape: 'shape span certainty-year', text: 'year' },
  { shape: 'shape span certainty-day open-end', text: '“since”: until the article’s date' },
  { shape: 'shape span certainty-day open-start', text: '“by”: at some time before' },
  { shape: 'shape point certainty-day legend-conflict', text: 'sources disagree on the date' },
];

/** Unless the reader chose: open beside a wide timeline, folded on a phone, where it would take seven lines. */
function openByDefault(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 701px)').matches;
}

export function Legend({ types }: { types: readonly EventType[] }) {
  const open = useTimelineStore((s) => s.legendOpen) ?? openByDefault();
  const setOpen = useTimelineStore((s) => s.setLegendOpen);
  const id = useId();
  return (
    <div className="legend">
      <DisclosureButton className="legend-toggle" open={open} controls={id} onToggle={() => setOpen(!open)}>
        Legend
      </DisclosureButton>
      {open ? (
        <div id={id} className="legend-body">
          <ul className="legend-shapes" aria-label="Shapes">
            {SHAPES.map((s) => (
              <li key={s.text} className="type-other">
                <span className={s.shape} aria-hidden="true" />
                {s.text}
              </li>
            ))}
          </ul>
          <ul className="legend-types" aria-label="Event type colours">
            {types.map((t) => (
              <li key={t}>
                <span className={`swatch type-${t}`} aria-hidden="true" />
                {t}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
