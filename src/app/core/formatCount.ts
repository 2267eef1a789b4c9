/**
 * A count as an English reader writes it: 17,651, not 17651. The locale is fixed (not the browser's), so the
 * numbers read the same as the rest of the English interface, on every screen and in every test.
 */
const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return COUNT.format(n);
}
