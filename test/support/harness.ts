/**
 * Starts the real bot (src/discord) with the real app on an in-memory database against a FakeDiscord,
 * and captures its log lines. `stop()` destroys the client first, then the fake.
 */
import { Writable } from 'node:stream';
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
