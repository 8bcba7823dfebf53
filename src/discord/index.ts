/** The Discord transport: start the bot; everything else is internal to this folder. */
export { startBot } from './bot.ts';
export type { Bot, BotOptions } from './bot.ts';
export { INTENTS } from './client.ts';
export { NO_MENTIONS, fitChoices } from './respond.ts';
