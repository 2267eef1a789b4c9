/**
 * The active filters in words, one line each, for the snapshot's caption: a picture in a report must say what
 * was left out. A facet with most options checked is told by what it hides ("all but …"), else by what it shows.
 */
import { EVENT_TYPES } from '../../../model/index.ts';
import { formatDateString } from '../../core/formatDate.ts';
import type { Filters } from '../../core/filters.ts';
import { formatRegion } from '../../core/region.ts';

/** Names listed before "and N more", so one facet cannot fill the caption. */
const LISTED = 5;

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

/**
 * `all` are the options' ids, `names` what they read as; homonyms (two places named Sinjar) are written by their
 * ids ("Sinjar, Nineveh, Iraq"), so the caption says which one is left out.
 */
function facet(label: string, all: readonly string[], hidden: ReadonlySet<string>, names = all): string | null {
  if (hidden.size === 0) return null;
  const uses = new Map<string, number>();
  for (const n of names) uses.set(n, (uses.get(n) ?? 0) + 1);
  const written = all.map((id, i) => (uses.get(names[i]!) === 1 ? names[i]! : id));
  const of = (keep: boolean) => written.filter((_, i) => hidden.has(all[i]!) !== keep);
  const kept = of(true);
  if (kept.length === 0) return `${label}: none`;
  const gone = of(false);
  return kept.length <= gone.length ? `${label}: ${listed(kept)}` : `${label}: all but ${listed(gone)}`;
}

export interface FacetNames {
  readonly actors: readonly string[];
  /** Place ids (placeKey.ts), and the name each reads as when not its id. */
  readonly places: readonly string[];
  readonly placeNames?: readonly string[];
}

export function filterSummary(filters: Filters, names: FacetNames): string[] {
  const lines = [
    facet('Actors', names.actors, filters.hiddenActors),
    facet('Places', names.places, filters.hiddenPlaces, names.placeNames),
    facet('Types', EVENT_TYPES, filters.hiddenTypes),
  ];
  if (filters.from !== null || filters.to !== null) {
    const from = filters.from === null ? '…' : formatDateString(filters.from);
    const to = filters.to === null ? '…' : formatDateString(filters.to);
    lines.push(`Dates: ${from} – ${to}`);
  }
  if (filters.query.trim() !== '') lines.push(`Search: “${filters.query.trim()}”`);
  if (filters.region !== null) lines.push(`Map area: ${formatRegion(filters.region)}`);
  return lines.filter((l): l is string => l !== null);
}
