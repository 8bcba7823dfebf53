import type Database from 'better-sqlite3';

/** Written to the file header (`PRAGMA application_id`) so citebot recognises its own database: "CITE". */
export const APPLICATION_ID = 0x43495445;

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applied in order at start, each in its own IMMEDIATE transaction. Never edit a released migration;
 * append a new one. JSON columns are checked with json_valid so a row can never hold half a document.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'entries, history, unanswered log, votes',
    sql: `
      CREATE TABLE citebot_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE entries (
        guild_id   TEXT    NOT NULL,
        id         INTEGER NOT NULL CHECK (id > 0),
        questions  TEXT    NOT NULL CHECK (json_valid(questions) AND json_type(questions) = 'array'),
        answer     TEXT    NOT NULL,
        refs       TEXT    NOT NULL CHECK (json_valid(refs) AND json_type(refs) = 'array'),
        citations  TEXT    NOT NULL CHECK (json_valid(citations) AND json_type(citations) = 'array'),
        article    TEXT    NOT NULL,
        author     TEXT    NOT NULL,
        created_at TEXT    NOT NULL,
        updated_at TEXT    NOT NULL,
        revision   INTEGER NOT NULL CHECK (revision > 0),
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        uses       INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (guild_id, id)
      ) STRICT;
      CREATE INDEX entries_live ON entries (guild_id, deleted, id);

      CREATE TABLE history (
        guild_id TEXT    NOT NULL,
        entry_id INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        action   TEXT    NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'restore', 'import')),
        author   TEXT    NOT NULL,
        at       TEXT    NOT NULL,
        before   TEXT CHECK (before IS NULL OR json_valid(before)),
        after    TEXT CHECK (after IS NULL OR json_valid(after)),
        PRIMARY KEY (guild_id, entry_id, revision),
        FOREIGN KEY (guild_id, entry_id) REFERENCES entries (guild_id, id)
      ) STRICT;

      CREATE TABLE unanswered (
        guild_id    TEXT    NOT NULL,
        question    TEXT    NOT NULL,
        count       INTEGER NOT NULL,
        first_asked TEXT    NOT NULL,
        last_asked  TEXT    NOT NULL,
        PRIMARY KEY (guild_id, question)
      ) STRICT;
      CREATE INDEX unanswered_rank ON unanswered (guild_id, count DESC, last_asked DESC);

      CREATE TABLE votes (
        guild_id TEXT    NOT NULL,
        key      TEXT    NOT NULL,
        user_id  TEXT    NOT NULL,
        value    INTEGER NOT NULL CHECK (value IN (-1, 1)),
        at       TEXT    NOT NULL,
        PRIMARY KEY (guild_id, key, user_id)
      ) STRICT;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/** What the database holds before migrating. */
export type FileState = { readonly kind: 'ours'; readonly version: number } | { readonly kind: 'empty' } | { readonly kind: 'foreign' };

/**
 * Tells a citebot database from an empty one and from another application's. Reads only, from one snapshot:
 * read in two statements, a migration committing between them looked like tables without citebot's id.
 */
export function inspect(db: Database.Database): FileState {
  return db.inTransaction ? inspectNow(db) : db.transaction(() => inspectNow(db)).deferred();
}

function inspectNow(db: Database.Database): FileState {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId === APPLICATION_ID) return { kind: 'ours', version };
  const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  if (appId === 0 && version === 0 && objects === 0) return { kind: 'empty' };
  return { kind: 'foreign' };
}

const now = (): string => new Date().toISOString();

/**
 * Brings the schema up to LATEST_VERSION. Safe when several processes start at once: each step re-reads
 * the version inside its write lock. Returns 'foreign' or 'newer' instead of touching such a file.
 * Migration times are the wall clock's: they describe the file, not any entry.
 */
export function migrate(db: Database.Database): 'ok' | 'foreign' | { readonly newer: number } {
  const before = inspect(db);
  if (before.kind === 'foreign') return 'foreign';
  if (before.kind === 'ours' && before.version > LATEST_VERSION) return { newer: before.version };
  if (before.kind === 'ours' && before.version === LATEST_VERSION) return 'ok';
  for (const m of MIGRATIONS) {
    const outcome = db
      .transaction((): 'ok' | 'foreign' | { newer: number } => {
        const state = inspect(db);
        if (state.kind === 'foreign') return 'foreign';
        const current = state.kind === 'ours' ? state.version : 0;
        if (current > LATEST_VERSION) return { newer: current };
        if (current >= m.version) return 'ok';
        db.exec(m.sql);
        if (m.version === 1) {
          db.pragma(`application_id = ${APPLICATION_ID}`);
          db.prepare('INSERT INTO citebot_meta (key, value) VALUES (?, ?)').run('created_at', now());
        }
        db.prepare('INSERT OR REPLACE INTO citebot_meta (key, value) VALUES (?, ?)').run(`migration_${m.version}`, `${m.name} @ ${now()}`);
        db.pragma(`user_version = ${m.version}`);
        return 'ok';
      })
      .immediate();
    if (outcome !== 'ok') return outcome;
  }
  const final = inspect(db);
  if (final.kind === 'ours' && final.version > LATEST_VERSION) return { newer: final.version };
  return 'ok';
}
