/**
 * A yes-only fast path for a zod/mini schema: `quickCheck(schema)` walks the schema's definition once and returns
 * a function that answers true only for values the schema accepts, without building zod's output copy or its
 * per-value bookkeeping (100,000 events: zod's safeParse about 0.8 s and most of the garbage, this a fraction).
 * False means "not sure": the caller then runs the schema itself, which decides and says why. So the schema stays
 * the one statement of the contract; this reads it and never adds to it.
 *
 * Handled: object (extra keys ignored, as zod's default strips them), array, string, number (and int), boolean,
 * enum, literal, optional, nullable, with the checks min_length, length_equals, greater_than, less_than and
 * refine. Anything else in the schema gives null (no fast path). Strings holding a surrogate are "not sure" for
 * length checks, which zod counts in code points.
 */
import type * as z from 'zod/mini';

type Accepts = (value: unknown) => boolean;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly format?: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly catchall?: unknown;
}
interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly length?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
  readonly format?: string;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

/** A surrogate half: the string's length in code points differs from its length in UTF-16 units. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The schema's yes-only check, or null when the schema uses something this does not read. */
export function quickCheck(schema: z.ZodMiniType): Accepts | null {
  try {
    return compile(schema as unknown as Schema);
  } catch {
    // A kind of schema or check not read here, or a definition not shaped as this expects.
    return null;
  }
}

function compile(schema: Schema): Accepts {
  const def = schema._zod.def;
  const type = typeCheck(def);
  const checks = (def.checks ?? []).map((c) => check(c._zod.def));
  return checks.length === 0 ? type : (v) => type(v) && checks.every((c) => c(v));
}

function typeCheck(def: Def): Accepts {
  const t = def.type;
  if (t === 'string' || t === 'boolean') return (v) => typeof v === t;
  if (t === 'number') {
    if (def.format !== undefined && def.format !== 'safeint') throw new Error(def.format);
    return def.format === 'safeint' ? Number.isSafeInteger : (v) => typeof v === 'number' && Number.isFinite(v);
  }
  if (t === 'enum' || t === 'literal') {
    const values = new Set(def.values ?? Object.values(def.entries as object));
    return (v) => values.has(v);
  }
  if (t === 'optional' || t === 'nullable') {
    const inner = compile(def.innerType as Schema);
    const empty = t === 'optional' ? undefined : null;
    return (v) => v === empty || inner(v);
  }
  if (t === 'array') {
    const element = compile(def.element as Schema);
    return (v) => {
      if (!Array.isArray(v)) return false;
      // By index, as zod reads it: a hole is undefined (every() would skip it).
      for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
      return true;
    };
  }
  if (t === 'object' && def.catchall === undefined) {
    const fields = Object.entries(def.shape as Record<string, Schema>).map(([key, s]) => [key, compile(s)] as const);
    return (v) =>
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      fields.every(([key, accepts]) => accepts((v as Record<string, unknown>)[key]));
  }
  throw new Error(t);
}

function check(c: CheckDef): Accepts {
  const x = c.value as number;
  switch (c.check) {
    case 'min_length': {
      // A code point is one or two units: twice the floor in units always clears it.
      const min = c.minimum as number;
      return (v) => {
        const n = (v as { length: number }).length;
        return n >= 2 * min || (n >= min && !(typeof v === 'string' && SURROGATE.test(v)));
      };
    }
    case 'length_equals':
      return (v) => (v as string).length === c.length && !SURROGATE.test(v as string);
    case 'greater_than':
      return (v) => (v as number) > x || (c.inclusive === true && v === x);
    case 'less_than':
      return (v) => (v as number) < x || (c.inclusive === true && v === x);
    case 'custom': {
      const fn = c.fn as (value: unknown) => unknown;
      // Called only once the value's own type and fields passed, as zod calls it; a refine that throws throws here
      // too, and the caller reports it as it reports zod's.
      return (v) => {
        const r = fn(v);
        return !(r instanceof Promise) && Boolean(r);
      };
    }
  }
  throw new Error(c.check);
}
