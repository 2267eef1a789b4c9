// @vitest-environment jsdom
/**
 * The built app resolves d3-transition and d3-interpolate to local stand-ins (vite.config.ts); vitest runs d3-zoom
 * and d3-brush through Vite too, so these tests drive them exactly as the page does.
 */
import { describe, expect, it } from 'vitest';
import { brushX } from 'd3-brush';
import { select } from 'd3-selection';
import { interrupt } from 'd3-transition';
import { zoom, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import * as standIn from '../../src/app/views/lib/d3/noTransition.ts';

describe('d3 without transitions', () => {
  it('resolves d3-transition to the stand-in', () => {
    expect(interrupt).toBe(standIn.interrupt);
    expect(() => select(document.body).transition()).toThrow(/no d3-transition/);
  });

  it('lets d3-zoom set, scale and translate a transform, and report each change', () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const seen: number[] = [];
    const z = zoom<HTMLDivElement, unknown>()
      .extent([
        [0, 0],
        [400, 200],
      ])
      .duration(0)
      .on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => seen.push(e.transform.k));
    const s = select(el);
    s.call(z);
    z.scaleBy(s, 2);
    expect(zoomTransform(el).k).toBe(2);
    // Scaled about the extent's centre (200, 100), which stays put.
    expect(zoomTransform(el).x).toBe(-200);
    z.translateBy(s, 10, 0);
    expect(zoomTransform(el).x).toBe(-180);
    expect(seen).toEqual([2, 2]);
    el.remove();
  });

  it('zooms on a wheel event, which interrupts (nothing) first', () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const z = zoom<HTMLDivElement, unknown>().extent([
      [0, 0],
      [400, 200],
    ]);
    select(el).call(z);
    el.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, deltaMode: 0, bubbles: true, cancelable: true }));
    expect(zoomTransform(el).k).toBeGreaterThan(1);
    el.remove();
  });

  it('lets d3-brush move its selection and report it', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.appendChild(g);
    document.body.appendChild(svg);
    const seen: ([number, number] | null)[] = [];
    const b = brushX<unknown>()
      .extent([
        [0, 0],
        [300, 20],
      ])
      .on('end', (e: { selection: [number, number] | null }) => seen.push(e.selection));
    const s = select(g);
    s.call(b);
    b.move(s, [40, 120]);
    b.move(s, null);
    expect(seen).toEqual([[40, 120], null]);
    svg.remove();
  });
});
