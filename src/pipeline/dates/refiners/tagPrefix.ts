/**
 * Whether one of a chrono result's tags starts with `prefix` ("dates/", "casualReference/"): read from the set the
 * drop rules share (nonDateFilter.ts), without spreading it into an array per question.
 */
export function hasTagPrefix(tags: ReadonlySet<string>, prefix: string): boolean {
  for (const t of tags) if (t.startsWith(prefix)) return true;
  return false;
}
