import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/types.ts';

/** Path of the seed article. */
export const SEED_PATH = fileURLToPath(
  new URL('../../knowledge/xinhua-2019-04-19-italy-france-libya/article.md', import.meta.url),
);
export const seedRaw = (): string => readFileSync(SEED_PATH, 'utf8');

/** Texts of the body sentences only. */
export const bodyTexts = (article: Article): string[] =>
  article.sentences.filter((s) => s.kind === 'body').map((s) => s.text);

/** Every unit slices back to its text and the units are ordered and non-overlapping. */
export function expectExactOffsets(article: Article): void {
  let last = 0;
  article.sentences.forEach((s, i) => {
    if (article.text.slice(s.start, s.end) !== s.text) throw new Error(`unit ${s.label} does not slice back`);
    if (s.index !== i) throw new Error(`unit ${s.label} has index ${s.index}, expected ${i}`);
    if (s.start < last || s.end <= s.start) throw new Error(`unit ${s.label} overlaps or is empty`);
    if (s.text !== s.text.trim()) throw new Error(`unit ${s.label} has surrounding whitespace`);
    last = s.end;
  });
}
