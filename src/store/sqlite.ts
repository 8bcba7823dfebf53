import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import Database from 'better-sqlite3';
import type { CitationLookup } from '../core/engine.ts';
import type { Citation } from '../core/types.ts';
import { CitebotError, isCitebotError } from '../core/errors.ts';
import { DEFAULT_LIMITS, MAX_GAP_CHARS, type StoreLimits } from './limits.ts';
import { FileMsg, StoreMsg } from './messages.ts';
import { LATEST_VERSION, inspect, migrate } from './migrations.ts';
import { cleanText, isBlank, normalizeGap, normalizeQuestion } from './normalize.ts';
import { QuestionIndex, type DuplicateHit } from './duplicates.ts';
import { parseExport, type ImportProblem } from './import.ts';
import type {
  AnswerStore,
  EntryInput,
  ExportFile,
  FeedbackStats,
  Gap,
  HistoryRow,
  StoreResult,
  StoredEntry,
} from './types.ts';
import { refusal, validateEntry, type ValidEntry } from './validate.ts';

/** Where the database lives when DATABASE_PATH is not set. */
export const DEFAULT_DATABASE_PATH = './data/citebot.sqlite';
/** How long a write waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 10_000;
/** Entries per page of `list` when no limit is given. */
export const DEFAULT_PAGE_SIZE = 20;

export interface SqliteStoreOptions {
  /** File path, or ":memory:" for tests. Parent folders are created. */
  readonly path: string;
  /** Resolves a citation reference (label or quoted snippet) against the article. */
  readonly resolveCitation: (ref: string) => CitationLookup;
  /** Slug of the article entries are written against; recorded per entry and in exports. */
  readonly article: string;
  /** Clock for timestamps; defaults to the system clock. */
  readonly now?: () => Date;
  /** Overrides of the size limits (tests use small ones). */
  readonly limits?: Partial<StoreLimits>;
}

/** The SQLite store, plus what only a file-backed store can tell. */
export interface SqliteAnswerStore extends AnswerStore {
  /** Absolute path of the database file (":memory:" for an in-memory store). */
  readonly path: string;
  /** `PRAGMA integrity_check` rows: ["ok"] for a sound file. */
  integrityCheck(): string[];
  /** The connection's durability settings, for diagnostics and tests. */
  settings(): { readonly journalMode: string; readonly synchronous: 'off' | 'normal' | 'full' | 'extra'; readonly busyTimeoutMs: number };
}

// --- internal ---

interface EntryRow {
  guild_id: string;
  id: number;
  questions: string;
  answer: string;
  refs: string;
  citations: string;
  article: string;
  author: string;
  created_at: string;
  updated_at: string;
  revision: number;
  deleted: number;
  uses: number;
}

interface HistoryDbRow {
  entry_id: number;
  revision: number;
  action: HistoryRow['action'];
  author: string;
  at: string;
  before: string | null;
  after: string | null;
}

const SQLITE_HEADER = 'SQLite format 3\0';
/** Something to Atomics.wait on: a synchronous sleep while another process holds the write lock. */
const pause = new Int32Array(new SharedArrayBuffer(4));
const AUTHOR_MAX = 100;
const VOTE_KEY_MAX = 200;

const parseStrings = (json: string): string[] => JSON.parse(json) as string[];

function toEntry(row: EntryRow): StoredEntry {
  return {
    id: row.id,
    guildId: row.guild_id,
    questions: parseStrings(row.questions),
    answer: row.answer,
    citations: JSON.parse(row.citations) as Citation[],
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    deleted: row.deleted === 1,
    uses: row.uses,
  };
}

const snapshotOf = (row: EntryRow): EntryInput => ({
  questions: parseStrings(row.questions),
  answer: row.answer,
  citations: parseStrings(row.refs),
});

const snapshotOfValid = (v: ValidEntry): EntryInput => ({ questions: v.questions, answer: v.answer, citations: v.refs });

function cleanAuthor(author: string): string {
  const a = cleanText(author).slice(0, AUTHOR_MAX);
  return isBlank(a) ? 'unknown' : a;
}

function requireGuild(guildId: string): string {
  if (typeof guildId !== 'string' || isBlank(guildId)) {
    throw new CitebotError('E_VALIDATION', 'A server id is required for every store call.');
  }
  return guildId;
}

/** Refuses, without writing a byte, anything at `path` that is not an SQLite file. */
function checkFile(path: string): 'missing' | 'present' {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new CitebotError('E_STORE_FILE', FileMsg.UNREADABLE(path, (error as Error).message));
  }
  if (!stat.isFile()) throw new CitebotError('E_STORE_FILE', FileMsg.NOT_A_FILE(path));
  if (stat.size === 0) return 'present';
  const header = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw new CitebotError('E_STORE_FILE', FileMsg.NOT_SQLITE(path));
  } catch (error) {
    if (isCitebotError(error)) throw error;
    throw new CitebotError('E_STORE_FILE', FileMsg.UNREADABLE(path, (error as Error).message));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return 'present';
}

/** Looks at an existing SQLite file through a read-only connection, which never writes or checkpoints. */
function checkOwnership(path: string): void {
  let db: Database.Database | undefined;
  let state;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    state = inspect(db);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new CitebotError('E_STORE_FILE', FileMsg.NOT_SQLITE(path));
    // A read-only open can fail where a read-write one works (a WAL file in a fresh folder): decide after opening.
    return;
  } finally {
    db?.close();
  }
  if (state.kind === 'foreign') throw new CitebotError('E_STORE_FILE', FileMsg.FOREIGN(path));
  if (state.kind === 'ours' && state.version > LATEST_VERSION) {
    throw new CitebotError('E_STORE_FILE', FileMsg.NEWER(path, state.version, LATEST_VERSION));
  }
}

function openDatabase(path: string): Database.Database {
  const inMemory = path === ':memory:';
  if (!inMemory) {
    if (checkFile(path) === 'missing') {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw new CitebotError('E_STORE_FILE', FileMsg.UNREADABLE(path, (error as Error).message));
      }
    }
    else checkOwnership(path);
  }
  // Two processes opening a fresh file at once race on the switch to WAL and on the first migration; a busy
  // answer there is a wait, not an error.
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return openAndMigrate(path, inMemory);
    } catch (error) {
      if (!(error instanceof CitebotError && error.details.includes('SQLITE_BUSY')) || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 5 + Math.random() * 20);
    }
  }
}

function openAndMigrate(path: string, inMemory: boolean): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new CitebotError('E_STORE_FILE', FileMsg.UNREADABLE(path, (error as Error).message));
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Verify before the first write: switching to WAL writes the header.
    const state = inspect(db);
    if (state.kind === 'foreign') throw new CitebotError('E_STORE_FILE', FileMsg.FOREIGN(path));
    if (!inMemory) db.pragma('journal_mode = WAL');
    // FULL: each commit is fsynced before it returns, so an acknowledged write survives SIGKILL and power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const outcome = migrate(db);
    if (outcome === 'foreign') throw new CitebotError('E_STORE_FILE', FileMsg.FOREIGN(path));
    if (outcome !== 'ok') throw new CitebotError('E_STORE_FILE', FileMsg.NEWER(path, outcome.newer, LATEST_VERSION));
    return db;
  } catch (error) {
    db.close();
    if (isCitebotError(error)) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new CitebotError('E_STORE_FILE', FileMsg.NOT_SQLITE(path));
    throw new CitebotError('E_STORE_FILE', FileMsg.UNREADABLE(path, (error as Error).message), code === 'SQLITE_BUSY' ? ['SQLITE_BUSY'] : []);
  }
}

/**
 * Opens (creating on first run) the SQLite answer store at `options.path`.
 * Throws CitebotError 'E_STORE_FILE', naming the path, for a file that is not citebot's; such a file is never written.
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteAnswerStore {
  const path = options.path === ':memory:' ? ':memory:' : resolvePath(options.path);
  const clock = options.now ?? (() => new Date());
  const now = (): string => clock().toISOString();
  const limits: StoreLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const resolveCitation = options.resolveCitation;
  const db = openDatabase(path);

  const q = {
    entry: db.prepare<[string, number], EntryRow>('SELECT * FROM entries WHERE guild_id = ? AND id = ?'),
    live: db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE guild_id = ? AND deleted = 0 ORDER BY id'),
    liveQuestions: db.prepare<[string], { id: number; questions: string }>(
      'SELECT id, questions FROM entries WHERE guild_id = ? AND deleted = 0 ORDER BY id',
    ),
    liveCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM entries WHERE guild_id = ? AND deleted = 0'),
    allCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM entries WHERE guild_id = ?'),
    nextId: db.prepare<[string], { next: number }>('SELECT coalesce(max(id), 0) + 1 AS next FROM entries WHERE guild_id = ?'),
    page: db.prepare<[string, number, number, number], EntryRow>(
      'SELECT * FROM entries WHERE guild_id = ? AND deleted <= ? ORDER BY id LIMIT ? OFFSET ?',
    ),
    insert: db.prepare(
      `INSERT INTO entries (guild_id, id, questions, answer, refs, citations, article, author, created_at, updated_at, revision, deleted, uses)
       VALUES (@guild_id, @id, @questions, @answer, @refs, @citations, @article, @author, @created_at, @updated_at, @revision, 0, 0)`,
    ),
    update: db.prepare(
      `UPDATE entries SET questions = @questions, answer = @answer, refs = @refs, citations = @citations, article = @article,
         author = @author, updated_at = @updated_at, revision = revision + 1
       WHERE guild_id = @guild_id AND id = @id`,
    ),
    setDeleted: db.prepare<[number, string, string, string, number]>(
      'UPDATE entries SET deleted = ?, author = ?, updated_at = ?, revision = revision + 1 WHERE guild_id = ? AND id = ?',
    ),
    history: db.prepare(
      `INSERT INTO history (guild_id, entry_id, revision, action, author, at, before, after)
       VALUES (@guild_id, @entry_id, @revision, @action, @author, @at, @before, @after)`,
    ),
    historyOf: db.prepare<[string, number], HistoryDbRow>(
      'SELECT entry_id, revision, action, author, at, before, after FROM history WHERE guild_id = ? AND entry_id = ? ORDER BY revision',
    ),
    guilds: db.prepare<[], { guild_id: string }>('SELECT DISTINCT guild_id FROM entries WHERE deleted = 0 ORDER BY guild_id'),
    logGap: db.prepare<[string, string, string, string]>(
      `INSERT INTO unanswered (guild_id, question, count, first_asked, last_asked) VALUES (?, ?, 1, ?, ?)
       ON CONFLICT (guild_id, question) DO UPDATE SET count = count + 1, last_asked = excluded.last_asked`,
    ),
    gaps: db.prepare<[string], { question: string; count: number; first_asked: string; last_asked: string }>(
      'SELECT question, count, first_asked, last_asked FROM unanswered WHERE guild_id = ? ORDER BY count DESC, last_asked DESC, question',
    ),
    vote: db.prepare<[string, string, string, number, string]>(
      `INSERT INTO votes (guild_id, key, user_id, value, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (guild_id, key, user_id) DO UPDATE SET value = excluded.value, at = excluded.at`,
    ),
    votesOf: db.prepare<[string, string], { up: number; down: number }>(
      `SELECT coalesce(sum(value = 1), 0) AS up, coalesce(sum(value = -1), 0) AS down FROM votes WHERE guild_id = ? AND key = ?`,
    ),
    votesBy: db.prepare<[string], { key: string; up: number; down: number }>(
      `SELECT key, sum(value = 1) AS up, sum(value = -1) AS down FROM votes WHERE guild_id = ?
       GROUP BY key ORDER BY count(*) DESC, up DESC, key`,
    ),
    use: db.prepare<[string, number]>('UPDATE entries SET uses = uses + 1 WHERE guild_id = ? AND id = ?'),
  };

  /**
   * Runs `fn` in a BEGIN IMMEDIATE transaction: the write lock is taken up front, so checks and writes see one state.
   * Waiting for the lock is done here rather than by SQLite's busy handler: its back-off (1, 2, 5, 10… ms) lets
   * a process that writes in a tight loop starve the other one, while short random waits share the lock fairly.
   */
  function write<T>(fn: () => T, durability: 'fsync' | 'counter' = 'fsync'): T {
    const tx = db.transaction(fn);
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    db.pragma('busy_timeout = 0');
    // Use counts and the unanswered log are written on the answer path: they skip the fsync (NORMAL). They still
    // survive a killed process (the WAL is in the OS cache); only a power cut may lose the last few counts.
    if (durability === 'counter') db.pragma('synchronous = NORMAL');
    try {
      for (;;) {
        afterCommit = [];
        try {
          const result = tx.immediate();
          for (const apply of afterCommit) apply();
          return result;
        } catch (error) {
          if (isCitebotError(error)) throw error;
          const code = (error as { code?: string }).code ?? 'unknown';
          // A refused BEGIN changed nothing, and a failed transaction was rolled back whole: retrying is safe.
          if (code === 'SQLITE_BUSY' && !db.inTransaction && Date.now() < deadline) {
            Atomics.wait(pause, 0, 0, Math.random() * 2);
            continue;
          }
          throw new CitebotError('E_STORE', `The database write to ${path} failed (${code}): ${(error as Error).message}`);
        }
      }
    } finally {
      afterCommit = [];
      if (durability === 'counter') db.pragma('synchronous = FULL');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }

  /** The row just written, read back inside the same transaction. */
  function rowAfterWrite(guildId: string, id: number): EntryRow {
    const after = q.entry.get(guildId, id);
    if (!after) throw new CitebotError('E_INTERNAL', `Entry #${id} vanished inside its own transaction.`);
    return after;
  }

  function entryRow(guildId: string, id: number): EntryRow | undefined {
    return Number.isSafeInteger(id) && id > 0 ? q.entry.get(guildId, id) : undefined;
  }

  function recordHistory(
    row: EntryRow,
    action: HistoryRow['action'],
    author: string,
    before: EntryInput | null,
    after: EntryInput | null,
    at: string = row.updated_at,
  ): void {
    q.history.run({
      guild_id: row.guild_id,
      entry_id: row.id,
      revision: row.revision,
      action,
      author,
      at,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    });
  }

  /**
   * Duplicate detection indexes, one per server, built on first use from the committed rows. Another process's
   * commit changes `PRAGMA data_version`, which drops them all; this connection's own commits update them.
   */
  const indexes = new Map<string, QuestionIndex>();
  let indexedDataVersion = -1;
  let afterCommit: (() => void)[] = [];

  function questionIndex(guildId: string): QuestionIndex {
    const version = db.pragma('data_version', { simple: true }) as number;
    if (version !== indexedDataVersion) {
      indexes.clear();
      indexedDataVersion = version;
    }
    let index = indexes.get(guildId);
    if (!index) {
      index = new QuestionIndex();
      for (const r of q.liveQuestions.iterate(guildId)) index.set(r.id, parseStrings(r.questions));
      indexes.set(guildId, index);
    }
    return index;
  }

  /** Applies a change to a server's index once the transaction that made it has committed. */
  function onCommit(guildId: string, change: (index: QuestionIndex) => void): void {
    afterCommit.push(() => {
      const index = indexes.get(guildId);
      if (index) change(index);
    });
  }

  /** The first live entry (other than `exceptId`) with the same or a near-same question. */
  function findDuplicate(guildId: string, questions: readonly string[], exceptId: number): DuplicateHit | undefined {
    return questionIndex(guildId).find(questions, exceptId);
  }

  function duplicateRefusal(dup: DuplicateHit): StoreResult<never> {
    return {
      ok: false,
      error: { code: 'duplicate', message: StoreMsg.DUPLICATE(dup.question, dup.id, dup.existing), existingId: dup.id },
    };
  }

  function tooMany(guildId: string): StoreResult<never> | undefined {
    const live = q.liveCount.get(guildId)?.n ?? 0;
    return live >= limits.entriesPerGuild ? refusal([{ code: 'too_many', message: StoreMsg.TOO_MANY_ENTRIES(limits.entriesPerGuild) }]) : undefined;
  }

  function conflict(row: EntryRow, expected: number | undefined): StoreResult<never> | undefined {
    if (expected === undefined || expected === row.revision) return undefined;
    return refusal([{ code: 'conflict', message: StoreMsg.CONFLICT(row.id, expected, row.revision) }]);
  }

  function reread(guildId: string, id: number): StoredEntry {
    const row = q.entry.get(guildId, id);
    if (!row) throw new CitebotError('E_INTERNAL', `Entry #${id} vanished inside its own transaction.`);
    return toEntry(row);
  }

  /** Inserts a new entry with the next id of its server, and its first history row (written by `writer`). */
  function insertEntry(
    guildId: string,
    valid: ValidEntry,
    stamp: { readonly author: string; readonly createdAt: string; readonly updatedAt: string },
    action: 'add' | 'import',
    writer: string,
  ): EntryRow {
    const id = q.nextId.get(guildId)?.next ?? 1;
    const row: EntryRow = {
      guild_id: guildId,
      id,
      questions: JSON.stringify(valid.questions),
      answer: valid.answer,
      refs: JSON.stringify(valid.refs),
      citations: JSON.stringify(valid.citations),
      article: options.article,
      author: stamp.author,
      created_at: stamp.createdAt,
      updated_at: stamp.updatedAt,
      revision: 1,
      deleted: 0,
      uses: 0,
    };
    q.insert.run(row);
    onCommit(guildId, (index) => index.set(id, valid.questions));
    recordHistory(row, action, writer, null, snapshotOfValid(valid), action === 'import' ? now() : stamp.updatedAt);
    return row;
  }

  const store: SqliteAnswerStore = {
    path,

    add(guildId, input, author, addOptions) {
      requireGuild(guildId);
      const valid = validateEntry(input, limits, resolveCitation);
      if (!valid.ok) return valid;
      const by = cleanAuthor(author);
      return write((): StoreResult<StoredEntry> => {
        const full = tooMany(guildId);
        if (full) return full;
        if (addOptions?.force !== true) {
          const dup = findDuplicate(guildId, valid.value.questions, 0);
          if (dup) return duplicateRefusal(dup);
        }
        const at = now();
        const row = insertEntry(guildId, valid.value, { author: by, createdAt: at, updatedAt: at }, 'add', by);
        return { ok: true, value: reread(guildId, row.id) };
      });
    },

    edit(guildId, id, patch, author, editOptions) {
      requireGuild(guildId);
      const by = cleanAuthor(author);
      return write((): StoreResult<StoredEntry> => {
        const row = entryRow(guildId, id);
        if (!row) return refusal([{ code: 'not_found', message: StoreMsg.NOT_FOUND(id) }]);
        if (row.deleted === 1) return refusal([{ code: 'deleted', message: StoreMsg.DELETED(id) }]);
        const stale = conflict(row, editOptions?.expectedRevision);
        if (stale) return stale;
        const current = snapshotOf(row);
        const merged = {
          questions: patch.questions ?? current.questions,
          answer: patch.answer ?? current.answer,
          // Unchanged citations are kept as resolved when written: an article edit never re-points them silently.
          citations: patch.citations ?? [],
        };
        const checked = validateEntry(merged, limits, resolveCitation);
        if (!checked.ok) return checked;
        const valid: ValidEntry =
          patch.citations === undefined
            ? { ...checked.value, refs: parseStrings(row.refs), citations: JSON.parse(row.citations) as Citation[] }
            : checked.value;
        const same =
          JSON.stringify(valid.questions) === row.questions &&
          valid.answer === row.answer &&
          JSON.stringify(valid.refs) === row.refs &&
          JSON.stringify(valid.citations) === row.citations;
        if (same) return { ok: true, value: toEntry(row) };
        if (editOptions?.force !== true && JSON.stringify(valid.questions) !== row.questions) {
          const dup = findDuplicate(guildId, valid.questions, id);
          if (dup) return duplicateRefusal(dup);
        }
        const at = now();
        q.update.run({
          guild_id: guildId,
          id,
          questions: JSON.stringify(valid.questions),
          answer: valid.answer,
          refs: JSON.stringify(valid.refs),
          citations: JSON.stringify(valid.citations),
          article: options.article,
          author: by,
          updated_at: at,
        });
        const after = rowAfterWrite(guildId, id);
        recordHistory(after, 'edit', by, current, snapshotOfValid(valid));
        onCommit(guildId, (index) => index.set(id, valid.questions));
        return { ok: true, value: toEntry(after) };
      });
    },

    remove(guildId, id, author, removeOptions) {
      requireGuild(guildId);
      const by = cleanAuthor(author);
      return write((): StoreResult<StoredEntry> => {
        const row = entryRow(guildId, id);
        if (!row) return refusal([{ code: 'not_found', message: StoreMsg.NOT_FOUND(id) }]);
        if (row.deleted === 1) return refusal([{ code: 'deleted', message: StoreMsg.ALREADY_DELETED(id) }]);
        const stale = conflict(row, removeOptions?.expectedRevision);
        if (stale) return stale;
        q.setDeleted.run(1, by, now(), guildId, id);
        const after = rowAfterWrite(guildId, id);
        recordHistory(after, 'remove', by, snapshotOf(row), null);
        onCommit(guildId, (index) => index.delete(id));
        return { ok: true, value: toEntry(after) };
      });
    },

    restore(guildId, id, author, restoreOptions) {
      requireGuild(guildId);
      const by = cleanAuthor(author);
      return write((): StoreResult<StoredEntry> => {
        const row = entryRow(guildId, id);
        if (!row) return refusal([{ code: 'not_found', message: StoreMsg.NOT_FOUND(id) }]);
        if (row.deleted === 0) return refusal([{ code: 'not_deleted', message: StoreMsg.NOT_DELETED(id) }]);
        const stale = conflict(row, restoreOptions?.expectedRevision);
        if (stale) return stale;
        const full = tooMany(guildId);
        if (full) return full;
        if (restoreOptions?.force !== true) {
          const dup = findDuplicate(guildId, parseStrings(row.questions), id);
          if (dup) return duplicateRefusal(dup);
        }
        q.setDeleted.run(0, by, now(), guildId, id);
        const after = rowAfterWrite(guildId, id);
        recordHistory(after, 'restore', by, null, snapshotOf(after));
        onCommit(guildId, (index) => index.set(id, parseStrings(after.questions)));
        return { ok: true, value: toEntry(after) };
      });
    },

    get(guildId, id) {
      const row = entryRow(guildId, id);
      return row ? toEntry(row) : undefined;
    },

    list(guildId, page) {
      const includeDeleted = page?.includeDeleted === true;
      const offset = Math.max(0, Math.floor(page?.offset ?? 0));
      const limit = Math.max(0, Math.floor(page?.limit ?? DEFAULT_PAGE_SIZE));
      return db
        .transaction(() => ({
          total: (includeDeleted ? q.allCount : q.liveCount).get(guildId)?.n ?? 0,
          entries: q.page.all(guildId, includeDeleted ? 1 : 0, limit, offset).map(toEntry),
        }))
        .deferred();
    },

    all(guildId) {
      return q.live.all(guildId).map(toEntry);
    },

    guilds() {
      return q.guilds.all().map((r) => r.guild_id);
    },

    history(guildId, id) {
      return q.historyOf.all(guildId, id).map((r) => ({
        entryId: r.entry_id,
        revision: r.revision,
        action: r.action,
        author: r.author,
        at: r.at,
        before: r.before === null ? null : (JSON.parse(r.before) as EntryInput),
        after: r.after === null ? null : (JSON.parse(r.after) as EntryInput),
      }));
    },

    exportGuild(guildId): ExportFile {
      return {
        schema: 'citebot.kb',
        version: 1,
        guildId,
        article: options.article,
        exportedAt: now(),
        entries: q.live.all(guildId).map((row) => ({
          questions: parseStrings(row.questions),
          answer: row.answer,
          citations: parseStrings(row.refs),
          author: row.author,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          cited: JSON.parse(row.citations) as Citation[],
        })),
      };
    },

    importGuild(guildId, data, author) {
      requireGuild(guildId);
      const by = cleanAuthor(author);
      const parsed = parseExport(data);
      if (!parsed.ok) return parsed;
      return write(() => {
        const problems: ImportProblem[] = [...parsed.value.problems];
        const accepted: { n: number; valid: ValidEntry; author: string; createdAt: string; updatedAt: string }[] = [];
        // Entries earlier in the file, by position: a file must not hold the same question twice either.
        const pending = new QuestionIndex();
        for (const item of parsed.value.entries) {
          const checked = validateEntry(item.input, limits, resolveCitation);
          if (!checked.ok) {
            for (const message of checked.error.details ?? [checked.error.message]) problems.push({ n: item.n, message });
            continue;
          }
          if (item.cited) {
            const texts = new Set(item.cited.map((c) => c.text));
            const moved = checked.value.citations.findIndex((c) => !texts.has(c.text));
            if (moved >= 0) {
              problems.push({ n: item.n, message: StoreMsg.CITATION_MOVED(checked.value.refs[moved] ?? '', checked.value.citations[moved]?.label ?? '') });
              continue;
            }
          }
          const stored = findDuplicate(guildId, checked.value.questions, 0);
          const earlier = stored ? undefined : pending.find(checked.value.questions, 0);
          if (stored || earlier) {
            const message = stored
              ? StoreMsg.DUPLICATE(stored.question, stored.id, stored.existing)
              : StoreMsg.DUPLICATE_IN_FILE(earlier?.question ?? '', earlier?.id ?? 0);
            problems.push({ n: item.n, message });
            continue;
          }
          pending.set(item.n, checked.value.questions);
          const stamp = now();
          accepted.push({
            n: item.n,
            valid: checked.value,
            author: item.author === undefined ? by : cleanAuthor(item.author),
            createdAt: item.createdAt ?? stamp,
            updatedAt: item.updatedAt ?? item.createdAt ?? stamp,
          });
        }
        const live = q.liveCount.get(guildId)?.n ?? 0;
        const details = [...problems].sort((a, b) => a.n - b.n).map((p) => StoreMsg.IMPORT_ENTRY(p.n, p.message));
        if (live + accepted.length > limits.entriesPerGuild && details.length === 0) details.push(StoreMsg.TOO_MANY_ENTRIES(limits.entriesPerGuild));
        if (details.length > 0) {
          return {
            ok: false as const,
            error: { code: 'bad_import' as const, message: StoreMsg.BAD_IMPORT(details.length), details },
          };
        }
        const entries = accepted.map((a) => {
          const row = insertEntry(guildId, a.valid, a, 'import', by);
          return toEntry(row);
        });
        return { ok: true as const, value: { added: entries.length, entries } };
      });
    },

    logUnanswered(guildId, question) {
      const key = normalizeGap(question).slice(0, MAX_GAP_CHARS);
      if (isBlank(key)) return;
      const at = now();
      write(() => q.logGap.run(guildId, key, at, at), 'counter');
    },

    gaps(guildId, limit = 10): Gap[] {
      // A question a moderator has since answered word for word is no longer a gap.
      const answered = new Set(q.liveQuestions.all(guildId).flatMap((r) => parseStrings(r.questions).map(normalizeQuestion)));
      const out: Gap[] = [];
      for (const r of q.gaps.iterate(guildId)) {
        if (out.length >= limit) break;
        if (answered.has(normalizeQuestion(r.question))) continue;
        out.push({ question: r.question, count: r.count, firstAsked: r.first_asked, lastAsked: r.last_asked });
      }
      return out;
    },

    vote(guildId, key, userId, value) {
      requireGuild(guildId);
      const k = cleanText(key).slice(0, VOTE_KEY_MAX);
      if (isBlank(k) || isBlank(userId)) throw new CitebotError('E_VALIDATION', 'A vote needs an answer key and a user id.');
      if (value !== 1 && value !== -1) throw new CitebotError('E_VALIDATION', `A vote is 1 or -1, not ${String(value)}.`);
      return write(() => {
        q.vote.run(guildId, k, userId, value, now());
        const counts = q.votesOf.get(guildId, k);
        return { up: counts?.up ?? 0, down: counts?.down ?? 0 };
      });
    },

    feedback(guildId): FeedbackStats {
      const byAnswer = q.votesBy.all(guildId).map((r) => ({ key: r.key, up: r.up, down: r.down }));
      return {
        up: byAnswer.reduce((s, r) => s + r.up, 0),
        down: byAnswer.reduce((s, r) => s + r.down, 0),
        byAnswer,
      };
    },

    recordUse(guildId, id) {
      if (!Number.isSafeInteger(id) || id <= 0) return;
      write(() => q.use.run(guildId, id), 'counter');
    },

    integrityCheck() {
      return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    },

    settings() {
      const levels = ['off', 'normal', 'full', 'extra'] as const;
      return {
        journalMode: db.pragma('journal_mode', { simple: true }) as string,
        synchronous: levels[db.pragma('synchronous', { simple: true }) as number] ?? 'off',
        busyTimeoutMs: db.pragma('busy_timeout', { simple: true }) as number,
      };
    },

    close() {
      if (db.open) db.close();
    },
  };
  return store;
}
