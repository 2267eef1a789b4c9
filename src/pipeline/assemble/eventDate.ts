import type { EventDate } from '../../model/index.ts';
import type { DateMention } from '../types.ts';

/**
 * The event date a date mention gives. 'since' and 'by' keep the point date and say how it relates to the event
 * (the start of an ongoing state; a deadline the event happened on or before) in `qualifier`, so the timeline
 * can draw them differently; 'range' becomes start and end.
 */
export function eventDateOf(mention: DateMention): EventDate {
  const { start, end, precision } = mention.value;
  switch (mention.role) {
    case 'point':
      return { start, precision };
    case 'since':
      return { start, precision, qualifier: 'since' };
    case 'by':
      return { start, precision, qualifier: 'by' };
    case 'range':
      return end !== undefined && end >= start ? { start, end, precision } : { start, precision };
  }
}
