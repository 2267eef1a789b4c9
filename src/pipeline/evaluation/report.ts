/** The evaluation report as text: how matching works, the figures, then every miss and false positive. */
import type { EventDate, TimelineEvent } from '../../model/index.ts';
import type { GoldOutcome, Score } from './score.ts';

export const MATCHING_RULE =
  'An extracted event matches a gold event when one of its sources is in that article, its sentence contains the ' +
  'gold quote (whitespace folded), and the date that source gives equals the gold date at the gold precision. ' +
  'Optional gold events are neither rewarded nor penalised (an event from their sentence is not counted, whatever ' +
  "its date); 'never' quotes must produce no event. Precision counts " +
  'extracted events (a second event for an already matched gold event is a false positive); recall counts gold events.';

function count(found: readonly GoldOutcome[], right: (g: GoldOutcome) => boolean): string {
  return `${found.filter(right).length} of ${found.length}`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function formatDate(d: EventDate): string {
  const range = d.end === undefined ? d.start : `${d.start}..${d.end}`;
  return d.qualifier === undefined ? range : `${d.qualifier} ${range}`;
}

function describe(e: TimelineEvent): string {
  return `${formatDate(e.date)} ${e.type} "${e.title}" [${e.actors.join(', ')}] @ ${e.location?.name ?? '—'}`;
}

function quoteLine(s: string): string {
  return `      “${s.replace(/\s+/g, ' ')}”`;
}

export function formatReport(score: Score): string {
  const lines: string[] = [];
  lines.push('Matching: ' + MATCHING_RULE, '');
  const required = score.golds.filter((g) => g.gold.optional !== true);
  const found = required.filter((g) => g.event !== null);
  lines.push(
    `precision ${pct(score.precision)} (${score.truePositives} right of ${score.truePositives + score.falsePositives} counted events; ${score.events.filter((e) => e.verdict === 'optional').length} optional not counted)`,
    `recall    ${pct(score.recall)} (${found.length} of ${required.length} gold events)`,
    `F1        ${pct(score.f1)}`,
    `mission events found: ${score.missionFound}/${score.missionTotal}`,
    `actors right (every gold actor present): ${pct(score.actorsRightRate)} of found (${count(found, (g) => g.actorsRight)})`,
    `actors exactly the gold set (no actor missing, none extra): ${pct(score.actorsExactRate)} of found (${count(found, (g) => g.actorsExact)})`,
    `place right (location name equals the gold place; none equals none): ${pct(score.placeRightRate)} of found (${count(found, (g) => g.placeRight)})`,
    `actors and place both right (every gold actor present, and place right): ${pct(score.factsRightRate)} of found (${count(found, (g) => g.factsRight)})`,
    `events from 'never' quotes (footers, comments): ${score.never.length}`,
    '',
  );

  lines.push('Mission events:');
  for (const g of score.golds.filter((x) => x.gold.mission === true)) {
    lines.push(`  ${g.event === null ? 'MISSED' : 'found '} ${g.gold.article} ${g.gold.date} “${g.gold.quote}”`);
  }
  lines.push('');

  const misses = required.filter((g) => g.event === null);
  lines.push(`Misses (${misses.length}):`);
  for (const g of misses) {
    lines.push(
      `  ${g.gold.article} ${g.gold.date}${g.gold.date_end ? `..${g.gold.date_end}` : ''} ${g.gold.type} “${g.gold.quote}”`,
    );
    lines.push(
      g.nearMiss === null
        ? '      no event from this sentence'
        : `      sentence found, but its date is ${formatDate(g.nearMiss.date)} (from “${g.nearMiss.source.dateText}”)`,
    );
  }
  lines.push('');

  const wrong = score.events.filter((e) => e.verdict === 'false-positive' || e.verdict === 'duplicate');
  lines.push(`False positives (${wrong.length}):`);
  for (const o of wrong) {
    lines.push(`  ${o.verdict === 'duplicate' ? '(duplicate) ' : ''}${describe(o.event)}`);
    for (const s of o.event.sources) lines.push(`    ${s.article} (“${s.dateText}”)`, quoteLine(s.sentence));
  }
  lines.push('');

  const wrongFacts = found.filter((g) => !g.actorsRight || !g.placeRight);
  lines.push(`Found with wrong actors or place (${wrongFacts.length}):`);
  for (const g of wrongFacts) {
    const e = g.event as TimelineEvent;
    lines.push(`  ${g.gold.article} “${g.gold.quote}”`);
    if (!g.actorsRight) lines.push(`      actors [${e.actors.join(', ')}], gold [${g.gold.actors.join(', ')}]`);
    if (!g.placeRight) lines.push(`      place ${e.location?.name ?? 'none'}, gold ${g.gold.location ?? 'none'}`);
  }

  if (score.never.length > 0) {
    lines.push('', "Events from 'never' quotes:");
    for (const v of score.never) lines.push(`  ${v.article} “${v.quote}”: ${describe(v.event)}`);
  }
  return lines.join('\n');
}
