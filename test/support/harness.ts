/**
 * Starts the real bot (src/discord) with the real app on an in-memory database against a FakeDiscord,
 * and captures its log lines. `stop()` destroys the client first, then the fake.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { expectAllBodiesValid, expectCleanTraffic, expectOneTimelyCallbackEach } from './assertions.ts';
import { createApp } from '../../src/app.ts';
import type { App } from '../../src/app.ts';
import { startBot } from '../../src/discord/bot.ts';
import type { Bot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord } from './fake-discord.ts';
import type { FakeDiscordOptions } from './fake-discord.ts';

export interface Harness {
  readonly fake: FakeDiscord;
  readonly app: App;
  readonly bot: Bot;
  /** Parsed pino lines the bot wrote. */
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startHarness(options: FakeDiscordOptions & { moderatorRoles?: boolean } = {}): Promise<Harness> {
  const fake = new FakeDiscord(options);
  await fake.start();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = createApp({ databasePath: ':memory:' });
  const bot = await startBot({
    app,
    token: fake.token,
    moderatorRoleIds: options.moderatorRoles === false ? [] : [fake.moderatorRoleId],
    log: createLogger('info', sink),
    client: { apiBase: fake.restApi, rest: { retries: 0, timeout: 2_000 } },
  });
  return {
    fake,
    app,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.stop();
      app.close();
    },
  };
}

/** A harness shared by one test file: started before its tests, checked and stopped after them. */
export interface SharedHarness {
  /** The running harness (valid inside tests and hooks). */
  readonly h: Harness;
  /** Dispatches an interaction and remembers its id for the end-of-file checks. */
  run(this: void, interaction: Parameters<FakeDiscord['interact']>[0]): ReturnType<FakeDiscord['interact']>;
}

/**
 * Registers beforeAll/afterAll for a file: start the bot against a fake Discord, and at the end assert that
 * every dispatched interaction got exactly one timely callback, every body was within Discord's limits and no
 * unexpected request was made.
 */
export function useHarness(options: FakeDiscordOptions & { moderatorRoles?: boolean } = {}): SharedHarness {
  let current: Harness | undefined;
  const ids: string[] = [];
  beforeAll(async () => {
    current = await startHarness(options);
  });
  afterAll(async () => {
    if (!current) return;
    expectOneTimelyCallbackEach(current.fake, ids);
    expectAllBodiesValid(current.fake);
    expectCleanTraffic(current.fake);
    await current.stop();
  });
  return {
    get h(): Harness {
      if (!current) throw new Error('The harness is used before beforeAll started it.');
      return current;
    },
    run(interaction) {
      ids.push(String((interaction as { id: string }).id));
      if (!current) throw new Error('The harness is used before beforeAll started it.');
      return current.fake.interact(interaction);
    },
  };
}
