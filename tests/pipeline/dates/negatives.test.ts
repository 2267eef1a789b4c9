import { describe, expect, it } from 'vitest';
import { mentions } from './sentences.ts';

const texts = (sentence: string, published = '2016-12-28'): string[] =>
  mentions(sentence, published).map((m) => m.text);
const REFERENCES = ['2016-12-28', '2017-01-01', '2020-02-29', '2023-07-09'];

describe('words and numbers that are not dates', () => {
  it.each([
    'The coalition launched 29 airstrikes against the group.',
    'An estimated 85 fighters were killed.',
    'The drone was valued at over $30 million.',
    'The United States keeps about 1,000 troops in the country.',
    'MQ-9 drones patrolled the border.',
    'The town lies 240 km northeast of the capital.',
    'The city housed approximately 70,000 people.',
    'The group now holds 50 percent of the province.',
    'Residents fear the militants may return.',
    'Thousands march through the capital every week to protest.',
    'They march on the capital.',
    'Sunni tribes joined the second wave of the offensive.',
    'Prime Minister Theresa May spoke to reporters.',
    'The Sun reported the story first.',
    'Witnesses sat on the roof and wed in secret.',
    'The 9/11 attacks changed the region.',
    'Officials said the militants are now retreating.',
    'The 2nd Battalion was deployed at 10 a.m.',
    'Jan Egeland of the Norwegian Refugee Council warned of famine.',
    'Troops advanced in the morning and again at noon.',
    'Leaders of the March 14 alliance met in Beirut.',
    'The April 6 Youth Movement called for protests.',
    'Crowds gathered in 26 July Square.',
    'Protests are held every Friday.',
    'Each Monday the market reopens.',
  ])('%s → no mention', (sentence) => {
    // A year turn, a leap day and a Sunday: no reference may turn these words into a date.
    for (const published of REFERENCES) expect(texts(sentence, published)).toEqual([]);
  });

  it('never gives a year a date string cannot hold', () => {
    expect(mentions('It began 2013 years ago.', '1970-01-01')).toEqual([]);
    expect(mentions('The council will meet next year.', '9999-12-31')).toEqual([]);
  });

  it('a number after "Month," belongs to what follows ("In April, 4th Division")', () => {
    expect(mentions('In April, 4th Division retook the crossing.', '2018-07-15').map((m) => m.value)).toEqual([
      { start: '2018-04', precision: 'month' },
    ]);
  });

  it('a naming noun counts only right after the date', () => {
    expect(texts('In February, coalition forces captured the village.')).toEqual(['February']);
    expect(texts('On March 3 road closures began.')).toEqual(['March 3']);
  });

  it('a date before an event noun is still a date, and "March 14" is a day, not March 2014', () => {
    expect(texts('The March 14 attack killed nine.')).toEqual(['March 14']);
    expect(mentions('The March 14 attack killed nine.', '2016-12-28').map((m) => m.value.start)).toEqual([
      '2016-03-14',
    ]);
  });

  it('a capitalised "May" after a temporal word is the month', () => {
    expect(texts('Militants may return, as they did in May.')).toEqual(['May']);
    expect(texts('Protesters plan to march in March.')).toEqual(['March']);
  });
});
