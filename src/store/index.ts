/** The moderators' knowledge store: the AnswerStore contract, its SQLite implementation and the kb CLI. */
export type {
  AnswerStore,
  EntryInput,
  ExportFile,
  FeedbackStats,
  Gap,
  HistoryRow,
  StoreError,
  StoreErrorCode,
  StoreResult,
  StoredEntry,
  WriteOptions,
} from './types.ts';
export { openSqliteStore, DEFAULT_DATABASE_PATH, type SqliteAnswerStore, type SqliteStoreOptions } from './sqlite.ts';
export {
  DEFAULT_LIMITS,
  MAX_ANSWER_CHARS,
  MAX_CITATIONS,
  MAX_ENTRIES_PER_GUILD,
  MAX_QUESTION_CHARS,
  MAX_QUESTIONS,
  type StoreLimits,
} from './limits.ts';
export { StoreMsg, FileMsg } from './messages.ts';
