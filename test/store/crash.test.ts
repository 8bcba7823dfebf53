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

interface Acked {
  readonly adds: { guild: string; id: number; question: string }[];
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
    let entries = 0;
    for (const guild of new Set(acked.adds.map((a) => a.guild))) {
      for (const entry of store.all(guild)) {
        entries += 1;
        const question = entry.questions[0] ?? '';
        // Whole or absent: every field of the row and its history belong together.
        expect([answerFor(question), `${answerFor(question)} (edited)`]).toContain(entry.answer);
        expect(entry.citations.map((c) => c.label)).toEqual(['P2.2', 'P3.1']);
        const history = store.history(guild, entry.id);
        expect(history.map((h) => h.revision)).toEqual(Array.from({ length: entry.revision }, (_, i) => i + 1));
        expect(history.at(-1)?.after?.answer).toBe(entry.answer);
      }
    }
    return { entries };
  } finally {
    store.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, async () => {
    const path = join(dir, 'nested', 'folders', 'citebot.sqlite');
    const acked: Acked = { adds: [], edits: [] };
    let killedBeforeReady = 0;
    for (let run = 0; run < KILLS; run++) {
      const guild = `g${run}`;
      const child = runFixture('writer.ts', [], { DATABASE_PATH: path, WRITER_TAG: `r${run}`, WRITER_GUILD: guild, WRITER_EDITS: '1' });
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
        else acked.edits.push({ guild, id: Number(id), revision: Number(rest[0]) });
      }
      const { entries } = verify(path, acked);
      // At most one write per run can have committed without its acknowledgement being printed.
      expect(entries).toBeGreaterThanOrEqual(acked.adds.length);
      expect(entries).toBeLessThanOrEqual(acked.adds.length + run + 1);
    }
    expect(acked.adds.length).toBeGreaterThan(KILLS);
    console.info(`crash: ${KILLS} kills (${killedBeforeReady} before the store was open), ${acked.adds.length} adds and ${acked.edits.length} edits acknowledged, all recovered`);
  }, 60_000);
});
