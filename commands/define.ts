/**
 * What a command is: its Discord definition plus transport-neutral handlers that return the Reply model.
 * Discord (src/discord) and the terminal mode both drive commands through these types.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { App } from '../src/app.ts';
import type { Choice } from '../src/core/types.ts';
import type { Logger } from '../src/log.ts';
import type { HelpEntry, Reply } from '../src/replies/model.ts';

/** Who is calling, as the transport saw it. */
export interface Caller {
  readonly userId: string;
  /** Server id, or null in a DM or the terminal. */
  readonly guildId: string | null;
  /** Manage Server, Administrator or a configured moderator role (the terminal's user always is). */
  readonly isModerator: boolean;
}

/** A file the user attached, read on demand (Discord: downloaded; terminal: read from disk). */
export interface FileInput {
  readonly name: string;
  readonly size: number;
  read(): Promise<string>;
}

/** Typed access to a command's options, whatever the transport. */
export interface Options {
  string(name: string): string | null;
  integer(name: string): number | null;
  boolean(name: string): boolean | null;
  file(name: string): FileInput | null;
}

/** One run of a command. */
export interface Invocation {
  readonly subcommand: string | null;
  readonly options: Options;
  readonly caller: Caller;
}

/** What every handler receives besides its input. */
export interface CommandContext {
  readonly app: App;
  readonly log: Logger;
  /** Every command's help, for /help. */
  readonly help: () => readonly HelpEntry[];
}

/** The result of pressing a button: a new reply, or a replacement of the message that carried the button. */
export interface ButtonOutcome {
  readonly reply: Reply;
  /** true: replace the message the button is on (pagination); false: a new reply. */
  readonly update: boolean;
}

export interface Command {
  /** The slash command definition, as sent to Discord by the deploy script. */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly help: HelpEntry;
  /** Declared guards, checked by the dispatcher before every handler (run, button, form submit). */
  readonly guards: { readonly guildOnly: boolean; readonly moderatorOnly: boolean };
  /** Whether this run may be slow (file downloads): the transport acknowledges first. Default never. */
  readonly slow?: (invocation: Invocation) => boolean;
  /**
   * How this run's reply will be seen, when the transport must acknowledge before running it (a burst of
   * requests); null or absent: it cannot be acknowledged early (its first response is a form).
   */
  readonly earlyAck?: (invocation: Invocation) => 'public' | 'private' | null;
  run(invocation: Invocation, ctx: CommandContext): Reply | Promise<Reply>;
  /** Suggestions for the option being typed. Must be fast: Discord allows 3 s and no deferral. */
  autocomplete?(option: string, typed: string, caller: Caller, ctx: CommandContext): readonly Choice[];
  /** A button this command created was pressed; `args` are the parts of its id after the command name. */
  button?(args: readonly string[], caller: Caller, ctx: CommandContext): ButtonOutcome | Promise<ButtonOutcome>;
  /** A form this command asked for was submitted; `args` as for buttons, `fields` by field id. */
  submit?(args: readonly string[], fields: ReadonlyMap<string, string>, caller: Caller, ctx: CommandContext): Reply | Promise<Reply>;
}

/** Identity helper so a command file gets full type checking and inference. */
export const defineCommand = (command: Command): Command => command;

/** Joins id parts into a button or form id routed back to `command`. */
export const routeId = (command: string, ...parts: readonly (string | number)[]): string => [command, ...parts].join(':');
