import Fuse from 'fuse.js';
import { editDistance, typoBudget } from './text.ts';

/** A correction of a misspelt word to a word the knowledge base knows. */
export interface Correction {
  readonly surface: string;
  readonly stem: string;
  readonly distance: number;
}

/**
 * The words a knowledge base knows, for typo correction. fuse.js finds candidates (it is fast and
 * forgiving on short strings); an edit-distance check then decides, so a correction never strays
 * further than a typo would (one edit up to 6 letters, two beyond).
 */
export class Vocabulary {
  private readonly words = new Map<string, string>();
  private fuse: Fuse<string> | undefined;
  private readonly cache = new Map<string, Correction | null>();

  get size(): number {
    return this.words.size;
  }

  /** Adds a folded surface word and its stem. */
  add(surface: string, stem: string): void {
    if (surface.length < 3 || this.words.has(surface)) return;
    this.words.set(surface, stem);
    this.fuse = undefined;
    this.cache.clear();
  }

  has(surface: string): boolean {
    return this.words.has(surface);
  }

  stemOf(surface: string): string | undefined {
    return this.words.get(surface);
  }

  /** The closest known word within the typo budget, or null. */
  correct(word: string): Correction | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const budget = typoBudget(word.length);
    let best: Correction | null = null;
    if (budget > 0 && this.words.size > 0) {
      this.fuse ??= new Fuse([...this.words.keys()], { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
      for (const hit of this.fuse.search(word, { limit: 12 })) {
        // letters swapped further apart ("lybia" for "libya") count as one slip
        const d = isScramble(word, hit.item) ? 1 : editDistance(word, hit.item, budget);
        if (d > budget) continue;
        // prefer fewer edits, then the same first letter, then the more frequent-looking (shorter) word
        if (!best || d < best.distance || (d === best.distance && hit.item[0] === word[0] && best.surface[0] !== word[0])) {
          best = { surface: hit.item, stem: this.words.get(hit.item) ?? hit.item, distance: d };
        }
      }
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }
}

/** Same letters in another order, same first letter: a typing slip rather than another word. */
function isScramble(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a[0] !== b[0] || a === b) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}
