/** On a phone the timeline, the map and the event list share the screen as tabs (WAI-ARIA tabs pattern). */
import { useRef, type KeyboardEvent } from 'react';

export type ViewTab = 'timeline' | 'map' | 'events';

export const VIEW_TABS: readonly { readonly id: ViewTab; readonly label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'map', label: 'Map' },
  { id: 'events', label: 'Events' },
];

export const tabId = (t: ViewTab) => `view-tab-${t}`;
export const panelId = (t: ViewTab) => `view-panel-${t}`;

export function ViewTabs({ tab, onTab }: { tab: ViewTab; onTab: (t: ViewTab) => void }) {
  const refs = useRef(new Map<ViewTab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const at = VIEW_TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? VIEW_TABS[(at + 1) % VIEW_TABS.length]
        : e.key === 'ArrowLeft'
          ? VIEW_TABS[(at + VIEW_TABS.length - 1) % VIEW_TABS.length]
          : e.key === 'Home'
            ? VIEW_TABS[0]
            : e.key === 'End'
              ? VIEW_TABS[VIEW_TABS.length - 1]
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    onTab(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="View" onKeyDown={onKeyDown}>
      {VIEW_TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === tab}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === tab ? 0 : -1}
          ref={(el) => {
            if (el === null) refs.current.delete(t.id);
            else refs.current.set(t.id, el);
          }}
          onClick={() => onTab(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
