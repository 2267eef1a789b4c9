import { describe, expect, it } from 'vitest';
import type { CompiledPlace } from '../../../src/pipeline/lexicon/compileLexicon.ts';
import { curatedPlaceLookup } from '../../../src/pipeline/corrections/placeNamed.ts';
import { draftOf } from '../../../src/pipeline/assemble/candidate.ts';
import { addressDrafts, eventsOf } from '../../../src/pipeline/assemble/toTimelineEvent.ts';
import { applyCorrections } from '../../../src/pipeline/corrections/applyCorrections.ts';
import { candidate } from '../candidates.ts';

const place = (over: Partial<CompiledPlace> & { name: string; country: string }): CompiledPlace => ({
  kind: 'city',
  lat: 1,
  lon: 2,
  countryCode: 'XX',
  province: 'Some Province',
  population: 1000,
  gazetteer: false,
  ...over,
});

const PLACES = [
  place({ name: 'Mosul', country: 'Iraq', countryCode: 'IQ', province: 'Nineveh', lat: 36.34, lon: 43.13 }),
  place({ name: 'Iraq', kind: 'country', country: 'Iraq', countryCode: 'IQ', province: 'Iraq' }),
  place({ name: 'Tripoli', country: 'Libya', countryCode: 'LY' }),
  place({ name: 'Tripoli', country: 'Lebanon', countryCode: 'LB' }),
  // A town and its ruins, 2 km apart: one place, the town (the more populous) stands for both.
  place({ name: 'Tadmur', kind: 'site', country: 'Syria', lat: 34.5514, lon: 38.2694, population: 0 }),
  place({ name: 'Tadmur', country: 'Syria', lat: 34.5624, lon: 38.284, population: 51015 }),
  // Same name, same country, far apart.
  place({ name: 'Saint Marys', country: 'United States', lat: 30.73, lon: -81.55 }),
  place({ name: 'Saint Marys', country: 'United States', lat: 41.43, lon: -78.56 }),
  place({ name: 'Springfield', country: 'United States', countryCode: 'US', gazetteer: true }),
];

describe('a place named in a correction', () => {
  const lookup = curatedPlaceLookup({ places: PLACES });

  it('is a curated place of that name, whatever the case; a country has no first-level division', () => {
    expect(lookup(' mosul ')).toEqual({
      name: 'Mosul',
      lat: 36.34,
      lon: 43.13,
      country: 'Iraq',
      countryCode: 'IQ',
      admin1: 'Nineveh',
    });
    expect(lookup('Iraq')).toMatchObject({ name: 'Iraq', admin1: null });
  });

  it('is the most populous of places of one name that lie together', () => {
    expect(lookup('Tadmur')).toMatchObject({ lat: 34.5624, lon: 38.284 });
  });

  it('is ambiguous when places of one name lie apart, and never a gazetteer place', () => {
    expect(lookup('Tripoli')).toBe('ambiguous');
    expect(lookup('Saint Marys')).toBe('ambiguous');
    expect(lookup('Springfield')).toBeNull();
    expect(lookup('Atlantis')).toBeNull();
  });

  it('sets the place, or leaves the whole entry unapplied with a warning naming the name', () => {
    const c = candidate({ date: { start: '2016-06-10', precision: 'day' } });
    const addressed = addressDrafts([draftOf(c)]);
    const id = addressed[0]!.id;
    const r = applyCorrections(
      addressed,
      [
        { index: 0, correction: { event: id, set: { location: 'Mosul', title: 'In Mosul' } } },
        { index: 1, correction: { event: id, set: { location: 'Tripoli', title: 'In Tripoli' } } },
        { index: 2, correction: { event: id, set: { location: 'Atlantis' } } },
      ],
      { acledOf: () => null, placeNamed: lookup },
    );
    expect(r.warnings).toEqual([
      'corrections.json: corrections[1]: more than one curated place is named "Tripoli": write the whole location; not applied',
      'corrections.json: corrections[2]: no curated place of the lexicon is named "Atlantis": write the whole location; not applied',
    ]);
    const [e] = eventsOf(r.addressed);
    expect(e?.title).toBe('In Mosul');
    expect(e?.location?.name).toBe('Mosul');
  });
});
