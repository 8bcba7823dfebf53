/**
 * A small fake of Discord on 127.0.0.1 — REST (node:http) and the gateway (ws) — that a real discord.js Client
 * logs into. It records every request and frame, answers interaction callbacks like Discord (3 s deadline,
 * 10062 after it, 40060 on a second callback) and builds typed INTERACTION_CREATE / MESSAGE_CREATE payloads.
 */
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { ApplicationCommandOptionType, ApplicationCommandType, ChannelType, ComponentType, InteractionType } from 'discord-api-types/v10';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APIModalSubmitInteraction,
  APIUser,
  GatewayDispatchPayload,
} from 'discord-api-types/v10';

const DISCORD_EPOCH = 1_420_070_400_000n;
let sequence = 0n;
/** A realistic, increasing snowflake (the REST bucket regexes expect 17–19 digits). */
export const snowflake = (): string => String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (sequence++ & 0xfffn));

export const MANAGE_GUILD = 1n << 5n;
export const ADMINISTRATOR = 1n << 3n;
/** Permissions of an ordinary member: view channel, send messages, read history. */
export const MEMBER_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 16n);

/** One HTTP request the bot made. */
export interface RestRecord {
  readonly kind: 'callback' | 'edit' | 'followup' | 'channel-message' | 'commands' | 'gateway' | 'attachment' | 'unmatched';
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
  readonly files: readonly { name: string; content: string }[];
  /** ms since the interaction was dispatched (interaction routes only). */
  readonly elapsedMs?: number;
  readonly interactionId?: string;
  readonly status: number;
  readonly at: number;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  /** Permission bits when acting in the guild. */
  readonly permissions: bigint;
  readonly roles: readonly string[];
}

export interface FakeDiscordOptions {
  readonly token?: string;
  /** The callback deadline in ms (Discord: 3000). */
  readonly deadlineMs?: number;
  /** Send GUILD_CREATE for the guild after READY (default true). */
  readonly sendGuildCreate?: boolean;
}

type Json = Record<string, unknown>;

export class FakeDiscord extends EventEmitter {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  readonly moderatorRoleId = snowflake();
  readonly bot: APIUser = { id: this.applicationId, username: 'citebot', discriminator: '0', global_name: null, avatar: null, bot: true };
  readonly moderator: FakeUser = { id: snowflake(), username: 'mod', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD, roles: [] };
  readonly member: FakeUser = { id: snowflake(), username: 'reader', permissions: MEMBER_PERMISSIONS, roles: [] };
  readonly roleModerator: FakeUser = { id: snowflake(), username: 'helper', permissions: MEMBER_PERMISSIONS, roles: [this.moderatorRoleId] };

  /** Every REST request, in order. */
  readonly requests: RestRecord[] = [];
  /** Every frame the client sent (IDENTIFY, heartbeats …). */
  readonly clientFrames: Json[] = [];
  /** Files served at /attachments/<name> (import tests). */
  readonly attachments = new Map<string, string>();
  /** Forced answers per record kind (e.g. { callback: { status: 500, body: {...} } }). */
  readonly faults = new Map<RestRecord['kind'], { status: number; body: Json }>();

  private readonly deadlineMs: number;
  private readonly sendGuildCreate: boolean;
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private readonly sockets = new Set<WebSocket>();
  private readonly tcp = new Set<Socket>();
  private seq = 0;
  private readonly dispatchedAt = new Map<string, number>();
  private readonly acknowledged = new Set<string>();
  private port = 0;
  /** One waiter per interaction id, so thousands of waiting interactions cost O(1) per callback. */
  private readonly callbackWaiters = new Map<string, (r: RestRecord) => void>();

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.setMaxListeners(0);
    this.token = options.token ?? `fake.${snowflake()}.token`;
    this.deadlineMs = options.deadlineMs ?? 3_000;
    this.sendGuildCreate = options.sendGuildCreate ?? true;
  }

  /** The REST base to hand to discord.js (`rest.api`); it appends /v10. */
  get restApi(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    server.keepAliveTimeout = 1_000;
    server.on('connection', (s) => {
      this.tcp.add(s);
      s.on('close', () => this.tcp.delete(s));
    });
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    this.wss = wss;
  }

  /** Closes every socket and the server. Destroy the client first. */
  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    for (const s of this.tcp) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // --- gateway -------------------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (raw: Buffer) => {
      const frame = JSON.parse(raw.toString('utf8')) as Json;
      this.clientFrames.push(frame);
      this.emit('frame', frame);
      switch (frame.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11 }));
          break;
        case 2: {
          const d = frame.d as Json;
          if (d.token !== this.token) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          this.send(ws, 'READY', {
            v: 10,
            user: this.bot,
            guilds: [{ id: this.guildId, unavailable: true }],
            session_id: 'session',
            resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
            shard: [0, 1],
            application: { id: this.applicationId, flags: 0 },
          });
          if (this.sendGuildCreate) this.send(ws, 'GUILD_CREATE', this.guildPayload());
          break;
        }
        case 6:
          this.send(ws, 'RESUMED', {});
          break;
        default:
          break;
      }
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private send(ws: WebSocket, t: string, d: unknown): void {
    ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  private guildPayload(): Json {
    const now = new Date().toISOString();
    const members = [this.moderator, this.member, this.roleModerator].map((u) => ({
      user: this.user(u),
      roles: u.roles,
      joined_at: now,
      deaf: false,
      mute: false,
      flags: 0,
    }));
    return {
      id: this.guildId,
      name: 'Test server',
      icon: null,
      owner_id: this.moderator.id,
      unavailable: false,
      member_count: members.length,
      roles: [
        { id: this.guildId, name: '@everyone', permissions: String(MEMBER_PERMISSIONS), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        { id: this.moderatorRoleId, name: 'Helpers', permissions: String(MEMBER_PERMISSIONS), position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ],
      channels: [{ id: this.channelId, type: ChannelType.GuildText, name: 'general', guild_id: this.guildId, position: 0, permission_overwrites: [] }],
      members,
      emojis: [],
      stickers: [],
      features: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      joined_at: now,
      large: false,
    };
  }

  /** Sends a dispatch to every connected client. Interactions are timed from here. */
  dispatch(payload: GatewayDispatchPayload | { t: string; d: unknown }): void {
    const d = payload.d as Json;
    if (payload.t === 'INTERACTION_CREATE' && typeof d.id === 'string') this.dispatchedAt.set(d.id, performance.now());
    for (const ws of this.sockets) this.send(ws, payload.t, payload.d);
  }

  /** Dispatches an interaction and resolves with its first callback (or rejects after `timeoutMs`). */
  async interact(interaction: APIInteraction | Json, timeoutMs = 4_000): Promise<RestRecord> {
    const id = String((interaction as Json).id);
    const waiting = new Promise<RestRecord>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.callbackWaiters.delete(id);
        reject(new Error(`fake Discord: no callback for interaction ${id} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.callbackWaiters.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
    this.dispatch({ t: 'INTERACTION_CREATE', d: interaction });
    return waiting;
  }

  /** Resolves with the first recorded request (past or future) matching `predicate`. */
  waitFor(predicate: (r: RestRecord) => boolean, timeoutMs = 4_000): Promise<RestRecord> {
    const found = this.requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onRecord = (r: RestRecord): void => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.off('request', onRecord);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.off('request', onRecord);
        reject(new Error(`fake Discord: nothing matched within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('request', onRecord);
    });
  }

  /** Callbacks for one interaction. */
  callbacksFor(interactionId: string): RestRecord[] {
    return this.requests.filter((r) => r.kind === 'callback' && r.interactionId === interactionId);
  }

  // --- REST ----------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const authorization = req.headers.authorization;

    const reply = (kind: RestRecord['kind'], status: number, json: unknown, extra: Partial<RestRecord> = {}): void => {
      const fault = this.faults.get(kind);
      const finalStatus = fault?.status ?? status;
      const record: RestRecord = { kind, method, path, authorization, body, files, status: finalStatus, at: performance.now(), ...extra };
      this.requests.push(record);
      if (kind === 'callback' && extra.interactionId !== undefined) {
        const waiter = this.callbackWaiters.get(extra.interactionId);
        this.callbackWaiters.delete(extra.interactionId);
        waiter?.(record);
      }
      const out = fault ? fault.body : json;
      if (out === null) res.writeHead(finalStatus).end();
      else res.writeHead(finalStatus, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      this.emit('request', record);
    };

    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      if (authorization !== `Bot ${this.token}`) return reply('gateway', 401, { message: '401: Unauthorized', code: 0 });
      return reply('gateway', 200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && (m = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const id = m[1] ?? '';
      const started = this.dispatchedAt.get(id);
      const elapsedMs = started === undefined ? undefined : performance.now() - started;
      const extra = { interactionId: id, ...(elapsedMs !== undefined ? { elapsedMs } : {}) };
      if (elapsedMs === undefined || elapsedMs > this.deadlineMs) return reply('callback', 404, { message: 'Unknown interaction', code: 10062 }, extra);
      if (this.acknowledged.has(id)) return reply('callback', 400, { message: 'Interaction has already been acknowledged.', code: 40060 }, extra);
      this.acknowledged.add(id);
      return reply('callback', 204, null, extra);
    }
    if ((m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      if (method === 'PATCH') return reply('edit', 200, this.message(body));
      if (method === 'GET') return reply('edit', 200, this.message({}));
      return reply('edit', 204, null);
    }
    if (method === 'POST' && /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/.test(path)) return reply('followup', 200, this.message(body));
    if (method === 'POST' && (m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path))) return reply('channel-message', 200, this.message(body, m[1]));
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? (body as Json[]) : [];
      return reply('commands', 200, list.map((c) => ({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake() })));
    }
    if (method === 'GET' && (m = /^\/attachments\/(.+)$/.exec(path))) {
      const content = this.attachments.get(m[1] ?? '');
      if (content === undefined) return reply('attachment', 404, { message: 'not found' });
      const record: RestRecord = { kind: 'attachment', method, path, authorization, body: null, files: [], status: 200, at: performance.now() };
      this.requests.push(record);
      res.writeHead(200, { 'content-type': 'application/json' }).end(content);
      this.emit('request', record);
      return;
    }
    return reply('unmatched', 404, { message: '404: Not Found', code: 0 });
  }

  private message(body: unknown, channelId = this.channelId): APIMessage {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Json;
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.bot,
      content: typeof b.content === 'string' ? b.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(b.embeds) ? (b.embeds as APIMessage['embeds']) : [],
      pinned: false,
      type: 0,
      components: [],
    };
  }

  // --- payload builders ----------------------------------------------------------------------

  user(u: FakeUser): APIUser {
    return { id: u.id, username: u.username, discriminator: '0', global_name: null, avatar: null };
  }

  private memberOf(u: FakeUser): APIInteractionGuildMember {
    return {
      user: this.user(u),
      roles: [...u.roles],
      permissions: String(u.permissions),
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0 as APIInteractionGuildMember['flags'],
    };
  }

  /** The fields every guild interaction carries. `inDm` builds a DM interaction (user, no member). */
  private base(by: FakeUser, inDm = false) {
    return {
      id: snowflake(),
      application_id: this.applicationId,
      token: `itoken-${snowflake()}`,
      version: 1 as const,
      locale: 'en-US' as const,
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 10_000_000,
      ...(inDm
        ? { user: this.user(by), channel_id: this.dmChannelId, channel: { id: this.dmChannelId, type: ChannelType.DM as const }, context: 1 as const }
        : {
            guild_id: this.guildId,
            guild_locale: 'en-US' as const,
            member: this.memberOf(by),
            channel_id: this.channelId,
            channel: { id: this.channelId, type: ChannelType.GuildText as const },
            context: 0 as const,
          }),
    };
  }

  /** A slash command. `options` as Discord sends them (subcommands as type 1 options). */
  chatInput(name: string, options: APIApplicationCommandInteractionDataOption[] = [], by: FakeUser = this.member, extra: { inDm?: boolean; resolved?: Json } = {}): APIChatInputApplicationCommandInteraction {
    return {
      ...this.base(by, extra.inDm),
      type: InteractionType.ApplicationCommand,
      data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options, ...(extra.resolved ? { resolved: extra.resolved } : {}) },
    } as APIChatInputApplicationCommandInteraction;
  }

  /** Autocomplete while typing `value` into option `option`. */
  autocomplete(name: string, option: string, value: string, by: FakeUser = this.member): APIApplicationCommandAutocompleteInteraction {
    return {
      ...this.base(by),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: [{ name: option, type: ApplicationCommandOptionType.String, value, focused: true }] },
    } as APIApplicationCommandAutocompleteInteraction;
  }

  /** A button press on a message the bot sent. */
  button(customId: string, by: FakeUser = this.member): APIMessageComponentButtonInteraction {
    return {
      ...this.base(by),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.Button },
      message: this.message({}),
    } as APIMessageComponentButtonInteraction;
  }

  /** A modal submission; `style` picks Label components (current) or legacy action rows. */
  modalSubmit(customId: string, values: Record<string, string>, by: FakeUser = this.member, style: 'label' | 'row' = 'label'): APIModalSubmitInteraction {
    const components = Object.entries(values).map(([id, value]) =>
      style === 'label'
        ? { type: ComponentType.Label, id: 1, component: { type: ComponentType.TextInput, id: 2, custom_id: id, value } }
        : { type: ComponentType.ActionRow, id: 1, components: [{ type: ComponentType.TextInput, id: 2, custom_id: id, value }] },
    );
    return {
      ...this.base(by),
      type: InteractionType.ModalSubmit,
      data: { custom_id: customId, components },
    } as unknown as APIModalSubmitInteraction;
  }

  /** A message in the guild channel (optionally mentioning the bot) or in a DM. */
  messageCreate(content: string, by: FakeUser = this.member, where: { dm?: boolean; mentionBot?: boolean } = {}): Json {
    return {
      id: snowflake(),
      channel_id: where.dm ? this.dmChannelId : this.channelId,
      channel_type: where.dm ? ChannelType.DM : ChannelType.GuildText,
      ...(where.dm ? {} : { guild_id: this.guildId, member: { roles: [...by.roles], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
      author: this.user(by),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: where.mentionBot ? [this.bot] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    };
  }
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: { name: string; content: string }[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
    const files: { name: string; content: string }[] = [];
    let body: unknown = null;
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string') files.push({ name: value.name, content: await value.text() });
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}
