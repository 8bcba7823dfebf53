/** /ask, /quote, /source, /help, autocomplete, buttons, mentions and DMs through a real client and a fake Discord. */
import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { T } from '../../src/replies/texts.ts';
import { bodyOf, buttonIds, dataOf, embedOf, typeOf } from '../support/assertions.ts';
import { useHarness } from '../support/harness.ts';

const STR = ApplicationCommandOptionType.String;
const BOOL = ApplicationCommandOptionType.Boolean;

const shared = useHarness();
const run = (interaction: Parameters<typeof shared.run>[0]) => shared.run(interaction);


describe('gateway', () => {
  it('identifies with only the intents the bot needs', () => {
    const identify = shared.h.fake.clientFrames.find((f) => f.op === 2);
    const d = identify?.d as { intents: number; shard: number[] };
    // Guilds (1) | GuildMessages (1 << 9) | DirectMessages (1 << 12); never MessageContent (1 << 15).
    expect(d.intents).toBe(1 | (1 << 9) | (1 << 12));
    expect(d.shard).toEqual([0, 1]);
    const gateway = shared.h.fake.requests.find((r) => r.kind === 'gateway');
    expect(gateway?.authorization).toBe(`Bot ${shared.h.fake.token}`);
  });
});

describe('/ask', () => {
  it('answers with an embed: answer, cited quotes with labels, footer, buttons; public; no mentions', async () => {
    const cb = await run(shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: 'Who met in Rome?' }]));
    expect(typeOf(cb)).toBe(4);
    const data = dataOf(cb);
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = embedOf(data);
    expect(embed.description).toMatch(/Rome/);
    expect(embed.fields[0]?.name).toMatch(/^Cited · P\d+\.\d+$/);
    expect(embed.fields[0]?.value).toMatch(/^> /);
    expect(embed.footer?.text).toBe('Xinhua · by Stefania Fumo · 2019-04-19');
    const buttons = buttonIds(data);
    expect(buttons[0]).toMatch(/^ask:ctx:P/);
    expect(buttons).toContain(`ask:vote:up:${shared.h.app.knowledge.ask('Who met in Rome?').entryId ?? ''}`);
  });

  it('is private when asked to be', async () => {
    const cb = await run(shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: 'Who wrote the article?' }, { name: 'private', type: BOOL, value: true }]));
    expect(dataOf(cb).flags).toBe(64);
    expect(embedOf(dataOf(cb)).description).toMatch(/Fumo/);
  });

  it('abstains privately with suggestions when the article does not say', async () => {
    const cb = await run(shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: 'What is the population of Libya?' }]));
    const data = dataOf(cb);
    expect(data.flags).toBe(64);
    expect(embedOf(data).title).toBe(T.noAnswerTitle);
    expect(embedOf(data).description).toContain(T.didYouMean);
    expect(embedOf(data).description).toMatch(/• .+\?/);
  });

  it('offers each suggestion as a button that asks it, answered privately', async () => {
    const cb = await run(shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: 'What is the population of Libya?' }]));
    const data = dataOf(cb);
    const tries = buttonIds(data).filter((id) => id.startsWith('ask:try:'));
    expect(tries.length).toBeGreaterThan(0);
    expect(embedOf(data).description).toContain(tries[0]?.slice('ask:try:'.length));
    const pressed = await run(shared.h.fake.button(tries[0] ?? ''));
    const answer = dataOf(pressed);
    expect(answer.flags).toBe(64);
    expect(answer.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedOf(answer).title).toBe(tries[0]?.slice('ask:try:'.length));
    expect(embedOf(answer).fields[0]?.name).toMatch(/^Cited · /);
  });

  it('accepts an autocomplete choice (an entry id) as the question', async () => {
    const [choice] = shared.h.app.engine.completeQuestion('Who wrote', { limit: 1 });
    expect(choice).toBeDefined();
    const cb = await run(shared.h.fake.chatInput('ask', [{ name: 'question', type: STR, value: choice?.value ?? '' }]));
    expect(embedOf(dataOf(cb)).title).toBe(choice?.name);
  });

  it('autocompletes knowledge-base questions, within the limits', async () => {
    const cb = await run(shared.h.fake.autocomplete('ask', 'question', 'cease'));
    expect(typeOf(cb)).toBe(8);
    const choices = dataOf(cb).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => /cease-fire/i.test(c.name))).toBe(true);
    const empty = await run(shared.h.fake.autocomplete('ask', 'question', ''));
    expect(dataOf(empty).choices.length).toBeGreaterThan(0);
  });
});

describe('/quote', () => {
  it("returns a speaker's quotes with citations", async () => {
    const cb = await run(shared.h.fake.chatInput('quote', [{ name: 'speaker', type: STR, value: 'le drian' }]));
    const data = dataOf(cb);
    expect(data.flags ?? 0).toBe(0);
    expect(embedOf(data).title).toBe(T.quotesTitle('Jean Yves Le Drian'));
    expect(embedOf(data).fields[0]?.name).toMatch(/^Quote 1 · P\d+\.\d+/);
    expect(embedOf(data).fields[0]?.value).toContain('rough patch');
  });

  it('suggests names for an unknown speaker, privately', async () => {
    const cb = await run(shared.h.fake.chatInput('quote', [{ name: 'speaker', type: STR, value: 'Obama' }]));
    const data = dataOf(cb);
    expect(data.flags).toBe(64);
    expect(embedOf(data).title).toBe(T.unknownSpeakerTitle);
    expect(embedOf(data).description).toContain('Le Drian');
  });

  it('autocompletes speakers', async () => {
    const cb = await run(shared.h.fake.autocomplete('quote', 'speaker', 'sal'));
    const choices = dataOf(cb).choices;
    expect(choices[0]?.value).toBe('Matteo Salvini');
  });
});

describe('/source and /help', () => {
  it('/source shows the metadata and how to cite', async () => {
    const cb = await run(shared.h.fake.chatInput('source'));
    const embed = embedOf(dataOf(cb));
    expect(embed.title).toBe('Italy and France on the crisis in Libya');
    expect(embed.url).toMatch(/^http/);
    expect(embed.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Source', 'Byline', 'Published', 'How to cite']));
  });

  it('/help lists every command', async () => {
    const cb = await run(shared.h.fake.chatInput('help'));
    const names = embedOf(dataOf(cb)).fields.map((f) => f.name);
    expect(names).toEqual(['/ask', '/quote', '/source', '/help', '/kb']);
  });
});

describe('buttons', () => {
  it('"Show in context" shows the surrounding sentences, privately', async () => {
    const cb = await run(shared.h.fake.button('ask:ctx:P3.1'));
    const data = dataOf(cb);
    expect(data.flags).toBe(64);
    expect(embedOf(data).title).toContain('P3.1');
    expect(embedOf(data).description).toContain('**P3.1**');
    expect(embedOf(data).description).toContain('P2.2');
  });

  it('records 👍/👎 votes for moderators, one per user', async () => {
    await run(shared.h.fake.button('ask:vote:up:cur:4'));
    await run(shared.h.fake.button('ask:vote:down:cur:4'));
    const cb = await run(shared.h.fake.button('ask:vote:up:cur:4', shared.h.fake.moderator));
    expect(dataOf(cb).flags).toBe(64);
    expect(dataOf(cb).content).toBe(T.voted(1));
    const stats = shared.h.app.store.feedback(shared.h.fake.guildId);
    expect(stats.byAnswer.find((b) => b.key === 'cur:4')).toEqual({ key: 'cur:4', up: 1, down: 1 });
  });
});

describe('mentions and DMs', () => {
  it('answers a mention in a channel with the same answer, pinging nobody', async () => {
    const msg = shared.h.fake.messageCreate(`<@${shared.h.fake.bot.id}> who met in Rome?`, shared.h.fake.member, { mentionBot: true });
    const waiting = shared.h.fake.waitFor((r) => r.kind === 'channel-message' && bodyOf(r).message_reference?.message_id === msg.id);
    shared.h.fake.dispatch({ t: 'MESSAGE_CREATE', d: msg });
    const sent = await waiting;
    expect(sent.path).toBe(`/api/v10/channels/${shared.h.fake.channelId}/messages`);
    expect(sent.authorization).toBe(`Bot ${shared.h.fake.token}`);
    const body = bodyOf(sent);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedOf(body).description).toMatch(/Rome/);
  });

  it('answers a DM', async () => {
    const msg = shared.h.fake.messageCreate('Who wrote the article?', shared.h.fake.member, { dm: true });
    delete msg.channel_type; // a minimal payload: the bot must still find the DM channel
    const waiting = shared.h.fake.waitFor((r) => r.kind === 'channel-message' && r.path.includes(shared.h.fake.dmChannelId));
    shared.h.fake.dispatch({ t: 'MESSAGE_CREATE', d: msg });
    expect(embedOf(bodyOf(await waiting)).description).toMatch(/Fumo/);
  });

  it('ignores channel messages that do not mention it', async () => {
    shared.h.fake.dispatch({ t: 'MESSAGE_CREATE', d: shared.h.fake.messageCreate('who met in Rome?') });
    await new Promise((r) => setTimeout(r, 150));
    expect(shared.h.fake.requests.filter((r) => r.kind === 'channel-message')).toHaveLength(2);
  });
});
