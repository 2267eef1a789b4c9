import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits on terminal punctuation and keeps exact offsets', () => {
    const text = '  Rebels shelled the port.  Nobody was hurt!  Why now? ';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['Rebels shelled the port.', 'Nobody was hurt!', 'Why now?']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence at a month abbreviation before a day', () => {
    expect(texts('Fighting resumed on Sept. 3 near the dam. Talks failed.')).toEqual([
      'Fighting resumed on Sept. 3 near the dam.',
      'Talks failed.',
    ]);
  });

  it('keeps dotted acronyms inside names but ends before a sentence opener', () => {
    expect(texts('The U.S. Army and U.N. observers left. Then the U.S. The city fell.')).toEqual([
      'The U.S. Army and U.N. observers left.',
      'Then the U.S.',
      'The city fell.',
    ]);
  });

  it('keeps titles and ranks with the name', () => {
    expect(texts('Sgt. Alvarez and Lt. Col. Brandt met Gen. Osei. They agreed.')).toEqual([
      'Sgt. Alvarez and Lt. Col. Brandt met Gen. Osei.',
      'They agreed.',
    ]);
  });

  it('keeps initials with the name', () => {
    expect(texts('Envoy Mary K. Lutz arrived. She spoke.')).toEqual(['Envoy Mary K. Lutz arrived.', 'She spoke.']);
  });

  it('does not split inside decimals or before a lowercase word', () => {
    expect(texts('Prices rose 3.5 percent in the quarter, officials said… and more.')).toHaveLength(1);
  });

  it('keeps a quotation that closes on the same line together', () => {
    expect(texts('He said “We will hold. We will not leave.” Then he left.')).toEqual([
      'He said “We will hold. We will not leave.”',
      'Then he left.',
    ]);
  });

  it('keeps a parenthesis together', () => {
    expect(texts('The group (formed in 2014. Or so.) grew. It split.')).toEqual([
      'The group (formed in 2014. Or so.) grew.',
      'It split.',
    ]);
  });

  it('ends sentences at line breaks (headlines and captions have no period)', () => {
    expect(texts('Troops Enter Town\nThe army entered the town.\r\nCaption without period')).toEqual([
      'Troops Enter Town',
      'The army entered the town.',
      'Caption without period',
    ]);
  });

  it('splits only inside the given regions', () => {
    const text = 'Kept one. Dropped two. Kept three.';
    const out = splitSentences(text, [
      { start: 0, end: 9 },
      { start: 23, end: text.length },
    ]);
    expect(out.map((s) => s.text)).toEqual(['Kept one.', 'Kept three.']);
  });

  it('skips pieces with no letters or digits', () => {
    expect(texts('— … —\nReal sentence.')).toEqual(['Real sentence.']);
  });

  it('keeps a bracket that closes far along the line open, and splits where an open quote never closes', () => {
    const aside = Array.from({ length: 50 }, (_, i) => `Town ${i} fell.`).join(' ');
    expect(texts(`Rebels (${aside}) advanced. Then they stopped.`)).toEqual([
      `Rebels (${aside}) advanced.`,
      'Then they stopped.',
    ]);
    // Each sentence opens a quotation that never closes: every sentence end still ends its sentence.
    const unclosed = 'The army said “we will fight on. Then the rebels left. ';
    expect(texts(unclosed.repeat(200))).toHaveLength(400);
    expect(texts(`${unclosed}The “siege ended.” Talks began.`)).toEqual([
      'The army said “we will fight on.',
      'Then the rebels left.',
      'The “siege ended.”',
      'Talks began.',
    ]);
  });
});
