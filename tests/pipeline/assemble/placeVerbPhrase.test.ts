/**
 * A place after the next coordinated verb is that verb's (assembleArticle.ts): "shot down jets over the X valley
 * and repelled an assault on Y" happened over the valley. Sentences written for this rule; negatives included.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';

describe("the trigger's own verb phrase places it", () => {
  it('places a shoot-down over the valley it names, not at the post of the next verb', () => {
    const text =
      'Malawi said on Thursday its troops had shot down two fighter jets over the Shire valley and repelled an assault on the border post of Chiponde.';
    expect(placesOf(text, '2010-06-11')[0]).toBe('Shire');
  });

  it('keeps the place of the next verb when the trigger is that verb', () => {
    const text = 'Malawi said on Thursday its troops had repelled an assault on the border post of Chiponde.';
    expect(placesOf(text, '2010-06-11')[0]).toBe('Chiponde');
  });

  it('keeps a finer place coordinated without a verb', () => {
    const text = 'Jets bombed rebel positions in Idlib province and the town of Saraqib on Thursday.';
    expect(placesOf(text, '2016-06-11')).toEqual(['Saraqib']);
  });
});
