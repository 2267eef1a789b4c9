/**
 * What the built site's first screen loads (issue 13 item 4), read from dist/ as `npm run bench` measures it:
 * zod runs only in the validator worker, and the parts that are not on the first screen (the map, the event
 * list, the downloads, the correction form) come as chunks imported on demand, with their stylesheets. Needs a fresh `npx vite build`, like the other end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePageParts, type PagePayloadParts } from '../../scripts/bench/payload.ts';
import { DIST, requireDist } from './support/site.ts';

/** A name zod's core gives its base schema type at run time (kept by the minifier: it is a string). */
const ZOD_MARK = '$ZodType';

let parts: PagePayloadParts;
beforeAll(() => {
  requireDist();
  parts = measurePageParts(DIST, 'index.html');
});

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

describe('first screen of the built site', () => {
  it('carries zod in the validator worker only, not in the page’s own script', () => {
    const files = parts.firstScreen.perFile.map(([f]) => f);
    const worker = files.filter((f) => /validateEvents\.worker/.test(fileName(f)));
    expect(worker).toHaveLength(1);
    const withZod = files.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(ZOD_MARK));
    expect(withZod).toEqual(worker);
  });

  it('imports the map, the event list, the downloads and the correction form on demand, styles included', () => {
    const onDemand = [...parts.onDemand.keys()].map(fileName);
    for (const part of ['map', 'event-list', 'downloads', 'correction-form'])
      expect(onDemand.filter((f) => f.startsWith(`${part}-`) && f.endsWith('.js'))).toHaveLength(1);
    // The map, the list and the form bring their own stylesheets along: none of their rules is on the first screen.
    for (const [chunk, figures] of parts.onDemand)
      if (/^(map|event-list|correction-form)-/.test(fileName(chunk)))
        expect(figures.perFile.map(([f]) => fileName(f)).filter((f) => f.endsWith('.css'))).toHaveLength(1);
    const first = parts.firstScreen.perFile.map(([f]) => fileName(f));
    expect(first.filter((f) => /^(map|event-list|downloads|correction-form)-/.test(f))).toEqual([]);
  });

  it('holds the app in one script, one stylesheet and the validator worker: nothing split off it', () => {
    const files = parts.firstScreen.perFile.map(([f, gz]) => [fileName(f), gz] as const);
    expect(files.filter(([f]) => f.endsWith('.css'))).toHaveLength(1);
    const scripts = files.filter(([f]) => f.endsWith('.js') && !f.startsWith('validateEvents.worker'));
    // The app's chunk, and beside it only glue: the page's entry module and the bundler's runtime helpers.
    const [app, ...glue] = [...scripts].sort((a, b) => b[1] - a[1]);
    expect(app![1]).toBeGreaterThan(50_000);
    expect(glue.reduce((sum, [, gz]) => sum + gz, 0)).toBeLessThan(1_000);
  });
});
