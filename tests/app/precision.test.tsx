// @vitest-environment jsdom
import './jsdomSetup.ts';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventExtent } from '../../src/app/core/timeline/precision.ts';
import { Timeline } from '../../src/app/views/timeline/Timeline.tsx';
import { useTimelineStore } from '../../src/app/store/index.ts';
import { loadFixtureStore } from './fixture.ts';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('eventExtent: the stretch of time a date honestly covers', () => {
  it('draws a day as a point and a month or a year as a span over all of it', () => {
    expect(eventExtent({ start: '2019-02-11', precision: 'day' }, null)).toMatchObject({
      start: utc(2019, 2, 11),
      end: utc(2019, 2, 12),
      shape: 'point',
      certainty: 'day',
    });
    expect(eventExtent({ start: '2020-02', precision: 'month' }, null)).toMatchObject({
      start: utc(2020, 2, 1),
      end: utc(2020, 3, 1),
      shape: 'span',
      certainty: 'month',
    });
    expect(eventExtent({ start: '2017', precision: 'year' }, null)).toMatchObject({
      start: utc(2017, 1, 1),
      end: utc(2018, 1, 1),
      shape: 'span',
      certainty: 'year',
    });
  });

  it('spans a range from its first to its last unit', () => {
    expect(eventExtent({ start: '2018-11', end: '2019-01', precision: 'month' }, null)).toMatchObject({
      start: utc(2018, 11, 1),
      end: utc(2019, 2, 1),
      shape: 'span',
    });
  });

  it("runs 'since' to the article's date, or leaves it open when that is unknown or earlier", () => {
    expect(eventExtent({ start: '2022-03', precision: 'month', qualifier: 'since' }, '2022-06-15')).toMatchObject({
      start: utc(2022, 3, 1),
      end: utc(2022, 6, 16),
      openEnd: false,
    });
    expect(eventExtent({ start: '2022-03', precision: 'month', qualifier: 'since' }, null)).toMatchObject({
      openEnd: true,
    });
    // A day 'since' is a span, not a point.
    expect(eventExtent({ start: '2022-03-04', precision: 'day', qualifier: 'since' }, '2022-03-10').shape).toBe('span');
  });

  it("ends 'by' at its date with an open start", () => {
    expect(eventExtent({ start: '2021-07-04', precision: 'day', qualifier: 'by' }, '2021-07-09')).toMatchObject({
      end: utc(2021, 7, 5),
      openStart: true,
      shape: 'span',
    });
  });
});

describe('Timeline draws precision honestly', () => {
  function shapeOf(name: RegExp): HTMLElement {
    const mark = screen.getAllByRole('button', { name })[0]!;
    return mark.querySelector('.shape') as HTMLElement;
  }

  it('gives each mark a name with its date label and title, and a shape class per precision', () => {
    loadFixtureStore();
    render(<Timeline />);
    // Each event is in each of its actors' lanes, named by the lane's actor.
    const isis = screen.getByRole('group', { name: 'ISIS' });
    expect(within(isis).getByRole('button', { name: /20 May 2015: ISIS captures Palmyra/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Kurdish forces' })).getAllByRole('button', { name: /Kobani/ }),
    ).toHaveLength(1);

    expect(shapeOf(/^26 Jan 2015: Kurdish forces drive ISIS/)).toHaveClass('point', 'certainty-day');
    expect(shapeOf(/^Jun – Aug 2015: Coalition airstrikes on Raqqa/)).toHaveClass('span', 'certainty-month');
    expect(shapeOf(/^2014: ISIS declares a caliphate/)).toHaveClass('span', 'certainty-year');
    expect(shapeOf(/^since Oct 2014: Coalition strikes/)).toHaveClass('span', 'certainty-month');
    expect(shapeOf(/^by 21 May 2015: Government forces leave/)).toHaveClass('span', 'open-start');
    // The sources disagree on this one's date: marked, and said in its name.
    const conflict = screen.getByRole('button', {
      name: /Russia begins airstrikes in Syria \(sources disagree on the date\)/,
    });
    expect(conflict).toHaveClass('conflict');
  });

  it('draws a year wider than a month, and a month wider than a day point, at the same zoom', () => {
    loadFixtureStore();
    render(<Timeline />);
    const width = (name: RegExp) => parseFloat(shapeOf(name).style.width);
    expect(width(/^2014: ISIS declares/)).toBeGreaterThan(width(/^Jun – Aug 2015/));
    expect(width(/^Jun – Aug 2015/)).toBeGreaterThan(width(/^26 Jan 2015/));
  });

  it('collapses a lane and lists lanes by name or by event count', async () => {
    loadFixtureStore();
    render(<Timeline />);
    const laneNames = () =>
      screen
        .getAllByRole('group')
        .filter((g) => g.classList.contains('lane'))
        .map((g) => g.getAttribute('aria-label'));
    expect(laneNames()[0]).toBe('ISIS'); // most events first
    const byCount = laneNames();
    const byName = [...byCount].sort((a, b) => a!.localeCompare(b!));
    // Otherwise the reorder below would go unseen.
    expect(byName).not.toEqual(byCount);
    act(() => useTimelineStore.getState().setLaneOrder('name'));
    await waitFor(() => expect(laneNames()).toEqual(byName));
    const toggle = within(screen.getByRole('group', { name: 'ISIS' })).getByRole('button', { name: 'ISIS' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    toggle.click();
    expect(
      await within(screen.getByRole('group', { name: 'ISIS' })).findByRole('button', { name: 'ISIS' }),
    ).toHaveAttribute('aria-expanded', 'false');
    expect(
      within(screen.getByRole('group', { name: 'ISIS' })).queryAllByRole('button', { name: /Palmyra/ }),
    ).toHaveLength(0);
  });
});
