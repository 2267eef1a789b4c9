import type { Location } from '../../model/index.ts';
import type { CompiledPlace } from './compileLexicon.ts';

/** What a location is built from: a lexicon row, or an unlisted place drawn at its container's point. */
export type LocatedPlace = Pick<
  CompiledPlace,
  'name' | 'kind' | 'lat' | 'lon' | 'country' | 'countryCode' | 'province'
>;

/**
 * A place as events.json writes it, the one builder for every place the extractor reports. A country is its own
 * first-level division, so it has none. `part` is a compass adjective before a country ("southern Lebanon"):
 * the part is named, drawn at the country's point, and lies in no one division.
 */
export function placeLocation(p: LocatedPlace, part?: string): Location {
  return {
    name: part === undefined ? p.name : `${part} ${p.name}`,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    countryCode: p.countryCode,
    admin1: p.kind === 'country' ? null : p.province,
  };
}
