/** /source — the article's metadata and how to cite it. */
import { SlashCommandBuilder } from 'discord.js';
import { defineCommand } from './define.ts';

const NAME = 'source';

export default defineCommand({
  data: new SlashCommandBuilder().setName(NAME).setDescription("The article's source, byline and date, and how to cite it").toJSON(),
  help: { name: NAME, description: 'Where the article comes from and how to cite it.', usage: ['/source'] },
  guards: { guildOnly: false, moderatorOnly: false },
  earlyAck: () => 'public',
  run(_inv, ctx) {
    const { article } = ctx.app.engine;
    const example = article.sentences.find((s) => s.kind === 'body')?.label ?? article.sentences[0]?.label ?? 'P1.1';
    return { kind: 'source', meta: article.meta, sentences: article.sentences.length, exampleLabel: example };
  },
});
