/**
 * The "Download" menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens it on its first
 * item, arrows/Home/End move, Escape or Tab closes it (Escape gives focus back to the button), a click outside
 * closes it. What the items make lives in downloads.ts, imported on the first opening: the first screen carries
 * only this button (and mapSnapshot.ts, the few lines through which the map, when shown, hands over its SVG).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { currentMapSvg } from '../map/mapSnapshot.ts';
import { useTimelineStore } from '../../store/index.ts';
import type { DownloadKind, downloadView } from './downloads.ts';
import './download.css';

const ITEMS: readonly { readonly kind: DownloadKind; readonly label: string }[] = [
  { kind: 'csv', label: 'Events as CSV' },
  { kind: 'geojson', label: 'Events as GeoJSON' },
  { kind: 'svg', label: 'View as SVG' },
  { kind: 'png', label: 'View as PNG' },
];

let loading: Promise<{ downloadView: typeof downloadView }> | null = null;
/** The download code, fetched once (the menu's first opening starts it, so a choice rarely waits for it). */
const downloads = () => (loading ??= import('./downloads.ts'));

export function DownloadMenu() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusItem = (n: number) => {
    const all = items();
    all[(n + all.length) % all.length]?.focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const choose = async (kind: DownloadKind, label: string) => {
    close(true);
    setStatus(`Preparing ${label}…`);
    try {
      const { downloadView } = await downloads();
      await downloadView(kind, useTimelineStore.getState(), kind === 'svg' || kind === 'png' ? currentMapSvg() : null);
      setStatus('');
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const at = items().indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="download">
      <button
        ref={buttonRef}
        type="button"
        className="download-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          void downloads();
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            void downloads();
            setOpen(true);
          }
        }}
      >
        Download
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label="Download" className="download-menu" onKeyDown={onMenuKey}>
          {ITEMS.map((item) => (
            <li key={item.kind} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void choose(item.kind, item.label)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span role="status" className="download-status">
        {status}
      </span>
    </div>
  );
}
