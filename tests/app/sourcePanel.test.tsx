// @vitest-environment jsdom
import './jsdomSetup.ts';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventsFile } from '../../src/model/index.ts';
import { safeHref } from '../../src/app/views/panels/ArticleView.tsx';
import { SourcePanel } from '../../src/app/views/panels/SourcePanel.tsx';
import { useTimelineStore } from '../../src/app/store/index.ts';
import { fixtureFile, fixtureFileInline, fixtureText, loadFixtureStore } from './fixture.ts';

afterEach(() => vi.unstubAllGlobals());

function renderPanel(file: EventsFile = fixtureFileInline()) {
  loadFixtureStore(file);
  return render(<SourcePanel />);
}

describe('SourcePanel', () => {
  it('invites a choice while nothing is selected', () => {
    renderPanel();
    expect(screen.getByRole('region', { name: 'Source' })).toHaveTextContent(/Choose an event/);
    expect(screen.getByRole('region', { name: 'Source' }).querySelector('mark')).toBeNull();
  });

  it('shows the article, its link and the sentence in a <mark> with the date expression emphasized', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderPanel();
    act(() => useTimelineStore.getState().select('ev-kobani-recaptured'));
    const region = screen.getByRole('region', { name: 'Source' });
    // The article view loads on demand with the first event chosen.
    await within(region).findByRole('region', { name: 'Article text' });
    expect(
      within(region).getByRole('heading', { name: 'Kurdish fighters push ISIS out of Kobani' }),
    ).toBeInTheDocument();
    expect(region).toHaveTextContent('Fixture Wire · published 27 Jan 2015');
    const link = within(region).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://example.org/wire/kobani');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const mark = region.querySelector('mark.sentence')!;
    expect(mark.textContent).toBe('Kurdish forces drove ISIS out of Kobani on Jan. 26, officials in the town said.');
    expect(mark.querySelector('.date-expr')!.textContent).toBe('Jan. 26');
    // The whole article is there, not only the sentence.
    expect(region.querySelector('.article-text')!.textContent).toBe(fixtureText('texts/wire/kobani.txt'));
    expect(scrolled).toHaveBeenCalled();
    expect(scrolled.mock.contexts.at(-1)).toBe(mark);
    // Only as far as needed: centring the sentence on the page pushed the title out of view on phones.
    expect(scrolled.mock.calls.at(-1)?.[0]).toMatchObject({ block: 'nearest' });
  });

  it('says "n sources" and steps through them with next and previous, marking each sentence', async () => {
    const user = userEvent.setup();
    renderPanel();
    act(() => useTimelineStore.getState().select('ev-palmyra-captured'));
    const region = screen.getByRole('region', { name: 'Source' });
    // The article view loads on demand with the first event chosen.
    await within(region).findByRole('region', { name: 'Article text' });
    expect(region).toHaveTextContent('2 sources · showing 1 of 2');
    expect(within(region).getByRole('button', { name: 'Previous source' })).toBeDisabled();
    expect(region.querySelector('mark')!.textContent).toMatch(/^ISIS fighters seized Palmyra on May 20, 2015/);
    await user.click(within(region).getByRole('button', { name: 'Next source' }));
    expect(region).toHaveTextContent('showing 2 of 2');
    expect(region.querySelector('mark')!.textContent).toMatch(/^ISIS had captured Palmyra in May 2015/);
    expect(within(region).getByRole('heading', { name: 'Syrian army retakes Palmyra' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Next source' })).toBeDisabled();
  });

  it('lists what each source says when they disagree on the date', () => {
    renderPanel();
    act(() => useTimelineStore.getState().select('ev-russia-strikes'));
    const note = screen.getByRole('region', { name: 'Source' }).querySelector('.conflict-note')!;
    expect(note).toHaveTextContent('The sources disagree on the date');
    expect(note).toHaveTextContent('Example Times: 30 Sep 2015');
    expect(note).toHaveTextContent('Desert Dispatch: 1 Oct 2015');
  });

  it('renders markup in article text and metadata as text, and links only http(s) URLs', async () => {
    const file = fixtureFileInline();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const articles = file.articles.map((a) =>
      a.id === 'wire/kobani'
        ? {
            ...a,
            title: `<b>${a.title}</b>`,
            publisher: hostile,
            text: a.text!.replace('Residents', `${hostile} Residents`),
          }
        : a,
    );
    renderPanel({ ...file, articles });
    act(() => useTimelineStore.getState().select('ev-kobani-recaptured'));
    const region = screen.getByRole('region', { name: 'Source' });
    // The article view loads on demand with the first event chosen.
    await within(region).findByRole('region', { name: 'Article text' });
    expect(region.querySelector('img, script, b')).toBeNull();
    expect(region).toHaveTextContent('<script>alert(2)</script>');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref('http://example.org/a b')).toBe('http://example.org/a%20b');
  });

  it('fetches a text kept in a file beside events.json on demand, and shows a failure to', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      if (url.endsWith('palmyra-falls.txt')) return new Response(fixtureText('texts/palmyra-falls.txt'));
      return new Response('gone', { status: 404 });
    });
    renderPanel(fixtureFile());
    expect(fetched).toEqual([]);
    act(() => useTimelineStore.getState().select('ev-government-withdraws'));
    const region = screen.getByRole('region', { name: 'Source' });
    await waitFor(() =>
      expect(region.querySelector('mark.sentence')?.textContent).toBe(
        'The government said its forces had left the city by May 21.',
      ),
    );
    expect(fetched).toEqual(['http://127.0.0.1:1/site/texts/palmyra-falls.txt']);
    act(() => useTimelineStore.getState().select('ev-caliphate'));
    expect(await within(region).findByText(/Could not load the article text: .*HTTP 404/)).toBeInTheDocument();
  });
});
