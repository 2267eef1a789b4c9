/**
 * Places of a report rather than of what it reports: where someone spoke ("told reporters in Moscow", "speaking
 * in Conakry", "said in Kyiv", "a spokesman in Goma") and where the story was filed (the dateline "MOSCOW, Feb. 7"). A reader does not
 * take them for the scene of an event the sentence or a later "the city" refers to, unless nothing else fits.
 */
import type { PlaceMention } from '../types.ts';
import { cueWordBefore } from './cueWordBefore.ts';

/**
 * "told reporters in X", "speaking in X", "said on Monday in X", "a news conference in X", where a spokesman or a
 * correspondent is ("the military spokesman in X said"), and where a statement came from ("a declaration issued
 * from the X jungle"): the place of the speaker, not of what is told.
 */
const VENUE_BEFORE =
  /\b(?:told\s+(?:reporters|journalists|parliament|a\s+news\s+conference)|said|says|speaking|spoke|news\s+conference|press\s+conference|briefing|spokes(?:man|woman|person)|correspondent)\s+(?:on\s+\w+\s+)?in\s+$|\b(?:statement|declaration|communiqu[eé]|message|video|letter)\s+(?:issued|released|sent|broadcast|posted|signed)\s+(?:from|in)\s+(?:the\s+)?$/i;

/** "MOSCOW, Feb. 7": a name in capitals before a comma. */
function isDateline(text: string, p: PlaceMention): boolean {
  return p.text.length > 2 && p.text === p.text.toUpperCase() && /^\s*,/.test(text.slice(p.end, p.end + 3));
}

/**
 * Whether `p` names where a report was made or filed. The word before the place is checked first (the words
 * VENUE_BEFORE's matches can end with), so the pattern runs only where it may match.
 */
export function isVenue(text: string, p: PlaceMention): boolean {
  return (
    isDateline(text, p) ||
    (/(?:in|from|the)$/i.test(cueWordBefore(text, p.start)) &&
      VENUE_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)))
  );
}
