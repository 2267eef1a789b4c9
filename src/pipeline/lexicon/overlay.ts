/**
 * An analyst's lexicon overlay: a `lexicon.json` beside the articles (or a file given with --lexicon-extra) that
 * adds a militia, an alias or a village to the built-in lexicon for one run. Merged over it, never written back.
 *
 *   { "actors": [ { "name": "Rapid Support Forces", "aliases": ["Janjaweed 2.0"] },
 *                 { "name": "Zintan Brigades", "kind": "militia", "aliases": ["Zintani fighters"] } ],
 *     "places": [ { "name": "Umm Rawaba", "kind": "town", "lat": 12.9, "lon": 31.2, "country": "Sudan" } ],
 *     "notActors": ["Zintan Brigades Museum"] }
 *
 * An actor or place whose name the lexicon has gets the entry's aliases (and qualifiers, context aliases)
 * added, and its kind, short name or coordinates replaced when given; a new name must be a whole row (an actor
 * needs a kind; a place a kind, lat, lon and country).
 */
import { z } from 'zod';
import { actorSchema, aliasSchema, placeSchema, type RawActor, type RawLexicon, type RawPlace } from './schema.ts';

const actorOverlaySchema = z
  .object({
    name: z.string().min(1),
    kind: actorSchema.shape.kind.optional(),
    short: z.string().min(1).optional(),
    aliases: z.array(aliasSchema).optional(),
    qualifiers: z.array(z.string().min(1)).optional(),
    country: z.string().min(1).optional(),
    contextAliases: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();

const placeOverlaySchema = z
  .object({
    name: z.string().min(1),
    kind: placeSchema.shape.kind.optional(),
    lat: placeSchema.shape.lat.optional(),
    lon: placeSchema.shape.lon.optional(),
    country: z.string().min(1).optional(),
    province: z.string().min(1).optional(),
    population: placeSchema.shape.population,
    aliases: z.array(aliasSchema).optional(),
  })
  .strict();

export const lexiconOverlaySchema = z
  .object({
    about: z.string().optional(),
    actors: z.array(actorOverlaySchema).optional(),
    places: z.array(placeOverlaySchema).optional(),
    notActors: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type LexiconOverlay = z.infer<typeof lexiconOverlaySchema>;

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * `raw` with `overlay` merged over it. `file` names the overlay in errors, which also name the entry
 * (`my/lexicon.json: actors[2] ("Zintan Brigades"): a new actor needs a kind`).
 */
export function mergeOverlay(raw: RawLexicon, overlay: LexiconOverlay, file: string): RawLexicon {
  const problems: string[] = [];
  const actors: RawActor[] = [...raw.actors.actors];
  for (const [i, o] of (overlay.actors ?? []).entries()) {
    const at = actors.findIndex((a) => a.name === o.name);
    const old = actors[at];
    if (old !== undefined) {
      actors[at] = {
        ...old,
        ...defined({ kind: o.kind, short: o.short, country: o.country, note: o.note }),
        aliases: [...old.aliases, ...(o.aliases ?? [])],
        ...(o.qualifiers === undefined ? {} : { qualifiers: [...(old.qualifiers ?? []), ...o.qualifiers] }),
        ...(o.contextAliases === undefined
          ? {}
          : { contextAliases: [...(old.contextAliases ?? []), ...o.contextAliases] }),
      };
      continue;
    }
    const row = actorSchema.safeParse({ ...o, aliases: o.aliases ?? [] });
    if (row.success) actors.push(row.data);
    else
      problems.push(
        `actors[${i}] (${JSON.stringify(o.name)}): a new actor needs ${o.kind === undefined ? 'a kind' : row.error.issues[0]?.message}`,
      );
  }
  const places: RawPlace[] = [...raw.places.places];
  for (const [i, o] of (overlay.places ?? []).entries()) {
    const matching = places.flatMap((p, k) => (p.name === o.name ? [k] : []));
    if (matching.length > 0 && (o.lat === undefined || o.lon === undefined)) {
      // Aliases for the place(s) of that name: "Wad Madani" is also written "Wad Medani".
      for (const k of matching) {
        const old = places[k] as RawPlace;
        places[k] = { ...old, aliases: [...old.aliases, ...(o.aliases ?? [])] };
      }
      continue;
    }
    const row = placeSchema.safeParse({ ...o, aliases: o.aliases ?? [] });
    // A new place (or a same-named one elsewhere) goes first: the analyst's village is the one meant.
    if (row.success) places.unshift(row.data);
    else {
      const missing = (['kind', 'lat', 'lon', 'country'] as const).filter((f) => o[f] === undefined);
      const why = missing.length > 0 ? `needs ${missing.join(', ')}` : row.error.issues[0]?.message;
      problems.push(`places[${i}] (${JSON.stringify(o.name)}): a new place ${why}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.map((p) => `${file}: ${p}`).join('\n'));
  return {
    ...raw,
    actors: { ...raw.actors, actors, notActors: [...raw.actors.notActors, ...(overlay.notActors ?? [])] },
    places: { ...raw.places, places },
  };
}
