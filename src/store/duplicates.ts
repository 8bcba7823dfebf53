import { NEAR_DUPLICATE_JACCARD } from './limits.ts';
import { normalizeQuestion, tokenSet } from './normalize.ts';

/** A stored question that another one duplicates. */
export interface DuplicateHit {
  readonly id: number;
  /** The new question that clashes. */
  readonly question: string;
  /** The existing question it clashes with. */
  readonly existing: string;
}

interface Indexed {
  readonly id: number;
  readonly text: string;
  readonly tokens: ReadonlySet<string>;
}

/**
 * The questions of one server's live entries, indexed by word, to find exact and near duplicates
 * (token-set Jaccard ≥ NEAR_DUPLICATE_JACCARD) without comparing against every entry.
 *
 * Prefix filter: if J(A, B) ≥ t then |A ∩ B| ≥ t·|A|, so B shares at least one of A's
 * |A| − ⌈t·|A|⌉ + 1 rarest words. Only entries holding one of those words are compared in full.
 */
export class QuestionIndex {
  private readonly byId = new Map<number, Indexed[]>();
  private readonly postings = new Map<string, Set<Indexed>>();

  /** Adds (or replaces) the questions of entry `id`. */
  set(id: number, questions: readonly string[]): void {
    this.delete(id);
    const items = questions.map((text) => ({ id, text, tokens: tokenSet(normalizeQuestion(text)) }));
    this.byId.set(id, items);
    for (const item of items) {
      for (const token of item.tokens) {
        let posting = this.postings.get(token);
        if (!posting) this.postings.set(token, (posting = new Set()));
        posting.add(item);
      }
    }
  }

  delete(id: number): void {
    for (const item of this.byId.get(id) ?? []) {
      for (const token of item.tokens) {
        const posting = this.postings.get(token);
        posting?.delete(item);
        if (posting?.size === 0) this.postings.delete(token);
      }
    }
    this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The lowest-id entry other than `exceptId` with a question equal or near to one of `questions`. */
  find(questions: readonly string[], exceptId: number): DuplicateHit | undefined {
    let best: DuplicateHit | undefined;
    for (const question of questions) {
      const tokens = tokenSet(normalizeQuestion(question));
      if (tokens.size === 0) continue;
      const rarestFirst = [...tokens].sort((a, b) => (this.postings.get(a)?.size ?? 0) - (this.postings.get(b)?.size ?? 0));
      const probe = tokens.size - Math.ceil(NEAR_DUPLICATE_JACCARD * tokens.size - 1e-9) + 1;
      const seen = new Set<Indexed>();
      for (const token of rarestFirst.slice(0, probe)) {
        for (const other of this.postings.get(token) ?? []) {
          if (other.id === exceptId || seen.has(other)) continue;
          seen.add(other);
          if (best && best.id <= other.id) continue;
          let shared = 0;
          for (const t of tokens) if (other.tokens.has(t)) shared += 1;
          if (shared / (tokens.size + other.tokens.size - shared) >= NEAR_DUPLICATE_JACCARD) {
            best = { id: other.id, question, existing: other.text };
          }
        }
      }
    }
    return best;
  }
}
