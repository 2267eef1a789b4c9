/** A place of no country (a sea, a strait: countryCode, country and admin1 all null) in every export. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toAcledCsv, toFlatCsv, toGeoJson } from '../../src/export/index.ts';
import { eventsFileSchema, type EventsFile } from '../../src/model/index.ts';
import { appFixture } from './fixtureEvents.ts';

function withSea(): EventsFile {
  const file = appFixture();
  const [first, ...rest] = file.events;
  const sea = { name: 'Gulf of Aden', lat: 12.5, lon: 47.5, country: null, countryCode: null, admin1: null };
  return { ...file, events: [{ ...first!, location: sea }, ...rest] };
}

describe('a place of no country', () => {
  it('is valid in events.json, and a country stays required to be a string or null', () => {
    expect(eventsFileSchema.safeParse(withSea()).success).toBe(true);
    const file = withSea();
    const bad = { ...file, events: [{ ...file.events[0]!, location: { ...file.events[0]!.location!, country: 3 } }] };
    expect(eventsFileSchema.safeParse(bad).success).toBe(false);
  });

  it('is exported with empty country fields, at its point', () => {
    const file = withSea();
    const feature = toGeoJson(file).features.find((f) => f.id === file.events[0]!.id)!;
    expect(feature.geometry.coordinates).toEqual([47.5, 12.5]);
    expect(feature.properties).toMatchObject({
      location: 'Gulf of Aden',
      country: null,
      countryCode: null,
      admin1: null,
    });
    const flat = parse(toFlatCsv(file), { columns: true }) as Record<string, string>[];
    const row = flat.find((r) => Object.values(r).includes('Gulf of Aden'))!;
    expect(row).toBeDefined();
    expect(Object.values(row)).not.toContain('null');
    const acled = parse(toAcledCsv(file), { columns: true }) as Record<string, string>[];
    expect(acled[0]?.country).toBe('');
    expect(acled[0]?.location).toBe('Gulf of Aden');
  });
});
