// @vitest-environment jsdom
import './jsdomSetup.ts';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { parseCorrectionsFile } from '../../src/model/corrections.ts';
import type { EventsFile } from '../../src/model/index.ts';
import { correctionLines } from '../../src/app/views/panels/CorrectedNote.tsx';
import { SourcePanel } from '../../src/app/views/panels/SourcePanel.tsx';
import { useTimelineStore } from '../../src/app/store/index.ts';
import { fixtureFileInline, loadFixtureStore } from './fixture.ts';

afterEach(() => vi.restoreAllMocks());
afterEach(() => vi.unstubAllGlobals());

/** jsdom's Blob has no text(): read it as the browser's FileReader would. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderPanel(file: EventsFile = fixtureFileInline()) {
  Element.prototype.scrollIntoView = () => undefined;
  loadFixtureStore(file);
  render(<SourcePanel />);
  return screen.getByRole('region', { name: 'Source' });
}

describe('corrections on the source panel', () => {
  it('tells the recorded corrections, changes that share a note together', () => {
    expect(
      correctionLines([
        { what: 'title', note: 'misread' },
        { what: 'type', note: 'misread' },
        { what: 'date' },
        { what: 'merged ev-x', note: 'same raid' },
      ]),
    ).toEqual([{ what: 'title, type', note: 'misread' }, { what: 'date' }, { what: 'merged ev-x', note: 'same raid' }]);
    const file = fixtureFileInline();
    const corrected: EventsFile = {
      ...file,
      events: file.events.map((e) =>
        e.id === 'ev-palmyra-captured'
          ? {
              ...e,
              corrected: [
                { what: 'title', note: '<b>checked</b>' },
                { what: 'type', note: '<b>checked</b>' },
              ],
            }
          : e,
      ),
    };
    const region = renderPanel(corrected);
    act(() => useTimelineStore.getState().select('ev-palmyra-captured'));
    const note = within(region).getByRole('list', { name: 'Corrections by the analyst' });
    expect(note).toHaveTextContent('Corrected: title, type – <b>checked</b>');
    expect(note.querySelector('b')).toBeNull();
    act(() => useTimelineStore.getState().select('ev-caliphate'));
    expect(within(region).queryByRole('list', { name: 'Corrections by the analyst' })).toBeNull();
  });

  it('writes an entry from the keyboard, copies it and downloads it as corrections.json', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    // jsdom has no object URLs: these two stand in for the page's, and are removed after the test.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const region = renderPanel();
    act(() => useTimelineStore.getState().select('ev-palmyra-captured'));

    const toggle = within(region).getByRole('button', { name: 'Correct this event' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The form's body is a chunk loaded on demand: on a busy machine its import takes longer than findBy's 1 s.
    const form = await within(region).findByRole('form', { name: 'Correct this event' }, { timeout: 10_000 });
    expect(within(form).getByText('Change at least one field.')).toBeInTheDocument();
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'IS takes Palmyra');
    await user.selectOptions(within(form).getByLabelText('Type'), 'siege');
    await user.type(within(form).getByLabelText('Note (optional)'), 'per AP');
    const entry = within(form).getByLabelText('Entry for corrections.json') as HTMLTextAreaElement;
    expect(JSON.parse(entry.value)).toEqual({
      event: 'ev-palmyra-captured',
      set: { title: 'IS takes Palmyra', type: 'siege' },
      note: 'per AP',
    });

    await user.click(within(form).getByRole('button', { name: 'Copy entry' }));
    expect(writeText).toHaveBeenCalledWith(entry.value);
    expect(within(form).getByRole('status')).toHaveTextContent(/Entry copied/);

    await user.click(within(form).getByRole('button', { name: 'Download corrections.json' }));
    expect(clicked).toHaveBeenCalled();
    const downloaded = parseCorrectionsFile(JSON.parse(await blobText(blobs[0]!)));
    expect(downloaded.problems).toEqual([]);
    expect(downloaded.entries[0]?.correction).toEqual(JSON.parse(entry.value));
    expect(within(form).getByRole('status')).toHaveTextContent(/downloaded/);

    // A changed entry makes the message stale; the split of the second source names it.
    await user.click(within(form).getByRole('radio', { name: 'Split the source shown off' }));
    expect(within(form).getByRole('status').textContent).toBe('');
    expect(JSON.parse(entry.value)).toEqual({
      split: { event: 'ev-palmyra-captured', source: { article: 'palmyra-falls', start: 23 } },
      note: 'per AP',
    });
  });

  it('offers no split for an event with one source, and starts afresh on another event', async () => {
    const user = userEvent.setup();
    const region = renderPanel();
    act(() => useTimelineStore.getState().select('ev-caliphate'));
    await user.click(within(region).getByRole('button', { name: 'Correct this event' }));
    expect(await within(region).findByRole('radio', { name: 'Split the source shown off' })).toBeDisabled();
    await user.click(within(region).getByRole('radio', { name: 'Drop this event' }));
    expect(
      JSON.parse((within(region).getByLabelText('Entry for corrections.json') as HTMLTextAreaElement).value),
    ).toEqual({
      event: 'ev-caliphate',
      drop: true,
    });
    act(() => useTimelineStore.getState().select('ev-palmyra-retaken'));
    expect(within(region).getByRole('radio', { name: 'Change fields' })).toBeChecked();
    expect(within(region).getByText('ev-palmyra-retaken')).toBeInTheDocument();
  });
});
