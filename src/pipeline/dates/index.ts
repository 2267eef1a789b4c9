export { findDateMentions } from './findDateMentions.ts';
export { inferReferenceDate } from './inferReferenceDate.ts';
