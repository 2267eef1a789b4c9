/**
 * "Militants of the Malaita Eagle Force": a noun for a group's members, capitalised by the sentence or a dateline,
 * is no part of the group's name; the group is the actor. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const names = (text: string): string[] => findActors(lexicon(), text, whole(text)).map((m) => m.actor);

describe('a members noun before "of" is no part of the name', () => {
  it('reads the group after it, after a dateline too, and its acronym later', () => {
    expect(
      names('SUVA, May 3 (Island Wire) - Gunmen of the Taveuni Liberation Front (TLF) fired. The TLF fled.'),
    ).toEqual(['Taveuni Liberation Front', 'Taveuni Liberation Front', 'Taveuni Liberation Front']);
    expect(names('On Monday, Supporters of the Kasai Freedom Movement marched on Tshikapa.')).toEqual([
      'Kasai Freedom Movement',
    ]);
  });

  it('keeps names that run on through "of" from their own head', () => {
    expect(names('The Army of the Men of the Naqshbandi Order fought.')).toEqual([
      'Army of the Men of the Naqshbandi Order',
    ]);
    expect(names('The Movement for Democracy in Liberia marched.')).toEqual(['Movement for Democracy in Liberia']);
  });
});
