/**
 * What the toolbar buttons and the keys do to the window, written once as a table of records: each action says
 * its name, its keys and the window it leads to. The toolbar draws a button per record that has one; the
 * keyboard looks a key up here. Pure: the Timeline component only applies the window an action returns.
 */
import { panWindow, zoomWindow, type ViewWindow } from './viewWindow.ts';

export interface ActionContext {
  readonly view: ViewWindow;
  /** The instant to zoom around: the focused mark's, or null for the middle of the window. */
  readonly anchor: number | null;
}

export interface TimelineAction {
  readonly id: 'zoom-in' | 'zoom-out' | 'fit' | 'pan-back' | 'pan-forward' | 'nudge-back' | 'nudge-forward';
  /** Key values (KeyboardEvent.key) that run it; `shift` keys need Shift held, the others need it released. */
  readonly keys: readonly string[];
  readonly shiftKeys?: readonly string[];
  /** Only when focus is not on a mark (on a mark, the plain arrows move between marks). */
  readonly offMarkOnly?: boolean;
  /** The toolbar button, when there is one: its text, accessible name and tooltip. */
  readonly button?: { readonly text: string; readonly name: string; readonly title: string };
  /** The window the action leads to; null means "fit what is filtered". */
  readonly run: (c: ActionContext) => ViewWindow | null;
}

/** How much one zoom step (key or button) magnifies, on the timeline and on the map alike. */
export const ZOOM_STEP = 1.5;

export const TIMELINE_ACTIONS: readonly TimelineAction[] = [
  {
    id: 'zoom-in',
    keys: ['+', '='],
    button: { text: '+', name: 'Zoom in', title: 'Zoom in (+)' },
    run: (c) => zoomWindow(c.view, ZOOM_STEP, c.anchor ?? undefined),
  },
  {
    id: 'zoom-out',
    keys: ['-', '_', '−'],
    button: { text: '−', name: 'Zoom out', title: 'Zoom out (−)' },
    run: (c) => zoomWindow(c.view, 1 / ZOOM_STEP, c.anchor ?? undefined),
  },
  {
    id: 'fit',
    keys: ['0'],
    button: { text: 'Fit all', name: 'Fit all', title: 'Show every event that passes the filters (0)' },
    run: () => null,
  },
  {
    id: 'pan-back',
    keys: ['PageUp'],
    shiftKeys: ['ArrowLeft'],
    button: { text: '‹', name: 'Earlier', title: 'Show earlier (PageUp)' },
    run: (c) => panWindow(c.view, -0.25),
  },
  {
    id: 'pan-forward',
    keys: ['PageDown'],
    shiftKeys: ['ArrowRight'],
    button: { text: '›', name: 'Later', title: 'Show later (PageDown)' },
    run: (c) => panWindow(c.view, 0.25),
  },
  { id: 'nudge-back', keys: ['ArrowLeft'], offMarkOnly: true, run: (c) => panWindow(c.view, -0.1) },
  { id: 'nudge-forward', keys: ['ArrowRight'], offMarkOnly: true, run: (c) => panWindow(c.view, 0.1) },
];

/** The action a key press runs, or null. */
export function actionForKey(
  key: string,
  shiftKey: boolean,
  onMark: boolean,
  actions: readonly TimelineAction[] = TIMELINE_ACTIONS,
): TimelineAction | null {
  for (const a of actions) {
    if (a.offMarkOnly === true && onMark) continue;
    if (shiftKey && a.shiftKeys?.includes(key) === true) return a;
    // '+' needs Shift on most layouts: only the arrows are told apart by it.
    if (a.keys.includes(key) && !(shiftKey && key.startsWith('Arrow'))) return a;
  }
  return null;
}
