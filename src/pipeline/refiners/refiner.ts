import type { ReferenceDate } from '../types.ts';
import type { EventDraft } from '../assemble/candidate.ts';

/** What refiners may consult besides the drafts: per-article reference dates, and a lazy debug channel. */
export interface RefinerContext {
  readonly references: ReadonlyMap<string, ReferenceDate>;
  /** Records why a refiner changed something; the message is built only when someone listens. */
  readonly note: (message: () => string) => void;
}

/** A refiner is pure: it returns a new array and never changes the drafts it is given. */
export type Refiner = (ctx: RefinerContext, drafts: readonly EventDraft[]) => readonly EventDraft[];
