// @vitest-environment jsdom
import './jsdomSetup.ts';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/views/App.tsx';
import { useTimelineStore } from '../../src/app/store/index.ts';
import { fixtureFileInline, loadFixtureStore } from './fixture.ts';

/** The event list is imported once the page is idle (App.tsx): wait for its table (the first import compiles). */
async function renderAppWithTable(): Promise<void> {
  render(<App />);
  await screen.findByRole('table', { name: 'Events' }, { timeout: 10_000 });
}

function rowTitles(): string[] {
  const table = screen.getByRole('table', { name: 'Events' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('td')[1]!.textContent!);
}

describe('App', () => {
  it('shows a clear message instead of the timeline when events.json cannot be used', () => {
    render(<App />);
    expect(screen.getByText('Loading events…')).toBeInTheDocument();
    act(() =>
      useTimelineStore.getState().fail('events.json has version 7; this app reads version 1. Re-run the extractor.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('events.json has version 7');
  });

  it('names the controls as the issue requires and lists every event in the table', async () => {
    loadFixtureStore();
    await renderAppWithTable();
    const groupBy = screen.getByRole('group', { name: 'Group by' });
    expect(within(groupBy).getByRole('radio', { name: 'Actor' })).toBeChecked();
    expect(within(groupBy).getByRole('radio', { name: 'Location' })).not.toBeChecked();
    const actors = within(screen.getByRole('group', { name: 'Actors' })).getAllByRole('checkbox');
    expect(actors.map((c) => c.getAttribute('id') && (c as HTMLInputElement).labels![0]!.textContent)).toEqual(
      useTimelineStore.getState().index!.actors,
    );
    for (const a of useTimelineStore.getState().index!.actors)
      expect(screen.getByRole('checkbox', { name: a })).toBeChecked();
    expect(rowTitles()).toHaveLength(fixtureFileInline().events.length);
  });

  it('unchecking actors narrows the table to events with a checked actor; counts follow', async () => {
    const user = userEvent.setup();
    loadFixtureStore();
    await renderAppWithTable();
    await user.click(screen.getByRole('button', { name: 'None of the actors' }));
    expect(rowTitles()).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Syrian government' }));
    expect(rowTitles().sort()).toEqual(['Government forces leave Palmyra', 'Syrian government retakes Palmyra']);
    // Place counts honour the actor filter.
    const palmyra = within(screen.getByRole('group', { name: 'Places' })).getByRole('checkbox', { name: 'Palmyra' });
    expect(palmyra.closest('li')!.querySelector('.count')!.textContent).toBe('2');
  });

  it('groups by location on the radio, and the twin of a hovered mark lights up in its other lane', async () => {
    const user = userEvent.setup();
    loadFixtureStore();
    render(<App />);
    // By default an event sits in its main actor's lane only; every actor's lane is an option.
    await user.click(screen.getByRole('checkbox', { name: 'Show each event in every actor’s lane' }));
    const twinName = /26 Jan 2015: Kurdish forces drive ISIS out of Kobani/;
    const [inIsis, inKurds] = [
      within(screen.getByRole('group', { name: 'ISIS' })).getByRole('button', { name: twinName }),
      within(screen.getByRole('group', { name: 'Kurdish forces' })).getByRole('button', { name: twinName }),
    ];
    await user.hover(inIsis);
    expect(inKurds).toHaveClass('twin');
    await user.unhover(inIsis);
    expect(inKurds).not.toHaveClass('twin');
    await user.click(screen.getByRole('radio', { name: 'Location' }));
    expect(screen.getByRole('group', { name: 'Palmyra' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'ISIS' })).toBeNull();
  });

  it('choosing a row selects the event and opens its source; the date column sorts', async () => {
    const user = userEvent.setup();
    loadFixtureStore();
    await renderAppWithTable();
    await user.click(screen.getByRole('button', { name: 'Coalition airstrikes on Raqqa' }));
    const region = screen.getByRole('region', { name: 'Source' });
    await within(region).findByRole('region', { name: 'Article text' });
    expect(region.querySelector('mark')!.textContent).toBe(
      'Coalition airstrikes hit Raqqa between June and August 2015, the monitor said.',
    );
    expect(screen.getByRole('button', { name: /^Jun – Aug 2015: Coalition airstrikes on Raqqa/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const first = rowTitles()[0];
    await user.click(screen.getByRole('button', { name: /Date/ }));
    expect(rowTitles().at(-1)).toBe(first);
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('searches titles and source text, highlighting matches in the table', async () => {
    const user = userEvent.setup();
    loadFixtureStore();
    await renderAppWithTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and sources' }), 'raqqa{Enter}');
    expect(rowTitles()).toEqual(['Coalition airstrikes on Raqqa']);
    expect(screen.getByRole('table', { name: 'Events' }).querySelector('.hit')!.textContent).toBe('Raqqa');
  });

  it('Enter on a focused mark opens its source; arrows move between marks of a lane', async () => {
    const user = userEvent.setup();
    loadFixtureStore();
    render(<App />);
    const lane = screen.getByRole('group', { name: 'ISIS' });
    const marks = within(lane)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('mark'));
    // One tab stop for the whole timeline.
    const tabbable = document.querySelectorAll('.mark[tabindex="0"], .cluster[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    act(() => marks[0]!.focus());
    await user.keyboard('{Home}');
    const first = document.activeElement;
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).not.toBe(first);
    expect(lane.contains(document.activeElement)).toBe(true);
    const id = (document.activeElement as HTMLElement).dataset.eventId!;
    await user.keyboard('{Enter}');
    expect(useTimelineStore.getState().selected?.eventId).toBe(id);
    const event = useTimelineStore.getState().index!.events.find((e) => e.id === id)!;
    expect(screen.getByRole('region', { name: 'Source' }).querySelector('mark')!.textContent).toBe(
      event.sources[0]!.sentence,
    );
  });

  it('keeps its state in the URL hash and restores it from there', async () => {
    const user = userEvent.setup();
    loadFixtureStore();
    const { unmount } = render(<App />);
    await user.click(screen.getByRole('radio', { name: 'Location' }));
    await user.click(screen.getByRole('checkbox', { name: 'Russia' }));
    expect(window.location.hash).toContain('g=location');
    expect(window.location.hash).toContain('xa=Russia');
    const hash = window.location.hash;
    unmount();
    loadFixtureStore();
    window.history.replaceState(null, '', `/${hash}`);
    render(<App />);
    expect(screen.getByRole('radio', { name: 'Location' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();
  });
});
