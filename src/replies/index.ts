/** The Reply model and its renderers. */
export type { Button, ContextPassage, EntryAction, Form, FormField, HelpEntry, RefusalReason, Reply, ReplyKind } from './model.ts';
export { isPrivate } from './model.ts';
export { T } from './texts.ts';
export { LIMITS, clamp } from './limits.ts';
export { renderDiscord, renderMessage, renderModal, fitMessage, embedLength } from './discord.ts';
export type { DiscordMessage, DiscordRender } from './discord.ts';
export { renderText } from './text.ts';
