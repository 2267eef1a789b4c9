/**
 * The Download menu's items (WAI-ARIA menu pattern): opened on its first item, arrows/Home/End move, Escape or Tab
 * closes it (Escape gives focus back to the button), a click outside closes it. Not on the first screen: this
 * module is a chunk of its own with downloads.ts, what the items make, imported when the menu first opens
 * (DownloadMenu.tsx).
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { currentMapSvg } from '../map/mapSnapshot.ts';
import { useTimelineStore } from '../../store/index.ts';
import { downloadView, type DownloadKind } from './downloads.ts';
import './downloadMenu.css';

const ITEMS: readonly { readonly kind: DownloadKind; readonly label: string }[] = [
  { kind: 'csv', label: 'Events as CSV' },
  { kind: 'geojson', label: 'Events as GeoJSON' },
  { kind: 'svg', label: 'View as SVG' },
  { kind: 'png', label: 'View as PNG' },
];

interface DownloadMenuListProps {
  readonly id: string;
  readonly buttonRef: RefObject<HTMLButtonElement>;
  /** Closes the menu; `refocus` gives focus back to the button. */
  readonly close: (refocus: boolean) => void;
  /** What the button's live status line says (preparing, failed, or nothing). */
  readonly onStatus: (status: string) => void;
}

export default function DownloadMenuList({ id, buttonRef, close, onStatus }: DownloadMenuListProps) {
  const menuRef = useRef<HTMLUListElement>(null);
  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [buttonRef, close]);

  const choose = async (kind: DownloadKind, label: string) => {
    close(true);
    onStatus(`Preparing ${label}…`);
    try {
      await downloadView(kind, useTimelineStore.getState(), kind === 'svg' || kind === 'png' ? currentMapSvg() : null);
      onStatus('');
    } catch (error) {
      onStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      all[(moves[e.key]! + all.length) % all.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <ul ref={menuRef} id={id} role="menu" aria-label="Download" className="download-menu" onKeyDown={onMenuKey}>
      {ITEMS.map((item) => (
        <li key={item.kind} role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => void choose(item.kind, item.label)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
