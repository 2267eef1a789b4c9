/**
 * For an article with no published date: estimate the reference from the text. The latest fully stated date
 * (day, month and year all written) is the best evidence of when the piece was written.
 */
import type { ReferenceDate } from '../types.ts';
import { compareDays, type CalendarDay, formatDay } from './calendarDay.ts';
import { createNewsChrono } from './chronoConfig.ts';
import { toChronoReference } from './reference.ts';

const chrono = createNewsChrono();

export function inferReferenceDate(text: string): ReferenceDate | null {
  // Any reference works for finding fully stated dates: their components are all known, none implied.
  const ref = toChronoReference({ year: 2000, month: 1, day: 1 });
  let latest: CalendarDay | null = null;
  for (const r of chrono.parse(text, ref)) {
    const c = r.start;
    if (!(c.isCertain('year') && c.isCertain('month') && c.isCertain('day'))) continue;
    if (r.tags().has('result/relativeDate')) continue;
    const day = { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 };
    if (!latest || compareDays(day, latest) > 0) latest = day;
  }
  return latest ? { date: formatDay(latest), basis: 'inferred' } : null;
}
