import type { Analysis, Answer, Article, Choice, Citation, KbEntry, QuoteResult } from './types.ts';

/** Options for one question. */
export interface AskOptions {
  /** Search this server's moderator entries together with the article. */
  readonly guildId?: string;
}

/** A citation reference resolved against the article: a label ("P3.2") or a quoted snippet. */
export type CitationLookup =
  | { readonly ok: true; readonly citation: Citation }
  | { readonly ok: false; readonly code: 'missing' | 'ambiguous' | 'empty'; readonly message: string };

/**
 * The answer engine over one article: the only thing transports talk to.
 * Every method is synchronous and pure with respect to its inputs plus the entries it holds.
 */
export interface Engine {
  readonly article: Article;
  readonly analysis: Analysis;
  /** Answers a question (abstains with suggestions when the article does not say). */
  ask(question: string, options?: AskOptions): Answer;
  /** Finds a speaker by name, surname, misspelling or role and returns their quotes. */
  quote(query: string): QuoteResult;
  /** Autocomplete for /ask: knowledge-base questions matching what was typed (≤ limit, default 25). */
  completeQuestion(partial: string, options?: AskOptions & { readonly limit?: number }): Choice[];
  /** Autocomplete for /quote: speaker names matching what was typed. */
  completeSpeaker(partial: string, limit?: number): Choice[];
  /** The sentences around a cited label (for "Show in context"), or null for an unknown label. */
  context(label: string, radius?: number): Citation[] | null;
  /** Resolves a label or a quoted snippet to one sentence of the article. */
  resolveCitation(ref: string): CitationLookup;
  /** A knowledge-base entry by id (article entries, or the server's moderator entries). */
  entry(id: string, guildId?: string): KbEntry | undefined;
  /** Replaces all moderator entries of one server in its overlay index. */
  setGuildEntries(guildId: string, entries: readonly KbEntry[]): void;
  /** Adds or replaces one moderator entry; searchable at once. */
  upsertGuildEntry(entry: KbEntry & { readonly guildId: string }): void;
  /** Removes one moderator entry; gone from answers at once. */
  removeGuildEntry(guildId: string, id: string): void;
}
