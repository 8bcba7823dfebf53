import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { runFixture, sleep, waitForLine } from './children.ts';
import { answerFor, fakeResolver, tempDir } from './support.ts';

const KILLS = 24;
const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Every 4th run imports batches of this many entries, one transaction each: a long write to kill in the middle of. */
const BATCH = 40;

interface Acked {
  readonly adds: { guild: string; id: number; question: string }[];
  readonly batches: { guild: string; first: number; count: number; batch: string }[];
  readonly edits: { guild: string; id: number; revision: number }[];
}

/** Reopens the file and checks it: sound, every acknowledged write present, no entry torn. */
function verify(path: string, acked: Acked): { entries: number } {
  if (!existsSync(path)) {
    // Killed before the file was created: then nothing can have been acknowledged.
    expect(acked.adds).toEqual([]);
    return { entries: 0 };
  }
  const raw = new Database(path);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(raw.pragma('foreign_key_check')).toEqual([]);
  raw.close();

  const store = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'test-article' });
  try {
    for (const a of acked.adds) {
      const entry = store.get(a.guild, a.id);
      expect(entry, `acknowledged add ${a.guild}#${a.id}`).toBeDefined();
      expect(entry?.questions).toEqual([a.question]);
    }
    for (const e of acked.edits) {
      expect(store.get(e.guild, e.id)?.revision ?? 0, `acknowledged edit ${e.guild}#${e.id}`).toBeGreaterThanOrEqual(e.revision);
    }
    for (const b of acked.batches) {
      for (let i = 0; i < b.count; i++) expect(store.get(b.guild, b.first + i)?.questions[0], `acknowledged import ${b.batch}`).toMatch(new RegExp(`^crash ${b.batch}e${i} `, 'u'));
    }
    let entries = 0;
    const batchSizes = new Map<string, number>();
    // Every server in the file, acknowledged or not: a torn import would show up in a server nobody acknowledged.
    for (const guild of store.guilds()) {
      for (const entry of store.all(guild)) {
        entries += 1;
        const question = entry.questions[0] ?? '';
        // Whole or absent: every field of the row and its history belong together.
        expect([answerFor(question), `${answerFor(question)} (edited)`]).toContain(entry.answer);
        expect(entry.citations.map((c) => c.label)).toEqual(['P2.2', 'P3.1']);
        const history = store.history(guild, entry.id);
        expect(history.map((h) => h.revision)).toEqual(Array.from({ length: entry.revision }, (_, i) => i + 1));
        expect(history.at(-1)?.after?.answer).toBe(entry.answer);
        const batch = /^crash (\S+b\d+)e\d+ /u.exec(question)?.[1];
        if (batch !== undefined) batchSizes.set(batch, (batchSizes.get(batch) ?? 0) + 1);
      }
    }
    // An import is all or nothing, even when killed half-way through writing it.
    for (const [batch, size] of batchSizes) expect(size, `entries of import ${batch}`).toBe(BATCH);
    return { entries };
  } finally {
    store.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, async () => {
    const path = join(dir, 'nested', 'folders', 'citebot.sqlite');
    const acked: Acked = { adds: [], batches: [], edits: [] };
    let killedBeforeReady = 0;
    for (let run = 0; run < KILLS; run++) {
      const guild = `g${run}`;
      const mode: Record<string, string> = run % 4 === 3 ? { WRITER_BATCH: String(BATCH) } : { WRITER_EDITS: '1' };
      const child = runFixture('writer.ts', [], { DATABASE_PATH: path, WRITER_TAG: `r${run}`, WRITER_GUILD: guild, ...mode });
      if (run % 3 === 0) {
        // Anywhere from start-up (opening, creating, migrating) to deep in the burst.
        await sleep(Math.random() * 600);
      } else {
        await waitForLine(child, (l) => l === 'ready');
        await sleep(Math.random() * 150);
      }
      child.proc.kill('SIGKILL');
      const { signal, stderr } = await child.done;
      expect(stderr).toBe('');
      expect(signal).toBe('SIGKILL');
      if (!child.lines.includes('ready')) killedBeforeReady += 1;
      for (const line of child.lines) {
        const [kind, verb, id, ...rest] = line.split(' ');
        if (kind !== 'ack') continue;
        if (verb === 'add') acked.adds.push({ guild, id: Number(id), question: rest.join(' ') });
        else if (verb === 'import') {
          const batch = rest[1] ?? '';
          acked.batches.push({ guild: `${guild}-${batch.split('b')[1] ?? ''}`, first: Number(id), count: Number(rest[0]), batch });
        }
        else acked.edits.push({ guild, id: Number(id), revision: Number(rest[0]) });
      }
      const { entries } = verify(path, acked);
      // At most one write (or one batch) per run can have committed without its acknowledgement being printed.
      const ackedEntries = acked.adds.length + acked.batches.reduce((n, b) => n + b.count, 0);
      expect(entries).toBeGreaterThanOrEqual(ackedEntries);
      expect(entries).toBeLessThanOrEqual(ackedEntries + (run + 1) * BATCH);
    }
    expect(acked.adds.length).toBeGreaterThan(KILLS);
    console.info(
      `crash: ${KILLS} kills (${killedBeforeReady} before the store was open), ${acked.adds.length} adds, ${acked.edits.length} edits and ${acked.batches.length} imports of ${BATCH} acknowledged, all recovered`,
    );
  }, 60_000);
});
