/** The error boundary, the acknowledgement deadline, REST faults and minimal payloads. */
import { describe, expect, it, vi } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import askCommand from '../../commands/ask.ts';
import { T } from '../../src/replies/texts.ts';
import { dataOf, embedOf, typeOf } from '../support/assertions.ts';
import { snowflake } from '../support/fake-discord.ts';
import { useHarness } from '../support/harness.ts';

const STR = ApplicationCommandOptionType.String;
const shared = useHarness();
const run = (interaction: Parameters<typeof shared.run>[0]) => shared.run(interaction);

const askPayload = (question: string) => shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: question }]);


describe('error boundary', () => {
  it('answers an unexpected error with a private "Something went wrong (ref …)", logs it, and keeps serving', async () => {
    const spy = vi.spyOn(shared.h.app.knowledge, 'ask').mockImplementationOnce(() => {
      throw new Error('index exploded');
    });
    const cb = await run(askPayload('Who met in Rome?'));
    spy.mockRestore();
    expect(typeOf(cb)).toBe(4);
    expect(dataOf(cb).flags).toBe(64);
    const ref = /\(ref ([0-9a-f]+)\)/.exec(dataOf(cb).content ?? '')?.[1];
    expect(ref).toBeDefined();
    expect(dataOf(cb).content).toBe(T.error(ref ?? ''));
    const line = shared.h.logs.find((l) => l.ref === ref);
    expect(line).toMatchObject({ level: 50, msg: 'interaction failed', interaction: { command: 'ask' } });
    expect((line?.err as { message: string }).message).toBe('index exploded');

    const next = await run(askPayload('Who met in Rome?'));
    expect(embedOf(dataOf(next)).description).toMatch(/Rome/);
  });

  it('answers autocomplete with no choices when suggestions fail', async () => {
    const spy = vi.spyOn(shared.h.app.engine, 'completeQuestion').mockImplementationOnce(() => {
      throw new Error('autocomplete exploded');
    });
    const cb = await run(shared.h.fake.autocomplete('ask', 'question', 'who'));
    spy.mockRestore();
    expect(typeOf(cb)).toBe(8);
    expect(dataOf(cb).choices).toEqual([]);
  });

  it('survives Discord refusing a callback (logged, no crash, still serving)', async () => {
    shared.h.fake.faults.set('callback', { status: 500, body: { message: 'Internal Server Error', code: 0 } });
    const failing = askPayload('Who met in Rome?');
    await shared.h.fake.interact(failing);
    await shared.h.fake.waitFor((r) => r.kind === 'callback' && r.interactionId === failing.id && shared.h.fake.callbacksFor(failing.id).length === 2);
    shared.h.fake.faults.delete('callback');
    await vi.waitFor(() => expect(shared.h.logs.some((l) => l.msg === 'could not report the error to the user')).toBe(true));
    const next = await run(askPayload('Who wrote the article?'));
    expect(next.status).toBe(204);
    // The failed interaction is not in `ids`: its two attempts were both refused by the fault.
    shared.h.fake.requests.splice(0, shared.h.fake.requests.length, ...shared.h.fake.requests.filter((r) => r.interactionId !== failing.id));
  });

  it('defers a slow handler before the deadline, then edits the reply', async () => {
    const original = askCommand.run.bind(askCommand);
    const spy = vi.spyOn(askCommand, 'run').mockImplementationOnce(async (inv, ctx) => {
      await new Promise((r) => setTimeout(r, 2_300));
      return original(inv, ctx);
    });
    const interaction = askPayload('Who met in Rome?');
    const cb = await run(interaction);
    expect(typeOf(cb)).toBe(5);
    expect(cb.elapsedMs).toBeLessThan(2_500);
    const edit = await shared.h.fake.waitFor((r) => r.kind === 'edit' && r.path.includes(interaction.token), 3_000);
    spy.mockRestore();
    expect((edit.body as { embeds: { description: string }[] }).embeds[0]?.description).toMatch(/Rome/);
  });
});

describe('minimal payloads', () => {
  it('answers an interaction from an uncached server with no channel, entitlements or owners', async () => {
    const full = askPayload('Who met in Rome?');
    const { entitlements: _e, authorizing_integration_owners: _a, channel: _c, app_permissions: _p, ...rest } = full;
    const minimal = { ...rest, guild_id: snowflake(), member: { ...full.member, roles: [] } };
    const cb = await run(minimal);
    expect(typeOf(cb)).toBe(4);
    expect(embedOf(dataOf(cb)).description).toMatch(/Rome/);
  });

  it('answers a user-only (DM) interaction and a button press without a message', async () => {
    const dm = shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: 'Who wrote the article?' }], shared.h.fake.member, { inDm: true });
    const cb = await run(dm);
    expect(embedOf(dataOf(cb)).description).toMatch(/Fumo/);
    const { message: _m, ...button } = shared.h.fake.button('ask:ctx:P1.1');
    const pressed = await run(button);
    expect(embedOf(dataOf(pressed)).title).toContain('P1.1');
  });

  it('refuses /kb in a DM', async () => {
    const dm = shared.h.fake.chatInput('kb', [{ name: 'list', type: ApplicationCommandOptionType.Subcommand, options: [] }], shared.h.fake.moderator, { inDm: true });
    const cb = await run(dm);
    expect(dataOf(cb).content).toBe(T.refusal('guild-only', 'kb'));
    expect(dataOf(cb).flags).toBe(64);
  });
});
