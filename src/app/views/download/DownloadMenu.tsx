/**
 * The "Download" menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens it on its first
 * item; the menu itself (DownloadMenuList.tsx: its items, keys and outside clicks) and what the items make
 * (downloads.ts) are one chunk, imported on the first opening: the first screen carries only this button and its
 * status line.
 */
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import './download.css';

let loading: ReturnType<typeof importMenu> | null = null;
function importMenu() {
  return import('./DownloadMenuList.tsx').catch((e: unknown) => ({
    default: function DownloadMenuLoadError() {
      return (
        <p role="alert" className="load-error">
          The download menu could not be loaded: {e instanceof Error ? e.message : String(e)}
        </p>
      );
    },
  }));
}
/** The menu's code, fetched once: pressing the button starts it, so the menu opens as soon as it can. */
const menu = () => (loading ??= importMenu());
const DownloadMenuList = lazy(menu);

export function DownloadMenu() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

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
          void menu();
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            void menu();
            setOpen(true);
          }
        }}
      >
        Download
      </button>
      {open ? (
        <Suspense fallback={null}>
          <DownloadMenuList id={menuId} buttonRef={buttonRef} close={close} onStatus={setStatus} />
        </Suspense>
      ) : null}
      <span role="status" className="download-status">
        {status}
      </span>
    </div>
  );
}
