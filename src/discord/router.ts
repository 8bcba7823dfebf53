/**
 * The interaction dispatcher: routes slash commands, autocomplete, buttons and modal submits to the command
 * registry, applies each command's declared guards, and wraps everything in the one error boundary.
 */
import { randomBytes } from 'node:crypto';
import { DiscordAPIError } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
  ModalSubmitInteraction,
} from 'discord.js';
import type { Caller, Command, CommandContext, Invocation, Options } from '../../commands/define.ts';
import { findCommand } from '../../commands/index.ts';
import type { Logger } from '../log.ts';
import type { Reply } from '../replies/model.ts';
import { isModerator } from './permissions.ts';
import { deferReply, sendChoices, sendReply, sendUpdate } from './respond.ts';
import type { RepliableInteraction } from './respond.ts';

/** If an async handler has not finished by then, acknowledge first: Discord invalidates the token at 3 s. */
const ACK_SAFETY_MS = 2_000;
/** Discord's interaction error codes for "token expired" and "already acknowledged": never answer again. */
const GONE = new Set([10062, 40060]);
/** Largest attachment downloaded (bytes). */
const MAX_DOWNLOAD = 4_000_000;
/**
 * Under a burst, an interaction that has waited this long in the queue is acknowledged (deferred) before its
 * answer is computed, and the answer follows once every waiting interaction has been acknowledged.
 */
const DEFER_AFTER_MS = 1_000;
/** The scheduler works at most this long before letting sockets flush. */
const SLICE_MS = 8;
/** Longest a deferred answer waits for first responses still in flight. */
const LATER_WAIT_MS = 2_000;

export interface RouterOptions {
  readonly ctx: CommandContext;
  readonly moderatorRoleIds: readonly string[];
  readonly log: Logger;
}

/** Handles one interaction; never rejects (errors end in the boundary). */
export type InteractionHandler = (interaction: Interaction) => Promise<void>;

export function createRouter({ ctx, moderatorRoleIds, log }: RouterOptions): InteractionHandler {
  const callerOf = (i: Interaction): Caller => ({ userId: i.user.id, guildId: i.guildId, isModerator: isModerator(i, moderatorRoleIds) });

  /** The declared guards, or null when the caller may go on. */
  const refusal = (command: Command, caller: Caller): Reply | null => {
    const name = command.data.name;
    if (command.guards.guildOnly && caller.guildId === null) return { kind: 'refusal', reason: 'guild-only', command: name };
    if (command.guards.moderatorOnly && !caller.isModerator) return { kind: 'refusal', reason: 'not-moderator', command: name };
    return null;
  };

  async function chatInput(i: ChatInputCommandInteraction, receivedAt: number): Promise<void> {
    const command = findCommand(i.commandName);
    if (!command) throw new Error(`unknown command /${i.commandName}`);
    const caller = callerOf(i);
    const refused = refusal(command, caller);
    if (refused) return sendReply(i, refused);
    const invocation: Invocation = { subcommand: i.options.getSubcommand(false), options: optionsOf(i), caller };
    if (command.slow?.(invocation)) {
      await deferReply(i, true);
    } else if (ageOf(i, receivedAt) > DEFER_AFTER_MS) {
      const visibility = command.earlyAck?.(invocation) ?? null;
      if (visibility !== null) {
        await deferReply(i, visibility === 'private');
        scheduler.later(() => execute(i, command, invocation).catch((error: unknown) => boundary(i, error)));
        return;
      }
    }
    await execute(i, command, invocation);
  }

  async function execute(i: ChatInputCommandInteraction, command: Command, invocation: Invocation): Promise<void> {
    const reply = await acknowledgeInTime(i, command.run(invocation, ctx));
    await sendReply(i, reply);
  }

  async function autocomplete(i: AutocompleteInteraction): Promise<void> {
    const command = findCommand(i.commandName);
    const focused = i.options.getFocused(true);
    const typed = typeof focused.value === 'string' ? focused.value : String(focused.value);
    let choices: readonly { name: string; value: string }[] = [];
    try {
      choices = command?.autocomplete?.(focused.name, typed, callerOf(i), ctx) ?? [];
    } catch (error) {
      log.error({ err: error, command: i.commandName, option: focused.name }, 'autocomplete failed');
    }
    await sendChoices(i, choices);
  }

  async function button(i: ButtonInteraction): Promise<void> {
    const [name = '', ...args] = i.customId.split(':');
    const command = findCommand(name);
    if (!command?.button) throw new Error(`no handler for button ${i.customId}`);
    const caller = callerOf(i);
    const refused = refusal(command, caller);
    if (refused) return sendReply(i, refused);
    const outcome = await command.button(args, caller, ctx);
    if (outcome.update) await sendUpdate(i, outcome.reply);
    else await sendReply(i, outcome.reply);
  }

  async function modalSubmit(i: ModalSubmitInteraction): Promise<void> {
    const [name = '', ...args] = i.customId.split(':');
    const command = findCommand(name);
    if (!command?.submit) throw new Error(`no handler for form ${i.customId}`);
    const caller = callerOf(i);
    const refused = refusal(command, caller);
    if (refused) return sendReply(i, refused);
    const fields = new Map<string, string>();
    for (const [id, field] of i.fields.fields) {
      if ('value' in field && typeof field.value === 'string') fields.set(id, field.value);
    }
    const reply = await command.submit(args, fields, caller, ctx);
    await sendReply(i, reply);
  }

  /** Races an async handler against the deadline; if it is slow, defers (ephemeral) so the token stays valid. */
  async function acknowledgeInTime(i: ChatInputCommandInteraction, work: Reply | Promise<Reply>): Promise<Reply> {
    if (!(work instanceof Promise) || i.deferred || i.replied) return work;
    let deferring: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      deferring = deferReply(i, true).catch((error: unknown) => log.warn({ err: error }, 'deferral failed'));
    }, ACK_SAFETY_MS);
    try {
      return await work;
    } finally {
      clearTimeout(timer);
      if (deferring) await deferring;
    }
  }

  /** The one error boundary: log with a reference, tell the user privately, keep serving. */
  async function boundary(i: Interaction, error: unknown): Promise<void> {
    const ref = randomBytes(4).toString('hex');
    log.error({ err: error, ref, interaction: describe(i) }, 'interaction failed');
    if (error instanceof DiscordAPIError && typeof error.code === 'number' && GONE.has(error.code)) return;
    try {
      if (i.isAutocomplete()) {
        if (!i.responded) await i.respond([]);
      } else if (i.isRepliable()) {
        await sendReply(i as RepliableInteraction, { kind: 'error', ref });
      }
    } catch (reportError) {
      log.warn({ err: reportError, ref }, 'could not report the error to the user');
    }
  }

  async function dispatch(i: Interaction, receivedAt: number): Promise<void> {
    try {
      if (i.isAutocomplete()) await autocomplete(i);
      else if (i.isChatInputCommand()) await chatInput(i, receivedAt);
      else if (i.isButton()) await button(i);
      else if (i.isModalSubmit()) await modalSubmit(i);
    } catch (error) {
      await boundary(i, error);
    }
  }

  const scheduler = createScheduler();
  return (i: Interaction): Promise<void> => {
    const receivedAt = performance.now();
    return new Promise<void>((resolve) => scheduler.now(() => dispatch(i, receivedAt).then(resolve)));
  };
}

/**
 * Runs interaction work in arrival order, in short slices so replies leave while a burst is still being
 * processed. `now` jobs (new interactions, up to their first response) always go first; `later` jobs (answers
 * of interactions already deferred) run only once no first response is still on its way, so a burst of slow
 * answers can never delay an acknowledgement. A stuck first response holds them back for at most LATER_WAIT_MS.
 */
function createScheduler(): { now(job: () => Promise<void>): void; later(job: () => Promise<void>): void } {
  const first: (() => Promise<void>)[] = [];
  const second: (() => Promise<void>)[] = [];
  let inFlight = 0;
  let waitingSince = 0;
  let scheduled = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  const mayRunLater = (): boolean => inFlight === 0 || performance.now() - waitingSince > LATER_WAIT_MS;
  function drain(): void {
    scheduled = false;
    const stop = performance.now() + SLICE_MS;
    while (performance.now() < stop) {
      const early = first.shift();
      if (early) {
        inFlight++;
        void early().finally(() => {
          inFlight--;
          if (inFlight === 0 && second.length > 0) schedule();
        });
        continue;
      }
      if (second.length === 0) return;
      if (!mayRunLater()) {
        // Re-check after the wait limit in case the first responses in flight never finish.
        timer ??= setTimeout(() => {
          timer = undefined;
          schedule();
        }, LATER_WAIT_MS + 1).unref();
        return;
      }
      const late = second.shift();
      waitingSince = performance.now();
      if (late) void late();
    }
    if (first.length > 0 || second.length > 0) schedule();
  }
  return {
    now(job) {
      first.push(job);
      schedule();
    },
    later(job) {
      if (second.length === 0) waitingSince = performance.now();
      second.push(job);
      schedule();
    },
  };
}

// --- internal ---

/**
 * How long ago the interaction was created: the larger of the time since it arrived here and the time since the
 * creation time in its id (which also counts time spent in the network and in socket buffers). The id's age is
 * used only when plausible (0–3 s), so a skewed clock or synthetic ids cannot force deferrals.
 */
function ageOf(i: Interaction, receivedAt: number): number {
  const local = performance.now() - receivedAt;
  const byId = Date.now() - i.createdTimestamp;
  return byId >= 0 && byId <= 3_000 ? Math.max(local, byId) : local;
}

/** Tolerant option access: reads values by name whatever type the payload declared. */
function optionsOf(i: ChatInputCommandInteraction): Options {
  const get = (name: string): CommandInteractionOption | null => i.options.get(name) ?? null;
  return {
    string: (name) => {
      const v = get(name)?.value;
      return v === undefined || v === null ? null : String(v);
    },
    integer: (name) => {
      const v = Number(get(name)?.value);
      return Number.isFinite(v) ? Math.trunc(v) : null;
    },
    boolean: (name) => {
      const v = get(name)?.value;
      return v === undefined || v === null ? null : v === true || v === 'true';
    },
    file: (name) => {
      const attachment = get(name)?.attachment;
      if (!attachment) return null;
      return { name: attachment.name, size: attachment.size, read: () => download(attachment.url) };
    },
  };
}

async function download(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_DOWNLOAD) throw new Error('download too large');
  return text;
}

function describe(i: Interaction): Record<string, unknown> {
  return {
    id: i.id,
    type: i.type,
    guildId: i.guildId,
    userId: i.user.id,
    ...(i.isCommand() || i.isAutocomplete() ? { command: i.commandName } : {}),
    ...(i.isMessageComponent() || i.isModalSubmit() ? { customId: i.customId } : {}),
  };
}
