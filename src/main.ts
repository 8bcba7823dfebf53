/**
 * `npm start`: loads .env and the configuration, builds the app, then serves Discord when DISCORD_TOKEN is set,
 * else runs the terminal mode. Shuts down cleanly on SIGINT/SIGTERM.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import dotenv from 'dotenv';
import { createApp } from './app.ts';
import type { App } from './app.ts';
import { loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { isCitebotError } from './core/errors.ts';
import { startBot } from './discord/bot.ts';
import type { Bot } from './discord/bot.ts';
import { createLogger } from './log.ts';
import type { Logger } from './log.ts';

/** Longest a shutdown may take before the process exits anyway (the contract allows 5 s). */
const SHUTDOWN_GRACE_MS = 3_000;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function configure(): Config {
  dotenv.config({ quiet: true });
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (isCitebotError(error)) fail(error.message);
    throw error;
  }
}

function openApp(config: Config, log: Logger): App {
  try {
    if (config.databasePath !== ':memory:') mkdirSync(dirname(config.databasePath), { recursive: true });
    return createApp({ article: config.article, databasePath: config.databasePath });
  } catch (error) {
    if (isCitebotError(error)) {
      log.fatal({ code: error.code, details: error.details }, error.message);
      fail(`citebot could not start: ${error.message}`);
    }
    throw error;
  }
}

async function runTerminalMode(app: App, config: Config): Promise<void> {
  // Loaded only in terminal mode, so the Discord bot never pays for it.
  const { runTerminal } = await import('./terminal/index.ts');
  await runTerminal(app, config);
}

async function main(): Promise<void> {
  const config = configure();
  const log = createLogger(config.logLevel);
  const app = openApp(config, log);

  if (config.token === undefined) {
    await runTerminalMode(app, config);
    return;
  }

  let bot: Bot | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    void (async () => {
      try {
        await bot?.stop();
        log.debug('disconnected');
      } catch (error) {
        log.warn({ err: error }, 'disconnect failed');
      }
      app.close();
      log.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  try {
    bot = await startBot({
      app,
      token: config.token,
      clientId: config.clientId,
      moderatorRoleIds: config.moderatorRoleIds,
      log,
      client: { apiBase: config.apiBase },
    });
  } catch (error) {
    if (stopping) return;
    log.fatal({ err: error }, 'could not connect to Discord');
    app.close();
    fail(`citebot could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (stopping) await bot.stop();
}

await main();
