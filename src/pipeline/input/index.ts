export { parseArticleFile } from './parseArticleFile.ts';
export type { ParseArticleOptions, ParseArticleResult } from './parseArticleFile.ts';
export {
  ARTICLE_EXTENSIONS,
  COLLECTION_EXTENSIONS,
  HTML_EXTENSIONS,
  RESERVED_FILES,
  articleIdOf,
  fileKindOf,
} from './articleFileName.ts';
export { COLLECTION_FIELDS, parseCollectionFile } from './parseCollectionFile.ts';
export type { CollectionArticle, CollectionResult } from './parseCollectionFile.ts';
export type { FileKind } from './articleFileName.ts';
export { MAX_ARTICLE_BYTES, MAX_COLLECTION_BYTES, MAX_PAGE_BYTES, formatBytes, tooLargeReason } from './limits.ts';
