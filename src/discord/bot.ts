/** Wires the client, the dispatcher and the message handler together, logs in and serves. */
import { Events } from 'discord.js';
import type { Client } from 'discord.js';
import { helpEntries } from '../../commands/index.ts';
import type { CommandContext } from '../../commands/define.ts';
import type { App } from '../app.ts';
import type { Logger } from '../log.ts';
import { createClient } from './client.ts';
import type { ClientSettings } from './client.ts';
import { handleMessage } from './messages.ts';
import { createRouter } from './router.ts';

export interface BotOptions {
  readonly app: App;
  readonly token: string;
  readonly moderatorRoleIds: readonly string[];
  readonly log: Logger;
  /** Application id to assume when READY carries none. */
  readonly clientId?: string | undefined;
  readonly client?: ClientSettings;
}

export interface Bot {
  readonly client: Client<true>;
  /** Disconnects from the gateway; idempotent. */
  stop(): Promise<void>;
}

/** Logs in and resolves once the bot serves (clientReady). */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { app, log } = options;
  const client = createClient(options.client);
  const ctx: CommandContext = { app, log, help: helpEntries };
  const route = createRouter({ ctx, moderatorRoleIds: options.moderatorRoleIds, log });

  client.on('raw', (packet: unknown) => tolerate(packet, client, options.clientId));
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.MessageCreate, (message) => void handleMessage(client, message, ctx, log));
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const served = await ready;
  log.info({ user: served.user.tag, guilds: served.guilds.cache.size }, 'ready');

  let stopped = false;
  return {
    client: served,
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}

// --- internal ---

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fills fields that discord.js needs to build its objects but a minimal payload may leave out, so such a payload
 * still gets an answer instead of being dropped. Runs on the raw dispatch, before discord.js handles it.
 */
function tolerate(packet: unknown, client: Client, clientId: string | undefined): void {
  if (!isObject(packet) || !isObject(packet.d)) return;
  const d = packet.d;
  if (packet.t === 'READY') {
    const user = isObject(d.user) ? d.user : {};
    d.application ??= { id: clientId ?? user.id, flags: 0 };
    d.guilds ??= [];
    return;
  }
  if (packet.t === 'MESSAGE_CREATE') {
    // Without a channel type discord.js cannot build an uncached DM channel and drops the message.
    d.channel_type ??= typeof d.guild_id === 'string' ? 0 : 1;
    return;
  }
  if (packet.t !== 'INTERACTION_CREATE') return;
  d.entitlements ??= [];
  d.authorizing_integration_owners ??= {};
  if (isObject(d.member) && !isObject(d.member.user) && isObject(d.user)) d.member.user = d.user;
  if (isObject(d.member) && !Array.isArray(d.member.roles)) d.member.roles = [];
  if (!isObject(d.data)) return;
  if (d.type === 5) d.data.components ??= [];
  if (d.type === 3 && !isObject(d.message)) {
    d.message = {
      id: typeof d.id === 'string' ? d.id : '0',
      channel_id: typeof d.channel_id === 'string' ? d.channel_id : '0',
      author: { id: client.user?.id ?? clientId ?? '0', username: client.user?.username ?? 'citebot', discriminator: '0', avatar: null, global_name: null, bot: true },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      components: [],
    };
  }
}
