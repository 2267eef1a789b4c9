/**
 * Generic references to an armed group: "the rebels", "the paramilitary group", "the militants". A careful reader
 * takes them as the group of that kind the article is about, when it has named exactly one; otherwise they stay
 * unnamed. (States are referred to through their context aliases instead: "the army", "the junta", "government
 * forces" are the state the text is about; see states.curated.json.)
 *
 * The phrases are matched through the same word trie as the lexicon, built once here: they are English, not
 * data an analyst extends.
 */
import type { ActorKind } from './schema.ts';
import { buildTrieMatcher, type TrieMatcher } from './trieMatcher.ts';

interface GenericReference {
  readonly phrases: readonly string[];
  /** The kinds of group the phrase may refer to. */
  readonly kinds: readonly ActorKind[];
  /**
   * The phrase says nothing of the kind ("the attackers"): its kinds are one tier, so it names a group only when the
   * article has named one group of any of them.
   */
  readonly pooled?: true;
  /** The phrase names two groups ("the two groups", "both militias"): the two named before, when exactly two are. */
  readonly pair?: true;
}

/**
 * What a side's fighters hold, after an adjective of its kind: "rebel positions", "militant hideouts". Strikes and
 * raids name their target this way, and the group is the side hit as surely as by "the rebels".
 */
const HELD = ['positions', 'bases', 'camps', 'strongholds', 'hideouts'] as const;

function held(adjective: string): string[] {
  return HELD.map((noun) => `${adjective} ${noun}`);
}

const GENERIC_REFERENCES: readonly GenericReference[] = [
  {
    phrases: [
      'rebels',
      'rebel fighters',
      'rebel forces',
      'rebel group',
      'rebel groups',
      'rebel movement',
      'guerrillas',
      'guerrilla fighters',
      'guerrilla group',
      'resistance fighters',
      ...held('rebel'),
      ...held('guerrilla'),
    ],
    // African wire copy calls jihadist insurgents "rebels" too ("ADF rebels").
    kinds: ['rebel', 'separatist', 'jihadist'],
  },
  {
    phrases: ['insurgents', 'insurgent group', 'insurgent fighters', ...held('insurgent')],
    kinds: ['rebel', 'separatist', 'jihadist'],
  },
  {
    phrases: ['militants', 'militant group', 'militant fighters', 'armed group', 'gunmen', ...held('militant')],
    kinds: ['jihadist', 'non-state', 'separatist'],
  },
  {
    phrases: [
      'jihadists',
      'jihadist group',
      'jihadist fighters',
      'jihadist militants',
      'Islamists',
      'Islamist militants',
      'Islamist fighters',
      'Islamist insurgents',
      'Islamist group',
      'extremists',
      'extremist group',
      ...held('jihadist'),
      ...held('Islamist'),
    ],
    kinds: ['jihadist'],
  },
  {
    phrases: [
      'separatists',
      'separatist fighters',
      'separatist forces',
      'separatist rebels',
      'separatist group',
      'separatist gunmen',
      'separatist militants',
      'separatist insurgents',
      ...held('separatist'),
    ],
    kinds: ['separatist'],
  },
  {
    phrases: [
      'paramilitary',
      'paramilitaries',
      'paramilitary group',
      'paramilitary force',
      'paramilitary forces',
      'paramilitary fighters',
    ],
    kinds: ['paramilitary'],
  },
  {
    // "an operation against the gang": the one gang (or cartel) the story names, as "the group" is.
    phrases: [
      'militiamen',
      'militia fighters',
      'militia members',
      'gang',
      'drug gang',
      'gang members',
      'gangs',
      'cartel',
      'drug cartel',
      'cartel gunmen',
    ],
    kinds: ['militia'],
  },
  {
    // Who carried out the attack the story is about: whatever group that was, when the article names one only.
    phrases: ['attackers', 'assailants', 'raiders'],
    kinds: ['jihadist', 'rebel', 'separatist', 'militia', 'paramilitary', 'non-state'],
    pooled: true,
  },
  {
    // "Fighters from the two groups exchanged fire": both sides of a story about two groups.
    phrases: [
      'two groups',
      'both groups',
      'two armed groups',
      'two rebel groups',
      'two militias',
      'both militias',
      'rival militias',
      'two factions',
      'both factions',
      'rival factions',
    ],
    kinds: ['jihadist', 'rebel', 'separatist', 'militia', 'paramilitary', 'non-state'],
    pooled: true,
    pair: true,
  },
];

/** Entry targets index GENERIC_REFERENCES. */
export const genericReferenceMatcher: TrieMatcher = buildTrieMatcher(
  GENERIC_REFERENCES.flatMap((g, target) => g.phrases.map((alias) => ({ target, alias }))),
);

/** The kinds a generic reference (by matcher target) may refer to. */
export function kindsReferredTo(target: number): readonly ActorKind[] {
  return GENERIC_REFERENCES[target]?.kinds ?? [];
}

/** Whether a generic reference (by matcher target) reads its kinds as one tier (see GenericReference.pooled). */
export function pooledReference(target: number): boolean {
  return GENERIC_REFERENCES[target]?.pooled === true;
}

/** Whether a generic reference (by matcher target) names two groups (see GenericReference.pair). */
export function pairReference(target: number): boolean {
  return GENERIC_REFERENCES[target]?.pair === true;
}

/** A mention with the kind of the actor it names, as the article-level passes keep them. */
export interface KindedMention {
  readonly start: number;
  readonly actor: string;
  readonly kind: ActorKind;
}

/**
 * The one actor named before `at` in the article of the best-fitting kind, or null when none or several are: the
 * kinds are read in order, as a reader takes "the militants" for the one jihadist group before thinking of the
 * Kurdish forces also named. "The rebels" after "M23" is M23; after "M23" and "the OLA" (both rebels) it is no
 * one; a tier with several actors decides as much as one with a single actor (no looking further down).
 *
 * A reference made before the article has named any group of those kinds looks forward: wire copy often opens on
 * "Jihadist fighters killed scores …" and names the group that claimed it a sentence later. It is that group when
 * the whole article names exactly one of the best-fitting kind.
 */
export function actorInFocus(
  named: readonly KindedMention[],
  at: number,
  kinds: readonly ActorKind[],
  pooled = false,
): string | null {
  const before = named.filter((m) => m.start < at);
  const fits = before.some((m) => kinds.includes(m.kind)) ? before : named;
  // A pooled reference has one tier of all its kinds.
  const tiers: readonly (readonly ActorKind[])[] = pooled ? [kinds] : kinds.map((k) => [k]);
  for (const tier of tiers) {
    let found: string | null = null;
    for (const m of fits) {
      if (!tier.includes(m.kind) || m.actor === found) continue;
      if (found !== null) return null;
      found = m.actor;
    }
    if (found !== null) return found;
  }
  return null;
}

/**
 * The two actors of `kinds` the article has named before `at`, in order of first mention, when it has named exactly
 * two: "the two groups" after the Malaita Eagle Force and the Isatabu Freedom Movement is both. Null otherwise: with
 * three groups named a reader cannot tell which two are meant.
 */
export function pairInFocus(
  named: readonly KindedMention[],
  at: number,
  kinds: readonly ActorKind[],
): readonly [string, string] | null {
  const found: string[] = [];
  for (const m of named) {
    if (m.start >= at || !kinds.includes(m.kind) || found.includes(m.actor)) continue;
    if (found.length === 2) return null;
    found.push(m.actor);
  }
  const [a, b] = found;
  return a !== undefined && b !== undefined ? [a, b] : null;
}
