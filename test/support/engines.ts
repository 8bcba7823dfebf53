import { analyzeArticle, parseArticle } from '../../src/article/index.ts';
import { createEngine, type InspectableEngine } from '../../src/engine/create.ts';

/** An engine over an inline article with no curated entries (`threshold` as createEngine takes it). */
export function engineOf(text: string, slug: string, threshold?: number): InspectableEngine {
  const article = parseArticle(text, { slug });
  return createEngine({ article, analysis: analyzeArticle(article), ...(threshold === undefined ? {} : { threshold }) });
}

/** An article's text: front matter with its title, then the paragraphs. */
export function articleOf(title: string, ...paragraphs: string[]): string {
  return ['---', `title: ${title}`, '---', paragraphs.join('\n\n')].join('\n');
}
