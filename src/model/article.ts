/** An article as the pipeline sees it: metadata from front matter and the text exactly as the app shows it. */
export interface Article {
  /** Path relative to the input folder, without extension, with `/` separators. */
  readonly id: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  /** YYYY-MM-DD; the reference date for relative expressions. Null when the file gives none. */
  readonly published: string | null;
  /** The body after the front matter. Every offset in events.json indexes into this string. */
  readonly text: string;
}

/** Something wrong with one input file, reported as one line: `file:line: reason`. */
export interface InputProblem {
  readonly file: string;
  /** 1-based line the problem applies to, when it applies to one. */
  readonly line?: number;
  readonly reason: string;
  /**
   * Set on a warning whose article was kept without this field's given value (an unreadable published date, a
   * link that is not http(s)): the run then says that some input was not used as given.
   */
  readonly dropped?: 'published' | 'url';
}

export function formatInputProblem(p: InputProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.reason}`;
}
