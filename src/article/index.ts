/** Article stage: raw file → Article (cited units with exact offsets) → Analysis (entities, quotes, measures). */
export { parseArticle } from './parse.ts';
export type { ParseOptions } from './parse.ts';
export { analyzeArticle } from './analyze.ts';
export { loadArticle, listArticles, slugFor } from './load.ts';
