import { expect } from 'vitest';
import { analyzeArticle, parseArticle } from '../../src/article/index.ts';
import { createEngine, type InspectableEngine, type RankedCandidate } from '../../src/engine/create.ts';

/** An engine over an inline article with no curated entries (`threshold` as createEngine takes it). */
export function engineOf(text: string, slug: string, threshold?: number): InspectableEngine {
  const article = parseArticle(text, { slug });
  return createEngine({ article, analysis: analyzeArticle(article), ...(threshold === undefined ? {} : { threshold }) });
}

/** An article's text: front matter with its title, then the paragraphs. */
export function articleOf(title: string, ...paragraphs: string[]): string {
  return ['---', `title: ${title}`, '---', paragraphs.join('\n\n')].join('\n');
}

/** The sentence (or byline, dateline) the best candidate for a question cites first. */
export function topCitation(engine: InspectableEngine, question: string): { readonly label: string; readonly text: string } | undefined {
  return engine.rank(question)[0]?.entry.citations[0];
}

/** How well a candidate covers one word of the question (0 when the question has no such word). */
export function coverageOf(candidate: RankedCandidate | undefined, word: string): number {
  const i = candidate?.detail.slotWords.indexOf(word) ?? -1;
  return i < 0 ? 0 : (candidate?.detail.slotCoverage[i] ?? 0);
}

/** Asks each question and expects it answered, its first citation holding the words given with it. */
export function expectAnswered(engine: InspectableEngine, cases: readonly (readonly [question: string, cited: string])[]): void {
  for (const [question, cited] of cases) {
    const reply = engine.ask(question);
    expect(reply.answered, question).toBe(true);
    expect(reply.citations[0]?.text, question).toContain(cited);
  }
}
