import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE, DEFAULT_DATABASE_PATH, loadConfig } from '../../src/config.ts';
import { isCitebotError } from '../../src/core/errors.ts';

const TOKEN = 'MTIzNDU2Nzg5.secret-token.value';

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (isCitebotError(error) && error.code === 'E_CONFIG') return error.details;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('fills in defaults with no variables at all (terminal mode)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      token: undefined,
      clientId: undefined,
      guildId: undefined,
      moderatorRoleIds: [],
      databasePath: DEFAULT_DATABASE_PATH,
      article: DEFAULT_ARTICLE,
      logLevel: 'info',
      apiBase: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      MODERATOR_ROLE_IDS: ' 323456789012345678, 423456789012345678 ,',
      DATABASE_PATH: ':memory:',
      ARTICLE: 'some-article',
      LOG_LEVEL: 'debug',
      DISCORD_API_BASE: 'http://127.0.0.1:5000/api',
    });
    expect(config.token).toBe(TOKEN);
    expect(config).toMatchObject({
      clientId: '123456789012345678',
      guildId: '223456789012345678',
      moderatorRoleIds: ['323456789012345678', '423456789012345678'],
      databasePath: ':memory:',
      article: 'some-article',
      logLevel: 'debug',
      apiBase: 'http://127.0.0.1:5000/api',
    });
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '', LOG_LEVEL: ' ', MODERATOR_ROLE_IDS: '' });
    expect(config.token).toBeUndefined();
    expect(config.logLevel).toBe('info');
  });

  it('never lets the token out through serialisation', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN });
    expect(JSON.stringify(config)).not.toContain(TOKEN);
    expect(Object.keys(config)).not.toContain('token');
    expect(String(Object.entries(config))).not.toContain(TOKEN);
  });

  it.each([
    ['DISCORD_CLIENT_ID', 'abc', 'DISCORD_CLIENT_ID'],
    ['DISCORD_GUILD_ID', '12x', 'DISCORD_GUILD_ID'],
    ['MODERATOR_ROLE_IDS', '1,two,3', 'two'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
    ['DISCORD_API_BASE', 'ftp://x', 'DISCORD_API_BASE'],
    ['DISCORD_API_BASE', 'not a url', 'DISCORD_API_BASE'],
    ['ARTICLE', '../etc', 'ARTICLE'],
    ['DISCORD_TOKEN', 'has a space', 'DISCORD_TOKEN'],
  ])('rejects %s=%j', (name, value, mentioned) => {
    const found = problems({ [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(mentioned);
  });

  it('lists every problem in one error and never echoes the token', () => {
    let caught: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'x', LOG_LEVEL: 'loud', MODERATOR_ROLE_IDS: TOKEN });
    } catch (error) {
      caught = error;
    }
    expect(isCitebotError(caught)).toBe(true);
    if (!isCitebotError(caught)) return;
    expect(caught.code).toBe('E_CONFIG');
    expect(caught.details).toHaveLength(3);
    expect(caught.message).toContain('DISCORD_CLIENT_ID');
    expect(caught.message).toContain('LOG_LEVEL');
    expect(caught.message).toContain('MODERATOR_ROLE_IDS');
    expect(caught.message).not.toContain(TOKEN);
    expect(caught.details.join('\n')).not.toContain(TOKEN);
  });
});
