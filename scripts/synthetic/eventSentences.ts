/**
 * Sentence templates that report one event each, by event type. `{A}` and `{B}` are actors (any alias),
 * `{P}` a place (any spelling), `{N}` a count; the date expression goes at the end of `main` or, reworded, in
 * front of the sentence ("On Friday, …"), so extractors meet both orders.
 */
import type { EventType } from '../../src/model/index.ts';

export interface EventTemplate {
  readonly type: EventType;
  /** 1: only {A}; 2: {A} and {B}. */
  readonly actors: 1 | 2;
  readonly main: string;
  /** Text after the date expression, before the period: ", killing {N} people". */
  readonly tail?: string;
  /** Short readable title for events.json. */
  readonly title: string;
}

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  { type: 'capture', actors: 1, main: '{A} captured {P}', title: '{A} captures {P}' },
  { type: 'capture', actors: 2, main: '{A} seized control of {P} from {B}', title: '{A} seizes {P}' },
  {
    type: 'capture',
    actors: 1,
    main: '{A} took over the town of {P}',
    tail: ', activists said',
    title: '{A} takes {P}',
  },
  { type: 'recapture', actors: 2, main: '{A} retook {P} from {B}', title: '{A} retakes {P}' },
  {
    type: 'recapture',
    actors: 2,
    main: '{A} recaptured {P}',
    tail: ', ending months of rule by {B}',
    title: '{A} recaptures {P}',
  },
  {
    type: 'airstrike',
    actors: 2,
    main: '{A} launched airstrikes against {B} near {P}',
    title: '{A} airstrikes near {P}',
  },
  { type: 'airstrike', actors: 2, main: 'warplanes from {A} struck {B} positions in {P}', title: '{A} strikes {P}' },
  {
    type: 'ground-attack',
    actors: 2,
    main: '{A} launched a ground offensive against {B} in {P}',
    title: '{A} offensive in {P}',
  },
  {
    type: 'ground-attack',
    actors: 2,
    main: '{A} stormed {B} positions on the outskirts of {P}',
    title: '{A} assault on {P}',
  },
  {
    type: 'bombing',
    actors: 1,
    main: 'a car bomb claimed by {A} exploded in {P}',
    tail: ', killing {N} people',
    title: 'Car bombing in {P}',
  },
  {
    type: 'bombing',
    actors: 1,
    main: 'a suicide bomber from {A} blew himself up at a checkpoint in {P}',
    title: 'Suicide bombing in {P}',
  },
  { type: 'killing', actors: 1, main: '{A} executed {N} prisoners in {P}', title: 'Executions in {P}' },
  { type: 'killing', actors: 2, main: '{A} killed {N} members of {B} near {P}', title: '{A} kills {N} near {P}' },
  { type: 'siege', actors: 1, main: '{A} laid siege to {P}', title: 'Siege of {P}' },
  { type: 'siege', actors: 2, main: '{A} encircled {B} fighters in {P}', title: '{A} encircles {P}' },
  { type: 'withdrawal', actors: 1, main: '{A} withdrew from {P}', title: '{A} withdraws from {P}' },
  {
    type: 'withdrawal',
    actors: 2,
    main: '{A} pulled out of {P}',
    tail: ' after heavy fighting with {B}',
    title: '{A} leaves {P}',
  },
  { type: 'agreement', actors: 2, main: '{A} and {B} agreed to a ceasefire in {P}', title: 'Ceasefire in {P}' },
  {
    type: 'agreement',
    actors: 2,
    main: '{A} and {B} signed an evacuation deal for {P}',
    title: 'Evacuation deal for {P}',
  },
  {
    type: 'statement',
    actors: 1,
    main: 'officials from {A} announced a new campaign around {P}',
    title: '{A} statement on {P}',
  },
  { type: 'incident', actors: 2, main: 'clashes broke out between {A} and {B} in {P}', title: 'Clashes in {P}' },
];

/**
 * Sentences that carry actors and places but no event date: the pipeline must not turn them into events.
 */
export const FILLER_SENTENCES: readonly string[] = [
  '{P} has changed hands several times since the start of the war.',
  '{A} did not respond to a request for comment.',
  'Residents said food and fuel were running low in {P}.',
  'The Syrian Observatory for Human Rights, a Britain-based monitoring group, said at least {N} people had been killed.',
  'Analysts say {A} is unlikely to hold the area for long without air support.',
  'The claims could not be independently verified.',
  'Aid agencies have warned of a humanitarian crisis around {P}.',
  '“We will not leave,” a commander of {A} told reporters.',
  'It was not clear how many civilians remained in {P}.',
  'Both sides have accused each other of violating earlier agreements.',
  'Local officials said the main road between {P} and the border remained closed to traffic and to aid convoys.',
  'A spokesman for {A} said the group would respond to any attack on its positions, but gave no further details.',
  'Thousands of families have fled toward camps in the north, where shelter, water and medicine are in short supply.',
  'The United Nations envoy called on all parties to protect civilians and allow humanitarian access to besieged areas.',
  'Footage posted online, which could not be verified, appeared to show smoke rising over the center of {P}.',
  'Diplomats said talks on a political settlement had stalled over the future of the government and its allies.',
  'Activists on the ground said the fighting was the heaviest in the area for months and that hospitals were overwhelmed.',
  'Military analysts said control of {P} would give {A} a strategic foothold along the supply routes to the east.',
  'The ministry of defense released a statement listing the weapons and vehicles it said had been destroyed.',
  'Human rights groups have documented abuses by several armed groups operating in and around {P}.',
  'The price of bread in local markets has tripled, according to residents reached by telephone.',
  'Officials said it would take years to clear the unexploded ordnance left behind in residential neighborhoods.',
];

export const PUBLISHERS: readonly { readonly name: string; readonly domain: string }[] = [
  { name: 'Reuters', domain: 'www.reuters.com' },
  { name: 'The Associated Press', domain: 'apnews.com' },
  { name: 'Al Jazeera', domain: 'www.aljazeera.com' },
  { name: 'BBC News', domain: 'www.bbc.com' },
  { name: 'The Guardian', domain: 'www.theguardian.com' },
  { name: 'International Business Times', domain: 'www.ibtimes.com' },
  { name: 'Financial Tribune', domain: 'financialtribune.com' },
  { name: 'Middle East Eye', domain: 'www.middleeasteye.net' },
  { name: 'Kurdistan24', domain: 'www.kurdistan24.net' },
  { name: 'Anadolu Agency', domain: 'www.aa.com.tr' },
  { name: 'The Defense Post', domain: 'www.thedefensepost.com' },
  { name: 'Rudaw', domain: 'www.rudaw.net' },
];

export const COMMENTERS: readonly string[] = [
  'truthseeker77',
  'Ahmed K.',
  'JohnInTexas',
  'observer',
  'Maria',
  'vet_2003',
];

/** Reader comments: opinions, often with dates and actor names of their own, which are not events. */
export const COMMENT_TEXTS: readonly string[] = [
  'Nobody talks about who armed {A} in the first place.',
  'I was in {P} in 2010. It breaks my heart to see it like this.',
  'Last year they said the same thing. Nothing changes.',
  '{A} will be back within a month, mark my words.',
  'Good reporting, thank you.',
  'Where was the media on March 3 when this started?',
];
