/**
 * GeoJSON (RFC 7946) for GIS: a FeatureCollection with one Point per located event, positions [longitude,
 * latitude] in WGS 84 as §3.1.1 and §4 require. Events without a location have no geometry to give and are left
 * out (a null geometry would be legal, but GIS tools drop or choke on it).
 */
import type { EventsFile, TimelineEvent } from '../model/index.ts';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    title: string;
    type: TimelineEvent['type'];
    dateStart: string;
    dateEnd: string | null;
    datePrecision: TimelineEvent['date']['precision'];
    actors: string[];
    location: string;
    country: string | null;
    countryCode: string | null;
    admin1: string | null;
    sourceCount: number;
  };
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

export function toGeoJson(file: EventsFile): EventFeatureCollection {
  const features = file.events.flatMap((e): EventFeature[] => {
    const place = e.location;
    if (place === null) return [];
    return [
      {
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          id: e.id,
          title: e.title,
          type: e.type,
          dateStart: e.date.start,
          dateEnd: e.date.end ?? null,
          datePrecision: e.date.precision,
          actors: [...e.actors],
          location: place.name,
          country: place.country,
          countryCode: place.countryCode,
          admin1: place.admin1,
          sourceCount: e.sources.length,
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

export function toGeoJsonText(file: EventsFile): string {
  return JSON.stringify(toGeoJson(file)) + '\n';
}
