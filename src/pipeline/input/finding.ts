/** A problem found inside one file before the file name is attached: an InputProblem without `file`. */
export interface Finding {
  /** 1-based line in the file. */
  readonly line?: number;
  readonly reason: string;
  /** The field this problem cost the article (its value was not used), when it cost one. */
  readonly dropped?: DroppedField;
}

/** Metadata fields whose given value can be dropped with a warning while the article is kept. */
export type DroppedField = 'published' | 'url';

/** The 1-based line of a UTF-16 index in `text` (lines end at `\n`). */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** A value quoted for a one-line message: JSON escapes newlines and control characters; long values are cut. */
export function quoteForMessage(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
