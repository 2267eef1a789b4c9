/**
 * Splits optional YAML front matter from the article body with gray-matter, guarding against three of its
 * defaults that are wrong for untrusted files:
 * - `---js` / `---javascript` front matter is run through `eval` by gray-matter's default engines: only YAML
 *   (`---`, `---yaml`, `---yml`) is accepted, and no other engine is ever registered.
 * - Without options gray-matter caches every parsed string forever (options are always passed, which disables it).
 * - An opening `---` without a closing one makes the whole file front matter; that is reported instead.
 * YAML is parsed by js-yaml with the CORE schema: no timestamps (so `published: 2016-13-45` stays the string it
 * was written as instead of rolling over to a Date in 2017), no custom tags.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Finding } from './finding.ts';
import { lineAt } from './finding.ts';

export type FrontMatterResult =
  | {
      readonly ok: true;
      /** Parsed key/values; empty when there is no front matter. */
      readonly data: Readonly<Record<string, unknown>>;
      /** 1-based line of each top-level key, for messages about a field. */
      readonly keyLines: Readonly<Record<string, number>>;
      /** The text after the front matter (the whole text when there is none). */
      readonly body: string;
      /** 1-based line of the file where `body` starts. */
      readonly bodyLine: number;
    }
  | { readonly ok: false; readonly problem: Finding };

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);
/** `---` or `---yaml` (a language name) on the first line; `--- some words` or `-----` is text, not front matter. */
const OPENING = /^---([A-Za-z]*)[ \t]*(?:\n|$)/;
/** Like gray-matter, any line that starts with --- closes the block (checked here only to report a missing one). */
const CLOSING = /\n---/;

/** `key:` or `"key":` at the start of a line; [^'":\n]* cannot backtrack across the line. */
const TOP_LEVEL_KEY = /^["']?([^'":\n]*)["']?[ \t]*:/;

function parseYaml(source: string): object {
  // Non-object results (a bare string, a list) are reported by the caller; gray-matter only passes them on.
  return yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object;
}

function refuse(): never {
  throw new Error('only YAML front matter is read');
}

function isYamlError(e: unknown): e is yaml.YAMLException {
  return e instanceof yaml.YAMLException;
}

export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (opening === null) return { ok: true, data: {}, keyLines: {}, body: text, bodyLine: 1 };
  const language = (opening[1] ?? '').toLowerCase();
  if (!YAML_LANGUAGES.has(language)) {
    return {
      ok: false,
      problem: { line: 1, reason: `front matter in "${language}" is not read; only YAML front matter is` },
    };
  }
  const closing = CLOSING.exec(text.slice(opening[0].length - 1));
  if (closing === null) {
    return {
      ok: false,
      problem: { line: 1, reason: 'front matter opened with --- is never closed (no closing --- line)' },
    };
  }

  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, {
      language: 'yaml',
      engines: { yaml: parseYaml, javascript: refuse, js: refuse, json: refuse, coffee: refuse },
    });
  } catch (e) {
    if (isYamlError(e)) {
      // The block gray-matter hands to YAML starts right after the opening `---`, so its line 0 is file line 1.
      return {
        ok: false,
        problem: { line: e.mark.line + 1, reason: `malformed YAML front matter: ${e.reason}` },
      };
    }
    return {
      ok: false,
      problem: { line: 1, reason: `unreadable front matter: ${e instanceof Error ? e.message : String(e)}` },
    };
  }

  const data: unknown = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problem: { line: 2, reason: 'front matter must be "key: value" lines (title, publisher, url, published)' },
    };
  }
  const body = file.content;
  // gray-matter returns the body as a suffix of the input; everything before it is front matter.
  const bodyStart = text.length - body.length;
  // One pass over the block's lines (not one search per key: a block may hold thousands of keys).
  // No prototype: a key named "constructor" or "__proto__" must not meet Object.prototype.
  const keyLines: Record<string, number> = Object.create(null) as Record<string, number>;
  const head = text.slice(0, bodyStart);
  const keys = new Set(Object.keys(data));
  head.split('\n').forEach((line, i) => {
    const key = TOP_LEVEL_KEY.exec(line)?.[1]?.trim();
    if (key !== undefined && keys.has(key) && !(key in keyLines)) keyLines[key] = i + 1;
  });
  return { ok: true, data: data as Record<string, unknown>, keyLines, body, bodyLine: lineAt(text, bodyStart) };
}
