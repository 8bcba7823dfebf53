/**
 * `npm run deploy-commands`: registers the commands of the registry with Discord — in one server when
 * DISCORD_GUILD_ID is set (instant, for development), otherwise globally. PUT replaces the whole set.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import dotenv from 'dotenv';
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from '../commands/index.ts';
import { loadConfig } from '../src/config.ts';
import type { Config } from '../src/config.ts';
import { isCitebotError } from '../src/core/errors.ts';

/** Registers every command; returns how many Discord accepted and where. */
export async function deployCommands(config: Config): Promise<{ count: number; scope: string }> {
  const problems = [
    ...(config.token === undefined ? ['DISCORD_TOKEN is required to deploy commands'] : []),
    ...(config.clientId === undefined ? ['DISCORD_CLIENT_ID is required to deploy commands'] : []),
  ];
  if (config.token === undefined || config.clientId === undefined) {
    throw new Error(`Cannot deploy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const rest = new REST({ version: '10', ...(config.apiBase !== undefined ? { api: config.apiBase } : {}) }).setToken(config.token);
  const body = commandDefinitions();
  const route = config.guildId !== undefined ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { count: Array.isArray(result) ? result.length : body.length, scope: config.guildId !== undefined ? `server ${config.guildId}` : 'globally' };
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${isCitebotError(error) ? error.message : String(error)}\n`);
    process.exit(1);
  }
  try {
    const { count, scope } = await deployCommands(config);
    process.stdout.write(`Deployed ${count} commands ${scope}.\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

// Run only as a script, so tests can import deployCommands.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
