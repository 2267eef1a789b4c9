/**
 * Places the lexicon lacks, read as a careful reader reads them: no gazetteer lists every village, camp and
 * junction a war is fought over ("the village of Koutougou", "Pazigyi village", "near Tinzaouaten", "Kuriga, in
 * Kaduna state"), but the writer says they are places. A run of capitalised words the lexicon does not know is
 * kept as a place under the name the text gives it when:
 *
 * - a place noun and "of" come before it: "the town of X", "the port of X", "the outskirts of X";
 * - a place noun follows it: "X village", "X township", "X district", "X region", "X junction"; or a facility
 *   named after it: "X airport", "the X displacement camp", "the X border crossing" (the place, not the facility);
 * - it stands in apposition to a known place: "X, in Kaduna state", "X, near Bukavu";
 * - or a landmark preposition comes before it: "near X", "outside X", "around X", "at X", "north of X"; or "in",
 *   for a name a particle binds ("in Mocímboa da Praia"): "in" alone is too weak ("in Congress", "in Arabic");
 * - it ends in a landform or a line ("the Kodori Gorge", "the Roki Tunnel", "the Durand Line", "the Qandil
 *   mountains"), opens with one ("Mount Igman") or is one named before "of" ("the Line of Control", "the Bay of
 *   Bengal"); such a name is the landform even where a town has its first word ("the Argun Gorge", findPlaces.ts);
 * - or the article cues the same name as a place elsewhere: "the town of Nasir" once, then "from Nasir".
 *
 * A lone everyday word ("the port of Entry"), a first name, a month or day, an actor's name are no such place.
 * The place is drawn where the text puts it: at the division or region the sentence names, else at the country
 * the sentence, then the article, is about (with its division when one is named); without any, it is not kept,
 * as no coordinates can be given. Its coordinates are those of that container, so a map shows it in the right
 * division or country, not at its exact spot.
 */
import type { PlaceMention } from '../types.ts';
import { placeAt, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import type { CompiledGazetteer } from './gazetteer.ts';
import type { ArticleContext, ArticleSlot, PlaceContext } from './placeContext.ts';
import { placeLocation } from './placeLocation.ts';
import { namesPerson, STRONG_BEFORE } from './placeReading.ts';
import { CITY_PART_NOUNS } from './placeCityPartNouns.ts';
import { tokenize, type Token } from './tokens.ts';
import { aliasShape } from './trieMatcher.ts';

/** Lower-case words inside a place name: "Mocímboa da Praia", "Ciudad del Este", "Bab el Oued". */
const NAME_PARTICLES = new Set(['da', 'das', 'de', 'del', 'della', 'des', 'di', 'do', 'dos', 'du', 'la', 'le']);
/**
 * Articles that may follow a particle before the next word of the name: "Cueva de los Tayos", "San Cristóbal de
 * las Casas", "Villa de la Paz", "Pont de l'Arche".
 */
const ARTICLES_AFTER_PARTICLE = new Set(['la', 'las', 'los', 'le', 'les', 'l', 'el', 'lo']);
/**
 * Nouns after a name that make it a place the writer locates: "Pazigyi village", "Awasse junction", "the
 * Catatumbo region", "the Sambisa forest". Singular only: before a plural the name is an adjective ("Kurdish
 * villages", "Fulani villages").
 */
const PLACE_NOUNS_AFTER = new Set([
  'village',
  'town',
  'township',
  'district',
  'county',
  'commune',
  'locality',
  'region',
  'area',
  'forest',
  'valley',
  'junction',
  'crossing',
  'sector',
  // Divisions below the province in many countries: "Nduga regency", "Kidal prefecture", "Bucha municipality".
  'regency',
  'prefecture',
  'municipality',
  'subdistrict',
  'governorate',
  // "the Ras Doumeira peninsula": the name alone is the place's (AREA_NOUNS_AFTER draws it as a region).
  'peninsula',
  // Parts of a city: "the Maré complex", "the Rocinha favela", "the Kibera slum", "the Achrafieh quarter". The
  // event is reported at the city they are part of (assemble/placeCityPart.ts).
  ...CITY_PART_NOUNS,
]);
/**
 * Facilities named after their place, with at most one word between: "Kavumu airport", "the Zamzam displacement
 * camp", "the Kerem Shalom border crossing", "Wajir air base", "the Ras Kanis fuel port", "the Tuti bridge", "the
 * Bai Hassan oilfield" (the field is where it is fought over, as a dam or a crossing is).
 */
const FACILITY_AFTER =
  /^[ \u00a0](?:(?:displacement|refugee|transit|internment|detention|reception|training|border|army|military|air|naval|police|fuel|oil|gas|sea|river)[ \u00a0])?(?:camp|crossing|airport|airfield|base|garrison|port|terminal|bridge|refinery|oilfields?|gasfields?|dam)\b|^[ \u00a0](?:oil|gas)[ \u00a0]fields?\b/i;
/** "near X", "outside X", "north of X", "30 km south of X": a landmark preposition, without an article. */
const LANDMARK_BEFORE =
  /\b(?:near|outside|around|at|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|km\s+(?:\w+\s+){0,3}of|miles\s+(?:\w+\s+){0,3}of)\s+$/i;
const IN_BEFORE = /\b(?:in|into|from)\s+$/i;
/**
 * "a military base in X", "an army post at X", "a market in X": a post, facility or settlement is somewhere, so
 * the name after it and "in"/"at" is a place ("in" alone is too weak: "in Congress").
 */
const SITE_IN_BEFORE =
  /\b(?:base|camp|post|outpost|position|station|checkpoint|garrison|barracks|prison|compound|market|school|hospital|mosque|church|village|town|settlement)\s+(?:in|at)\s+$/i;
/**
 * "three villages, including X", "five settlements, among them X and Y": the names that a plural place noun
 * lists are such places.
 */
const LISTED_BEFORE =
  /\b(?:villages|towns|settlements|hamlets|localities|districts|cities)\b[^.;:!?]{0,30}?,?\s+(?:including|among\s+them|such\s+as|namely)\s+(?:[\p{Lu}][\p{L}'\u2019-]*\s+(?:[\p{Lu}][\p{L}'\u2019-]*\s+)?(?:and|,)\s+)?$/u;
/**
 * "X, a town in Borno state", ", a village near Y", ", a suburb of Z": an appositive place noun after the name
 * says what it is; not when the noun only qualifies the next word ("Karel Vosta, a suburb resident,").
 */
const APPOSITIVE_NOUN_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:town|village|city|hamlet|settlement|suburb|neighbou?rhood|quarter|township|district|locality|port|camp)\b(?!\s+\p{Ll}+[,.;])/u;
/**
 * Landforms whose noun is part of the name: "the Golis Mountains", "the Sambisa Forest", "Lake Chad" aside (the
 * gazetteer's). A run of capitalised words that ends in one is a place, and a region rather than a town.
 */
const LANDFORM_WORDS = new Set([
  'mountains',
  'mountain',
  'hills',
  'highlands',
  'valley',
  'forest',
  'desert',
  'plateau',
  'heights',
  'plain',
  'plains',
  'island',
  'islands',
  'peninsula',
  'gorge',
  'canyon',
  'pass',
  'ridge',
  'bay',
  'tunnel',
  'line',
  'river',
  'creek',
  // "the W National Park", "the Selous Game Reserve": protected areas fought over in the Sahel and beyond.
  'park',
  'reserve',
]);
/**
 * Words before a name that make it a landform: "Mount Igman", "Mt Kenya", "Cape Verde" aside (a country the
 * lexicon lists whole). A run that opens with one is a place, and a region rather than a town.
 */
const LANDFORM_PREFIXES = new Set(['mount', 'mt']);
/**
 * Landform nouns that news writes in lower case after the name they complete: "the Qandil mountains", "the Argun
 * gorge". Plural and rare nouns only: after "valley" or "forest" the name alone is kept (PLACE_NOUNS_AFTER).
 */
const LOWER_LANDFORM_AFTER = new Set(['mountains', 'hills', 'highlands', 'gorge', 'heights']);
/**
 * Landforms and lines named before "of": "the Line of Control", "the Bay of Bengal", "the Gulf of Guinea". A
 * capitalised name of this form is one place (a region), with no shorter place inside it.
 */
const LANDFORM_HEADS = new Set(['line', 'bay', 'gulf', 'strait', 'straits', 'sea', 'isle', 'lake']);
/** "the island of X", "the mountains of X": X is an area, drawn as a region. */
const LANDFORM_OF_BEFORE =
  /\b(?:island|peninsula|valley|mountain|hill|coast|forest|desert|plain)s?\s+of\s+(?:the\s+)?$/i;
/** Nouns after a name that make the name an area ("the Catatumbo region"), drawn as a region, not a town. */
const AREA_NOUNS_AFTER = new Set(['region', 'area', 'forest', 'valley', 'sector', 'peninsula']);
/** ", in Kaduna state", ", also in Sagaing", ", near Bukavu": the name is a place inside or beside the next one. */
const APPOSITION_AFTER = /^,\s+(?:also\s+|just\s+)?(?:in|near|outside)\s+(?:the\s+)?(?:[\p{Ll}]+\s+)?$/u;
/** Months and days are capitalised words that the first-name and word lists do not all hold ("August", "May"). */
const CALENDAR_WORDS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** A letter outside ASCII: a diacritic or another script ("Maré", "Kobanê"). */
const DIACRITIC = /[^ -~]/u;
/** A hyphen, then a lower-case word. */
const HYPHENED_PART = /^[-\u2010\u2011]\p{Ll}+$/u;
/** Participles and suffixes a hyphen binds to a name: "-based", "-led", "-held", "-controlled", "-born", "-run". */
const PARTICIPLE = /(?:ed|ing|born|run|held|made|wide|style|era)$/;
/** At most this many words of its own: longer capitalised runs are titles or organisations. */
const MAX_NAME_WORDS = 4;

export interface NameRun {
  readonly first: number;
  readonly last: number;
  /** A lower-case particle binds two words of it ("da" of "Mocímboa da Praia"). */
  readonly particle: boolean;
}

function lower(t: Token | undefined): string {
  return t === undefined ? '' : t.letters.toLowerCase();
}

/** A capitalised word that may be part of a place name: no month or day, no lone article. */
function nameWord(t: Token | undefined): t is Token {
  return t !== undefined && t.capitalized && t.key !== '' && !CALENDAR_WORDS.has(lower(t));
}

/** "Yala's": a possessive after the token (the tokenizer drops it from the word). */
const POSSESSIVE_AFTER = /^['\u2019\u02bc]s\b/u;

function endsInPossessive(text: string, t: Token): boolean {
  return POSSESSIVE_AFTER.test(text.slice(t.end, t.end + 3));
}

/**
 * The run of capitalised words that starts at token `first` (joined as one name's words are, through a particle
 * between two capitalised words), or null when `first` is no capitalised word or continues a name begun before.
 * A possessive ends a run: "Yala's Bannang Sata district" is Bannang Sata in Yala, two names, not one.
 */
export function nameRunAt(text: string, tokens: readonly Token[], first: number): NameRun | null {
  const head = tokens[first];
  if (!nameWord(head)) return null;
  const prev = tokens[first - 1];
  if (
    head.joinsPrevious &&
    prev !== undefined &&
    (prev.capitalized || NAME_PARTICLES.has(lower(prev))) &&
    !endsInPossessive(text, prev)
  )
    return null;
  let last = first;
  let particle = false;
  let words = 1;
  while (words < MAX_NAME_WORDS) {
    const next = tokens[last + 1];
    if (next === undefined || !next.joinsPrevious || endsInPossessive(text, tokens[last] as Token)) break;
    if (next.article) {
      last += 1;
      continue;
    }
    // "Chong Sa-ngam", "Sidi Bel-abbes": a lower-case part hyphened to a later word of a name is part of it (not
    // to the first word, nor a participle: "US-led", "Tel Aviv-based").
    if (words > 1 && HYPHENED_PART.test(text.slice(next.start - 1, next.end)) && !PARTICIPLE.test(lower(next))) {
      last += 1;
      continue;
    }
    if (nameWord(next)) {
      last += 1;
      words += 1;
      continue;
    }
    const after = tokens[last + 2];
    const bound = NAME_PARTICLES.has(lower(next)) || (last === first && landformOf(tokens, first));
    if (bound && nameWord(after) && after.joinsPrevious) {
      last += 2;
      words += 1;
      particle = true;
      continue;
    }
    // "de los Tayos": a particle and an article, then the name's next word.
    const named = tokens[last + 3];
    if (
      NAME_PARTICLES.has(lower(next)) &&
      after !== undefined &&
      !after.capitalized &&
      after.joinsPrevious &&
      ARTICLES_AFTER_PARTICLE.has(lower(after)) &&
      nameWord(named) &&
      named.joinsPrevious
    ) {
      last += 3;
      words += 1;
      particle = true;
      continue;
    }
    break;
  }
  return { first, last, particle };
}

/**
 * Whether the run names a landform by its own words: "the Argun Gorge", "Stockton Creek", "Mount Igman", "the
 * Qandil mountains" (the run then holds the lower-case noun), "the Line of Control".
 */
export function namesLandform(tokens: readonly Token[], run: NameRun): boolean {
  if (run.last === run.first) return false;
  const tail = lower(tokens[run.last]);
  return (
    LANDFORM_WORDS.has(tail) ||
    LOWER_LANDFORM_AFTER.has(tail) ||
    LANDFORM_PREFIXES.has(lower(tokens[run.first])) ||
    landformOf(tokens, run.first)
  );
}

/**
 * The landform a name opens at `run`, or null: the run itself when it names one ("Argun Gorge", "Mount Igman"),
 * or the run with the lower-case landform noun after it ("Qandil mountains"). A town of the same name inside it
 * ("Argun", "Stockton") is not what the writer means.
 */
export function landformRun(tokens: readonly Token[], run: NameRun): NameRun | null {
  const next = tokens[run.last + 1];
  if (next !== undefined && next.joinsPrevious && !next.capitalized && LOWER_LANDFORM_AFTER.has(lower(next)))
    return { ...run, last: run.last + 1 };
  return namesLandform(tokens, run) ? run : null;
}

/** "Line of …", "Bay of …": a landform head word and "of" at `first`, binding the name after them. */
function landformOf(tokens: readonly Token[], first: number): boolean {
  return LANDFORM_HEADS.has(lower(tokens[first])) && lower(tokens[first + 1]) === 'of';
}

/**
 * Whether the run is a name of its own, not an everyday word, a first name or a person. After "the village of"
 * (`named`) a first name is the village's: places are often named like people ("the village of Katari").
 */
function isOwnName(g: CompiledGazetteer, text: string, tokens: readonly Token[], run: NameRun): boolean {
  if (namesPerson(g, tokens, run.first, run.last)) return false;
  // "The Guardian", "The Hague": the article opens no unlisted place (a listed one matched before).
  if (lower(tokens[run.first]) === 'the') return false;
  if (run.first !== run.last) return true;
  const word = lower(tokens[run.first]);
  const head = tokens[run.first] as Token;
  // "Maré" is not the English "mare": a word written with a diacritic is a name, not the everyday word it folds to.
  const everyday = g.commonWords.has(word) && !DIACRITIC.test(text.slice(head.start, head.end));
  if (everyday || g.personTitles.has(word)) return false;
  if (!g.firstNames.has(word)) return true;
  return STRONG_BEFORE.test(text.slice(Math.max(0, head.start - 40), head.start));
}

/**
 * Whether the writer says the run is a place: a place noun and "of" before it, a place noun after it, a landmark
 * preposition before it, or an apposition to a place named right after it (`placeStarts`: offsets where a known
 * place mention begins).
 */
export function cuedAsPlace(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  placeStarts: ReadonlySet<number>,
): boolean {
  const head = tokens[run.first] as Token;
  const tail = tokens[run.last] as Token;
  const before = text.slice(Math.max(0, head.start - 40), head.start);
  if (STRONG_BEFORE.test(before) || LANDMARK_BEFORE.test(before) || SITE_IN_BEFORE.test(before)) return true;
  if (LISTED_BEFORE.test(text.slice(Math.max(0, head.start - 100), head.start))) return true;
  if (namesLandform(tokens, run)) return true;
  if (APPOSITIVE_NOUN_AFTER.test(text.slice(tail.end, tail.end + 40))) return true;
  // A name bound by a particle is a place's, not a person's, after "in": "in Mocímboa da Praia".
  if (run.particle && IN_BEFORE.test(before)) return true;
  const next = tokens[run.last + 1];
  if (next !== undefined && next.joinsPrevious && PLACE_NOUNS_AFTER.has(lower(next))) return true;
  if (FACILITY_AFTER.test(text.slice(tail.end, tail.end + 40))) return true;
  // The apposition names a known place right after the preposition (and an adjective: "in the central Sagaing").
  for (let k = run.last + 1; k <= run.last + 4; k++) {
    const t = tokens[k];
    if (t !== undefined && placeStarts.has(t.start) && APPOSITION_AFTER.test(text.slice(tail.end, t.start)))
      return true;
  }
  return false;
}

/** The spelling keys of a run's words, as one string: the same name wherever the article writes it. */
function runKey(tokens: readonly Token[], run: NameRun): string {
  const keys: string[] = [];
  for (let k = run.first; k <= run.last; k++) {
    const t = tokens[k] as Token;
    if (!t.article && t.key !== '') keys.push(t.key);
  }
  return keys.join(' ');
}

/**
 * The names an article cues as places anywhere ("the northern town of Nasir"): a reader told once that Nasir is
 * a town reads "evacuate the wounded from Nasir" as the town too, with no cue of its own.
 */
function cuedNamesIn(g: CompiledGazetteer, text: string, tokens: readonly Token[]): ReadonlySet<string> {
  const names = new Set<string>();
  const none = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i);
    if (run === null) continue;
    if (isOwnName(g, text, tokens, run) && cuedAsPlace(text, tokens, run, none)) names.add(runKey(tokens, run));
    i = run.last;
  }
  return names;
}

const CUED_NAMES: ArticleSlot<ReadonlySet<string>> = {
  what: 'the names the article cues as places somewhere',
  compute: (lex, article) =>
    cuedNamesIn(lex.gazetteer, article.text, article.tokens({ start: 0, end: article.text.length })),
};

/** The names `article` cues as places (none without an article). */
export function articleCuedNames(
  lex: CompiledLexicon,
  article: string | ArticleContext | undefined,
): ReadonlySet<string> {
  if (article === undefined) return new Set();
  if (typeof article === 'object') return article.once(CUED_NAMES);
  return cuedNamesIn(lex.gazetteer, article, tokenize(article, { start: 0, end: article.length }));
}

/** The country row of a country name: curated first, then the world gazetteer's. */
function countryPlace(lex: CompiledLexicon, name: string): CompiledPlace | null {
  const curated = lex.places.find((p) => p.kind === 'country' && p.name === name);
  if (curated !== undefined) return curated;
  const hit = lex.gazetteer.byKey.get(aliasShape(name).key);
  for (const v of hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit) {
    const p = placeAt(lex, v >= 0 ? v : ~v);
    if (p !== undefined && p.kind === 'country' && p.name === name) return p;
  }
  return null;
}

/** The country a context names most often (ties: the first named), or null. */
function mainCountry(lex: CompiledLexicon, ctx: PlaceContext): CompiledPlace | null {
  let best: CompiledPlace | null = null;
  let bestCount = 0;
  for (const [name, count] of ctx) {
    if (count <= bestCount) continue;
    const p = countryPlace(lex, name);
    if (p !== null) {
      best = p;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Where an unlisted place is drawn: the first division or region the sentence names (`known`: its place
 * mentions), else the country it names, else the country the sentence's then the article's context is about.
 */
export function containerOf(
  lex: CompiledLexicon,
  known: readonly PlaceMention[],
  sentence: PlaceContext,
  article: PlaceContext,
): PlaceMention['place'] | null {
  // A region of no one country (a sea, a strait) cannot say in which country a village lies.
  const division = known.find(
    (m) => (m.place.kind === 'province' || m.place.kind === 'region') && m.place.countryCode !== null,
  );
  if (division !== undefined) return division.place;
  const country = known.find((m) => m.place.kind === 'country');
  if (country !== undefined) return country.place;
  const p = mainCountry(lex, sentence) ?? mainCountry(lex, article);
  if (p === null) return null;
  return { ...placeLocation(p), kind: 'country' };
}

/** "the Catatumbo region", "the Golis Mountains" name an area; any other unlisted name is drawn as a town. */
function kindOfUnlisted(text: string, tokens: readonly Token[], run: NameRun): 'region' | 'town' {
  const head = tokens[run.first] as Token;
  if (LANDFORM_OF_BEFORE.test(text.slice(Math.max(0, head.start - 30), head.start))) return 'region';
  const next = tokens[run.last + 1];
  if (next !== undefined && next.joinsPrevious && AREA_NOUNS_AFTER.has(lower(next))) return 'region';
  return namesLandform(tokens, run) ? 'region' : 'town';
}

/** The run without its last word, when that word alone kept it from being free ("Nahr al-Bared Palestinian"). */
function freeHead(run: NameRun, free: (first: number, last: number) => boolean): NameRun | null {
  if (run.last === run.first || free(run.last, run.last) || !free(run.first, run.last - 1)) return null;
  return { ...run, last: run.last - 1 };
}

/**
 * The unlisted place mentions among `runs` (name runs the lexicon matched no place at), in text order: those the
 * writer cues as places, drawn at `container`. `free` rejects runs inside an actor's name.
 */
export function unlistedPlaces(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  runs: readonly NameRun[],
  known: readonly PlaceMention[],
  free: (first: number, last: number) => boolean,
  container: () => PlaceMention['place'] | null,
  cuedElsewhere: () => ReadonlySet<string> = () => new Set(),
): PlaceMention[] {
  const placeStarts = new Set(known.map((m) => m.start));
  const out: PlaceMention[] = [];
  // The last token of the last place read: a run that starts inside it is the rest of that name ("Bared" of "Nahr
  // al-Bared Palestinian").
  let taken = -1;
  for (const written of runs) {
    if (written.first <= taken) continue;
    // "the Nahr al-Bared Palestinian refugee camp": an actor's adjective closing the run only qualifies the facility
    // after it; the name is the words before it, cued by that facility.
    const run = free(written.first, written.last) ? written : freeHead(written, free);
    if (run === null || !isOwnName(lex.gazetteer, text, tokens, run)) continue;
    if (
      !cuedAsPlace(text, tokens, written, placeStarts) &&
      !cuedAsPlace(text, tokens, run, placeStarts) &&
      !cuedElsewhere().has(runKey(tokens, run))
    )
      continue;
    const where = container();
    if (where === null) return out;
    const start = (tokens[run.first] as Token).start;
    const end = (tokens[run.last] as Token).end;
    const name = text.slice(start, end);
    const kind = kindOfUnlisted(text, tokens, run);
    taken = written.last;
    out.push({
      start,
      end,
      text: name,
      place: {
        ...placeLocation({
          ...where,
          name,
          kind,
          // Drawn in a province, it lies in that province (the mention's admin1, or the province's own name).
          province: where.kind === 'province' ? (where.admin1 ?? where.name) : where.admin1,
        }),
        kind,
      },
    });
  }
  return out;
}
