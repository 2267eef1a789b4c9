// @vitest-environment jsdom
/**
 * Issue 12 item 3: a badge's count shows wherever the badge is visible, not only at its centre. The badge's button
 * (which holds the count) covers only the part of the badge inside the plot, so a badge that starts or ends off
 * screen still shows its count in view.
 */
import './jsdomSetup.ts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badgeName, ClusterBadge } from '../../src/app/views/timeline/ClusterBadge.tsx';
import type { ClusterLayout } from '../../src/app/core/timeline/layout.ts';

const DAY = 86_400_000;
const badge = (x0: number, x1: number): ClusterLayout => ({
  kind: 'cluster',
  row: 0,
  x0,
  x1,
  y: 10,
  h: 14,
  cluster: 'overflow',
  count: 7,
  start: Date.UTC(2015, 4, 1),
  end: Date.UTC(2015, 4, 1) + 3 * DAY,
});

function drawn(m: ClusterLayout, width: number): HTMLElement {
  const noop = () => undefined;
  render(
    <ClusterBadge
      cluster={m}
      laneKey="ISIS"
      markKey={`k${m.x0}`}
      width={width}
      tabbable
      registerRef={noop}
      onFocusMark={noop}
      onBadge={noop}
    />,
  );
  return screen.getByRole('button', { name: /^7 more events, .*: zoom in$/ });
}

describe('a count badge cut by the edge of the plot', () => {
  it.each([
    ['starts left of the plot', -400, 200, 0, 200],
    ['ends right of the plot', 900, 1500, 900, 100],
    ['spans the whole plot', -50, 1200, 0, 1000],
    ['lies inside the plot', 300, 340, 300, 40],
  ])('%s: its button, holding the count, covers what is in view', (_, x0, x1, left, width) => {
    const button = drawn(badge(x0, x1), 1000);
    expect(button).toHaveTextContent('+7');
    expect(button.style.left).toBe(`${left}px`);
    expect(button.style.width).toBe(`${width}px`);
  });
});

describe('a badge’s name', () => {
  it('writes its counts as the header does (1,234), its types too', () => {
    expect(badgeName({ ...badge(0, 40), count: 1234 })).toBe('1,234 more events, 1 May 2015 to 3 May 2015: zoom in');
    const bucket: ClusterLayout = { ...badge(0, 40), cluster: 'bucket', count: 2501, byType: [1500, 0, 1001] };
    expect(badgeName(bucket)).toMatch(/^2,501 events, .+ \(1,500 \w+, 1,001 \w+\): zoom in$/);
  });
});
