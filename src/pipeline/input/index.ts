export { parseArticleFile } from './parseArticleFile.ts';
export type { ParseArticleOptions, ParseArticleResult } from './parseArticleFile.ts';
export {
  ARTICLE_EXTENSIONS,
  HTML_EXTENSIONS,
  RESERVED_FILE_NAMES,
  articleIdOf,
  fileKindOf,
} from './articleFileName.ts';
export type { FileKind } from './articleFileName.ts';
export { MAX_ARTICLE_BYTES, formatBytes, tooLargeReason } from './limits.ts';
