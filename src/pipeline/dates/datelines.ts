/**
 * Datelines open wire stories: "BEIRUT, Dec 9 (Reuters) -", "DAMASCUS, Syria, March 3 (AP) —". The date there is
 * the day of filing, never after publication, so it resolves backwards whatever the tense of the lead sentence.
 */

const PLACE_BEFORE = /^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?,\s*$/;
const AGENCY_AFTER = /^\s*(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]/;

/** Whether the date at [start, end) of `sentence` is the dateline's. */
export function isDateline(sentence: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(sentence.slice(0, start)) && AGENCY_AFTER.test(sentence.slice(end));
}
