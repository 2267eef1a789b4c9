/**
 * The timeline's layout options for a plot width: fewer rows on a phone, titles estimated at 6.3 px a character
 * (12 px system-ui) up to `maxLabel`. One place, so the screen and the "View as SVG/PNG" snapshot lay lanes out
 * alike.
 */
import type { TimelineEvent } from '../../../model/index.ts';
import type { LayoutOptions } from '../../core/timeline/layout.ts';

/** Average width of a title character in px. */
export const TITLE_CHAR_WIDTH = 6.3;

export function timelineLayoutOptions(
  events: readonly TimelineEvent[],
  width: number,
  maxLabel: number,
): LayoutOptions {
  return {
    width,
    maxRows: width < 500 ? 3 : 4,
    maxBandRows: width < 500 ? 2 : 3,
    rowHeight: 24,
    bandHeight: 18,
    pad: 5,
    pointSize: 12,
    minSpan: 8,
    tail: 28,
    gap: 4,
    labelWidth: (e: number) => Math.min(maxLabel, events[e]!.title.length * TITLE_CHAR_WIDTH + 10),
  };
}
