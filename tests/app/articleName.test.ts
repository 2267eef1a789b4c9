import { describe, expect, it } from 'vitest';
import type { ArticleEntry, TimelineEvent } from '../../src/model/index.ts';
import { articlePublisher, articleTitle, nameFromId } from '../../src/app/core/sources/articleName.ts';
import { sourceOrder } from '../../src/app/core/sources/sourceOrder.ts';

const article = (over: Partial<ArticleEntry>): ArticleEntry => ({
  id: 'a',
  title: null,
  publisher: null,
  url: null,
  published: null,
  text: '',
  ...over,
});

describe('nameFromId', () => {
  it('reads a slug as words, without its leading date', () => {
    expect(nameFromId('reuters/2015-05-20-palmyra-falls')).toBe('Palmyra falls');
    expect(nameFromId('20150520_isis_takes_ramadi')).toBe('Isis takes ramadi');
  });
  it('gives nothing for a hash or a number', () => {
    expect(nameFromId('002_5a0c258bb374c638')).toBeNull();
    expect(nameFromId('12345')).toBeNull();
    expect(nameFromId('feed/3afe0567dcb0')).toBeNull();
  });
});

describe('articleTitle and articlePublisher', () => {
  it('keep what the article gives', () => {
    expect(articleTitle(article({ title: 'Palmyra falls' }))).toEqual({ text: 'Palmyra falls', given: true });
    expect(articlePublisher(article({ publisher: 'Wire' }))).toBe('Wire');
  });
  it('name an untitled article by its slug, else by its date, never by its raw id', () => {
    expect(articleTitle(article({ id: 'x/ramadi-falls' }))).toEqual({ text: 'Ramadi falls', given: false });
    expect(articleTitle(article({ id: '002_5a0c258bb374c638', published: '2023-07-09' })).text).toBe(
      'Untitled article, published 9 Jul 2023',
    );
    expect(articleTitle(article({ id: '002_5a0c258bb374c638', title: '  ' })).text).toBe('Untitled article');
  });
  it('name a missing publisher by the site of the URL, else say none was given', () => {
    expect(articlePublisher(article({ url: 'https://www.example.org/a' }))).toBe('example.org');
    expect(articlePublisher(article({}))).toBe('Publisher not given');
  });
});

describe('sourceOrder', () => {
  const event = (articles: string[]): TimelineEvent => ({
    id: 'e',
    date: { start: '2015-05-20', precision: 'day' },
    type: 'capture',
    title: 't',
    actors: [],
    location: null,
    sources: articles.map((a) => ({ article: a, sentence: 's', start: 0, end: 1, dateText: '' })),
  });
  it('puts the oldest article first and undated ones last, keeping file order among equals', () => {
    const articles = new Map<string, ArticleEntry>([
      ['late', article({ id: 'late', published: '2016-12-01' })],
      ['early', article({ id: 'early', published: '2015-05-21' })],
      ['undated', article({ id: 'undated' })],
      ['early2', article({ id: 'early2', published: '2015-05-21' })],
    ]);
    expect(sourceOrder(event(['late', 'undated', 'early', 'early2']), articles)).toEqual([2, 3, 0, 1]);
    expect(sourceOrder(event(['early']), articles)).toEqual([0]);
  });
});
