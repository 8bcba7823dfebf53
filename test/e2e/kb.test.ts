/** /kb through a real client and a fake Discord: refusals, the modal flow, list/show/remove, export/import, gaps, feedback. */
import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10';
import { deployCommands } from '../../scripts/deploy-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { T } from '../../src/replies/texts.ts';
import { buttonIds, dataOf, embedOf, typeOf } from '../support/assertions.ts';
import { ADMINISTRATOR, MEMBER_PERMISSIONS, snowflake } from '../support/fake-discord.ts';
import type { FakeUser } from '../support/fake-discord.ts';
import { useHarness } from '../support/harness.ts';
import { checkModal, textInputs } from '../support/limits.ts';

const SUB = ApplicationCommandOptionType.Subcommand;
const INT = ApplicationCommandOptionType.Integer;
const STR = ApplicationCommandOptionType.String;

const shared = useHarness();
const run = (interaction: Parameters<typeof shared.run>[0]) => shared.run(interaction);


const kb = (sub: string, by: FakeUser, options: APIApplicationCommandInteractionDataOption[] = []) =>
  run(shared.h.fake.chatInput('kb', [{ name: sub, type: SUB, options } as APIApplicationCommandInteractionDataOption], by));
const ask = (question: string, by: FakeUser = shared.h.fake.member) => run(shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: question }], by));
const entries = () => shared.h.app.store.list(shared.h.fake.guildId).total;

const ANSWER = 'The carpet in the meeting room was bright red. @everyone <@&123456789012345678>';

describe('permissions', () => {
  it('registers /kb with Manage Server as the default and for servers only', async () => {
    const config = loadConfig({ DISCORD_TOKEN: shared.h.fake.token, DISCORD_CLIENT_ID: shared.h.fake.applicationId, DISCORD_GUILD_ID: shared.h.fake.guildId, DISCORD_API_BASE: shared.h.fake.restApi });
    const result = await deployCommands(config);
    expect(result).toEqual({ count: 5, scope: `server ${shared.h.fake.guildId}` });
    const put = await shared.h.fake.waitFor((r) => r.kind === 'commands');
    expect(put.path).toBe(`/api/v10/applications/${shared.h.fake.applicationId}/guilds/${shared.h.fake.guildId}/commands`);
    expect(put.authorization).toBe(`Bot ${shared.h.fake.token}`);
    const body = put.body as { name: string; default_member_permissions?: string; contexts?: number[]; options?: { name: string; type: number }[] }[];
    const kbDef = body.find((c) => c.name === 'kb');
    expect(kbDef?.default_member_permissions).toBe('32');
    expect(kbDef?.contexts).toEqual([0]);
    expect(kbDef?.options?.find((o) => o.name === 'add')?.type).toBe(SUB);
  });

  it('refuses a non-moderator privately, shows no modal and stores nothing', async () => {
    const cb = await kb('add', shared.h.fake.member);
    expect(typeOf(cb)).toBe(4);
    expect(dataOf(cb).flags).toBe(64);
    expect(dataOf(cb).content).toBe(T.refusal('not-moderator', 'kb'));
    const submit = await run(shared.h.fake.modalSubmit('kb:add', { questions: 'Sneaky?', answer: 'Yes.' }, shared.h.fake.member));
    expect(dataOf(submit).content).toBe(T.refusal('not-moderator', 'kb'));
    const remove = await kb('remove', shared.h.fake.member, [{ name: 'id', type: INT, value: 1 }]);
    expect(dataOf(remove).flags).toBe(64);
    expect(entries()).toBe(0);
  });
});

describe('add, then ask', () => {
  it('opens a modal for a moderator, stores the submission, and /ask finds it by a shorter paraphrase', async () => {
    const before = await ask('carpet colour?');
    expect(embedOf(dataOf(before)).title).toBe(T.noAnswerTitle);
    const cb = await kb('add', shared.h.fake.moderator);
    expect(typeOf(cb)).toBe(9);
    const modal = dataOf(cb);
    expect(checkModal(modal)).toEqual([]);
    const inputs = textInputs(modal);
    const questions = inputs.find((i) => String(i.custom_id).includes('question'));
    const answer = inputs.find((i) => String(i.custom_id).includes('answer'));
    expect(questions?.required).toBe(true);
    expect(answer?.required).toBe(true);
    expect(inputs.filter((i) => i !== questions && i !== answer).every((i) => i.required === false)).toBe(true);

    const submitted = await run(
      shared.h.fake.modalSubmit(modal.custom_id ?? '', { [String(questions?.custom_id)]: 'What colour was the carpet in the meeting room in Rome?', [String(answer?.custom_id)]: ANSWER }, shared.h.fake.moderator),
    );
    expect(typeOf(submitted)).toBe(4);
    expect(dataOf(submitted).flags).toBe(64);
    expect(embedOf(dataOf(submitted)).title).toBe(T.entryTitle('added', 1));
    expect(entries()).toBe(1);

    const answered = await ask('carpet colour?');
    const data = dataOf(answered);
    expect(embedOf(data).description).toBe(ANSWER);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('accepts a role moderator (MODERATOR_ROLE_IDS) and legacy action rows', async () => {
    const cb = await kb('add', shared.h.fake.roleModerator);
    expect(typeOf(cb)).toBe(9);
    const submitted = await run(
      shared.h.fake.modalSubmit('kb:add', { questions: 'Who served the coffee at the meeting?\nWho poured the coffee?', answer: 'A waiter.', citations: 'P1.1' }, shared.h.fake.roleModerator, 'row'),
    );
    expect(embedOf(dataOf(submitted)).title).toBe(T.entryTitle('added', 2));
    expect(shared.h.app.store.get(shared.h.fake.guildId, 2)?.citations[0]?.label).toBe('P1.1');
  });

  it('accepts an Administrator without Manage Server', async () => {
    const admin = { ...shared.h.fake.member, id: snowflake(), username: 'admin', permissions: MEMBER_PERMISSIONS | ADMINISTRATOR };
    const cb = await kb('add', admin);
    expect(typeOf(cb)).toBe(9);
  });

  it('reports a store refusal (duplicate) with what to fix', async () => {
    const submitted = await run(shared.h.fake.modalSubmit('kb:add', { questions: 'Who poured the coffee?', answer: 'Someone else.' }, shared.h.fake.moderator));
    expect(embedOf(dataOf(submitted)).title).toBe(T.storeErrorTitle);
    expect(entries()).toBe(2);
  });
});

describe('manage', () => {
  it('lists, shows, edits (modal), removes and restores', async () => {
    const list = await kb('list', shared.h.fake.moderator);
    expect(embedOf(dataOf(list)).title).toBe(T.entriesTitle(2));
    const show = await kb('show', shared.h.fake.moderator, [{ name: 'id', type: INT, value: 1 }]);
    expect(embedOf(dataOf(show)).fields.map((f) => f.name)).toContain(T.entryHistory);
    const edit = await kb('edit', shared.h.fake.moderator, [{ name: 'id', type: INT, value: 2 }]);
    expect(typeOf(edit)).toBe(9);
    expect(dataOf(edit).custom_id).toBe('kb:edit:2');
    const edited = await run(shared.h.fake.modalSubmit('kb:edit:2', { questions: 'Who poured the coffee?', answer: 'A waiter in a white jacket.' }, shared.h.fake.moderator));
    expect(embedOf(dataOf(edited)).title).toBe(T.entryTitle('edited', 2));
    const removed = await kb('remove', shared.h.fake.moderator, [{ name: 'id', type: INT, value: 2 }]);
    expect(embedOf(dataOf(removed)).title).toBe(T.entryTitle('removed', 2));
    expect(entries()).toBe(1);
    const restored = await kb('restore', shared.h.fake.moderator, [{ name: 'id', type: INT, value: 2 }]);
    expect(embedOf(dataOf(restored)).title).toBe(T.entryTitle('restored', 2));
  });

  it('pages a long list with buttons that update the message', async () => {
    for (let i = 0; i < 11; i++) shared.h.app.knowledge.add(shared.h.fake.guildId, { questions: [`Filler question number ${i} about the meeting?`], answer: `Filler ${i}.` }, 'test');
    const list = await kb('list', shared.h.fake.moderator);
    expect(embedOf(dataOf(list)).footer?.text).toBe(T.entriesPage(1, 2));
    const next = buttonIds(dataOf(list)).find((id) => id.endsWith(':2'));
    expect(next).toBe('kb:list:2');
    const page2 = await run(shared.h.fake.button(next ?? '', shared.h.fake.moderator));
    expect(typeOf(page2)).toBe(7);
    expect(embedOf(dataOf(page2)).footer?.text).toBe(T.entriesPage(2, 2));
  });

  it('exports as a JSON attachment and imports it back all or nothing', async () => {
    const exported = await kb('export', shared.h.fake.moderator);
    expect(dataOf(exported).flags).toBe(64);
    const file = exported.files[0];
    expect(file?.name).toBe(`citebot-kb-${shared.h.fake.guildId}.json`);
    const json = JSON.parse(file?.content ?? '{}') as { schema: string; entries: { questions: string[]; answer: string }[] };
    expect(json.schema).toBe('citebot.kb');
    expect(json.entries).toHaveLength(13);

    const bad = { ...json, entries: [{ questions: ['A new question about the weather in Rome?'], answer: 'Sunny.' }, { questions: [], answer: '' }] };
    const before = entries();
    const badResult = await importFile('bad.json', JSON.stringify(bad));
    expect(embedOf(badResult).title).toBe(T.storeErrorTitle);
    expect(entries()).toBe(before);

    const good = { ...json, entries: [{ questions: ['What was the weather like in Rome that Friday?'], answer: 'Sunny.', citations: [] }] };
    const goodResult = await importFile('good.json', JSON.stringify(good));
    expect(goodResult.content).toBe(T.imported(1));
    expect(entries()).toBe(before + 1);

    const notJson = await importFile('broken.json', '{ nope');
    expect(embedOf(notJson).title).toBe(T.invalidTitle);
  });

  it('shows the most frequent unanswered questions and the feedback', async () => {
    await ask('How many people live in Tripoli?');
    await ask('How many people live in Tripoli?');
    const gaps = await kb('gaps', shared.h.fake.moderator);
    expect(embedOf(dataOf(gaps)).description).toMatch(/^2× .*tripoli/i);
    await run(shared.h.fake.button('ask:vote:down:cur:4', shared.h.fake.member));
    const feedback = await kb('feedback', shared.h.fake.moderator);
    expect(embedOf(dataOf(feedback)).description).toContain('👎 1');
  });
});

let attachments = 0;

/** /kb import with an attachment the fake serves; the bot defers, downloads, then edits the reply. */
async function importFile(name: string, content: string) {
  shared.h.fake.attachments.set(name, content);
  const attachmentId = `9${String(++attachments).padStart(17, '0')}`;
  const interaction = shared.h.fake.chatInput(
    'kb',
    [{ name: 'import', type: SUB, options: [{ name: 'file', type: ApplicationCommandOptionType.Attachment, value: attachmentId }] }],
    shared.h.fake.moderator,
    {
      resolved: {
        attachments: {
          [attachmentId]: { id: attachmentId, filename: name, size: content.length, url: `http://127.0.0.1:${new URL(shared.h.fake.restApi).port}/attachments/${name}`, proxy_url: '' },
        },
      },
    },
  );
  const cb = await run(interaction);
  expect(typeOf(cb)).toBe(5);
  expect(dataOf(cb).flags).toBe(64);
  const edit = await shared.h.fake.waitFor((r) => r.kind === 'edit' && r.method === 'PATCH' && r.path.includes(interaction.token));
  return dataOf({ ...edit, body: { data: edit.body } });
}
