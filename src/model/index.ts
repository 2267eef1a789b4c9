export * from './calendar.ts';
export * from './dateString.ts';
export * from './eventType.ts';
export * from './schema.ts';
export * from './article.ts';
export * from './actorKind.ts';
