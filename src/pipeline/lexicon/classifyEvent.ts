/**
 * The event type of a clause from its trigger words (data/lexicon/eventTypes.json), with the ACLED pair.
 *
 * Which trigger decides, when a clause has several:
 * - a reporting verb that comes before every event trigger is the main verb ("officials confirmed that …",
 *   "announced ongoing airstrikes"): statement. A reporting verb after the event ("…, officials said") does not;
 *   nor do verbs that introduce the act they report ("accused Russian jets of downing a drone"): the act wins.
 * - otherwise the group listed first in eventTypes.json wins (taking ground before airstrikes that backed it:
 *   "backed by airstrikes, Iraqi forces retook …"), and between triggers of one group the earlier one.
 *
 * Taking ground becomes capture or recapture by who takes it (ACLED: "Government regains territory" vs
 * "Non-state actor overtakes territory"): the agent is the actor after "by"/"to" in a passive ("seized by
 * ISIS", "fell to Iraqi forces"), else the nearest actor or generic agent ("the militants") before the trigger.
 * A government (the Syrian or Iraqi state and forces it sanctions) → recapture; a non-state group → capture, even
 * when it takes ground back; a foreign state or the coalition → by the verb (retook → recapture, seized →
 * capture); no agent → by the verb.
 */
import type { ActorMention, EventTypeMatch, Span } from '../types.ts';
import type { EventType } from '../../model/index.ts';
import type { CompiledLexicon, CompiledTriggerGroup } from './compileLexicon.ts';
import type { ActorKind } from './schema.ts';
import { plainLetters } from './spellingKey.ts';
import { tokenize, type Token } from './tokens.ts';
import { matchAt, type TrieMatch } from './trieMatcher.ts';

interface Found {
  readonly group: number;
  readonly start: number;
  readonly end: number;
  /** Token index just after the trigger. */
  readonly after: number;
}

/** Words that open the agent of a passive: "seized by ISIS", "fell to Kurdish forces". */
const PASSIVE_AGENT = new Set(['by', 'to']);
/** How far after a trigger the "by"/"to" of a passive agent may stand ("fell into the hands of"). */
const PASSIVE_WINDOW = 4;

function findTriggers(lex: CompiledLexicon, tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = matchAt(lex.triggerMatcher, tokens, i, () => true);
    if (head === null) continue;
    const found = triggerAt(lex, tokens, head);
    if (found === null) continue;
    out.push(found);
    i = found.after - 1;
  }
  return out;
}

/** The first trigger of the match that holds: a plain phrase, or a head whose tail follows in time. */
function triggerAt(lex: CompiledLexicon, tokens: readonly Token[], head: TrieMatch): Found | null {
  const first = tokens[head.first];
  const headLast = tokens[head.last];
  if (first === undefined || headLast === undefined) return null;
  for (const e of head.entries) {
    const trigger = lex.triggers[e.target];
    if (trigger === undefined) continue;
    if (!trigger.gapped) return { group: trigger.group, start: first.start, end: headLast.end, after: head.last + 1 };
    for (let k = head.last + 1; k <= head.last + 1 + trigger.maxGap && k < tokens.length; k++) {
      const tail = matchAt(lex.triggerTailMatcher, tokens, k, (t) => t.target === e.target);
      const tailLast = tail === null ? undefined : tokens[tail.last];
      if (tail !== null && tailLast !== undefined)
        return { group: trigger.group, start: first.start, end: tailLast.end, after: tail.last + 1 };
    }
  }
  return null;
}

interface Agent {
  readonly start: number;
  readonly end: number;
  readonly kind: ActorKind;
}

function agentsIn(lex: CompiledLexicon, tokens: readonly Token[], actors: readonly ActorMention[]): Agent[] {
  const out: Agent[] = [];
  for (const a of actors) {
    const kind = lex.actorByName.get(a.actor)?.kind;
    if (kind !== undefined) out.push({ start: a.start, end: a.end, kind });
  }
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(lex.agentMatcher, tokens, i, () => true);
    const first = tokens[i];
    const last = m === null ? undefined : tokens[m.last];
    const kind = m === null ? undefined : lex.agentKinds[m.entries[0]?.target ?? -1];
    if (m === null || first === undefined || last === undefined || kind === undefined) continue;
    // A lexicon actor covering the same words ("Kurdish fighters") says more than the generic noun.
    if (!out.some((a) => a.start < last.end && first.start < a.end))
      out.push({ start: first.start, end: last.end, kind });
    i = m.last;
  }
  return out.sort((a, b) => a.start - b.start);
}

function passiveAgent(text: string, tokens: readonly Token[], found: Found, agents: readonly Agent[]): Agent | null {
  for (let k = found.after; k < Math.min(tokens.length, found.after + PASSIVE_WINDOW); k++) {
    const t = tokens[k];
    if (t === undefined || !PASSIVE_AGENT.has(plainLetters(text.slice(t.start, t.end)))) continue;
    const after = tokens[k + 1];
    if (after === undefined) return null;
    // The agent starts right after "by"/"to", allowing for "the".
    const agent = agents.find(
      (a) => a.start >= after.start && text.slice(t.end, a.start).trim().split(/\s+/u).length <= 2,
    );
    return agent ?? null;
  }
  return null;
}

function territoryType(group: CompiledTriggerGroup, agent: Agent | null): EventType {
  const byVerb: EventType = group.territory === 'retake' ? 'recapture' : 'capture';
  if (agent === null) return byVerb;
  if (agent.kind === 'government') return 'recapture';
  if (agent.kind === 'non-state') return 'capture';
  return byVerb;
}

function choose(lex: CompiledLexicon, found: readonly Found[]): Found | null {
  const isStatement = (f: Found): boolean => lex.triggerGroups[f.group]?.type === 'statement';
  const first = found[0];
  if (first === undefined) return null;
  const events = found.filter((f) => !isStatement(f));
  const group = lex.triggerGroups[first.group];
  if (isStatement(first) && (group?.defersToContent !== true || events.length === 0)) return first;
  const pool = events.length > 0 ? events : found;
  return [...pool].sort((a, b) => a.group - b.group || a.start - b.start)[0] ?? null;
}

/**
 * The event type of the clause `text[span]`, or null when no trigger is found (the caller's 'other').
 * `actors` are the actor mentions of the clause (findActors), used to tell capture from recapture.
 */
export function classifyEvent(
  lex: CompiledLexicon,
  text: string,
  span: Span,
  actors: readonly ActorMention[],
): EventTypeMatch | null {
  const tokens = tokenize(text, span);
  const found = choose(lex, findTriggers(lex, tokens));
  if (found === null) return null;
  const group = lex.triggerGroups[found.group];
  if (group === undefined) return null;
  let type = group.type;
  let acled = group.acled;
  if (group.territory !== null) {
    const inSpan = actors.filter((a) => a.start >= span.start && a.end <= span.end);
    const agents = agentsIn(lex, tokens, inSpan);
    const before = agents.filter((a) => a.end <= found.start);
    const agent = passiveAgent(text, tokens, found, agents) ?? before[before.length - 1] ?? null;
    type = territoryType(group, agent);
    if (type !== group.type) acled = lex.acledByType[type] ?? acled;
  }
  return { start: found.start, end: found.end, text: text.slice(found.start, found.end), type, acled };
}
