/**
 * The reference events file (data/gold/seed-events.json): per article (file-stem prefix), a quote that occurs
 * verbatim in the sentence reporting the event (after folding whitespace, no-break spaces included), the date at
 * the precision the text supports, actors, location and type. `optional` events are neither rewarded nor
 * penalised; `never` quotes must not produce events.
 */
import { z } from 'zod';
import { precisionOf } from '../../model/index.ts';

const dateString = z
  .string()
  .refine((s) => precisionOf(s) !== null, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' });

export const goldEventSchema = z.object({
  article: z.string().min(1),
  quote: z.string().min(1),
  date: dateString,
  date_end: dateString.optional(),
  actors: z.array(z.string()),
  location: z.string().nullable(),
  type: z.string(),
  mission: z.boolean().optional(),
  optional: z.boolean().optional(),
});

export const goldFileSchema = z.object({
  about: z.string().optional(),
  events: z.array(goldEventSchema),
  never: z
    .array(z.object({ article: z.string().min(1), quote: z.string().min(1), why: z.string().optional() }))
    .default([]),
});

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;

export function parseGoldFile(value: unknown): GoldFile {
  const r = goldFileSchema.safeParse(value);
  if (!r.success)
    throw new Error(
      `gold file does not match its format: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}

/** Whitespace runs (including no-break spaces) become one space, as the gold file's quotes assume. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Whether an article id belongs to the gold file's article name: its file stem starts with it ("000_fd31…"). */
export function isGoldArticle(articleId: string, goldArticle: string): boolean {
  const stem = articleId.slice(articleId.lastIndexOf('/') + 1);
  if (!stem.startsWith(goldArticle)) return false;
  const next = stem.charAt(goldArticle.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}
