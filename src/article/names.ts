/** Name normalisation and comparison for merging the forms a person goes by. */
import { editDistance } from '../search/text.ts';
import { NAME_PARTICLES, PARTICLE_PREFIX } from './lexicon.ts';

/** Lower-case, accents removed: "Laclède" → "laclede". */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** Stable id part: "Jean Yves Le Drian" → "jean-yves-le-drian". */
export const slugify = (s: string): string =>
  fold(s)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'x';

/** Name tokens for comparison: hyphens split, particle prefixes dropped ("al-Haftar" → ["haftar"]). */
export function nameTokens(name: string): string[] {
  return name
    .split(/\s+/)
    .map((t) => t.replace(PARTICLE_PREFIX, ''))
    .flatMap((t) => t.split('-'))
    .map(fold)
    .filter((t) => t !== '' && !NAME_PARTICLES.has(t) && t !== 'le' && t !== 'la');
}

/** Two name tokens are the same word, allowing one slip in longer words ("Movaero" ~ "Moavero"). */
export const sameToken = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1);

/**
 * `short` is a form of `full`: same last token, and each other token of `short` matches a token of `full`
 * in order ("Le Drian" ⊂ "Jean Yves Le Drian", "Moavero Milanesi" ⊂ "Enzo Movaero Milanesi").
 */
export function isFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0 || short.length > full.length) return false;
  if (!sameToken(short.at(-1) ?? '', full.at(-1) ?? '')) return false;
  let j = 0;
  for (const t of short.slice(0, -1)) {
    while (j < full.length - 1 && !sameToken(t, full[j] ?? '')) j++;
    if (j >= full.length - 1) return false;
    j++;
  }
  return true;
}

/** The surname as written: last word plus the particles right before it ("Le Drian", "al-Haftar", "de Gaulle"). */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  let i = parts.length - 1;
  while (i > 1 && NAME_PARTICLES.has((parts[i - 1] ?? '').toLowerCase())) i--;
  return parts.slice(Math.max(i, 0)).join(' ');
}

/** Whether a title is a person's name without the middle names ("Tamsin Orrel" of "Tamsin Adela Orrel"). */
export function namedWithout(title: string, name: string): boolean {
  const t = title.toLowerCase().split(/\s+/);
  const n = name.toLowerCase().split(/\s+/);
  return t.length >= 2 && n.length > t.length && t[0] === n[0] && t.at(-1) === n.at(-1) && t.every((w) => n.includes(w));
}
