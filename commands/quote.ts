/** /quote speaker:<name> — what a person is quoted as saying, with citations. */
import { SlashCommandBuilder } from 'discord.js';
import { defineCommand } from './define.ts';

const NAME = 'quote';

const data = new SlashCommandBuilder()
  .setName(NAME)
  .setDescription("Show a speaker's quotes from the article, with citations")
  .addStringOption((o) => o.setName('speaker').setDescription('Who, e.g. “Le Drian”').setRequired(true).setAutocomplete(true).setMaxLength(100))
  .toJSON();

export default defineCommand({
  data,
  help: { name: NAME, description: "A speaker's quotes, each with the sentences it stands in.", usage: ['/quote speaker:<name>'] },
  guards: { guildOnly: false, moderatorOnly: false },
  earlyAck: () => 'public',
  run(inv, ctx) {
    const typed = (inv.options.string('speaker') ?? '').trim();
    // An autocomplete choice may carry an entity id; free text is looked up as typed.
    const entity = ctx.app.engine.analysis.entities.find((e) => e.id === typed);
    const result = ctx.app.knowledge.quote(entity?.name ?? typed);
    if (result.speaker === null) return { kind: 'unknown-speaker', query: typed, suggestions: result.suggestions.slice(0, 5) };
    return { kind: 'quotes', result, speaker: result.speaker };
  },
  autocomplete(option, typed, _caller, ctx) {
    return option === 'speaker' ? ctx.app.engine.completeSpeaker(typed, 25) : [];
  },
});
