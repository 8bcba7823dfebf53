/**
 * Terminal mode: the whole bot in a terminal when no DISCORD_TOKEN is set. The same command registry and
 * handlers as Discord, the same Reply model rendered as text (coloured on a TTY), as the local moderator of
 * the local server "terminal" on the configured store.
 */
import { userInfo } from 'node:os';
import { commands, helpEntries } from '../../commands/index.ts';
import type { App } from '../app.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { palette, wantsColour } from './colour.ts';
import { terminalCaller } from './invoke.ts';
import type { TerminalContext } from './invoke.ts';
import { runInteractive, runPiped } from './session.ts';
import { TT } from './texts.ts';

export { complete } from './complete.ts';
export type { Completion } from './complete.ts';
export { execute, terminalCaller } from './invoke.ts';
export type { FormPrompter, Outcome, TerminalContext } from './invoke.ts';
export { parseLine, tokenize } from './parse.ts';
export type { ParsedLine } from './parse.ts';
export { palette, renderColoured, stripAnsi } from './colour.ts';
export { present } from './session.ts';

/** The server id the terminal's moderator entries, votes and gaps are stored under. */
export const TERMINAL_GUILD_ID = 'terminal';

/** Where the terminal reads and writes; defaults to the process's stdin and stdout. */
export interface TerminalIo {
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Interactive session (prompt, editing, completion); default: whether input is a TTY. */
  readonly isTTY?: boolean;
}

/** The local user's name, used as the author of entries added from the terminal. */
function localUser(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

/** The context commands run with in the terminal. */
export function terminalContext(app: App, config: Pick<Config, 'logLevel'>, cwd = process.cwd()): TerminalContext {
  return {
    ctx: { app, log: createLogger(config.logLevel), help: helpEntries },
    caller: terminalCaller(localUser(), TERMINAL_GUILD_ID),
    commands,
    cwd,
  };
}

/**
 * Runs a terminal session on `app` and resolves when it ends (end of input, /exit, Ctrl-C or Ctrl-D).
 * The app is closed at the end. Piped input gets no prompt and one reply per line; the banner then goes to stderr.
 */
export async function runTerminal(app: App, config: Config, io: TerminalIo = {}): Promise<void> {
  const input = io.input ?? process.stdin;
  const output = io.output ?? process.stdout;
  const interactive = io.isTTY ?? (input as { isTTY?: boolean }).isTTY === true;
  const t = terminalContext(app, config);
  const p = palette(wantsColour(output, interactive && (output as { isTTY?: boolean }).isTTY === true));
  const { meta } = app.engine.article;
  const banner = TT.banner(meta.title, meta.slug);
  try {
    if (interactive) {
      await runInteractive({ t, input, output, palette: p }, p.dim(banner));
    } else {
      process.stderr.write(`${banner}\n`);
      await runPiped({ t, input, output, palette: p });
    }
  } finally {
    app.close();
  }
}
