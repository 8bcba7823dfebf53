/** The discord.js client: only the intents the features need, no mentions by default, an injectable REST base. */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './respond.ts';

/**
 * Guilds: slash commands. GuildMessages + DirectMessages: mentions and DMs (the content of messages that mention
 * the bot and of DMs arrives without the privileged MessageContent intent). Partials.Channel: DMs need it.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface ClientSettings {
  /** REST base handed to discord.js unchanged (it appends /v10); undefined keeps https://discord.com/api. */
  readonly apiBase?: string | undefined;
  /** Extra REST options (tests: retries, timeout). */
  readonly rest?: ClientOptions['rest'];
  /** How long to wait for servers announced in READY before serving (ms). Default 1000. */
  readonly waitGuildTimeout?: number;
}

export function createClient(settings: ClientSettings = {}): Client {
  return new Client({
    intents: [...INTENTS],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // The bot needs no server cache to answer, so it serves soon after READY even if a server is slow to arrive.
    waitGuildTimeout: settings.waitGuildTimeout ?? 1_000,
    rest: { ...settings.rest, ...(settings.apiBase !== undefined ? { api: settings.apiBase } : {}) },
  });
}
