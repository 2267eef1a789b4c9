/** English month names as news copy writes them, including AP abbreviations ("Dec.", "Sept."). */

// prettier-ignore
export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sept', 9], ['sep', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
];

const FULL_NAMES = MONTHS.slice(0, 12).map(([name]) => name);

/** Month number of a written month name or abbreviation (case-insensitive, trailing dot allowed), else null. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find(([name]) => name === key)?.[1] ?? null;
}

export function isFullMonthName(word: string): boolean {
  return FULL_NAMES.includes(word.toLowerCase());
}

/** A regex source matching a capitalised month name or abbreviation (longest first). */
export const CAPITALISED_MONTH = [...MONTHS]
  .map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .map((name) => `${name[0]!.toUpperCase()}${name.slice(1)}`)
  .join('|');
