/**
 * "Correct this event" on the source panel: a disclosure whose form (CorrectionFormBody, its own chunk, loaded
 * on first opening) writes a corrections.json entry for the event shown, to copy or to download.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { DisclosureButton } from '../lib/DisclosureButton.tsx';
import type { CorrectionFormProps } from './CorrectionFormBody.tsx';

const CorrectionFormBody = lazy(() => import('./CorrectionFormBody.tsx'));

export function CorrectionForm({ index, event, source }: CorrectionFormProps) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <div className="correction">
      <DisclosureButton className="correction-toggle" open={open} controls={bodyId} onToggle={() => setOpen((o) => !o)}>
        Correct this event
      </DisclosureButton>
      <div id={bodyId} hidden={!open}>
        {open ? (
          <Suspense fallback={<p className="hint">Loading the form…</p>}>
            <CorrectionFormBody key={event.id} index={index} event={event} source={source} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
