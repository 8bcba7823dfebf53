import type { Citation } from '../core/types.ts';

/** What a moderator submits for one entry. */
export interface EntryInput {
  /** Question variants, one or more. */
  readonly questions: readonly string[];
  readonly answer: string;
  /** Citation references: sentence labels ("P3.2") or quoted snippets of the article. Optional. */
  readonly citations?: readonly string[];
}

/** A moderator entry as stored. */
export interface StoredEntry {
  /** Per-server numeric id, shown to moderators as #id. */
  readonly id: number;
  readonly guildId: string;
  readonly questions: readonly string[];
  readonly answer: string;
  /** Resolved against the article when written. */
  readonly citations: readonly Citation[];
  /** User id (or "cli:<user>" / "terminal") of the last writer. */
  readonly author: string;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** 1 on creation, +1 on each edit, remove or restore. */
  readonly revision: number;
  readonly deleted: boolean;
  /** How often the entry has answered a question. */
  readonly uses: number;
}

export type StoreErrorCode =
  | 'empty'
  | 'too_long'
  | 'too_many'
  | 'bad_citation'
  | 'duplicate'
  | 'not_found'
  | 'deleted'
  | 'not_deleted'
  | 'bad_import'
  | 'conflict';

export interface StoreError {
  readonly code: StoreErrorCode;
  /** A sentence a moderator can act on, naming the bad value. */
  readonly message: string;
  /** Id of the existing entry for `duplicate`. */
  readonly existingId?: number;
  /** Every individual problem (import reports all bad entries). */
  readonly details?: readonly string[];
}

/** Expected outcomes are values: refusals are `{ ok: false }`, never thrown. */
export type StoreResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StoreError };

export interface HistoryRow {
  readonly entryId: number;
  readonly revision: number;
  readonly action: 'add' | 'edit' | 'remove' | 'restore' | 'import';
  readonly author: string;
  readonly at: string;
  /** JSON of the entry before and after the change (null for none). */
  readonly before: EntryInput | null;
  readonly after: EntryInput | null;
}

export interface Gap {
  readonly question: string;
  readonly count: number;
  readonly firstAsked: string;
  readonly lastAsked: string;
}

export interface FeedbackStats {
  readonly up: number;
  readonly down: number;
  /** Per answer key (entry id or question), most voted first. */
  readonly byAnswer: readonly { readonly key: string; readonly up: number; readonly down: number }[];
}

/** The export file: versioned so future imports can migrate it. */
export interface ExportFile {
  readonly schema: 'citebot.kb';
  readonly version: 1;
  readonly guildId: string;
  readonly article: string;
  readonly exportedAt: string;
  readonly entries: readonly {
    readonly questions: readonly string[];
    readonly answer: string;
    readonly citations: readonly string[];
    readonly author: string;
    readonly createdAt: string;
    readonly updatedAt: string;
    /**
     * The citations as resolved when exported. Optional on import; when present, a reference that now resolves to
     * another sentence (the article changed) is reported instead of silently re-pointed.
     */
    readonly cited?: readonly Citation[];
  }[];
}

/** Options of edit and restore (remove takes only `expectedRevision`). */
export interface WriteOptions {
  /** Write even when a live entry asks the same or a near-same question. */
  readonly force?: boolean;
  /** Refuse with `conflict` unless the entry is still at this revision (two moderators editing at once). */
  readonly expectedRevision?: number;
}

/**
 * Durable, per-server moderator answers. SQLite is one implementation; PostgreSQL would be another.
 * Every write is durable when the method returns.
 */
export interface AnswerStore {
  add(guildId: string, input: EntryInput, author: string, options?: { readonly force?: boolean }): StoreResult<StoredEntry>;
  edit(guildId: string, id: number, patch: Partial<EntryInput>, author: string, options?: WriteOptions): StoreResult<StoredEntry>;
  /** Soft delete. */
  remove(guildId: string, id: number, author: string, options?: Pick<WriteOptions, 'expectedRevision'>): StoreResult<StoredEntry>;
  /** Undoes a soft delete; refused as `duplicate` when a live entry now asks the same question, unless forced. */
  restore(guildId: string, id: number, author: string, options?: WriteOptions): StoreResult<StoredEntry>;
  get(guildId: string, id: number): StoredEntry | undefined;
  /** Live entries by id, paged. */
  list(guildId: string, page?: { readonly offset?: number; readonly limit?: number; readonly includeDeleted?: boolean }): { readonly total: number; readonly entries: readonly StoredEntry[] };
  /** Every live entry of a server (to build its search index). */
  all(guildId: string): readonly StoredEntry[];
  /** Servers that have at least one live entry. */
  guilds(): readonly string[];
  history(guildId: string, id: number): readonly HistoryRow[];
  exportGuild(guildId: string): ExportFile;
  /** All or nothing: every bad entry is reported and nothing is written. */
  importGuild(guildId: string, data: unknown, author: string): StoreResult<{ readonly added: number; readonly entries: readonly StoredEntry[] }>;
  logUnanswered(guildId: string, question: string): void;
  gaps(guildId: string, limit?: number): readonly Gap[];
  /** One vote per user per answer key; a second vote replaces the first. */
  vote(guildId: string, key: string, userId: string, value: 1 | -1): { readonly up: number; readonly down: number };
  feedback(guildId: string): FeedbackStats;
  recordUse(guildId: string, id: number): void;
  close(): void;
}
