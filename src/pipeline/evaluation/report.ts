/** The evaluation report as text: how matching works, the figures, then every miss and false positive. */
import type { EventDate, TimelineEvent } from '../../model/index.ts';
import { MAX_TITLE_CHARS, type GoldOutcome, type Score } from './score.ts';

export const MATCHING_RULE =
  'An extracted event matches a gold event when one of its sources is in that article, its sentence contains the ' +
  'gold quote (whitespace folded), and the date that source gives equals the gold date at the gold precision. ' +
  'Optional gold events are neither rewarded nor penalised (an event from their sentence is not counted, whatever ' +
  "its date); 'never' quotes must produce no event. Precision counts " +
  'extracted events (a second event for an already matched gold event is a false positive); recall counts gold events. ' +
  'Of the found events: actors are right when every gold actor is among the extracted ones, the place when both ' +
  'name the same place (none equals none), the type when it equals the gold type. Actor and place names are ' +
  "compared through the lexicon: a gold name may be any alias the lexicon knows ('RSF', 'Daesh', 'Irbil'), and " +
  'two names match when they stand for the same lexicon actor or gazetteer row, or have the same spelling key.';

function count(found: readonly GoldOutcome[], right: (g: GoldOutcome) => boolean): string {
  return `${found.filter(right).length} of ${found.length}`;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
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

/** The matching rule, the figures, then every miss, false positive and wrong fact. */
export function formatReport(score: Score): string {
  return ['Matching: ' + MATCHING_RULE, '', formatFigures(score), '', formatItems(score)].join('\n');
}

/** The figures alone: precision, recall, F1 and how often actors, place and type are right. */
export function formatFigures(score: Score): string {
  const required = score.golds.filter((g) => g.gold.optional !== true);
  const found = required.filter((g) => g.event !== null);
  return [
    `precision ${pct(score.precision)} (${score.truePositives} right of ${score.truePositives + score.falsePositives} counted events; ${score.events.filter((e) => e.verdict === 'optional').length} optional not counted)`,
    `recall    ${pct(score.recall)} (${found.length} of ${required.length} gold events; date right)`,
    `sentence found, any date: ${pct(ratio(score.sentenceFound, required.length))} (${score.sentenceFound} of ${required.length})`,
    `F1        ${pct(score.f1)}`,
    `mission events found: ${score.missionFound}/${score.missionTotal}`,
    `actors right (every gold actor present): ${pct(score.actorsRightRate)} of found (${count(found, (g) => g.actorsRight)})`,
    `actors exactly the gold set (no actor missing, none extra): ${pct(score.actorsExactRate)} of found (${count(found, (g) => g.actorsExact)})`,
    `place right (the same place as the gold one; none equals none): ${pct(score.placeRightRate)} of found (${count(found, (g) => g.placeRight)})`,
    `type right (the gold event type): ${pct(score.typeRightRate)} of found (${count(found, (g) => g.typeRight)})`,
    `actors and place both right (every gold actor present, and place right): ${pct(score.factsRightRate)} of found (${count(found, (g) => g.factsRight)})`,
    `events from 'never' quotes (footers, comments): ${score.never.length}`,
    `titles that are a bare type word: ${score.bareTitles} of ${score.events.length} events; longer than ${MAX_TITLE_CHARS} characters: ${score.longTitles}`,
  ]
    .filter((line) => score.missionTotal > 0 || !line.startsWith('mission'))
    .join('\n');
}

/** Every mission event, miss, false positive, wrong fact and wrong type, with its sentence. */
export function formatItems(score: Score): string {
  const lines: string[] = [];
  const required = score.golds.filter((g) => g.gold.optional !== true);
  const found = required.filter((g) => g.event !== null);

  if (score.missionTotal > 0) {
    lines.push('Mission events:');
    for (const g of score.golds.filter((x) => x.gold.mission === true)) {
      lines.push(`  ${g.event === null ? 'MISSED' : 'found '} ${g.gold.article} ${g.gold.date} “${g.gold.quote}”`);
    }
    lines.push('');
  }

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

  lines.push('');
  const wrongType = found.filter((g) => !g.typeRight);
  lines.push(`Found with the wrong type (${wrongType.length}):`);
  for (const g of wrongType) {
    lines.push(`  ${g.gold.article} ${(g.event as TimelineEvent).type}, gold ${g.gold.type}: “${g.gold.quote}”`);
  }

  if (score.never.length > 0) {
    lines.push('', "Events from 'never' quotes:");
    for (const v of score.never) lines.push(`  ${v.article} “${v.quote}”: ${describe(v.event)}`);
  }
  return lines.join('\n');
}

/** One row of the summary table: a set's name, its size and its score. */
export interface SetSummary {
  readonly set: string;
  readonly articles: number;
  readonly score: Score;
}

/** The figures of every set side by side, as a Markdown table (rates over found events, as in the reports). */
export function formatSummaryTable(rows: readonly SetSummary[]): string {
  const header = [
    'set',
    'articles',
    'gold events',
    'recall (date right)',
    'sentence found',
    'precision',
    'F1',
    'actors right',
    'place right',
    'type right',
  ];
  const body = rows.map(({ set, articles, score }) => {
    const required = score.golds.filter((g) => g.gold.optional !== true).length;
    return [
      set,
      String(articles),
      String(required),
      pct(score.recall),
      pct(ratio(score.sentenceFound, required)),
      pct(score.precision),
      pct(score.f1),
      pct(score.actorsRightRate),
      pct(score.placeRightRate),
      pct(score.typeRightRate),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
