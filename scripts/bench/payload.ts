/**
 * The JS and CSS a visitor downloads, gzipped file by file as a static host serves them (node:zlib, level 9).
 * What counts is what the page can load: the scripts and stylesheets its HTML names, and every file those
 * import, statically or lazily, followed transitively. Other pages' entries (bench.html's script) and data
 * (events.json, article texts) are left out, as the issue's target says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PayloadFigures {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Per file, path relative to the measured folder → gzipped bytes, sorted by path. */
  readonly perFile: readonly (readonly [string, number])[];
}

const CODE = /\.(m?js|css)$/i;
/** src/href attributes in HTML. */
const HTML_REFS = /\b(?:src|href)\s*=\s*["']([^"']+)["']/gi;
/** Static and dynamic imports (`from"./x.js"`, `import("./x.js")`, `import "./x.css"`) and `new URL("./x.js", …)`. */
const JS_REFS = /(?:\bfrom|\bimport|\bnew URL)\s*\(?\s*["'`]([^"'`]+\.(?:m?js|css))["'`]/g;
/** What a script loads as it runs: static imports and `new URL("./x.js", …)` (a worker), not `import()`. */
const STATIC_REFS = /(?:\bfrom|\bimport(?!\s*\()|\bnew URL\s*\()\s*["'`]([^"'`]+\.(?:m?js|css))["'`]/g;
/**
 * `import("./x.js")`, with the list of files Vite preloads with it when one follows (`import("./x.js"),["x.css"]`
 * inside its preload helper): what a script loads only when it asks for it.
 */
const DYNAMIC_REFS = /\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)(?:\s*,\s*\[([^\]]*)\])?/g;
/**
 * Vite's other form of the preload list: indices into the file's `__vite__mapDeps` list (`m.f=["./map-1.js",
 * "./MapView-1.css"]`), passed as `__vite__mapDeps([2,3])` to the preload helper after the `import()` and whatever
 * follows it (a `.then(…)`). The list starts with the chunk imported, then what it brings along.
 */
const MAP_DEPS_LIST = /\b__vite__mapDeps\s*=.*?\bm\.f\s*=\s*\[([^\]]*)\]/;
const MAP_DEPS_CALL = /\b__vite__mapDeps\(\s*\[([\d,\s]*)\]\s*\)/g;
const QUOTED = /["'`]([^"'`]+)["'`]/g;
const CSS_REFS = /@import\s+(?:url\()?\s*["']?([^"')\s]+\.css)/g;

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The file `ref` names from a file in `fromDir`, if it is a local file inside `root`; null otherwise. */
function resolveRef(root: string, fromDir: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null; // another origin
  const clean = ref.split(/[?#]/)[0] as string;
  // A root-absolute path ("/harness/bench-page.js") belongs to whatever serves the page, not to this build.
  if (clean.startsWith('/')) return null;
  const path = normalize(join(fromDir, clean));
  if (path !== root && !path.startsWith(root + sep)) return null;
  return existsSync(path) ? path : null;
}

/** Gzipped sizes of explicit files (a peer library's bundle); paths are reported relative to `dir`. */
export function measureFiles(dir: string, files: readonly string[]): PayloadFigures {
  const perFile = [...files].sort().map((p) => {
    const bytes = readFileSync(p);
    return [relative(dir, p), gzipSize(bytes), bytes.length] as const;
  });
  return {
    files: perFile.length,
    rawBytes: perFile.reduce((s, [, , raw]) => s + raw, 0),
    gzipBytes: perFile.reduce((s, [, gz]) => s + gz, 0),
    perFile: perFile.map(([p, gz]) => [p, gz] as const),
  };
}

/** The JS + CSS reachable from `page` (e.g. index.html) inside the built folder `dir`. */
export function measurePagePayload(dir: string, page = 'index.html'): PayloadFigures {
  const root = normalize(dir);
  const html = readFileSync(join(root, page), 'utf8');
  const found = new Set<string>();
  const queue: string[] = [];
  const visit = (fromDir: string, ref: string): void => {
    const path = resolveRef(root, fromDir, ref);
    if (path === null || !CODE.test(path) || found.has(path)) return;
    found.add(path);
    queue.push(path);
  };
  for (const m of html.matchAll(HTML_REFS)) visit(dirname(join(root, page)), m[1] as string);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.css') ? CSS_REFS : JS_REFS;
    for (const m of text.matchAll(refs)) visit(dirname(file), m[1] as string);
  }
  return measureFiles(root, [...found]);
}

/** The first screen and each chunk the page loads on demand, measured apart. */
export interface PagePayloadParts {
  /** What the page loads before anything is asked for: its HTML's scripts and styles and their static imports. */
  readonly firstScreen: PayloadFigures;
  /** Per on-demand chunk (its path relative to the folder): what loading it adds to the first screen. */
  readonly onDemand: ReadonlyMap<string, PayloadFigures>;
}

/**
 * The JS + CSS `page` loads at once, and apart from it what each `import()` adds when it runs: the chunk, its
 * static imports and the files Vite preloads with it, less what the first screen already loaded.
 */
export function measurePageParts(dir: string, page = 'index.html'): PagePayloadParts {
  const root = normalize(dir);
  const html = readFileSync(join(root, page), 'utf8');
  const dynamic = new Map<string, Set<string>>();
  /** Closure over static references from `starts`; dynamic imports met on the way are noted with their preloads. */
  const closure = (starts: readonly string[]): Set<string> => {
    const found = new Set<string>();
    const queue = [...starts];
    for (const f of starts) found.add(f);
    while (queue.length > 0) {
      const file = queue.pop() as string;
      const text = readFileSync(file, 'utf8');
      const add = (ref: string) => {
        const path = resolveRef(root, dirname(file), ref) ?? resolveRef(root, root, ref);
        if (path === null || !CODE.test(path) || found.has(path)) return;
        found.add(path);
        queue.push(path);
      };
      if (file.endsWith('.css')) {
        for (const m of text.matchAll(CSS_REFS)) add(m[1] as string);
        continue;
      }
      for (const m of text.matchAll(STATIC_REFS)) add(m[1] as string);
      const preloadsOf = (target: string, refs: readonly string[]): void => {
        const preloads = dynamic.get(target) ?? new Set<string>();
        for (const ref of refs) {
          const p = resolveRef(root, dirname(file), ref) ?? resolveRef(root, root, ref);
          if (p !== null && CODE.test(p)) preloads.add(p);
        }
        dynamic.set(target, preloads);
      };
      for (const m of text.matchAll(DYNAMIC_REFS)) {
        const target = resolveRef(root, dirname(file), m[1] as string);
        if (target !== null)
          preloadsOf(
            target,
            [...(m[2] ?? '').matchAll(QUOTED)].map((q) => q[1] as string),
          );
      }
      const mapDeps = [...(MAP_DEPS_LIST.exec(text)?.[1] ?? '').matchAll(QUOTED)].map((q) => q[1] as string);
      for (const m of text.matchAll(MAP_DEPS_CALL)) {
        const [chunk, ...rest] = (m[1] as string).split(',').map((i) => mapDeps[Number(i)] ?? '');
        const target = resolveRef(root, dirname(file), chunk ?? '');
        if (target !== null && dynamic.has(target)) preloadsOf(target, rest);
      }
    }
    return found;
  };
  const entries: string[] = [];
  for (const m of html.matchAll(HTML_REFS)) {
    const path = resolveRef(root, dirname(join(root, page)), m[1] as string);
    if (path !== null && CODE.test(path) && !entries.includes(path)) entries.push(path);
  }
  const first = closure(entries);
  const onDemand = new Map<string, PayloadFigures>();
  for (const [chunk, preloads] of [...dynamic].sort(([a], [b]) => a.localeCompare(b))) {
    if (first.has(chunk)) continue;
    const added = [...closure([chunk, ...preloads])].filter((f) => !first.has(f));
    onDemand.set(relative(root, chunk), measureFiles(root, added));
  }
  return { firstScreen: measureFiles(root, [...first]), onDemand };
}
