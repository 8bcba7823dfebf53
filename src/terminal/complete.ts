/**
 * Tab completion for node:readline: command and subcommand names, flags, and option values from the same
 * autocomplete handlers Discord calls (speakers for /quote, questions for /ask and for a plain question).
 */
import type { Choice } from '../core/types.ts';
import type { TerminalContext } from './invoke.ts';
import { EXIT_COMMANDS, FORM_FLAGS, PLAIN_TEXT_COMMAND } from './parse.ts';
import { runnableOf, subcommandsOf } from './schema.ts';
import type { Runnable } from './schema.ts';

/** readline's completer result: the candidates and the part of the line they replace. */
export type Completion = [string[], string];

/** The text a choice puts on the line: its value when that is what the name shows (a speaker), else the name. */
const insertion = (c: Choice): string => (c.name.startsWith(c.value) ? c.value : c.name);

/** Completes the line up to the cursor. Never throws (a failing handler completes nothing). */
export function complete(line: string, t: TerminalContext): Completion {
  try {
    return completeLine(line, t);
  } catch (error) {
    t.ctx.log.debug({ err: error }, 'completion failed');
    return [[], line];
  }
}

function completeLine(line: string, t: TerminalContext): Completion {
  // /quit works but is not offered, so "/qu" completes to "/quote".
  const names = [...t.commands.map((c) => c.data.name), EXIT_COMMANDS[0]];
  if (line.trim() === '') return [names.map((n) => `/${n} `), line];
  if (!line.startsWith('/')) return values(line, PLAIN_TEXT_COMMAND, null, t);

  const space = line.search(/\s/);
  if (space < 0) {
    const typed = line.slice(1).toLowerCase();
    return [names.filter((n) => n.startsWith(typed)).map((n) => `/${n} `), line];
  }
  const command = t.commands.find((c) => c.data.name === line.slice(1, space).toLowerCase());
  if (!command) return [[], line];
  let rest = line.slice(space).replace(/^\s+/, '');
  let subcommand: string | null = null;
  const subs = subcommandsOf(command);
  if (subs.length > 0) {
    const gap = rest.search(/\s/);
    if (gap < 0) return [subs.filter((s) => s.startsWith(rest.toLowerCase())).map((s) => `${s} `), rest];
    subcommand = rest.slice(0, gap).toLowerCase();
    rest = rest.slice(gap).replace(/^\s+/, '');
  }
  const runnable = runnableOf(command, subcommand);
  if (!runnable) return [[], line];

  const word = /(\S*)$/.exec(rest)?.[1] ?? '';
  if (word.startsWith('-')) return [flagsOf(runnable).filter((f) => f.startsWith(word)).map((f) => `${f} `), word];
  return values(rest, command.data.name, subcommand, t);
}

function flagsOf(r: Runnable): string[] {
  const flags = r.options.map((o) => `--${o.name}`);
  if (r.command.submit) for (const names of Object.values(FORM_FLAGS)) if (names[0]) flags.push(`--${names[0]}`);
  return flags;
}

/** Completes free text with the command's autocomplete for its first text option that has one. */
function values(text: string, commandName: string, subcommand: string | null, t: TerminalContext): Completion {
  const command = t.commands.find((c) => c.data.name === commandName);
  const runnable = command ? runnableOf(command, subcommand) : undefined;
  if (!command?.autocomplete || !runnable) return [[], text];
  let typed = text;
  let option = runnable.options.find((o) => o.kind === 'string' && o.autocomplete);
  // Discord-style "speaker:Le" names the option being typed.
  const named = /^([a-z][a-z_-]*):(.*)$/is.exec(text);
  const namedOption = named ? runnable.options.find((o) => o.name === named[1]?.toLowerCase() && o.autocomplete) : undefined;
  if (named && namedOption) {
    option = namedOption;
    typed = named[2] ?? '';
  }
  if (!option || /(^|\s)--/.test(typed)) return [[], text];
  const choices = command.autocomplete(option.name, typed, t.caller, t.ctx);
  const hits = [...new Set(choices.map(insertion))];
  // The handlers match loosely (typos, roles, related questions). Hits in which every typed word begins a
  // word are what the user means; when there is one, Tab completes it at once.
  const preferred = hits.filter((h) => startsWords(h, typed));
  return [preferred.length > 0 ? preferred : hits, typed];
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** Whether every word typed is the start of some word of the candidate. */
function startsWords(candidate: string, typed: string): boolean {
  const have = words(candidate);
  return words(typed).every((w) => have.some((h) => h.startsWith(w)));
}
