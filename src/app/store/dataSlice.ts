import type { StateCreator } from 'zustand';
import type { EventsFile } from '../../model/index.ts';
import { buildDataIndex, type DataIndex } from '../core/dataIndex.ts';
import type { TimelineState } from './index.ts';

/** An article text fetched on demand when its source is first opened. */
export type TextState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly text: string }
  | { readonly status: 'error'; readonly message: string };

export interface DataSlice {
  readonly status: 'loading' | 'ready' | 'error';
  /** Shown on the page instead of the timeline when events.json cannot be used. */
  readonly loadError: string | null;
  /** The one data index of the app: views read it with useDataIndex(), selectors from the state. */
  readonly index: DataIndex | null;
  /** URL events.json was read from: article textFile paths are relative to it. */
  readonly eventsUrl: string | null;
  readonly texts: ReadonlyMap<string, TextState>;
  /** `prepared`: the index already built from this very file while it was validated (the loader's), if any. */
  load(file: EventsFile, eventsUrl: string, prepared?: DataIndex | null): void;
  fail(message: string): void;
  setText(articleId: string, state: TextState): void;
}

export const createDataSlice: StateCreator<TimelineState, [], [], DataSlice> = (set) => ({
  status: 'loading',
  loadError: null,
  index: null,
  eventsUrl: null,
  texts: new Map(),
  load: (file, eventsUrl, prepared) =>
    set({ status: 'ready', loadError: null, index: prepared ?? buildDataIndex(file), eventsUrl, texts: new Map() }),
  fail: (message) => set({ status: 'error', loadError: message, index: null }),
  setText: (articleId, state) =>
    set((s) => {
      const texts = new Map(s.texts);
      texts.set(articleId, state);
      return { texts };
    }),
});
