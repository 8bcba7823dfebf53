/** Mentions and DMs: "@citebot who met in Rome?" or a direct message gets the same answer as /ask. */
import { Routes } from 'discord.js';
import type { Client, Message } from 'discord.js';
import { answerQuestion } from '../../commands/ask.ts';
import type { CommandContext } from '../../commands/define.ts';
import type { Logger } from '../log.ts';
import { renderMessage } from '../replies/discord.ts';
import type { Reply } from '../replies/model.ts';
import { T } from '../replies/texts.ts';
import { channelMessageBody } from './respond.ts';

/** Longest question taken from a message; the rest is ignored. */
const MAX_QUESTION = 500;

/** The question in a message addressed to the bot, or null when the message is not for the bot. */
export function questionOf(message: Pick<Message, 'content' | 'guildId' | 'author'> & { mentionsBot: boolean }, botId: string): string | null {
  if (message.author.bot) return null;
  if (message.guildId !== null && !message.mentionsBot) return null;
  return message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
}

/** Handles one message; never rejects. Replies through REST so an uncached channel still gets its answer. */
export async function handleMessage(client: Client, message: Message, ctx: CommandContext, log: Logger): Promise<void> {
  const botId = client.user?.id;
  if (botId === undefined) return;
  try {
    const question = questionOf({ content: message.content, guildId: message.guildId, author: message.author, mentionsBot: message.mentions.users.has(botId) }, botId);
    if (question === null) return;
    const reply: Reply =
      question === ''
        ? { kind: 'no-answer', question: T.mentionEmpty, suggestions: [] }
        : answerQuestion(question, { guildId: message.guildId }, ctx);
    const body = channelMessageBody(renderMessage(reply), message.id);
    await client.rest.post(Routes.channelMessages(message.channelId), { body });
  } catch (error) {
    log.error({ err: error, messageId: message.id, channelId: message.channelId }, 'message reply failed');
  }
}
