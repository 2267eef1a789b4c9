/**
 * The basemap files: world-atlas's Natural Earth countries at 1:110m (38 KB gzipped, drawn first) and 1:50m
 * (230 KB, drawn once the map is up; coastlines and borders fine enough for a town's surroundings), copied into the
 * build as hashed assets: no tile server, no request leaves the site. Each is fetched once. In the first screen's
 * chunk, only URLs and a fetch, so the map panel can start the download together with the map's code.
 */
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';

export type BasemapDetail = 'coarse' | 'fine';

const URLS: Record<BasemapDetail, string> = { coarse: coarseUrl, fine: fineUrl };
const downloads = new Map<BasemapDetail, Promise<unknown>>();

/** A basemap file's JSON (the same promise on every call). The message names the file when it fails. */
export function fetchBasemapFile(
  detail: BasemapDetail,
  fetcher: (url: string) => Promise<Response> = (u) => fetch(u),
): Promise<unknown> {
  let download = downloads.get(detail);
  if (download === undefined) {
    download = (async () => {
      const url = new URL(URLS[detail], document.baseURI).href;
      const res = await fetcher(url);
      if (!res.ok) throw new Error(`The map's basemap (${url}) could not be loaded: HTTP ${res.status}.`);
      return res.json() as Promise<unknown>;
    })().catch((e: unknown) => {
      downloads.delete(detail); // a later try may succeed
      throw e;
    });
    downloads.set(detail, download);
  }
  return download;
}
