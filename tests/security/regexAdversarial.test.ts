/**
 * Bounded time: every exported RegExp in src/pipeline and every public stage function (sentence splitter,
 * boilerplate rules, date finder and reference inference, lexicon matchers, the whole pipeline) over 100 000-
 * character adversarial strings. The guard is the vitest timeout (a pattern that backtracks, or a stage that is
 * quadratic in the mentions of one sentence, runs for minutes); there is no timing assertion. Figures belong in
 * the benchmarks.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { findDateMentions, inferReferenceDate } from '../../src/pipeline/dates/index.ts';
import { isDateline } from '../../src/pipeline/dates/datelines.ts';
import { roleOf } from '../../src/pipeline/dates/roles.ts';
import { tenseAround } from '../../src/pipeline/dates/tense.ts';
import { classifyEvent, compileLexicon, findActors, findPlaces, wordKey } from '../../src/pipeline/lexicon/index.ts';
import { excerptTitle } from '../../src/pipeline/assemble/title.ts';
import { findBoilerplate, keptRegions, splitSentences } from '../../src/pipeline/text/index.ts';
import type { ReferenceDate } from '../../src/pipeline/types.ts';
import { readLexicon } from '../../scripts/lib/readLexicon.ts';
import { ADVERSARIAL_LENGTH, ADVERSARIAL_STRINGS } from './adversarialStrings.ts';

/** Per (stage, string): generous for linear work on 100k characters on a loaded machine, far below "minutes". */
const GUARD_MS = 20_000;
const REFERENCE: ReferenceDate = { date: '2016-12-28', basis: 'published' };
const lexicon = compileLexicon(readLexicon());
const strings = Object.entries(ADVERSARIAL_STRINGS);

it('the adversarial strings are as long as promised', () => {
  for (const [name, s] of strings) expect(s.length, name).toBe(ADVERSARIAL_LENGTH);
});

describe('every RegExp exported from src/pipeline', () => {
  const modules = import.meta.glob<Record<string, unknown>>('../../src/pipeline/**/*.ts', { eager: true });
  const patterns: [string, RegExp][] = [];
  for (const [path, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      const found =
        value instanceof RegExp ? [value] : Array.isArray(value) ? value.filter((v) => v instanceof RegExp) : [];
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp)) {
        for (const v of Object.values(value)) if (v instanceof RegExp) found.push(v);
      }
      for (const re of found)
        patterns.push([`${path.replace('../../src/pipeline/', '')} ${name} ${re.source.slice(0, 40)}`, re]);
    }
  }

  for (const [label, re] of patterns) {
    it(
      `${label} completes on every adversarial string`,
      () => {
        for (const [, s] of strings) {
          // A copy, so the shared pattern's lastIndex is never disturbed; global patterns scan the whole string.
          const copy = new RegExp(
            re.source,
            re.flags.includes('g') || re.flags.includes('y') ? re.flags : `${re.flags}g`,
          );
          let n = 0;
          for (const m of s.matchAll(copy)) if (++n > ADVERSARIAL_LENGTH || m[0] === undefined) break;
        }
      },
      GUARD_MS,
    );
  }
});

type Stage = (s: string) => unknown;
const whole = (s: string) => ({ start: 0, end: s.length });
const STAGES: Record<string, Stage> = {
  findBoilerplate: (s) => findBoilerplate(s, 'A headline'),
  splitSentences: (s) => splitSentences(s, keptRegions(s.length, findBoilerplate(s, null))),
  inferReferenceDate: (s) => inferReferenceDate(s),
  findDateMentions: (s) => findDateMentions(s, splitSentences(s), REFERENCE),
  'tenseAround, roleOf, isDateline': (s) => [
    tenseAround(s, s.length >> 1, (s.length >> 1) + 8),
    roleOf(s, false),
    isDateline(s, 0, 40),
  ],
  findActors: (s) => findActors(lexicon, s, whole(s)),
  findPlaces: (s) => findPlaces(lexicon, s, whole(s), s),
  classifyEvent: (s) => classifyEvent(lexicon, s, whole(s), findActors(lexicon, s, whole(s))),
  'wordKey + excerptTitle': (s) => [wordKey(s), excerptTitle(s)],
  runPipeline: (s) => {
    const article: Article = {
      id: 'adversarial',
      title: 'A headline',
      publisher: null,
      url: null,
      published: REFERENCE.date,
      text: s,
    };
    return runPipeline([article], lexicon).events.length;
  },
};

for (const [stage, run] of Object.entries(STAGES)) {
  describe(`${stage} on 100k-character adversarial strings`, () => {
    for (const [name, s] of strings) {
      it(
        `completes on ${name}`,
        () => {
          expect(() => run(s)).not.toThrow();
        },
        GUARD_MS,
      );
    }
  });
}
