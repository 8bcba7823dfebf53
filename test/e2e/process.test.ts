/**
 * `npm start` as a user runs it: a separate process pointed at the fake Discord through DISCORD_API_BASE.
 * Covers start-up, serving, a 500-interaction burst, the token never printed, and SIGTERM to the process group.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';

const T = ApplicationCommandOptionType;
import { dataOf, embedOf, expectAllBodiesValid, expectCleanTraffic, typeOf } from '../support/assertions.ts';
import { FakeDiscord } from '../support/fake-discord.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

interface Running {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(command: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/** Processes of a process group that are still running (not zombies). */
function liveProcessesIn(pgid: number): number {
  try {
    return execFileSync('ps', ['-o', 'stat=', '-g', String(pgid)], { encoding: 'utf8' })
      .split('\n')
      .filter((stat) => stat.trim() !== '' && !stat.trim().startsWith('Z')).length;
  } catch {
    return 0; // ps exits 1 when the group is empty
  }
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const stop = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > stop) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('npm start against a fake Discord', () => {
  const fake = new FakeDiscord();
  const dir = mkdtempSync(join(tmpdir(), 'citebot-e2e-'));
  let bot: Running;

  beforeAll(async () => {
    await fake.start();
    bot = start('npm', ['start', '--silent'], {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.restApi,
      DATABASE_PATH: join(dir, 'citebot.sqlite'),
      LOG_LEVEL: 'debug',
    });
    const spawned = Date.now();
    await until(() => bot.output().includes('"msg":"ready"'), 15_000, 'the bot to be ready');
    console.log(`npm start: ready ${Date.now() - spawned} ms after spawn`);
  }, 20_000);

  afterAll(async () => {
    try {
      if (bot.child.pid !== undefined) process.kill(-bot.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves /ask, /help, autocomplete and refuses /kb add to a member', async () => {
    const ask = await fake.interact(fake.chatInput('ask', [{ name: 'question', type: T.String, value: 'Who met in Rome?' }]));
    expect(typeOf(ask)).toBe(4);
    expect(embedOf(dataOf(ask)).fields[0]?.name).toMatch(/^Cited · P/);
    const help = await fake.interact(fake.chatInput('help'));
    expect(embedOf(dataOf(help)).fields.length).toBe(5);
    const complete = await fake.interact(fake.autocomplete('ask', 'question', 'who'));
    expect(dataOf(complete).choices.length).toBeGreaterThan(0);
    const refused = await fake.interact(fake.chatInput('kb', [{ name: 'add', type: ApplicationCommandOptionType.Subcommand, options: [] }], fake.member));
    expect(typeOf(refused)).toBe(4);
    expect(dataOf(refused).flags).toBe(64);
  });

  it('acknowledges a burst of 500 /ask within 3 s each', async () => {
    const questions = ['Who met in Rome?', 'Who wrote the article?', 'What is the population of Libya?', 'What did Salvini accuse France of?'];
    const xs = Array.from({ length: 500 }, (_, i) => fake.chatInput('ask', [{ name: 'question', type: T.String, value: questions[i % questions.length] ?? '' }]));
    const callbacks = await Promise.all(xs.map((x) => fake.interact(x, 10_000)));
    const times = callbacks.map((c) => c.elapsedMs ?? Infinity).sort((a, b) => a - b);
    const p99 = times[Math.ceil(0.99 * times.length) - 1] ?? Infinity;
    console.log(`npm start load: 500 /ask; ack p50 ${(times[249] ?? NaN).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${(times[499] ?? NaN).toFixed(1)} ms`);
    expect(callbacks.every((c) => c.status === 204)).toBe(true);
    expect(times[499]).toBeLessThan(3_000);
  });

  it('sends only valid bodies, never prints the token, and stops on SIGTERM within 5 s', async () => {
    expectAllBodiesValid(fake);
    expectCleanTraffic(fake);
    const pid = bot.child.pid ?? 0;
    const sent = Date.now();
    process.kill(-pid, 'SIGTERM');
    const { code } = await bot.exited;
    expect(code === 0 || code === null).toBe(true);
    // The whole process group is gone (zombies waiting for init to reap them have already ended).
    await until(() => liveProcessesIn(pid) === 0, 5_000, 'the process group to exit');
    const took = Date.now() - sent;
    console.log(`npm start: every process gone ${took} ms after SIGTERM`);
    expect(took).toBeLessThan(5_000);
    expect(bot.output()).not.toContain(fake.token);
    // the last lines may still be in the pipe when the processes are gone: give them a moment to be read
    await until(() => bot.output().includes('"msg":"shutting down"'), 2_000, 'the shutdown line').catch(() => undefined);
    expect(bot.output()).toContain('"msg":"shutting down"');
  }, 15_000);
});

describe('invalid configuration', () => {
  it('lists every problem in one message, exits 1 and never echoes the token', async () => {
    const token = 'super.secret.token-value';
    const run = start(join(ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      DISCORD_TOKEN: token,
      DISCORD_CLIENT_ID: 'not-an-id',
      LOG_LEVEL: 'loud',
      MODERATOR_ROLE_IDS: `123,${token}`,
    });
    const { code } = await run.exited;
    expect(code).toBe(1);
    const out = run.output();
    expect(out).toMatch(/^Invalid configuration:\n/);
    expect(out).toContain('DISCORD_CLIENT_ID');
    expect(out).toContain('LOG_LEVEL');
    expect(out).toContain('MODERATOR_ROLE_IDS');
    expect(out).not.toContain(token);
  }, 15_000);
});
