/**
 * A command's options as the terminal reads them: a flat, loosely typed view of the Discord definition,
 * so parsing, validation, usage lines and completion all follow the one definition Discord gets.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command } from '../../commands/index.ts';

export type OptionKind = 'string' | 'integer' | 'number' | 'boolean' | 'file' | 'other';

/** One option of a command or subcommand. */
export interface OptionSpec {
  readonly name: string;
  readonly kind: OptionKind;
  readonly required: boolean;
  readonly autocomplete: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
}

/** A runnable unit: a command without subcommands, or one subcommand of it. */
export interface Runnable {
  readonly command: Command;
  readonly subcommand: string | null;
  readonly options: readonly OptionSpec[];
}

const KIND: Partial<Record<ApplicationCommandOptionType, OptionKind>> = {
  [ApplicationCommandOptionType.String]: 'string',
  [ApplicationCommandOptionType.Integer]: 'integer',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'boolean',
  [ApplicationCommandOptionType.Attachment]: 'file',
};

const num = (o: object, key: string): number | undefined => {
  const v: unknown = Reflect.get(o, key);
  return typeof v === 'number' ? v : undefined;
};

function specOf(o: APIApplicationCommandOption): OptionSpec {
  const min = num(o, 'min_value');
  const max = num(o, 'max_value');
  const maxLength = num(o, 'max_length');
  return {
    name: o.name,
    kind: KIND[o.type] ?? 'other',
    required: 'required' in o && o.required === true,
    autocomplete: 'autocomplete' in o && o.autocomplete === true,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
  };
}

/** The subcommand names of a command (empty when it has none). */
export function subcommandsOf(command: Command): string[] {
  return (command.data.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand).map((o) => o.name);
}

/** The runnable for a command and subcommand, or undefined when the subcommand does not exist. */
export function runnableOf(command: Command, subcommand: string | null): Runnable | undefined {
  const top = command.data.options ?? [];
  if (subcommand === null) {
    if (subcommandsOf(command).length > 0) return undefined;
    return { command, subcommand: null, options: top.map(specOf) };
  }
  const sub = top.find((o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === subcommand);
  if (!sub || sub.type !== ApplicationCommandOptionType.Subcommand) return undefined;
  return { command, subcommand, options: (sub.options ?? []).map((o) => specOf(o as APIApplicationCommandOption)) };
}

/** Terminal usage of a runnable: required options as <name>, optional ones in brackets. */
export function usageOf(r: Runnable): string {
  const head = `/${r.command.data.name}${r.subcommand ? ` ${r.subcommand}` : ''}`;
  const parts = r.options.map((o) => {
    const shape = o.kind === 'boolean' ? `--${o.name}` : o.kind === 'file' ? `<${o.name} path>` : `<${o.name}>`;
    return o.required ? shape : `[${shape}]`;
  });
  return [head, ...parts].join(' ');
}
