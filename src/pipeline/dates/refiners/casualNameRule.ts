/**
 * "Today", "Tomorrow" and "Yesterday" capitalised inside a sentence are names ("USA Today", "Veterans Today
 * Network"). At the start of a sentence, or right after a dateline ("BAGHDAD (AP) — Yesterday, …"), they are dates.
 */
import type { DropRule } from './nonDateFilter.ts';
import { hasTagPrefix } from './tagPrefix.ts';

const SENTENCE_OPENING = /(?:^|[.!?]["”’]?|[-–—:)])\s*$/;

export const casualNameRule: DropRule = (context, r, tags) => {
  const casual = hasTagPrefix(tags, 'casualReference/');
  if (!casual || !/^[A-Z]/.test(r.text)) return null;
  return SENTENCE_OPENING.test(context.text.slice(0, r.index)) ? null : 'capitalised mid-sentence: part of a name';
};
