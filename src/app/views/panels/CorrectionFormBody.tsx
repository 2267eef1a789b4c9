/**
 * The fields of "Correct this event" (CorrectionForm): they write a corrections.json entry for the event shown,
 * to copy or to download. The site stays static: nothing is sent anywhere, the analyst adds the entry to the
 * corrections.json of the input folder and re-extracts. Every field is a labelled native control, so the form
 * works from the keyboard and with a screen reader; article text never reaches it as HTML. Its own chunk,
 * loaded when the form is first opened: most readers never correct anything.
 */
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { EVENT_TYPES, type EventType, type Source, type TimelineEvent } from '../../../model/index.ts';
import type { DataIndex } from '../../core/dataIndex.ts';
import { NO_PLACE } from '../../core/dataIndex.ts';
import {
  correctionEntry,
  correctionsFileJson,
  entryJson,
  fieldsOf,
  placesByName,
  type CorrectionAction,
  type CorrectionFields,
} from './correctionEntry.ts';
import './correctionForm.css';

const ACTION_LABELS: Record<CorrectionAction, string> = {
  edit: 'Change fields',
  drop: 'Drop this event',
  merge: 'Merge with another event',
  split: 'Split the source shown off',
};

/** Starts a download of `text` as a file: a link to a blob made here, never a request to a server. */
function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once it started; the URL only has to outlive this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface CorrectionFormProps {
  readonly index: DataIndex;
  readonly event: TimelineEvent;
  readonly source: Source;
}

export default function CorrectionFormBody({ index, event, source }: CorrectionFormProps) {
  const [fields, setFields] = useState<CorrectionFields>(() => fieldsOf(event));
  /** The last copy or download, and the entry it was of: a changed entry makes it stale. */
  const [done, setDone] = useState<{ readonly of: string; readonly message: string } | null>(null);
  const entryRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const places = useMemo(() => placesByName(index.events), [index]);
  const result = correctionEntry(fields, {
    event,
    source,
    places,
    hasEvent: (other) => index.indexById.has(other),
  });
  const text = 'entry' in result ? entryJson(result.entry) : '';
  const status = done !== null && done.of === text ? done.message : '';
  const setStatus = (message: string) => setDone({ of: text, message });

  const field =
    (name: keyof CorrectionFields) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setFields((f) => ({ ...f, [name]: e.target.value }));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Entry copied. Add it to the "corrections" list of corrections.json in the input folder.');
    } catch {
      entryRef.current?.select();
      setStatus('Could not copy: the entry is selected, copy it with Ctrl+C (⌘C).');
    }
  };
  const download = () => {
    if (!('entry' in result)) return;
    downloadText('corrections.json', correctionsFileJson(result.entry));
    setStatus('corrections.json downloaded, with this one entry.');
  };
  const oneSource = event.sources.length < 2;
  const sourceArticle = index.articles.get(source.article);

  return (
    <form className="correction-form" aria-label="Correct this event" onSubmit={(e) => e.preventDefault()}>
      <p className="correction-id">
        Event id <code>{event.id}</code>
      </p>
      <fieldset>
        <legend>Correction</legend>
        {(Object.keys(ACTION_LABELS) as CorrectionAction[]).map((action) => (
          <label key={action} className="correction-action">
            <input
              type="radio"
              name={`${id}-action`}
              value={action}
              checked={fields.action === action}
              disabled={action === 'split' && oneSource}
              onChange={field('action')}
            />
            {ACTION_LABELS[action]}
          </label>
        ))}
      </fieldset>
      {fields.action === 'edit' ? (
        <div className="correction-fields">
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} type="text" value={fields.title} onChange={field('title')} />
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={fields.type} onChange={field('type')}>
            {EVENT_TYPES.map((t: EventType) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-actors`}>Actors</label>
          <input
            id={`${id}-actors`}
            type="text"
            value={fields.actors}
            onChange={field('actors')}
            aria-describedby={`${id}-actors-hint`}
          />
          <span id={`${id}-actors-hint`} className="correction-hint">
            Canonical names, comma-separated; the one who acted first.
          </span>
          <label htmlFor={`${id}-place`}>Location</label>
          <input
            id={`${id}-place`}
            type="text"
            list={`${id}-places`}
            value={fields.place}
            onChange={field('place')}
            aria-describedby={`${id}-place-hint`}
          />
          <datalist id={`${id}-places`}>
            {[...new Set(index.placeNames)]
              .filter((p) => p !== NO_PLACE)
              .map((p) => (
                <option key={p} value={p} />
              ))}
          </datalist>
          <span id={`${id}-place-hint`} className="correction-hint">
            {fields.place.trim() !== '' && !places.has(fields.place.trim().toLowerCase())
              ? 'Not a place of this data: the extractor looks the name up in the lexicon.'
              : 'A place of this data (or of the lexicon); empty for no place.'}
          </span>
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="text"
            inputMode="numeric"
            value={fields.date}
            onChange={field('date')}
            aria-describedby={`${id}-date-hint`}
          />
          <span id={`${id}-date-hint`} className="correction-hint">
            YYYY-MM-DD, YYYY-MM or YYYY, as precise as the sources allow.
          </span>
        </div>
      ) : null}
      {fields.action === 'merge' ? (
        <div className="correction-fields">
          <label htmlFor={`${id}-merge`}>Other event’s id</label>
          <input
            id={`${id}-merge`}
            type="text"
            value={fields.mergeWith}
            onChange={field('mergeWith')}
            aria-describedby={`${id}-merge-hint`}
            spellCheck={false}
          />
          <span id={`${id}-merge-hint`} className="correction-hint">
            Open the other event to see its id. This event keeps its id and fields and gains the other’s sources.
          </span>
        </div>
      ) : null}
      {fields.action === 'split' ? (
        <p className="correction-hint">
          The source shown ({sourceArticle === undefined ? source.article : (sourceArticle.title ?? source.article)},
          sentence at {source.start}) becomes an event of its own.
        </p>
      ) : null}
      {fields.action === 'drop' ? (
        <p className="correction-hint">The event is left out of the timeline when the articles are extracted again.</p>
      ) : null}
      <div className="correction-fields">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} type="text" value={fields.note} onChange={field('note')} />
      </div>
      {'entry' in result ? (
        <div className="correction-output">
          <label htmlFor={`${id}-entry`}>Entry for corrections.json</label>
          <textarea
            id={`${id}-entry`}
            ref={entryRef}
            readOnly
            // A line or two more than the entry has: long titles wrap.
            rows={Math.min(16, text.split('\n').length + 2)}
            value={text}
            spellCheck={false}
          />
          <div className="correction-buttons">
            <button type="button" onClick={() => void copy()}>
              Copy entry
            </button>
            <button type="button" onClick={download}>
              Download corrections.json
            </button>
          </div>
        </div>
      ) : (
        <ul className="correction-problems" aria-label="Not yet an entry">
          {result.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="correction-status" role="status">
        {status}
      </p>
    </form>
  );
}
