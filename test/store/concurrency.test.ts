import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { runFixture } from './children.ts';
import { fakeResolver, tempDir } from './support.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const PER_PROCESS = 300;

describe('concurrency', () => {
  it(`two processes adding ${PER_PROCESS} entries each to one server at once, from a fresh file, lose nothing`, async () => {
    const path = join(dir, 'shared.sqlite');
    // Both open the fresh file at once (racing on the migration), then write from the same instant.
    const env = { DATABASE_PATH: path, WRITER_GUILD: 'g1', WRITER_COUNT: String(PER_PROCESS), WRITER_EDITS: '1', WRITER_START_AT: String(Date.now() + 2000) };
    const start = Date.now();
    const a = runFixture('writer.ts', [], { ...env, WRITER_TAG: 'a' });
    const b = runFixture('writer.ts', [], { ...env, WRITER_TAG: 'b' });
    const [ra, rb] = await Promise.all([a.done, b.done]);
    const elapsed = Date.now() - start - 2000;
    expect(ra).toEqual({ code: 0, signal: null, stderr: '' });
    expect(rb).toEqual({ code: 0, signal: null, stderr: '' });

    const acks = [...a.lines, ...b.lines].filter((l) => l.startsWith('ack add '));
    expect(acks).toHaveLength(2 * PER_PROCESS);
    const ackedIds = acks.map((l) => Number(l.split(' ')[2]));
    expect(new Set(ackedIds).size).toBe(2 * PER_PROCESS);

    const store = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'test-article' });
    const entries = store.all('g1');
    expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 1));
    for (const line of acks) {
      const [, , id, ...question] = line.split(' ');
      expect(store.get('g1', Number(id))?.questions).toEqual([question.join(' ')]);
    }
    // Each writer edited every fifth of its entries once.
    expect(entries.filter((e) => e.revision === 2)).toHaveLength((2 * PER_PROCESS) / 5);
    // Both really ran at once: their ids interleave.
    const aIds = a.lines.filter((l) => l.startsWith('ack add ')).map((l) => Number(l.split(' ')[2]));
    expect(aIds.some((id, i) => i > 0 && id !== (aIds[i - 1] ?? 0) + 1), 'writes interleaved').toBe(true);
    store.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    console.info(`concurrency: ${2 * PER_PROCESS} adds + ${(2 * PER_PROCESS) / 5} edits from two processes in ${elapsed} ms, none lost`);
  }, 30_000);

  it('two processes on different servers keep separate id sequences', async () => {
    const path = join(dir, 'two-guilds.sqlite');
    const env = { DATABASE_PATH: path, WRITER_COUNT: '60' };
    const a = runFixture('writer.ts', [], { ...env, WRITER_TAG: 'a', WRITER_GUILD: 'ga' });
    const b = runFixture('writer.ts', [], { ...env, WRITER_TAG: 'b', WRITER_GUILD: 'gb' });
    const results = await Promise.all([a.done, b.done]);
    for (const r of results) expect(r).toEqual({ code: 0, signal: null, stderr: '' });
    const store = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'test-article' });
    expect(store.all('ga').map((e) => e.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(store.all('gb').map((e) => e.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(store.guilds()).toEqual(['ga', 'gb']);
    store.close();
  }, 30_000);
});
