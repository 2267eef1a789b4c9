export type { RawLexicon, RawActor, RawPlace, RawTriggerGroup, Alias, ActorKind, PlaceKind } from './schema.ts';
export {
  actorListFileSchema,
  actorsFileSchema,
  aliasSchema,
  eventTypesFileSchema,
  NON_STATE_KINDS,
  placeSchema,
  placesFileSchema,
} from './schema.ts';
export type { CompiledLexicon, CompiledActor, CompiledPlace } from './compileLexicon.ts';
export { compileLexicon } from './compileLexicon.ts';
export { findActors } from './findActors.ts';
export { findPlaces } from './findPlaces.ts';
export { classifyEvent } from './classifyEvent.ts';
export { wordKey } from './spellingKey.ts';
export { articleContext, type ArticleContext } from './placeContext.ts';
export { gazetteerFileSchema, type RawGazetteer } from './gazetteerSchema.ts';
