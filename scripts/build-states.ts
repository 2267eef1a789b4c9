/**
 * Builds data/lexicon/states.json: one actor per state, from the country table of the npm package world-countries
 * (ODbL: names, official names, demonyms, capitals), corrected and completed by data/lexicon/states.curated.json
 * (display names, forces, ministries, leaders). Run by `npm run build-lexicon` after the places:
 *
 *   tsx scripts/build-states.ts [--lexicon DIR]
 *
 * The output is deterministic: the same inputs give byte-identical JSON.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { z } from 'zod';
import { actorListFileSchema, aliasSchema, type RawActor } from '../src/pipeline/lexicon/index.ts';
import { aliasShape } from '../src/pipeline/lexicon/trieMatcher.ts';
import { writeFileAtomic } from './lib/atomicWrite.ts';
import { parseLexiconFile } from './lib/readLexicon.ts';

const stateOverrideSchema = z
  .object({
    /** The display name when world-countries' common name is not the one English wire copy uses ("Turkey"). */
    name: z.string().min(1).optional(),
    aliases: z.array(aliasSchema).optional(),
    dropAliases: z.array(z.string().min(1)).optional(),
    qualifiers: z.array(z.string().min(1)).optional(),
    dropQualifiers: z.array(z.string().min(1)).optional(),
    capitals: z.array(z.string().min(1)).optional(),
    dropCapitals: z.array(z.string().min(1)).optional(),
    contextAliases: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();

export const statesCuratedSchema = z
  .object({
    about: z.string().optional(),
    /** Codes taken although world-countries does not mark them independent (Palestine, Kosovo, Taiwan). */
    include: z.array(z.string().length(2)),
    /** Phrases every state takes as context aliases: "government forces" are the state the text is about. */
    contextAliases: z.array(z.string().min(1)),
    /** Capitals never matched: English words and names ("Male", "Victoria"), or the country's own name. */
    stopCapitals: z.array(z.string().min(1)),
    states: z.record(z.string().length(2), stateOverrideSchema),
  })
  .strict();
export type StatesCurated = z.infer<typeof statesCuratedSchema>;

/** The fields of a world-countries row that are used. */
export interface CountryRow {
  readonly cca2: string;
  readonly independent?: boolean | null;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m?: string; readonly f?: string } };
}

/** Latin script only: the text is English (altSpellings also hold native scripts). */
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;

function textOf(a: string | { text: string }): string {
  return typeof a === 'string' ? a : a.text;
}

/** The demonyms one world-countries string lists: "Bosnian, Herzegovinian" is two. */
export function splitDemonyms(d: string): string[] {
  return d
    .split(/,|\s+or\s+/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * The state rows, sorted by name. Official names and the multi-word alternative spellings become aliases (one-word
 * ones are mostly native names or codes, and "Congo" must not name both Congos); demonyms become qualifiers
 * ("Sudanese army"); capitals become metonyms. Throws when two states end up sharing a qualifier, which would make
 * "Congolese troops" name whichever came first.
 */
export function buildStates(curated: StatesCurated, rows: readonly CountryRow[]): RawActor[] {
  const include = new Set(curated.include);
  const stopCapitals = new Set(curated.stopCapitals.map((c) => aliasShape(c).key));
  const out: RawActor[] = [];
  const known = new Set(rows.map((r) => r.cca2));
  for (const code of Object.keys(curated.states))
    if (!known.has(code)) throw new Error(`states.curated.json: states.${code} is no world-countries code`);
  for (const row of rows) {
    if (row.independent !== true && !include.has(row.cca2)) continue;
    const o = curated.states[row.cca2] ?? {};
    const name = o.name ?? row.name.common;
    const dropAliases = new Set([name, ...(o.dropAliases ?? [])].map((a) => aliasShape(a).key));
    const aliases: (string | { text: string; matchCase: true })[] = [];
    const seen = new Set<string>();
    const add = (a: string | { text: string; matchCase: true }): void => {
      const key = `${aliasShape(textOf(a)).key}/${typeof a === 'string' ? '' : 'case'}`;
      if (seen.has(key) || dropAliases.has(aliasShape(textOf(a)).key)) return;
      seen.add(key);
      aliases.push(a);
    };
    for (const a of [row.name.common, row.name.official, ...row.altSpellings])
      if (LATIN.test(a) && a.includes(' ') && !a.includes(',')) add(a);
    if (row.name.common !== name) add(row.name.common);
    for (const a of o.aliases ?? []) add(a);
    const dropQualifiers = new Set(o.dropQualifiers ?? []);
    // "Bosnian, Herzegovinian", "Kittitian or Nevisian": the table lists several demonyms in one string.
    const demonyms = [row.demonyms?.eng?.m, row.demonyms?.eng?.f]
      .filter((d): d is string => d !== undefined)
      .flatMap(splitDemonyms);
    const qualifiers = [...new Set([...demonyms, ...(o.qualifiers ?? [])])].filter((q) => !dropQualifiers.has(q));
    const dropCapitals = new Set(o.dropCapitals ?? []);
    const capitals = [...new Set([...(row.capital ?? []), ...(o.capitals ?? [])])].filter(
      (c) => !dropCapitals.has(c) && !stopCapitals.has(aliasShape(c).key) && aliasShape(c).key !== aliasShape(name).key,
    );
    out.push({
      name,
      kind: 'state',
      countryCode: row.cca2,
      aliases,
      ...(qualifiers.length > 0 ? { qualifiers } : {}),
      ...(capitals.length > 0 ? { capitals } : {}),
      country: name,
      contextAliases: o.contextAliases ?? curated.contextAliases,
      ...(o.note === undefined ? {} : { note: o.note }),
    });
  }
  out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const owner = new Map<string, string>();
  for (const s of out)
    for (const q of s.qualifiers ?? []) {
      const other = owner.get(q);
      if (other !== undefined)
        throw new Error(`states: qualifier "${q}" of both ${other} and ${s.name}: drop it from one (dropQualifiers)`);
      owner.set(q, s.name);
    }
  return out;
}

const ABOUT =
  'GENERATED by scripts/build-states.ts: do not edit; edit states.curated.json and re-run `npm run build-lexicon`. ' +
  'One actor per state, named by its common English short name: names, official names, demonyms and capitals from ' +
  'the npm package world-countries (ODbL 1.0), corrected and completed (forces, ministries, leaders) by ' +
  'states.curated.json.';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lexicon: { type: 'string', default: 'data/lexicon' } } });
  const dir = values.lexicon;
  const curatedPath = join(dir, 'states.curated.json');
  const curated = parseLexiconFile(curatedPath, readFileSync(curatedPath, 'utf8'), statesCuratedSchema);
  const rows = createRequire(import.meta.url)('world-countries') as CountryRow[];
  const actors = buildStates(curated, rows);
  const outPath = join(dir, 'states.json');
  const options = (await prettier.resolveConfig(join(process.cwd(), outPath))) ?? {};
  const text = await prettier.format(JSON.stringify({ about: ABOUT, actors }), { ...options, parser: 'json' });
  actorListFileSchema.parse(JSON.parse(text));
  await writeFileAtomic(outPath, text);
  console.log(
    `states.json: ${actors.length} states, ${actors.reduce((n, a) => n + a.aliases.length, 0)} aliases, ` +
      `${Math.round(text.length / 1024)} KB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
