/**
 * Environment → typed, validated, frozen Config. The bot, the deploy script and the terminal mode share this
 * loader; nothing else reads `process.env`.
 */
import { z } from 'zod';
import { CitebotError } from './core/errors.ts';

/** The seed article, used when ARTICLE is unset. */
export const DEFAULT_ARTICLE = 'xinhua-2019-04-19-italy-france-libya';
/** Where moderator answers live when DATABASE_PATH is unset. */
export const DEFAULT_DATABASE_PATH = './data/citebot.sqlite';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Typed configuration. `token` is non-enumerable so that logging or serialising the config never prints it. */
export interface Config {
  /** Bot token; undefined means terminal mode. Never printed. */
  readonly token: string | undefined;
  /** Application id; the deploy script needs it, the bot takes it from READY when unset. */
  readonly clientId: string | undefined;
  /** Deploy the commands to this one server instead of globally. */
  readonly guildId: string | undefined;
  /** Role ids whose members may use /kb in addition to Manage Server holders. */
  readonly moderatorRoleIds: readonly string[];
  /** SQLite file of moderator answers (':memory:' allowed). Default ./data/citebot.sqlite. */
  readonly databasePath: string;
  /** Slug of the article under knowledge/. Default the seed article. */
  readonly article: string;
  /** pino level. Default info. */
  readonly logLevel: LogLevel;
  /** REST base URL handed to discord.js unchanged (it appends /v10); undefined → Discord's own. */
  readonly apiBase: string | undefined;
}

const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a Discord id (digits only)');

// Empty values count as unset: `.env` files often carry `NAME=` lines.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

const schema = z.object({
  DISCORD_TOKEN: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  MODERATOR_ROLE_IDS: optional(z.string()),
  DATABASE_PATH: optional(z.string()),
  ARTICLE: optional(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a folder name under knowledge/ (letters, digits, . _ -)')),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  DISCORD_API_BASE: optional(
    z.string().refine((v) => {
      try {
        const url = new URL(v);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }, 'must be an http(s) URL such as http://127.0.0.1:8080/api'),
  ),
});

/** What `loadConfig` needs: any string map, e.g. `process.env` after dotenv. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses and validates the environment. Throws one CitebotError('E_CONFIG') whose `details` list every problem;
 * the token's value never appears in a message.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const parsed = schema.safeParse(env);
  const token = typeof env.DISCORD_TOKEN === 'string' && env.DISCORD_TOKEN.trim() !== '' ? env.DISCORD_TOKEN.trim() : undefined;
  const redact = (text: string): string => (token ? text.split(token).join('[redacted]') : text);

  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      problems.push(`${name} ${issue.message}`);
    }
  }

  const roleIds: string[] = [];
  const rawRoles = typeof env.MODERATOR_ROLE_IDS === 'string' ? env.MODERATOR_ROLE_IDS : '';
  for (const part of rawRoles.split(',')) {
    const id = part.trim();
    if (id === '') continue;
    if (/^\d{1,20}$/.test(id)) roleIds.push(id);
    else problems.push(`MODERATOR_ROLE_IDS must be a comma-separated list of role ids; "${redact(id)}" is not one`);
  }

  if (problems.length > 0 || !parsed.success) {
    const details = problems.map(redact);
    throw new CitebotError('E_CONFIG', `Invalid configuration:\n${details.map((d) => `  - ${d}`).join('\n')}`, details);
  }

  const data = parsed.data;
  const config = {
    clientId: data.DISCORD_CLIENT_ID,
    guildId: data.DISCORD_GUILD_ID,
    moderatorRoleIds: Object.freeze(roleIds),
    databasePath: data.DATABASE_PATH ?? DEFAULT_DATABASE_PATH,
    article: data.ARTICLE ?? DEFAULT_ARTICLE,
    logLevel: data.LOG_LEVEL ?? 'info',
    apiBase: data.DISCORD_API_BASE,
  };
  Object.defineProperty(config, 'token', { value: data.DISCORD_TOKEN, enumerable: false });
  return Object.freeze(config) as Config;
}
