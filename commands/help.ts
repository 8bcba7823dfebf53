/** /help — what each command does. */
import { SlashCommandBuilder } from 'discord.js';
import { defineCommand } from './define.ts';

const NAME = 'help';

export default defineCommand({
  data: new SlashCommandBuilder().setName(NAME).setDescription('What citebot can do').toJSON(),
  help: { name: NAME, description: 'This list.', usage: ['/help'] },
  guards: { guildOnly: false, moderatorOnly: false },
  earlyAck: () => 'private',
  run(_inv, ctx) {
    return { kind: 'help', commands: ctx.help() };
  },
});
