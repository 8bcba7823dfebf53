/**
 * The real entry point (`npm start`, src/main.ts) with no token and piped stdin: terminal mode end to end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T } from '../../src/replies/texts.ts';
import { TT } from '../../src/terminal/texts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'citebot-e2e-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command in the project with `input` on stdin, no token, and a fresh database unless one is given. */
function run(command: string, args: readonly string[], input: string, database = join(dir, `${Math.random().toString(36).slice(2)}.sqlite`)): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: '',
        ARTICLE: 'xinhua-2019-04-19-italy-france-libya',
        DATABASE_PATH: database,
        LOG_LEVEL: 'warn',
        NO_COLOR: '1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(input);
  });
}

const start = (input: string, database?: string) => run(TSX, ['src/main.ts'], input, database);

describe('npm start without a token, piped', () => {
  it('answers with a citation, quotes, refuses honestly, and exits 0 within 5 s', async () => {
    const r = await run(NPM, ['start', '--silent'], '/ask Who is Le Drian?\n/quote moavero\nWhat is the capital of Japan?\n');
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(5_000);
    const { stdout } = r;
    const answer = stdout.indexOf('[P1.1] Italy and France appeared to have recovered their entente');
    const quote = stdout.indexOf(T.quotesTitle('Enzo Movaero Milanesi'));
    const refusal = stdout.indexOf(T.noAnswer('What is the capital of Japan?'));
    expect(stdout).toMatch(/\[P1\.1\][^\n]*French Foreign Minister Jean Yves Le Drian/);
    expect(stdout).toContain('the situation in Libya worries us');
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(quote).toBeGreaterThan(answer);
    expect(refusal).toBeGreaterThan(quote);
    expect(stdout).toContain(T.didYouMean);
    expect(stdout).not.toContain(TT.prompt);
    expect(r.stderr).toContain('terminal mode');
  });

  it('finds a /kb add answer at once and keeps it in the database for the next session', async () => {
    const database = join(dir, 'kb.sqlite');
    const first = await start(
      '/kb add --question "Which city hosted the talks?" --answer "Rome hosted the talks." --cite "In Rome on Friday"\n/ask Which city hosted the talks?\n',
      database,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(T.entryTitle('added', 1));
    const afterAdd = first.stdout.slice(first.stdout.indexOf(T.entryTitle('added', 1)));
    expect(afterAdd).toMatch(/Rome hosted the talks\.\s+\[P3\.1\] In Rome on Friday, Le Drian said/);

    const second = await start('which city hosted the talks\n/kb list\n', database);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Rome hosted the talks\./);
    expect(second.stdout).toContain('#1 Which city hosted the talks? — Rome hosted the talks.');
  });

  it('answers a bad command with one helpful line and carries on', async () => {
    const r = await start('/frobnicate now\n/qoute moavero\n/kb stats\n/source\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(TT.unknownCommand('frobnicate', undefined, ['ask', 'quote', 'source', 'help', 'kb', 'exit', 'quit']));
    expect(lines[2]).toMatch(/^Unknown command \/qoute\. Did you mean \/quote\?/);
    expect(lines[4]).toMatch(/^\/kb has no subcommand “stats”; use one of: add, edit/);
    expect(r.stdout).toContain('Source: Xinhua');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends cleanly on empty input', async () => {
    const r = await start('');
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });
});
