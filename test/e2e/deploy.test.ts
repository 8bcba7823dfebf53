/** `npm run deploy-commands` against the fake: one server when DISCORD_GUILD_ID is set, else global; the registry's definitions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, commands } from '../../commands/index.ts';
import { deployCommands } from '../../scripts/deploy-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { FakeDiscord } from '../support/fake-discord.ts';

const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('deploy-commands', () => {
  it('registers globally without DISCORD_GUILD_ID', async () => {
    const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_BASE: fake.restApi });
    expect(await deployCommands(config)).toEqual({ count: commands.length, scope: 'globally' });
    const put = fake.requests.find((r) => r.kind === 'commands');
    expect(put?.path).toBe(`/api/v10/applications/${fake.applicationId}/commands`);
    expect(put?.body).toEqual(commandDefinitions());
  });

  it('needs the token and the application id', async () => {
    await expect(deployCommands(loadConfig({ DISCORD_API_BASE: fake.restApi }))).rejects.toThrow(/DISCORD_TOKEN.*\n.*DISCORD_CLIENT_ID/);
  });
});

describe('the registry', () => {
  it('has unique names, and every definition is inside Discord limits', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) {
      const json = JSON.stringify(c.data);
      expect(c.data.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(c.data.description.length).toBeLessThanOrEqual(100);
      expect(json.length).toBeLessThan(8000);
      expect((c.data.options ?? []).length).toBeLessThanOrEqual(25);
      for (const o of c.data.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('makes /kb add a direct subcommand of /kb', () => {
    const kb = commands.find((c) => c.data.name === 'kb');
    expect(kb?.data.options?.find((o) => o.name === 'add')?.type).toBe(1);
  });
});
