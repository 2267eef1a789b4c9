/**
 * What kind of party an actor is, as the lexicon files (data/lexicon) and events.json's actor table say it. Shared
 * by the extractor, which reads kinds from the lexicon or from the form of a name, and the app, which groups the
 * actor filter by kind.
 *
 * state: a sovereign state (its government, forces, officials, capital as metonym); government: forces a state
 * sanctions without being its army (Iraq's Popular Mobilization Forces); coalition; non-state armed groups, by
 * kind: rebel (armed opposition that seeks power or territory), militia (local or communal armed groups, gangs
 * and cartels), jihadist, paramilitary (a force outside the regular army: RSF, Wagner), separatist, and
 * non-state for groups no finer kind fits; other: institutions (UN, monitors).
 */
export const ACTOR_KINDS = [
  'state',
  'government',
  'coalition',
  'non-state',
  'rebel',
  'militia',
  'jihadist',
  'paramilitary',
  'separatist',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
