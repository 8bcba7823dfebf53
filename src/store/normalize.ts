/** Text helpers for validation, duplicate detection and the unanswered log. Pure functions. */

/** Zero-width and invisible formatting characters that make a field look filled when it is not. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const EDGE_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+|[\s\u200B-\u200D\u2060\uFEFF\u00AD]+$/gu;
const LONE_SURROGATE = /\p{Surrogate}/gu;

/**
 * Trims whitespace and invisible characters from both ends. Lone UTF-16 surrogates become U+FFFD,
 * which is what SQLite's UTF-8 storage would make of them anyway, so the returned text is exactly what is stored.
 */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(EDGE_SPACE, '');
}

/** True when nothing visible remains. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() === '';
}

/** Lowercase, no diacritics, no punctuation or symbols, single spaces: the form duplicates are compared in. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Token set of a normalised question. */
export function tokenSet(normalized: string): Set<string> {
  return new Set(normalized.split(' ').filter((t) => t !== ''));
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The key of the unanswered log: lowercase, single spaces, no trailing punctuation. */
export function normalizeGap(text: string): string {
  return cleanText(text)
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s\p{P}]+$/gu, '')
    .trim();
}
