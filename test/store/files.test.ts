import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CitebotError } from '../../src/core/errors.ts';
import { FileMsg } from '../../src/store/messages.ts';
import { APPLICATION_ID, LATEST_VERSION } from '../../src/store/migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { fakeResolver, must, tempDir } from './support.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const open = (path: string) => openSqliteStore({ path, resolveCitation: fakeResolver, article: 'test-article' });

/** Asserts opening `path` throws E_STORE_FILE with `message`, and that the file's bytes did not change. */
function expectRefused(path: string, message: string): void {
  const before = readFileSync(path);
  let thrown: unknown;
  try {
    open(path).close();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CitebotError);
  expect(thrown).toMatchObject({ code: 'E_STORE_FILE', message });
  expect((thrown as Error).message).toContain(path);
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('the database file', () => {
  it('is created on first run, with its folders, in WAL mode with FULL sync', () => {
    const path = join(dir, 'a', 'b', 'citebot.sqlite');
    const store = open(path);
    must(store.add('g', { questions: ['q one'], answer: 'a' }, 'm'));
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    raw.close();
    const again = open(path);
    expect(again.settings()).toEqual({ journalMode: 'wal', synchronous: 'full', busyTimeoutMs: 10_000 });
    again.recordUse('g', 1);
    again.logUnanswered('g', 'why?');
    must(again.edit('g', 1, { answer: 'b' }, 'm'));
    // Counter writes relax the fsync for themselves only.
    expect(again.settings()).toEqual({ journalMode: 'wal', synchronous: 'full', busyTimeoutMs: 10_000 });
    expect(again.all('g')).toHaveLength(1);
    expect(again.integrityCheck()).toEqual(['ok']);
    again.close();
  });

  it('survives a restart with the same state, history and counters', () => {
    const path = join(dir, 'restart.sqlite');
    const first = open(path);
    must(first.add('g', { questions: ['who', 'which person'], answer: 'a', citations: ['P2.2'] }, 'm1'));
    must(first.edit('g', 1, { answer: 'b' }, 'm2'));
    must(first.add('g', { questions: ['where'], answer: 'c' }, 'm1'));
    must(first.remove('g', 2, 'm3'));
    first.logUnanswered('g', 'why?');
    first.vote('g', '1', 'u', 1);
    first.recordUse('g', 1);
    const state = { all: first.all('g'), list: first.list('g', { includeDeleted: true }), history: first.history('g', 1), gaps: first.gaps('g'), feedback: first.feedback('g') };
    first.close();
    const second = open(path);
    expect({ all: second.all('g'), list: second.list('g', { includeDeleted: true }), history: second.history('g', 1), gaps: second.gaps('g'), feedback: second.feedback('g') }).toEqual(state);
    second.close();
  });

  it.each([
    ['a text file', 'notes.txt', () => Buffer.from('These are my notes, not a database.\n')],
    ['a short file', 'short.bin', () => Buffer.from('SQLite')],
    ['random bytes', 'random.bin', () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))],
  ])('%s is refused and left untouched', (_name, file, bytes) => {
    const path = join(dir, file);
    writeFileSync(path, bytes());
    expectRefused(path, FileMsg.NOT_SQLITE(path));
  });

  it("another application's SQLite database is refused and left untouched", () => {
    const path = join(dir, 'other-app.db');
    const other = new Database(path);
    other.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('ada');");
    other.close();
    expectRefused(path, FileMsg.FOREIGN(path));
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT name FROM users').all()).toEqual([{ name: 'ada' }]);
    check.close();
  });

  it("another application's WAL database, open in that application, is refused and its files left untouched", () => {
    const path = join(dir, 'other-wal.db');
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, v TEXT)');
    other.prepare('INSERT INTO things (v) VALUES (?)').run('x');
    const wal = readFileSync(`${path}-wal`);
    expectRefused(path, FileMsg.FOREIGN(path));
    expect(readFileSync(`${path}-wal`).equals(wal)).toBe(true);
    other.close();
  });

  it('a database from a newer citebot is refused', () => {
    const path = join(dir, 'newer.sqlite');
    open(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    expectRefused(path, FileMsg.NEWER(path, LATEST_VERSION + 1, LATEST_VERSION));
  });

  it('a folder at the path is refused', () => {
    const path = join(dir, 'a-folder');
    mkdirSync(path);
    expect(() => open(path)).toThrow(FileMsg.NOT_A_FILE(path));
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it('a path whose folder cannot be made is a clear E_STORE_FILE error', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const path = join(blocker, 'sub', 'citebot.sqlite');
    expect(() => open(path)).toThrow(expect.objectContaining({ code: 'E_STORE_FILE', message: expect.stringContaining(path) as unknown }));
  });

  it('an empty file is taken as a new database', () => {
    const path = join(dir, 'empty.sqlite');
    writeFileSync(path, '');
    const store = open(path);
    must(store.add('g', { questions: ['q'], answer: 'a' }, 'm'));
    store.close();
  });
});
