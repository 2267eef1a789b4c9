import { describe, expect, it } from 'vitest';
import { buildDataIndex } from '../../src/app/core/dataIndex.ts';
import { applyFilters, NO_FILTERS } from '../../src/app/core/filters.ts';
import { formatRegion, inRegion, regionFromCorners } from '../../src/app/core/region.ts';
import { fixtureFile } from './fixture.ts';

describe('map area filter', () => {
  const syria = { west: 35.5, south: 32.3, east: 42.4, north: 37.4 };

  it('holds a point inside or on its edge, not one outside', () => {
    expect(inRegion(34.55, 38.27, syria)).toBe(true); // Palmyra
    expect(inRegion(37.4, 42.4, syria)).toBe(true); // the corner itself
    expect(inRegion(33.89, 35.5, syria)).toBe(true); // on the west edge
    expect(inRegion(33.89, 35.49, syria)).toBe(false); // Beirut, just west
    expect(inRegion(41.0, 28.97, syria)).toBe(false); // Istanbul
  });

  it('is made from two corners in any order, clamped to the world, and needs an area', () => {
    expect(regionFromCorners(42.4, 32.3, 35.5, 37.4)).toEqual(syria);
    expect(regionFromCorners(170, 80, 200, 95)).toEqual({ west: 170, south: 80, east: 180, north: 90 });
    expect(regionFromCorners(10, 10, 10, 20)).toBeNull();
    expect(regionFromCorners(Number.NaN, 10, 20, 20)).toBeNull();
  });

  it('reads as degrees with hemispheres', () => {
    expect(formatRegion(syria)).toBe('32.3° N – 37.4° N, 35.5° E – 42.4° E');
    expect(formatRegion({ west: -3.25, south: -12.5, east: 4, north: 9 })).toBe('12.5° S – 9.00° N, 3.25° W – 4.00° E');
  });

  it('lets through only located events inside the box, and composes with the other filters', () => {
    const index = buildDataIndex(fixtureFile());
    const located = index.events.map((e, i) => [e, i] as const).filter(([e]) => e.location !== null);
    expect(located.length).toBeGreaterThan(1);
    const [first] = located[0]!;
    const at = first.location!;
    const box = { west: at.lon - 0.01, south: at.lat - 0.01, east: at.lon + 0.01, north: at.lat + 0.01 };
    const expected = located.filter(([e]) => inRegion(e.location!.lat, e.location!.lon, box)).map(([, i]) => i);
    const passing = [...applyFilters(index, { ...NO_FILTERS, region: box }).passing];
    expect(passing).toEqual(expected);
    expect(passing.length).toBeLessThan(index.events.length);
    // An event with no location never passes an area filter.
    const unlocated = index.events.findIndex((e) => e.location === null);
    if (unlocated >= 0) expect(passing).not.toContain(unlocated);
    // With a type filter that hides the first event's type as well, the box shows none of that type.
    const withType = applyFilters(index, { ...NO_FILTERS, region: box, hiddenTypes: new Set([first.type]) });
    expect([...withType.passing].every((i) => index.events[i]!.type !== first.type)).toBe(true);
  });
});
