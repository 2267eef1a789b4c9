/**
 * Which trigger word a date belongs to when a clause holds several. The lexicon's choice for the whole clause
 * stands, unless another trigger sits in the same comma-delimited stretch as the date and nearer to it ("…after
 * the 2008 Russian incursion into Georgia" in a sentence about taking back a city). A reporting verb before the
 * date keeps its precedence ("Obama announced airstrikes in September" dates the announcement) unless "that"
 * opens a reported clause holding the date ("revealed that the drones had been harassed earlier in the day").
 * A trigger inside the date expression itself is never the clause's, nor one named as only possible ("a
 * possible rebel withdrawal", "a planned offensive").
 */
import type { ActorMention, EventTypeMatch, Span } from '../types.ts';
import { isHypothetical } from './reportedSpeech.ts';
import type { LexiconStage } from './stages.ts';

/** Every trigger in span, found by asking the lexicon again on both sides of each one it returns. */
export function allTriggers(
  lexicon: LexiconStage,
  text: string,
  span: Span,
  actors: readonly ActorMention[],
  depth = 0,
): EventTypeMatch[] {
  if (span.end <= span.start || depth > 12) return [];
  const t = lexicon.classifyEvent(text, span, actors);
  if (t === null || t.start < span.start || t.end > span.end) return [];
  return [
    ...allTriggers(lexicon, text, { start: span.start, end: t.start }, actors, depth + 1),
    t,
    ...allTriggers(lexicon, text, { start: t.end, end: span.end }, actors, depth + 1),
  ];
}

const HYPOTHETICAL_BEFORE =
  /\b(?:possible|potential|planned|proposed|would-be|future|threatened|expected|looming|imminent)\s+(?:[\p{L}-]+\s+)?$/iu;

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** The comma-delimited stretch of `span` around `at`. */
export function segmentAround(text: string, span: Span, at: Span): Span {
  let start = span.start;
  let end = span.end;
  const re = /[,;:()\u2013\u2014]/g;
  re.lastIndex = span.start;
  const bounded = text.slice(0, span.end);
  for (let m = re.exec(bounded); m !== null; m = re.exec(bounded)) {
    if (m.index < at.start) start = m.index + 1;
    else if (m.index >= at.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** Auxiliaries and adverbs that may stand between a subject and its verb ("airstrikes had reportedly killed"). */
const SUBJECT_GAP = /^[\s,]*(?:(?:had|have|has|reportedly|also|allegedly|then)\s+)*$/i;

/**
 * What may follow the instrument before the killing verb: where it struck ("strikes on the Ras Isa port in
 * Hodeidah province killed"), one prepositional phrase without a comma or a clause of its own, then the gap.
 */
const TARGET_PHRASE =
  /^\s+(?:on|at|in|near|against|targeting|across|around)\s+(?:(?!(?:that|which|who|and|but|was|were|is|are)\b)[^\s,;:.()]+\s+){1,10}$/iu;

/** Words that end a noun phrase: a clause of its own, a list, a conjunction, a finite verb. */
const NOT_IN_SUBJECT = /\b(?:that|which|who|whom|and|but|or|was|were|is|are|after|before|when|while|as|because)\b/iu;
/** A participle right after the instrument, with a phrase of where from or by whom: "shells fired from Brazzaville". */
const PARTICIPLE_LEAD =
  /^\s+(?:fired|launched|planted|dropped|detonated|hidden|left|thrown|hurled)\s+(?=(?:from|by|at|on|in|near|into|inside|outside)\b)/iu;
/** What may end the subject before the verb: an auxiliary or adverb, and a relative pronoun ("bombs that killed"). */
const SUBJECT_END = /(?:\s+(?:that|which))?(?:\s+(?:had|have|has|reportedly|also|allegedly|then))*\s*$/iu;
/** The longest subject read this way, in words ("a police raid on the gang in two favelas of northern Rio"). */
const MAX_SUBJECT_WORDS = 16;

/**
 * Whether the words between an instrument and a killing verb continue the instrument's noun phrase: phrases of
 * where or on what ("a police raid on the Red Command (Comando Vermelho) gang in two favelas of Rio killed"), a
 * participle of where from ("shells fired from Brazzaville had killed"), a relative pronoun ("car bombs in
 * Tashkent in February that killed"); not a clause of its own, a list or a comma ("a drone strike on the depot
 * that militants used killed": the depot's clause has its own subject).
 */
function isSubjectTail(gap: string): boolean {
  const end = SUBJECT_END.exec(gap);
  let core = gap.slice(0, end?.index ?? gap.length).replace(/\s*\([^()]{1,60}\)/gu, '');
  const participle = PARTICIPLE_LEAD.exec(core);
  if (participle !== null) core = ` ${core.slice(participle[0].length)}`;
  if (/[,;:.!?\u2013\u2014"\u201C\u201D]/u.test(core) || NOT_IN_SUBJECT.test(core)) return false;
  const words = core.trim() === '' ? [] : core.trim().split(/\s+/u);
  // A past form inside is a verb of a clause of its own ("the depot militants used").
  return (
    words.length <= MAX_SUBJECT_WORDS &&
    (participle !== null ||
      /^\s+(?:on|at|in|near|against|targeting|across|around|of|inside|outside|into|along)\b/iu.test(core)) &&
    !words.some((w) => /^\p{Ll}+ed$/u.test(w))
  );
}

/**
 * "Airstrikes killed 74 people", "a car bomb killed ten", "a drone strike on the square killed 26": a killing told
 * through its instrument is the instrument's event (an airstrike, a bombing), as ACLED codes it; the killing verb
 * only says what it did. The instrument is the subject of the killing verb: the trigger that ends right before it,
 * or before a phrase saying where it struck.
 */
function instrumentOf(text: string, best: EventTypeMatch, candidates: readonly EventTypeMatch[]): EventTypeMatch {
  if (best.type !== 'killing') return best;
  const subjectGap = (gap: string): boolean => {
    if (SUBJECT_GAP.test(gap) || isSubjectTail(gap)) return true;
    const aux = /(?:\s(?:had|have|has|reportedly|also|allegedly|then))*\s*$/i.exec(gap);
    return TARGET_PHRASE.test(gap.slice(0, aux?.index ?? gap.length) + ' ');
  };
  const subject = candidates.find(
    (t) =>
      t.type !== 'killing' &&
      t.end <= best.start &&
      !candidates.some((o) => o !== t && o.start >= t.end && o.end <= best.start) &&
      subjectGap(text.slice(t.end, best.start)),
  );
  return subject ?? best;
}

/** A trigger that is a past verb ("struck", "bombed", "overran"), not a noun. */
const PAST_VERB = /(?:ed|struck|overran|hit|shot|took|fought)$/i;
const EVENT_NOUN = /^(?:attacks?|offensives?|assaults?|raids?|advances?|ambush(?:es)?|incursions?|push)$/i;
/** What may stand between a verb and a trigger noun heading its object: determiners, numbers, names. */
const OBJECT_LEAD = /^\s+(?:(?:the|a|an|its|their|his|her|[\d,]+|\p{Lu}[\p{L}.'\u2019-]*)\s+){0,4}$/u;

/**
 * "Aircraft struck Islamic State artillery", "troops overran a rebel checkpoint": a trigger noun heading the object
 * of a trigger verb is what was hit, not the event; the verb says what happened. An event noun there is the event
 * ("repelled an attack").
 */
function governingVerb(text: string, best: EventTypeMatch, candidates: readonly EventTypeMatch[]): EventTypeMatch {
  // An event noun as the object names the event itself: "repelled an attack" is the attack.
  if (EVENT_NOUN.test(best.text)) return best;
  const verb = candidates.find(
    (t) => t.end <= best.start && PAST_VERB.test(t.text) && OBJECT_LEAD.test(text.slice(t.end, best.start)),
  );
  return verb ?? best;
}

/** Words that make the trigger after them a passive: "were killed in clashes" is the clashes. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:[\p{L}-]+\s+)?$/iu;
/** A noun after these is the setting of the act before it: "killed the governor during fighting". */
const SETTING_BEFORE = /\b(?:in|during|amid|amidst)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "The rebels killed the governor during fighting near Sake", "drove Russian troops out of Kharkiv in a lightning
 * counteroffensive": a fight named in a phrase of setting after an act of its own is where the act happened,
 * not the event; the act is. Not after a passive ("were killed in clashes": the clashes are the event).
 */
function isSetting(text: string, t: EventTypeMatch, candidates: readonly EventTypeMatch[]): boolean {
  return settingAct(text, t, candidates) !== null;
}

/** The act that the fight `t` is the setting of (the last one before it), or null when `t` is no setting. */
function settingAct(text: string, t: EventTypeMatch, candidates: readonly EventTypeMatch[]): EventTypeMatch | null {
  if (t.type !== 'ground-attack' || !SETTING_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) return null;
  const acts = candidates.filter(
    (o) =>
      o.end <= t.start &&
      o.type !== 'ground-attack' &&
      o.type !== 'statement' &&
      !PASSIVE_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)),
  );
  return acts.at(-1) ?? null;
}

/** What opens an instrument after an attack: "began with a car bomb", "attacked the airport with drones". */
const WITH_INSTRUMENT = /\bwith\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;

/**
 * "The attack began with a car bomb at the gate", "attacked Abha airport with drones": an attack told with its
 * instrument is the instrument's event (a bombing, an airstrike), as ACLED codes it.
 */
function attackInstrument(text: string, best: EventTypeMatch, candidates: readonly EventTypeMatch[]): EventTypeMatch {
  if (best.type !== 'ground-attack') return best;
  const instrument = candidates.find(
    (t) =>
      (t.type === 'bombing' || t.type === 'airstrike') &&
      t.start >= best.end &&
      (/^with\b/iu.test(t.text) || WITH_INSTRUMENT.test(text.slice(best.end, t.start))) &&
      !/[.;:]/u.test(text.slice(best.end, t.start)),
  );
  return instrument ?? best;
}

/** Verbs that say an event began; the event is their subject ("fighting broke out", "protests erupted"). */
const OUTBREAK = /^(?:broke|break|breaks|breaking)\s+out$|^erupt(?:ed|s)?$/i;

/** "Protests broke out", "clashes erupted": the trigger noun before an outbreak verb is the event. */
function outbreakSubject(text: string, best: EventTypeMatch, candidates: readonly EventTypeMatch[]): EventTypeMatch {
  if (!OUTBREAK.test(best.text)) return best;
  return candidates.find((t) => t.end <= best.start && SUBJECT_GAP.test(text.slice(t.end, best.start))) ?? best;
}

/**
 * "Air defences shot down 12 drones and two missiles": weapons named in the object of an interception are what
 * was stopped; the interception is the event.
 */
function interceptedWeapons(text: string, best: EventTypeMatch, candidates: readonly EventTypeMatch[]): EventTypeMatch {
  if (best.type !== 'bombing' && best.type !== 'airstrike') return best;
  const stop = candidates.find(
    (t) =>
      t.acled?.subEventType === 'Disrupted weapons use' &&
      t.end <= best.start &&
      best.start - t.end <= 40 &&
      !/[,;:.()]/u.test(text.slice(t.end, best.start)),
  );
  return stop ?? best;
}

/**
 * A trigger after the date that opens with these names another event the date is set against ("on Monday after
 * 11 days of fighting").
 */
const ANCHOR_BEFORE =
  /\b(?:before|after|until|since|following)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;

/**
 * A trigger in a clause of time opened by "as" or "while" after another trigger tells what went on around that
 * act ("set fire to houses on Sunday as the last units pulled out", "shot down a plane as it landed at the
 * airport"): the background, not the event.
 */
const BACKGROUND_BEFORE = /\b(?:as|while|whilst)\s+(?:[\p{L}\d'\u2019-]+\s+){0,5}$/iu;

/** Whether `t` opens a clause of time after another trigger of the clause: see BACKGROUND_BEFORE. */
function isBackground(text: string, t: EventTypeMatch, candidates: readonly EventTypeMatch[]): boolean {
  const opener = BACKGROUND_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
  if (opener === null) return false;
  const at = t.start - opener[0].length;
  return candidates.some((o) => o.end <= at && !/[.;:]/u.test(text.slice(o.end, at)));
}

/**
 * The subject of a reported clause that opens without "that": a few words, none of them a preposition or a
 * clause break ("its fighters", "the army had", "government troops").
 */
const BARE_SUBJECT =
  /^\s+(?:(?!(?:on|in|at|after|before|since|during|with|for|to|from|by|of|about|over|as|when|while|and|but|or)\b)[\p{L}\d.'\u2019-]+\s+){1,4}$/iu;

/**
 * "The movement said its fighters attacked Moroccan positions on Friday": a reporting verb followed by a clause
 * of its own, without "that", whose verb is an event trigger before the date. The date sits in the reported
 * clause, so the event is what it reports, as with "that". A noun after the verb is the saying's object
 * ("announced airstrikes in September" dates the announcement), and so is anything after a preposition.
 */
function reportedWithoutThat(
  lexicon: LexiconStage,
  text: string,
  span: Span,
  date: Span,
  saying: EventTypeMatch,
  actors: readonly ActorMention[],
): EventTypeMatch | null {
  const reported = lexicon.classifyEvent(text, { start: saying.end, end: span.end }, actors);
  if (reported === null || reported.type === 'statement' || reported.end > date.start) return null;
  const verb = PAST_VERB.test(reported.text) || reported.byAircraft === true;
  return verb && BARE_SUBJECT.test(text.slice(saying.end, reported.start)) ? reported : null;
}

/**
 * Where a coordinated clause with a subject of its own begins: "stormed the palace before dawn on Thursday, and the
 * emir fled", "…, and a militant group claimed responsibility on Monday", or after a semicolon.
 */
const COORDINATE_BREAK = /[,;]\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|their|his|her|\p{Lu}))|;\s+/gu;

/** The coordinated clause of `span` that holds the date (see COORDINATE_BREAK). */
function coordinateAround(text: string, span: Span, date: Span): Span {
  let start = span.start;
  let end = span.end;
  const re = new RegExp(COORDINATE_BREAK.source, COORDINATE_BREAK.flags);
  re.lastIndex = span.start;
  const bounded = text.slice(0, span.end);
  for (let m = re.exec(bounded); m !== null; m = re.exec(bounded)) {
    if (m.index + m[0].length <= date.start) start = m.index + m[0].length;
    else if (m.index >= date.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** What may stand between a reporting verb and the report's date: "said on", "told French radio on". */
const SAYING_TO_DATE = /^[^,;:()\u2013\u2014]{0,50}$/u;
/** An auxiliary that makes the word after it a finite verb: "it had retaken", "its troops have shot down". */
const AUXILIARY_END = /\b(?:had|has|have|was|were)\s+$/i;

/**
 * "…, and the army said on Monday it had retaken the town hall", "told reporters on Tuesday that its forces had
 * seized the airport": the date dates the saying, and a clause of its own after it (a subject, then an event verb)
 * says what happened. The event is what was reported, dated by the report, as when the frame opens the sentence
 * (reportedSpeech.ts); a reported intention ("it would retake") leaves the saying.
 */
function reportedAfterDate(
  lexicon: LexiconStage,
  text: string,
  span: Span,
  date: Span,
  saying: EventTypeMatch,
  actors: readonly ActorMention[],
): EventTypeMatch | null {
  if (date.end >= span.end || !SAYING_TO_DATE.test(text.slice(saying.end, date.start))) return null;
  const lead = /^\s*,?\s*(?:that\s+)?/iu.exec(text.slice(date.end, span.end));
  const content = { start: date.end + (lead?.[0].length ?? 0), end: span.end };
  const reported = lexicon.classifyEvent(text, content, actors);
  if (reported === null || reported.type === 'statement' || isHypothetical(text, content, reported)) return null;
  const subject = ` ${text.slice(content.start, reported.start)}`;
  const verb = PAST_VERB.test(reported.text.split(/\s/u)[0] ?? '') || AUXILIARY_END.test(subject);
  return verb && BARE_SUBJECT.test(subject) ? reported : null;
}

export function chooseTrigger(
  lexicon: LexiconStage,
  text: string,
  whole: Span,
  date: Span,
  actors: readonly ActorMention[],
): EventTypeMatch | null {
  let chosen = lexicon.classifyEvent(text, whole, actors);
  if (chosen === null) return null;
  // The date belongs to the act of its own coordinated clause: the trigger the lexicon ranks first in the whole
  // clause may be another subject's act ("Iraqi forces stormed the palace on Thursday, and the emir fled").
  let span = whole;
  const own = coordinateAround(text, whole, date);
  if (chosen.start < own.start || chosen.end > own.end) {
    const inOwn = lexicon.classifyEvent(text, own, actors);
    if (inOwn !== null) {
      chosen = inOwn;
      span = own;
    }
  }
  if (chosen.type === 'statement' && chosen.end <= date.start) {
    const that = /\bthat\b/i.exec(text.slice(chosen.end, date.start));
    if (that === null)
      return (
        reportedWithoutThat(lexicon, text, span, date, chosen, actors) ??
        reportedAfterDate(lexicon, text, span, date, chosen, actors) ??
        chosen
      );
    // The date sits in the reported clause: the event is what that clause reports, if it names one.
    chosen = lexicon.classifyEvent(text, { start: chosen.end + that.index + that[0].length, end: span.end }, actors);
    if (chosen === null) return null;
  }
  // A trigger inside the date expression ("two days after Sirte's fall") belongs to the anchor event, and
  // a "possible withdrawal" or "planned offensive" is not one that happened.
  const inDate = (t: Span): boolean =>
    (t.start >= date.start && t.end <= date.end) ||
    HYPOTHETICAL_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));
  const segment = segmentAround(text, span, date);
  const found = [chosen, ...allTriggers(lexicon, text, segment, actors)].filter((t) => !inDate(t));
  if (inDate(chosen)) found.push(...allTriggers(lexicon, text, span, actors).filter((t) => !inDate(t)));
  // A reporting verb after the event does not type it (see classifyEvent): "shot dead three men they accused of
  // …"; nor does a fight that is the act's setting, or an event that comes after the date as its anchor
  // ("strikes killed 19 people on Sunday before the truce began").
  const eventFirst = chosen.type !== 'statement';
  // The act a fight is the setting of may stand outside the date's stretch ("killed the leader, a veteran of
  // the war, in a firefight near Lucusse on Friday"): every trigger of the clause is looked at.
  const acts = found.some((t) => t.type === 'ground-attack') ? allTriggers(lexicon, text, span, actors) : [];
  const kept = found.filter(
    (t) =>
      !(eventFirst && t.type === 'statement') &&
      !isSetting(text, t, [...found, ...acts]) &&
      !(t.start >= date.end && ANCHOR_BEFORE.test(text.slice(date.end, t.start))) &&
      !isBackground(text, t, found),
  );
  // A setting dropped leaves its act, even when the act stands outside the date's stretch.
  const settingOf = kept.length === 0 ? found.map((t) => settingAct(text, t, acts)).find((a) => a !== null) : null;
  const candidates = kept.length > 0 ? kept : settingOf != null ? [settingOf] : found;
  let best = candidates[0];
  if (best === undefined) return null;
  for (const t of candidates) {
    if (distance(t, date) < distance(best, date)) best = t;
  }
  // "Thai jets bombed Cambodian targets on Thursday as the fighting spread": an attack whose doer is an aircraft
  // is the act of its stretch of the clause; a nearer noun in the same stretch is what was hit or the setting.
  const air = candidates.find((t) => t.byAircraft === true && t.start >= segment.start && t.end <= segment.end);
  if (air !== undefined && best.type !== 'capture' && best.type !== 'recapture') best = air;
  best = instrumentOf(text, governingVerb(text, best, candidates), candidates);
  best = interceptedWeapons(
    text,
    outbreakSubject(text, attackInstrument(text, best, candidates), candidates),
    candidates,
  );
  if (best === chosen) return chosen;
  // Found in a part of the clause: ask again with everything before it in view (an agent named earlier decides
  // capture vs recapture, "helicopters fired rockets" an air strike), keeping that answer only if it is the same
  // word. The span asked ends at the word, so an object that made it 'other' ("shot down two fighter jets",
  // "seized four geologists") is not in view: that first answer stands.
  const again = lexicon.classifyEvent(text, { start: whole.start, end: best.end }, actors);
  return again !== null && again.start === best.start && again.end === best.end && best.type !== 'other' ? again : best;
}
