/**
 * The one place Discord messages leave the bot: every reply, edit, follow-up, update and channel message
 * goes through here with allowed mentions set to none and the limits already applied by the renderer.
 */
import { InteractionResponseType, MessageFlags, Routes } from 'discord.js';
import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionReplyOptions,
  InteractionUpdateOptions,
  MessageMentionOptions,
  ModalSubmitInteraction,
  RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { Choice } from '../core/types.ts';
import { renderDiscord, renderMessage } from '../replies/discord.ts';
import type { DiscordMessage } from '../replies/discord.ts';
import { clampNonEmpty, LIMITS } from '../replies/limits.ts';
import type { Reply } from '../replies/model.ts';

/** No @everyone, role or user pings, ever: stored answers and article text are untrusted. */
export const NO_MENTIONS = { parse: [], repliedUser: false } satisfies MessageMentionOptions;

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** discord.js options for a first reply or a follow-up. */
export function replyOptions(m: DiscordMessage): InteractionReplyOptions {
  const options: InteractionReplyOptions = editOptions(m);
  return m.ephemeral ? { ...options, flags: MessageFlags.Ephemeral } : options;
}

/** discord.js options for an edit or an update (the ephemeral state cannot change after the first response). */
function editOptions(m: DiscordMessage): InteractionUpdateOptions & InteractionReplyOptions {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    ...(m.files.length > 0 ? { files: m.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
    allowedMentions: NO_MENTIONS,
  };
}

/** The REST body for POST /channels/{id}/messages (mentions and DMs), optionally as a reply to `replyTo`. */
export function channelMessageBody(m: DiscordMessage, replyTo?: string): RESTPostAPIChannelMessageJSONBody {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowed_mentions: { parse: [], replied_user: false },
    ...(replyTo !== undefined ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  };
}

/**
 * Sends a reply as the right kind of response for the interaction's state: the first response (a message or,
 * for a form, a modal), the edit of a deferred response, or a follow-up.
 */
export async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const rendered = renderDiscord(reply);
  if (rendered.type === 'modal' && !interaction.deferred && !interaction.replied && !interaction.isModalSubmit()) {
    await interaction.showModal(rendered.modal);
    return;
  }
  const message = rendered.type === 'message' ? rendered.message : renderMessage(reply);
  if (interaction.deferred && !interaction.replied && interaction.ephemeral === false && message.ephemeral) {
    // Deferred in public (under load) but the reply is private: replace the placeholder with a private follow-up.
    await interaction.deleteReply();
    await interaction.followUp(replyOptions(message));
  } else if (interaction.deferred && !interaction.replied) await interaction.editReply(editOptions(message));
  else if (interaction.replied || interaction.deferred) await interaction.followUp(replyOptions(message));
  else await interaction.reply(replyOptions(message));
}

/**
 * Acknowledges now and answers later ("is thinking…"). Sent directly rather than through discord.js's
 * deferReply so that this response, like every other, says allowed_mentions: none.
 */
export async function deferReply(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
    body: {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: ephemeral ? MessageFlags.Ephemeral : 0, allowed_mentions: { parse: [] } },
    },
    auth: false,
  });
  interaction.deferred = true;
  interaction.ephemeral = ephemeral;
}

/** Replaces the message a button sits on (pagination). */
export async function sendUpdate(interaction: ButtonInteraction, reply: Reply): Promise<void> {
  await interaction.update(editOptions(renderMessage(reply)));
}

/** Autocomplete choices inside Discord's limits: ≤ 25, name 1–100, value ≤ 100 (longer values are dropped). */
export function fitChoices(choices: readonly Choice[]): ApplicationCommandOptionChoiceData<string>[] {
  return choices
    .filter((c) => c.value.length > 0 && c.value.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: clampNonEmpty(c.name, LIMITS.choiceName, c.value), value: c.value }));
}

/** Answers an autocomplete interaction. */
export async function sendChoices(interaction: AutocompleteInteraction, choices: readonly Choice[]): Promise<void> {
  await interaction.respond(fitChoices(choices));
}
