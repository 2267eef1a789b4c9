/**
 * Long strings built to make regular expressions backtrack: repetitions of the characters and tokens the
 * pipeline's patterns look for (spaces, dots, "al-", digits, abbreviations, quotes, dates), with and without a
 * final character that makes a match fail at the very end. 100 000 characters each.
 */
export const ADVERSARIAL_LENGTH = 100_000;

function repeatTo(unit: string, tail = ''): string {
  return (
    unit
      .repeat(Math.ceil((ADVERSARIAL_LENGTH - tail.length) / unit.length))
      .slice(0, ADVERSARIAL_LENGTH - tail.length) + tail
  );
}

export const ADVERSARIAL_STRINGS: Readonly<Record<string, string>> = {
  spaces: repeatTo(' ', '!'),
  newlines: repeatTo('\n', 'x'),
  'blank lines with spaces': repeatTo(' \n', 'x'),
  dots: repeatTo('.'),
  'dots and spaces': repeatTo('. '),
  'al- prefixes': repeatTo('al-', 'x'),
  'al- names': repeatTo('al-Assad al-', '!'),
  hyphens: repeatTo('-'),
  digits: repeatTo('1234567890'),
  'digits and spaces': repeatTo('12 '),
  'Dec. ': repeatTo('Dec. '),
  'Dec. 1': repeatTo('Dec. 1, '),
  'month names': repeatTo('March April May June '),
  'dates with and': repeatTo('12 December 2016 and '),
  'between years': repeatTo('between 2013 and '),
  weekdays: repeatTo('on Monday, '),
  'relative dates': repeatTo('last week two days ago earlier this month '),
  abbreviations: repeatTo('U.S. Mr. Gen. Lt. Col. '),
  initials: repeatTo('A. '),
  'nested quotes': repeatTo('"\'“‘«'),
  'quotes and parentheses': repeatTo('("[\'“'),
  'one long word': repeatTo('a'),
  'capitalised words': repeatTo('Islamic State '),
  'actor names': repeatTo('ISIS Daesh Russian forces '),
  'place names': repeatTo('Raqqa, Syria, '),
  'trigger words': repeatTo('captured recaptured airstrikes killed '),
  markup: repeatTo('<a href="x">'),
  'mixed scripts': repeatTo('حلب Алеппо 阿勒颇 '),
  'no-break spaces': repeatTo('\u00a0'),
  'footer-like lines': repeatTo('© Copyright 2024. All rights reserved.\n'),
  'comment-like lines': repeatTo('Reply · Like · 3 hours ago\n'),
};
