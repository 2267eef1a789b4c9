/** The event vocabulary of events.json. Order is the order filters and legends show them in. */
export const EVENT_TYPES = [
  'capture',
  'recapture',
  'airstrike',
  'ground-attack',
  'bombing',
  'killing',
  'siege',
  'withdrawal',
  'agreement',
  'statement',
  'incident',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
