export * from './sentences.ts';
export * from './boilerplate.ts';
export * from './lines.ts';
