/**
 * What the analyst's corrections changed on an event ("Corrected: title, type – misread trigger"), so a reader
 * knows where a person overruled the extractor. Records that share a note are told together, in order.
 */
import type { CorrectionRecord } from '../../../model/index.ts';

/** Consecutive records with the same note, as one line each: what changed, then the note. */
export function correctionLines(records: readonly CorrectionRecord[]): { what: string; note?: string }[] {
  const lines: { whats: string[]; note?: string }[] = [];
  for (const r of records) {
    const last = lines.at(-1);
    if (last !== undefined && last.note === r.note) last.whats.push(r.what);
    else lines.push(r.note === undefined ? { whats: [r.what] } : { whats: [r.what], note: r.note });
  }
  return lines.map((l) => ({ what: l.whats.join(', '), ...(l.note === undefined ? {} : { note: l.note }) }));
}

export function CorrectedNote({ records }: { records: readonly CorrectionRecord[] | undefined }) {
  if (records === undefined || records.length === 0) return null;
  return (
    <ul className="corrected-note" aria-label="Corrections by the analyst">
      {correctionLines(records).map((l, i) => (
        <li key={i}>
          <span className="corrected-label">Corrected:</span> {l.what}
          {l.note === undefined ? null : ` – ${l.note}`}
        </li>
      ))}
    </ul>
  );
}
