import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runKbCli } from '../../src/store/cli.ts';
import { FileMsg, StoreMsg } from '../../src/store/messages.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { runFixture } from './children.ts';
import { fakeResolver, tempDir } from './support.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Runs the kb CLI in-process against `db`, capturing its output. */
async function kb(db: string, ...argv: string[]): Promise<{ code: number; out: string; err: string; json: () => unknown }> {
  let out = '';
  let err = '';
  let resolverOpened = 0;
  const code = await runKbCli(argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    env: { DATABASE_PATH: db, USER: 'ops' },
    openEngineResolver: () => {
      resolverOpened += 1;
      return fakeResolver;
    },
  });
  expect(resolverOpened).toBeLessThanOrEqual(1);
  return { code, out, err, json: () => JSON.parse(out) as unknown };
}

describe('kb CLI', () => {
  const db = join(dir, 'cli.sqlite');

  it('add --json prints ok and the id once durable; a refusal prints the error and exits non-zero', async () => {
    const added = await kb(db, 'add', '--guild', '42', '--question', 'Who accused France?', '--question', 'Who blamed France?', '--answer', 'Matteo Salvini.', '--cite', 'P2.1', '--json');
    expect(added.code).toBe(0);
    expect(added.json()).toMatchObject({ ok: true, id: 1, entry: { questions: ['Who accused France?', 'Who blamed France?'], author: 'cli:ops' } });
    expect(added.out.trim().split('\n')).toHaveLength(1);

    const dup = await kb(db, 'add', '--guild', '42', '--question', 'who accused france', '--answer', 'x', '--json');
    expect(dup.code).toBe(1);
    expect(dup.json()).toEqual({
      ok: false,
      error: { code: 'duplicate', message: StoreMsg.DUPLICATE('who accused france', 1, 'Who accused France?'), existingId: 1 },
    });

    const forced = await kb(db, 'add', '--guild', '42', '--question', 'who accused france', '--answer', 'x', '--force', '--json');
    expect(forced.json()).toMatchObject({ ok: true, id: 2 });
  });

  it.each([
    [['add', '--question', 'q', '--answer', 'a'], '--guild ID is required.'],
    [['add', '--guild', '42', '--answer', 'a'], 'add needs at least one --question and an --answer.'],
    [['show', '--guild', '42'], 'show needs --id N.'],
    [['show', '--guild', '42', '--id', 'x'], '--id must be a positive whole number, not "x".'],
    [['frobnicate', '--guild', '42'], 'Unknown command "frobnicate".'],
    [['add', '--guild', '42', '--bogus'], "Unknown option '--bogus'"],
  ])('usage error %j exits 2', async (argv, message) => {
    const result = await kb(db, ...argv, '--json');
    expect(result.code).toBe(2);
    expect(result.json()).toMatchObject({ ok: false, error: { code: 'usage' } });
    expect((result.json() as { error: { message: string } }).error.message).toContain(message);
    const text = await kb(db, ...argv);
    expect(text.code).toBe(2);
    expect(text.err).toContain('Usage: npm run --silent kb');
  });

  it('edits, removes, restores, lists and shows with history', async () => {
    const g = '7';
    await kb(db, 'add', '--guild', g, '--question', 'When did Italy open an embassy?', '--answer', '2017', '--cite', 'Tripoli');
    expect((await kb(db, 'edit', '--guild', g, '--id', '1', '--answer', 'In 2017.', '--author', 'mod-anna')).out).toBe('Edited #1 (revision 2).\n');
    expect((await kb(db, 'edit', '--guild', g, '--id', '1', '--answer', 'x', '--revision', '1', '--json')).json()).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await kb(db, 'remove', '--guild', g, '--id', '1')).out).toContain('Removed #1.');
    expect((await kb(db, 'list', '--guild', g)).out).toBe('0 entries on server 7, page 1 of 1.\n');
    expect((await kb(db, 'restore', '--guild', g, '--id', '1', '--json')).json()).toMatchObject({ ok: true, id: 1, revision: 4 });
    const list = await kb(db, 'list', '--guild', g);
    expect(list.out).toContain('#1  When did Italy open an embassy?');
    const show = await kb(db, 'show', '--guild', g, '--id', '1');
    expect(show.out).toContain('[P3.1] Italy opened an embassy in Tripoli in 2017');
    expect(show.out).toMatch(/rev 2 {2}edit .* by mod-anna/u);
    const shown = (await kb(db, 'show', '--guild', g, '--id', '1', '--json')).json() as { history: { action: string }[] };
    expect(shown.history.map((h) => h.action)).toEqual(['add', 'edit', 'remove', 'restore']);
    const missing = await kb(db, 'show', '--guild', g, '--id', '9');
    expect(missing).toMatchObject({ code: 1, err: `kb: refused (not_found): ${StoreMsg.NOT_FOUND(9)}\n` });
  });

  it('export, then import into a fresh database, gives the same entries; a bad file is refused whole', async () => {
    const g = '8';
    await kb(db, 'add', '--guild', g, '--question', 'Who has oil in eastern Libya?', '--answer', 'France.', '--cite', 'P4.1');
    await kb(db, 'add', '--guild', g, '--question', 'What did France reject?', '--answer', 'The accusation.', '--cite', '"rejected that accusation"');
    const exported = await kb(db, 'export', '--guild', g);
    expect(exported.code).toBe(0);
    const file = join(dir, 'export.json');
    writeFileSync(file, exported.out);

    const fresh = join(dir, 'fresh.sqlite');
    expect((await kb(fresh, 'import', '--guild', g, file)).out).toBe('Imported 2 entries (#1–#2).\n');
    const again = JSON.parse((await kb(fresh, 'export', '--guild', g)).out) as { entries: unknown[]; exportedAt: string };
    expect(again.entries).toEqual((JSON.parse(exported.out) as { entries: unknown[] }).entries);

    // Importing the same file again: every entry is a duplicate, all are reported, nothing is written.
    const twice = await kb(fresh, 'import', '--guild', g, file, '--json');
    expect(twice.code).toBe(1);
    expect(twice.json()).toMatchObject({ ok: false, error: { code: 'bad_import', details: [expect.stringMatching(/^entry 1: /u), expect.stringMatching(/^entry 2: /u)] } });
    const text = await kb(fresh, 'import', '--guild', g, file);
    expect(text.err.split('\n').filter((l) => l.startsWith('  - entry'))).toHaveLength(2);

    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect((await kb(fresh, 'import', '--guild', g, join(dir, 'broken.json'), '--json')).json()).toMatchObject({ ok: false, error: { code: 'bad_import' } });
    expect((await kb(fresh, 'list', '--guild', g, '--json')).json()).toMatchObject({ total: 2 });
  });

  it('list pages readable output by 20; --json without --page lists everything', async () => {
    const g = '11';
    const store = openSqliteStore({ path: db, resolveCitation: fakeResolver, article: 'a' });
    for (let i = 1; i <= 25; i++) store.add(g, { questions: [`question number w${i}`], answer: `a${i}` }, 'm');
    store.close();
    const first = await kb(db, 'list', '--guild', g);
    expect(first.out.split('\n')[0]).toBe('25 entries on server 11, page 1 of 2.');
    expect(first.out.match(/^#\d+ /gmu)).toHaveLength(20);
    expect((await kb(db, 'list', '--guild', g, '--page', '2')).out.match(/^#\d+ /gmu)).toHaveLength(5);
    expect((await kb(db, 'list', '--guild', g, '--json')).json()).toMatchObject({ ok: true, total: 25, entries: expect.arrayContaining([expect.objectContaining({ id: 25 })]) as unknown });
    expect(((await kb(db, 'list', '--guild', g, '--json', '--page', '2')).json() as { entries: unknown[] }).entries).toHaveLength(5);
  });

  it('gaps lists the unanswered log', async () => {
    const store = openSqliteStore({ path: db, resolveCitation: fakeResolver, article: 'a' });
    store.logUnanswered('9', 'What is the population of Libya?');
    store.logUnanswered('9', 'what is the population of libya');
    store.close();
    expect((await kb(db, 'gaps', '--guild', '9')).out).toMatch(/^ {4}2× {2}what is the population of libya {2}\(last asked /u);
    expect((await kb(db, 'gaps', '--guild', '10')).out).toBe('No unanswered questions logged.\n');
  });

  it('a foreign file at DATABASE_PATH is a clear error, without a stack trace, and stays untouched', async () => {
    const path = join(dir, 'mine.txt');
    writeFileSync(path, 'shopping list\n');
    const result = await kb(path, 'add', '--guild', '1', '--question', 'q', '--answer', 'a', '--json');
    expect(result.code).toBe(1);
    expect(result.json()).toEqual({ ok: false, error: { code: 'E_STORE_FILE', message: FileMsg.NOT_SQLITE(path) } });
    const text = await kb(path, 'list', '--guild', '1');
    expect(text.err).toBe(`kb: ${FileMsg.NOT_SQLITE(path)}\n`);
    expect(readFileSync(path, 'utf8')).toBe('shopping list\n');
  });
});

describe('kb CLI processes', () => {
  const ROUNDS = 5;

  it('SIGKILL during a burst of kb add calls: every add that printed success is present and the file is sound', async () => {
    const path = join(dir, 'burst.sqlite');
    const acked: { id: number; question: string }[] = [];
    let kills = 0;
    let exited = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const children = [0, 1, 2].map((k) => {
        const question = `burst round ${round} writer ${k} r${round}w${k}`;
        const child = runFixture('kb.ts', ['add', '--guild', 'b', '--question', question, '--answer', `answer ${round}.${k}`, '--cite', 'P1.1', '--json'], { DATABASE_PATH: path });
        // Three processes at once take about a second on two cores: kill each at its own moment, one of them
        // surely before it is done, the others anywhere from start-up to after their answer.
        const timer = setTimeout(() => child.proc.kill('SIGKILL'), k === 0 ? 50 + Math.random() * 350 : 300 + Math.random() * 1200);
        return { question, child, timer };
      });
      for (const { question, child, timer } of children) {
        const { signal, stderr } = await child.done;
        clearTimeout(timer);
        if (signal === 'SIGKILL') kills += 1;
        else exited += 1;
        const line = child.lines[0];
        if (line === undefined) continue;
        const printed = JSON.parse(line) as { ok: boolean; id: number };
        expect(printed.ok, `${question}: ${line} ${stderr}`).toBe(true);
        acked.push({ id: printed.id, question });
      }
    }
    const raw = new Database(path);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = openSqliteStore({ path, resolveCitation: fakeResolver, article: 'a' });
    for (const a of acked) expect(store.get('b', a.id)?.questions).toEqual([a.question]);
    for (const e of store.all('b')) expect(e.citations.map((c) => c.label)).toEqual(['P1.1']);
    store.close();
    expect(kills).toBeGreaterThan(0);
    console.info(`kb burst: ${ROUNDS * 3} processes, ${kills} killed (${exited} finished), ${acked.length} acknowledged adds all present`);
  }, 30_000);

  it.skipIf(!existsSync('src/cli.ts'))('end to end: npx tsx src/cli.ts kb add, then ask --guild finds it', async () => {
    const { spawnSync } = await import('node:child_process');
    const path = join(dir, 'e2e.sqlite');
    const env = { ...process.env, DATABASE_PATH: path };
    const add = spawnSync('npx', ['tsx', 'src/cli.ts', 'kb', 'add', '--guild', '555', '--question', 'What is the favourite colour of the moderators?', '--answer', 'Teal, by a vote of the moderators.', '--json'], { env, encoding: 'utf8' });
    expect(add.stderr).toBe('');
    expect(JSON.parse(add.stdout)).toMatchObject({ ok: true, id: 1 });
    const ask = spawnSync('npx', ['tsx', 'src/cli.ts', 'ask', '--guild', '555', '--json', 'What is the favourite colour of the moderators?'], { env, encoding: 'utf8' });
    expect(JSON.parse(ask.stdout)).toMatchObject({ answered: true, answer: 'Teal, by a vote of the moderators.' });
  }, 30_000);
});
