/** The GeoJSON export: a valid RFC 7946 FeatureCollection of the located events, positions [lon, lat]. */
import { describe, expect, it } from 'vitest';
import { toGeoJson, toGeoJsonText } from '../../src/export/index.ts';
import { appFixture, hostileFile } from './fixtureEvents.ts';

describe('GeoJSON export', () => {
  it('is a FeatureCollection of Points for exactly the located events, [longitude, latitude]', () => {
    const file = appFixture();
    const collection = JSON.parse(toGeoJsonText(file)) as ReturnType<typeof toGeoJson>;
    expect(collection.type).toBe('FeatureCollection');
    const located = file.events.filter((e) => e.location !== null);
    expect(located.length).toBeLessThan(file.events.length);
    expect(collection.features.map((f) => f.id)).toEqual(located.map((e) => e.id));
    for (const [i, feature] of collection.features.entries()) {
      const place = located[i]!.location!;
      expect(feature.type).toBe('Feature');
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
      const [lon, lat] = feature.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      // RFC 7946 §3.2: a Feature has a "properties" member that is an object (or null).
      expect(typeof feature.properties).toBe('object');
    }
  });

  it("carries the event's fields as properties", () => {
    const [feature] = toGeoJson(hostileFile()).features;
    expect(feature!.properties).toEqual({
      id: 'ev-1',
      title: '+Rebels <script>alert(1)</script> attack',
      type: 'ground-attack',
      dateStart: '2024-02-03',
      dateEnd: '2024-02-07',
      datePrecision: 'day',
      actors: ['@Rebels', 'Army'],
      location: '-Goma',
      country: 'DR Congo',
      countryCode: 'CD',
      admin1: 'North Kivu',
      sourceCount: 2,
    });
    expect(feature!.geometry.coordinates).toEqual([29.222, -1.679]);
    expect(toGeoJson(hostileFile()).features).toHaveLength(1);
  });
});
