import type { ReactNode } from 'react';

interface Props {
  readonly open: boolean;
  /** id of the element the button shows and hides. */
  readonly controls: string;
  readonly onToggle: () => void;
  readonly className: string;
  /** Accessible name when the button shows no text of its own. */
  readonly label?: string;
  readonly children?: ReactNode;
}

/** A button that folds and unfolds a part of the page: a chevron that turns, its state in aria-expanded. */
export function DisclosureButton({ open, controls, onToggle, className, label, children }: Props) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      aria-label={label}
      onClick={onToggle}
    >
      <span className="chevron" aria-hidden="true" />
      {children}
    </button>
  );
}
