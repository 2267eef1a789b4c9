/**
 * The basemap file (world-atlas's Natural Earth 1:50m countries, copied into the build as a hashed asset: no tile
 * server, no request leaves the site), fetched once. In the first screen's chunk, only a URL and a fetch, so the
 * map panel can start the download together with the map's code instead of after it.
 */
import basemapUrl from 'world-atlas/countries-50m.json?url';

let download: Promise<unknown> | null = null;

/** The basemap file's JSON (the same promise on every call). The message names the file when it fails. */
export function fetchBasemapFile(fetcher: (url: string) => Promise<Response> = (u) => fetch(u)): Promise<unknown> {
  download ??= (async () => {
    const url = new URL(basemapUrl, document.baseURI).href;
    const res = await fetcher(url);
    if (!res.ok) throw new Error(`The map's basemap (${url}) could not be loaded: HTTP ${res.status}.`);
    return res.json() as Promise<unknown>;
  })().catch((e: unknown) => {
    download = null; // a later try may succeed
    throw e;
  });
  return download;
}
