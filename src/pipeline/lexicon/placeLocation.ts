import type { Location } from '../../model/index.ts';
import type { CompiledPlace } from './compileLexicon.ts';

/** A lexicon place as events.json writes it: a country is its own first-level division, so it has none. */
export function placeLocation(p: CompiledPlace): Location {
  return {
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    countryCode: p.countryCode,
    admin1: p.kind === 'country' ? null : p.province,
  };
}
