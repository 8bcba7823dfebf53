/**
 * The command registry: the dispatcher, the deploy script and the terminal mode all read this one list,
 * so a deployed command always has a handler.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { HelpEntry } from '../src/replies/model.ts';
import ask from './ask.ts';
import type { Command } from './define.ts';
import help from './help.ts';
import kb from './kb.ts';
import quote from './quote.ts';
import source from './source.ts';

export type { ButtonOutcome, Caller, Command, CommandContext, FileInput, Invocation, Options } from './define.ts';
export { answerQuestion } from './ask.ts';

/** Every command, in the order /help lists them. */
export const commands: readonly Command[] = [ask, quote, source, help, kb];

const byName = new Map(commands.map((c) => [c.data.name, c]));

/** The command with this name, or undefined. */
export const findCommand = (name: string): Command | undefined => byName.get(name);

/** The registration body for PUT /applications/{id}/commands. */
export const commandDefinitions = (): RESTPostAPIChatInputApplicationCommandsJSONBody[] => commands.map((c) => c.data);

/** Every command's help entry. */
export const helpEntries = (): readonly HelpEntry[] => commands.map((c) => c.help);
