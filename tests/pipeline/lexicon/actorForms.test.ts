/**
 * Actor forms that unseen wire copy from new conflicts uses: a model designation between a state's adjective and
 * its aircraft, a state's short name among coordinated adjectives, states that no longer exist, and generic
 * fighters' words that are no group's name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from './lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);
const namesOf = (text: string): string[] => actorsOf(text).map(([, a]) => a);

describe('a model designation between the adjective and the force noun', () => {
  it('keeps the adjective naming the state', () => {
    expect(actorsOf('Two Egyptian F-16 fighter jets flew over the camp.')).toEqual([
      ['Egyptian F-16 fighter jets', 'Egypt'],
    ]);
    expect(namesOf('Indian Su-30 warplanes and Ethiopian Mi-24 helicopters took part.')).toEqual(['India', 'Ethiopia']);
  });

  it('needs the force noun after the designation', () => {
    expect(namesOf('An Egyptian F-16 pilot was interviewed.')).toEqual([]);
    expect(namesOf('The Egyptian M-5 motorway was closed.')).toEqual([]);
  });
});

describe("a state's short name among coordinated adjectives", () => {
  it('lets the adjectives before it name their states too', () => {
    expect(namesOf('The base is used by Somali and U.S. forces.')).toEqual(['Somalia', 'United States']);
    expect(namesOf('Iraqi and UK troops patrolled the road.')).toEqual(['Iraq', 'United Kingdom']);
  });

  it('does not make an adjective an actor without the force noun', () => {
    expect(namesOf('Somali and U.S. officials met, and Somali and Kenyan traders objected.')).toEqual([
      'Somalia',
      'United States',
    ]);
  });
});

describe('states that no longer exist', () => {
  it('are named as historical reporting names them', () => {
    expect(namesOf('The Yugoslav army shelled the village while Soviet troops left Kabul.')).toEqual([
      'Yugoslavia',
      'Soviet Union',
    ]);
    expect(namesOf('Yugoslavia recalled its envoy.')).toEqual(['Yugoslavia']);
  });

  it('take their adjectives only before a force noun', () => {
    expect(namesOf('Yugoslav refugees and Soviet-era tanks were seen.')).toEqual([]);
  });
});

describe('generic words before a fighters’ noun', () => {
  it('are no group of their own', () => {
    expect(namesOf('Hooded gunmen stormed the studio.')).toEqual([]);
    expect(namesOf('On Monday, Separatist Gunmen blocked the road.')).toEqual([]);
  });

  it('refer to the one group of that kind the article names', () => {
    const text =
      'Separatist gunmen blew up a bridge on Monday. The Baloch Liberation Army claimed the attack on Tuesday.';
    expect(namesOf(text)[0]).toBe('Balochistan Liberation Army');
  });

  it('leave names with a word of their own alone', () => {
    expect(namesOf('Later, Fulani gunmen attacked the village.')).toEqual(['Fulani gunmen']);
  });
});

describe('a leader the lexicon lacks, introduced by a title', () => {
  const inArticle = (article: string, sentence: string): string[] => {
    const start = article.indexOf(sentence);
    return findActors(lexicon(), article, { start, end: start + sentence.length }, article).map((m) => m.actor);
  };

  it('is the state the article is about', () => {
    const article =
      "Nepal's army patrolled Kathmandu on Monday. Prime Minister Bishnu Adhikari Rai told reporters on Tuesday that talks would resume.";
    expect(inArticle(article, 'Prime Minister Bishnu Adhikari Rai told reporters')).toEqual(['Nepal']);
  });

  it('is nobody when no state is in focus, or when the leader is a former one', () => {
    expect(namesOf('President Bishnu Adhikari Rai told reporters that talks would resume.')).toEqual([]);
    const article =
      "Nepal's army patrolled Kathmandu on Monday. Former President Bishnu Adhikari Rai spoke on Tuesday.";
    expect(inArticle(article, 'Former President Bishnu Adhikari Rai spoke')).toEqual([]);
  });

  it('leaves a leader the lexicon knows to the lexicon', () => {
    const article = 'Fighting raged in Kabul on Monday. President Joe Biden said on Tuesday that troops would leave.';
    expect(inArticle(article, 'President Joe Biden said')).toEqual(['United States']);
  });
});
