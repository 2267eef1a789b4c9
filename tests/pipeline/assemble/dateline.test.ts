import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../../src/pipeline/assemble/dateline.ts';
import { assembleArticle } from '../../../src/pipeline/assemble/assembleArticle.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { fakeStages } from '../fakes.ts';
import { whole } from '../helpers.ts';

function dateline(text: string): string | null {
  const d = datelineOf(whole(text));
  return d === null ? null : text.slice(d.start, d.end);
}

describe('datelineOf', () => {
  it('finds wire datelines in their usual shapes', () => {
    expect(dateline('KABUL, Oct 3 (Reuters) - Taliban fighters attacked.')).toBe('KABUL, Oct 3 (Reuters) - ');
    expect(dateline('MAIDUGURI, Nigeria — Gunmen struck at dawn.')).toBe('MAIDUGURI, Nigeria — ');
    expect(dateline('AFP/Kabul: The army said.')).toBe('AFP/Kabul: ');
    expect(dateline('KYIV/MOSCOW, March 2 (Reuters) - Drones hit a depot.')).toBe('KYIV/MOSCOW, March 2 (Reuters) - ');
  });

  it('does not take a sentence opening for a dateline', () => {
    expect(dateline('The army — exhausted — withdrew.')).toBeNull();
    expect(dateline('NATO said on Monday it would stay.')).toBeNull();
    expect(dateline('US/UK strikes — the second wave — hit Sanaa.')).toBeNull();
  });

  it('never takes the dateline city as the event place', () => {
    const text = 'KABUL, Afghanistan — The Taliban seized Kunduz on September 28, 2015.';
    const [e] = assembleArticle(
      {
        article: { id: 'd', title: null, publisher: null, url: null, published: '2015-09-29', text },
        reference: { date: '2015-09-29', basis: 'published' },
        sentences: splitSentences(text),
      },
      fakeStages(),
    );
    expect(e?.location?.name).toBe('Kunduz');
    const only = 'KABUL, Afghanistan — The Taliban attacked on September 28, 2015.';
    const [f] = assembleArticle(
      {
        article: { id: 'd', title: null, publisher: null, url: null, published: '2015-09-29', text: only },
        reference: { date: '2015-09-29', basis: 'published' },
        sentences: splitSentences(only),
      },
      fakeStages(),
    );
    expect(f?.location).toBeNull();
  });
});

describe('dateline dates', () => {
  function events(text: string) {
    return assembleArticle(
      {
        article: { id: 'd', title: null, publisher: null, url: null, published: '2015-10-02', text },
        reference: { date: '2015-10-02', basis: 'published' },
        sentences: splitSentences(text),
      },
      fakeStages(),
    );
  }

  it('does not make an event of the dateline date when the sentence dates its event', () => {
    const out = events('KABUL, October 2, 2015 (AP) — The Taliban seized Kunduz on September 28, 2015.');
    expect(out.map((e) => e.date.start)).toEqual(['2015-09-28']);
  });

  it('dates the lead event by the dateline when the sentence gives no other date', () => {
    const out = events('KABUL, October 2, 2015 (AP) — The Taliban seized Kunduz.');
    expect(out.map((e) => [e.date.start, e.type])).toEqual([['2015-10-02', 'capture']]);
  });
});
