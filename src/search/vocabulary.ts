import Fuse from 'fuse.js';
import { editDistance, typoBudget } from './text.ts';

/** A correction of a misspelt word to a word the knowledge base knows. */
export interface Correction {
  readonly surface: string;
  readonly stem: string;
  readonly distance: number;
}

/**
 * The words a knowledge base knows, for typo correction. A table of one-letter deletions finds most slips
 * (one letter wrong, missing, extra or swapped) in constant time; fuse.js, over the words of about the same
 * length, finds the rest. An edit-distance check then decides, so a correction never strays further than a
 * typo would (one edit up to 6 letters, two beyond).
 */
export class Vocabulary {
  private readonly words = new Map<string, string>();
  /** word with one letter deleted (or the word itself) → the words it comes from. */
  private readonly deletions = new Map<string, string[]>();
  /** fuse.js indexes by word length, built on demand. */
  private readonly fuses = new Map<number, Fuse<string>>();
  private readonly cache = new Map<string, Correction | null>();
  /**
   * A word written without its silent letters, a "gh" or an opening "w" before "r" or "k" before "n" ("drout",
   * "thot", "rote", "nown") → the words it comes from.
   */
  private readonly unsoundedForms = new Map<string, string[]>();

  get size(): number {
    return this.words.size;
  }

  /** Adds a folded surface word and its stem. */
  add(surface: string, stem: string): void {
    if (surface.length < 3 || this.words.has(surface)) return;
    this.words.set(surface, stem);
    const bare = unsounded(surface);
    if (bare !== surface) this.unsoundedForms.set(bare, [...(this.unsoundedForms.get(bare) ?? []), surface]);
    for (const d of deletionsOf(surface)) {
      const list = this.deletions.get(d);
      if (list) list.push(surface);
      else this.deletions.set(d, [surface]);
    }
    this.fuses.clear();
    this.cache.clear();
  }

  /** Every known surface word with its stem. */
  entries(): IterableIterator<[string, string]> {
    return this.words.entries();
  }

  has(surface: string): boolean {
    return this.words.has(surface);
  }

  /**
   * The closest known word within the typo budget, or null. `thorough: false` skips the fuse.js pass (for a
   * word that is real English: a slip that makes another real word is almost always a one-letter one).
   */
  correct(word: string, { thorough = true }: { readonly thorough?: boolean } = {}): Correction | null {
    const key = thorough ? word : `${word}\u0000`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const budget = typoBudget(word.length);
    let best: Correction | null = null;
    const consider = (candidate: string) => {
      // letters swapped further apart ("lybia" for "libya") count as one slip
      // a silent "gh" or "w" left out ("drout" for "drought", "rote" for "wrote") counts as one slip too, and
      // comes before any other ("rote" is "wrote" before it is "Rome")
      const silent = unsounded(candidate) === word;
      const d = isScramble(word, candidate) || silent ? 1 : editDistance(word, candidate, budget);
      if (d > budget) return;
      // prefer fewer edits, then a silent letter, then the same first letter
      const bestSilent = best !== null && unsounded(best.surface) === word;
      if (!best || d < best.distance || (d === best.distance && !bestSilent && (silent || (candidate[0] === word[0] && best.surface[0] !== word[0])))) {
        best = { surface: candidate, stem: this.words.get(candidate) ?? candidate, distance: d };
      }
    };
    if (budget > 0 && this.words.size > 0) {
      for (const d of deletionsOf(word)) for (const candidate of this.deletions.get(d) ?? []) consider(candidate);
      for (const candidate of this.unsoundedForms.get(word) ?? []) consider(candidate);
      if (!best && thorough) for (const hit of this.fuseFor(word.length).search(word, { limit: 12 })) consider(hit.item);
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, best);
    return best;
  }

  private fuseFor(length: number): Fuse<string> {
    let fuse = this.fuses.get(length);
    if (!fuse) {
      const near = [...this.words.keys()].filter((w) => Math.abs(w.length - length) <= 2);
      fuse = new Fuse(near, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuses.set(length, fuse);
    }
    return fuse;
  }
}

/** A word less the letters it does not sound: "gh" ("drought" → "drout"), an opening "wr" or "kn" ("wrote" → "rote"). */
const unsounded = (word: string): string => word.replace(/gh/g, '').replace(/^wr/, 'r').replace(/^kn/, 'n');

/** The word and every way of deleting one letter from it. */
function deletionsOf(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Same letters in another order, same first letter: a typing slip rather than another word. */
function isScramble(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a[0] !== b[0] || a === b) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}
