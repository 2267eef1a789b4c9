import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/pipeline/dates/index.ts';
import type { ReferenceDate, Sentence } from '../../../src/pipeline/types.ts';
import { precisionOf } from '../../../src/model/index.ts';

const referenceDate = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d): ReferenceDate => ({ date: d.toISOString().slice(0, 10), basis: 'published' }));

// prettier-ignore
const WORDS = [
  'on', 'Friday', 'Sunday', 'May', 'may', 'March', '17', '2014', '2013', 'last', 'June', 'three', 'days', 'after',
  "Ramadi's", 'capture', ',', '.', 'between', 'and', 'Dec.', 'Sept.', '12', 'since', 'by', 'the', 'next', 'day',
  'earlier', 'in', 'week', 'weekend', 'this', 'year', 'month', 'late', 'had', 'will', 'seized', 'BEIRUT,',
  '(Reuters)', '-', 'a', 'later', 'before', 'yesterday', 'today', '9/11', '1990s', '2013-14', 'for', 'nearly',
  'ten', 'ago', 'mid-2014', 'following', 'that', 'Today', '$30', 'million', '1,000', 'troops', '\n', '’s',
];

const newsLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), newsLike);

/** Cuts the text into consecutive sentence spans at arbitrary points. */
function sentencesAt(text: string, cuts: readonly number[]): Sentence[] {
  const points = [...new Set([0, ...cuts.map((c) => Math.floor(c * text.length)), text.length])].sort((a, b) => a - b);
  const out: Sentence[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

describe('findDateMentions properties', () => {
  it('never throws; every mention slices its text out of the article and lies inside one sentence', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        referenceDate,
        (text, cuts, ref) => {
          const sentences = sentencesAt(text, cuts);
          const found = findDateMentions(text, sentences, ref);
          for (const m of found) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.end).toBeGreaterThan(m.start);
            expect(sentences.some((s) => s.start <= m.start && m.end <= s.end)).toBe(true);
            expect(precisionOf(m.value.start)).toBe(m.value.precision);
            if (m.value.end !== undefined) {
              expect(precisionOf(m.value.end)).not.toBeNull();
              expect(m.value.end >= m.value.start).toBe(true);
            }
          }
          for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
        },
      ),
      { numRuns: 300 },
    );
  });
});
