import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../src/pipeline/assemble/assembleArticle.ts';
import { bindLexiconStages } from '../../../src/pipeline/config.ts';
import { findActors, findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { articleDocument } from '../../../src/pipeline/text/articleDocument.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { lexicon, whole } from './lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

function agentsOf(text: string, published: string): (string | null)[] {
  return assembleArticle(
    {
      article: { id: 't', title: null, publisher: null, url: null, published, text },
      reference: { date: published, basis: 'published' },
      sentences: splitSentences(text),
    },
    bindLexiconStages(lexicon())(articleDocument(text, splitSentences(text))),
  ).map((e) => e.agent);
}

describe('a nationality adjective before an act noun names the actor', () => {
  it('reads the adjective alone as the mention', () => {
    expect(actorsOf('after the 2008 Russian incursion into Georgia')).toEqual([['Russian', 'Russia']]);
    expect(actorsOf('a Turkish offensive on Afrin')).toEqual([['Turkish', 'Turkey']]);
    expect(actorsOf('an Israeli strike near Damascus')).toEqual([['Israeli', 'Israel']]);
    expect(actorsOf('an American airstrike in Yemen')).toEqual([['American', 'United States']]);
  });

  it('makes that actor the agent of the event', () => {
    expect(agentsOf('Sanctions followed the 2008 Russian invasion of Georgia.', '2015-03-01')).toEqual(['Russia']);
    expect(agentsOf('A Turkish offensive on Afrin began on Jan. 20.', '2018-02-10')).toEqual(['Turkey']);
  });

  it('leaves the adjective alone without a noun it qualifies', () => {
    expect(actorsOf('Turkish civilians crossed the border.')).toEqual([]);
    expect(actorsOf('a strike in Russian territory')).toEqual([]);
  });
});

describe('other ways news names a state’s forces', () => {
  it('"Kurdish-led fighters": a leader suffix keeps the qualifier (a proxy suffix does not)', () => {
    expect(actorsOf('Kurdish-led fighters entered Tabqa.')).toEqual([['Kurdish-led fighters', 'Kurdish forces']]);
    expect(actorsOf('Iranian-backed militias entered the town.')).toEqual([]);
  });

  it('"Syria’s armed forces", "Iraq’s army": the government of the country', () => {
    expect(actorsOf("Syria's armed forces shelled the district.")).toEqual([["Syria's armed forces", 'Syria']]);
    expect(actorsOf('Iraq’s army retook the refinery.')).toEqual([['Iraq’s army', 'Iraq']]);
    expect(actorsOf("the war in Syria and Iraq's oil")).toEqual([]);
  });

  it('a bare "coalition" is the US-led coalition', () => {
    expect(actorsOf('The coalition said its jets struck a bridge.')).toEqual([['coalition', 'US-led coalition']]);
  });
});

describe('spellings the places file must carry', () => {
  it.each([
    ['Raids near Tall Abyad resumed.', 'Tall Abyad', 'Tal Abyad'],
    ['Peshmerga units gathered in Soran.', 'Soran', 'Soran'],
    ['Militants shelled the village of Imam Qasim.', 'Imam Qasim', 'Imam Qasim'],
  ])('%s', (text, surface, name) => {
    const found = findPlaces(lexicon(), text, whole(text)).map((m) => [m.text, m.place.name]);
    expect(found).toContainEqual([surface, name]);
  });
});
