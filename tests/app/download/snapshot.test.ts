// @vitest-environment jsdom
/**
 * The pure half of the downloads on the app fixture: the filtered events file the CSV and GeoJSON are made
 * from, and the snapshot SVG (header, lanes, legend; article text as text, never as markup).
 */
import { describe, expect, it } from 'vitest';
import { filteredEventsFile } from '../../../src/app/views/download/filteredFile.ts';
import { filterSummary } from '../../../src/app/views/download/filterSummary.ts';
import { snapshotSvg, SNAPSHOT_WIDTH } from '../../../src/app/views/download/snapshotSvg.ts';
import { useTimelineStore } from '../../../src/app/store/index.ts';
import {
  selectFilterResult,
  selectFilteredExtent,
  selectLanes,
  usedEventTypes,
} from '../../../src/app/store/selectors.ts';
import type { Palette } from '../../../src/app/views/timeline/paintLane.ts';
import { fixtureFileInline, loadFixtureStore } from '../fixture.ts';

const PALETTE: Palette = {
  type: { capture: '#d1495b' },
  fallback: '#7a8ca6',
  ink: '#1d2430',
  muted: '#555d6b',
  font: 'system-ui',
  grid: '#eceef2',
};

function snapshot(mapSvg: string | null = null) {
  const s = useTimelineStore.getState();
  const index = s.index!;
  return snapshotSvg({
    title: 'Conflict timeline',
    index,
    lanes: selectLanes(s),
    passing: selectFilterResult(s).passing.length,
    window: s.window,
    extent: selectFilteredExtent(s),
    filters: filterSummary(s.filters, index),
    types: usedEventTypes(index),
    palette: PALETTE,
    mapSvg,
  });
}

describe('filteredEventsFile', () => {
  it('holds the passing events in timeline order and only the articles they cite', () => {
    loadFixtureStore();
    const actor = useTimelineStore.getState().index!.actors[0]!;
    useTimelineStore.getState().setAllActors(false);
    useTimelineStore.getState().setActorChecked(actor, true);
    const s = useTimelineStore.getState();
    const passing = selectFilterResult(s).passing;
    const file = filteredEventsFile(s.index!, passing);
    expect(file.events.map((e) => e.id)).toEqual(Array.from(passing, (i) => s.index!.events[i]!.id));
    expect(file.events.length).toBeGreaterThan(0);
    expect(file.events.length).toBeLessThan(fixtureFileInline().events.length);
    for (const e of file.events) expect(e.actors).toContain(actor);
    const cited = new Set(file.events.flatMap((e) => e.sources.map((x) => x.article)));
    expect(new Set(file.articles.map((a) => a.id))).toEqual(cited);
  });
});

describe('snapshotSvg', () => {
  it('has the title, the window with the count, the filters, a lane per actor in view and the legend', () => {
    loadFixtureStore();
    const all = snapshot();
    // The fixture has "since" and "by" dates: their bands fade at the open end, through a gradient in <defs>.
    const open = useTimelineStore.getState().index!.extents.filter((x) => x.openStart || x.openEnd).length;
    expect(open).toBeGreaterThan(0);
    const fades = [...all.querySelectorAll('g.lane rect[fill^="url(#fade-"]')];
    expect(fades.length).toBeGreaterThan(0);
    for (const f of fades)
      expect(all.querySelector(`linearGradient${f.getAttribute('fill')!.slice(4, -1)}`)).not.toBeNull();
    const actor = useTimelineStore.getState().index!.actors[0]!;
    useTimelineStore.getState().setAllActors(false);
    useTimelineStore.getState().setActorChecked(actor, true);
    const svg = snapshot();
    expect(svg.getAttribute('width')).toBe(String(SNAPSHOT_WIDTH));
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Conflict timeline');
    const n = selectFilterResult(useTimelineStore.getState()).passing.length;
    const total = useTimelineStore.getState().index!.events.length;
    expect(texts[1]).toMatch(new RegExp(`^\\d+ \\w{3} \\d{4} – \\d+ \\w{3} \\d{4} · ${n} of ${total} events$`));
    expect(texts).toContain(`Actors: ${actor}`);
    expect(texts).toContain('Legend');
    expect(svg.querySelectorAll('g.lane').length).toBeLessThan(all.querySelectorAll('g.lane').length);
    expect(svg.querySelector('g.lane text')?.textContent).toMatch(new RegExp(`^${actor}\\d+ events?$`));
  });

  it('writes article text as text: markup in a title stays characters, and the map is embedded as SVG', () => {
    const file = fixtureFileInline();
    const evil = '<img src=x onerror=alert(1)> & "quotes"';
    loadFixtureStore({ ...file, events: file.events.map((e, i) => (i === 0 ? { ...e, title: evil } : e)) });
    const map =
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" aria-label="Map"><rect width="600" height="300"/></svg>';
    const svg = snapshot(map);
    expect(svg.querySelector('img')).toBeNull();
    const xml = new XMLSerializer().serializeToString(svg);
    expect(xml).not.toContain('<img');
    expect([...svg.querySelectorAll('title')].some((t) => t.textContent?.endsWith(evil))).toBe(true);
    const embedded = svg.querySelector('svg[aria-label="Map"]')!;
    expect(embedded.getAttribute('width')).toBe('600');
    expect(new DOMParser().parseFromString(xml, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });
});
