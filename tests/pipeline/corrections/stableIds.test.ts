/**
 * Corrections name events by id, so ids must survive re-extraction with other articles added or removed: the
 * events of an article keep their ids, and an event whose id changes because another article's report of it now
 * sorts first stays addressable by its old id (the clause id of a source it still holds).
 */
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/model/corrections.ts';
import type { Article } from '../../../src/model/index.ts';
import { runPipeline } from '../../../src/pipeline/index.ts';
import { fakeConfig, LEXICON } from '../fakes.ts';

function article(id: string, text: string): Article {
  return { id, title: null, publisher: 'Test Wire', url: null, published: '2016-11-02', text };
}

const KUNDUZ = article(
  'm/kunduz',
  'The Taliban seized Kunduz on September 28, 2015, officials said. Afghan forces retook Kunduz on October 1, 2015.\n',
);
const RETAKE = article('n/retake', 'Afghan forces retook Kunduz in October 2015 after days of fighting, NATO said.\n');
const UNRELATED = article('a/raqqa', 'ISIS fighters seized Raqqa on January 12, 2014, residents said.\n');
/** Sorts before every other article and reports the retaking of Kunduz too. */
const FIRST = article('0/first', 'Afghan forces retook Kunduz on October 1, 2015, the army said.\n');

const ids = (articles: readonly Article[], corrections: readonly Correction[] = []) => {
  const r = runPipeline(articles, LEXICON, fakeConfig(), {
    corrections: { entries: corrections.map((correction, index) => ({ index, correction })), acledOf: () => null },
  });
  return { r, byId: new Map(r.events.map((e) => [e.id, e])) };
};

describe('event ids across re-extraction', () => {
  const base = ids([KUNDUZ, RETAKE]).r.events;
  const retaken = base.find((e) => e.type === 'recapture');

  it('stay the same when an unrelated article is added or one is removed', () => {
    expect(base).toHaveLength(2);
    const added = ids([UNRELATED, KUNDUZ, RETAKE]).r.events;
    expect(added).toHaveLength(3);
    for (const e of base) expect(added.find((x) => x.id === e.id)?.sources).toEqual(e.sources);
    const removed = ids([KUNDUZ]).r.events;
    expect(removed.map((e) => e.id)).toEqual(base.map((e) => e.id));
  });

  it('leave a merged event addressable by its old id when another report of it sorts first', () => {
    const withFirst = ids([FIRST, KUNDUZ, RETAKE]).r.events;
    const now = withFirst.find((e) => e.type === 'recapture');
    expect(now?.sources.map((s) => s.article)).toEqual(['0/first', 'm/kunduz', 'n/retake']);
    // Its id is now that of the new first source…
    expect(now?.id).not.toBe(retaken?.id);
    // …and a correction written against the earlier run still finds it.
    const corrected = ids(
      [FIRST, KUNDUZ, RETAKE],
      [{ event: retaken?.id ?? '', set: { title: 'Government forces retake Kunduz' }, note: 'clearer' }],
    );
    expect(corrected.r.warnings).toEqual([]);
    expect(corrected.r.correctionsNotApplied).toBe(0);
    const e = corrected.byId.get(now?.id ?? '');
    expect(e?.title).toBe('Government forces retake Kunduz');
    expect(e?.corrected).toEqual([{ what: 'title', note: 'clearer' }]);
  });

  it('report a correction whose event is no longer extracted, counted in the result', () => {
    const capture = base.find((e) => e.type === 'capture');
    const r = ids([RETAKE], [{ event: capture?.id ?? '', drop: true }]).r;
    expect(r.correctionsNotApplied).toBe(1);
    expect(r.warnings).toEqual([expect.stringContaining(`corrections.json: corrections[0]: no event ${capture?.id}`)]);
  });
});
