/**
 * Runs one typed line through the command registry, as the Discord dispatcher does: the declared guards, the
 * handler, a form filled from flags or prompts and sent to the command's submit handler, and one error boundary.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Caller, Command, CommandContext, FileInput, Invocation, Options } from '../../commands/index.ts';
import type { Form, FormField, Reply } from '../replies/model.ts';
import type { ParsedLine } from './parse.ts';
import { FORM_FLAGS, flagFillsField, flagOfField, parseLine } from './parse.ts';
import type { Runnable } from './schema.ts';
import { usageOf } from './schema.ts';
import { TT } from './texts.ts';

/** What the terminal runs commands with. */
export interface TerminalContext {
  readonly ctx: CommandContext;
  /** The local user: a moderator in the local server. */
  readonly caller: Caller;
  readonly commands: readonly Command[];
  /** Relative file paths (/kb import) are read from here. */
  readonly cwd: string;
}

/** Asks the user for a form's fields one by one (interactive sessions only). */
export interface FormPrompter {
  /** Called once before the first field. */
  start(form: Form): void;
  /** The field's value; undefined keeps the form's own value; null when the user cancelled. */
  field(field: FormField): Promise<string | null | undefined>;
}

export type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'exit' }
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'reply'; readonly reply: Reply; readonly notes: readonly string[] };

/** The local user: moderator of the local server "terminal". */
export const terminalCaller = (userId: string, guildId = 'terminal'): Caller => ({ userId, guildId, isModerator: true });

/** Parses and runs one line. Never rejects: unexpected errors become the `error` reply, logged with a reference. */
export async function execute(line: string, t: TerminalContext, prompter: FormPrompter | null): Promise<Outcome> {
  let parsed: ParsedLine | undefined;
  try {
    parsed = parseLine(line, t.commands);
    switch (parsed.kind) {
      case 'empty':
        return { kind: 'none' };
      case 'exit':
        return { kind: 'exit' };
      case 'usage':
        return parsed;
      case 'run':
        return await run(parsed, t, prompter);
    }
  } catch (error) {
    const ref = randomBytes(4).toString('hex');
    const command = parsed?.kind === 'run' ? parsed.runnable.command.data.name : undefined;
    t.ctx.log.error({ ref, command, error: error instanceof Error ? error.message : String(error) }, 'terminal command failed');
    t.ctx.log.debug({ ref, err: error }, 'terminal command failed (details)');
    return { kind: 'reply', reply: { kind: 'error', ref }, notes: [] };
  }
}

// --- internal ---

type Run = Extract<ParsedLine, { kind: 'run' }>;

/** The guards the dispatcher checks, declared on the command. */
function refusal(command: Command, caller: Caller): Reply | null {
  const name = command.data.name;
  if (command.guards.guildOnly && caller.guildId === null) return { kind: 'refusal', reason: 'guild-only', command: name };
  if (command.guards.moderatorOnly && !caller.isModerator) return { kind: 'refusal', reason: 'not-moderator', command: name };
  return null;
}

async function run(parsed: Run, t: TerminalContext, prompter: FormPrompter | null): Promise<Outcome> {
  const { runnable, values, formFlags } = parsed;
  const { command } = runnable;
  const refused = refusal(command, t.caller);
  if (refused) return { kind: 'reply', reply: refused, notes: [] };

  const files = new Map<string, FileInput>();
  for (const spec of runnable.options) {
    const path = values.get(spec.name);
    if (spec.kind !== 'file' || path === undefined) continue;
    const file = await fileInput(resolve(t.cwd, path), path);
    if (typeof file === 'string') return { kind: 'usage', message: file };
    files.set(spec.name, file);
  }

  const invocation: Invocation = { subcommand: runnable.subcommand, options: optionsOf(values, files), caller: t.caller };
  const reply = await command.run(invocation, t.ctx);
  if (reply.kind !== 'form') {
    return { kind: 'reply', reply, notes: formFlags.size > 0 ? [TT.ignoredFlags([...formFlags.keys()])] : [] };
  }
  const fields = await fillForm(reply.form, formFlags, runnable, prompter);
  if (fields === null) return { kind: 'cancelled' };
  if (typeof fields === 'string') return { kind: 'usage', message: fields };
  const [name = '', ...args] = reply.form.id.split(':');
  const target = t.commands.find((c) => c.data.name === name);
  if (!target?.submit) throw new Error(`no handler for form ${reply.form.id}`);
  const refusedSubmit = refusal(target, t.caller);
  if (refusedSubmit) return { kind: 'reply', reply: refusedSubmit, notes: [] };
  return { kind: 'reply', reply: await target.submit(args, fields, t.caller, t.ctx), notes: [] };
}

function optionsOf(values: ReadonlyMap<string, string>, files: ReadonlyMap<string, FileInput>): Options {
  return {
    string: (name) => values.get(name) ?? null,
    integer: (name) => {
      const v = Number(values.get(name));
      return values.has(name) && Number.isFinite(v) ? Math.trunc(v) : null;
    },
    boolean: (name) => (values.has(name) ? values.get(name) === 'true' : null),
    file: (name) => files.get(name) ?? null,
  };
}

/** A file on disk as a command's file input, or the message saying why it cannot be read. */
async function fileInput(path: string, typed: string): Promise<FileInput | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return TT.notAFile(typed);
    return { name: basename(path), size: info.size, read: () => readFile(path, 'utf8') };
  } catch {
    return TT.noSuchFile(typed);
  }
}

/** Example flags for a form, e.g. --question "…" --answer "…" [--cite "…"]. */
function formUsage(form: Form, runnable: Runnable): string {
  const flags = form.fields.map((f) => {
    const flag = `--${flagOfField(f.id)} "…"`;
    return f.required ? flag : `[${flag}]`;
  });
  return [usageOf(runnable), ...flags].join(' ');
}

/**
 * The form's values by field id: flags first, then the form's own values (an edit form carries the entry),
 * then prompts when interactive. Returns a message when something is missing, null when the user cancelled.
 */
async function fillForm(
  form: Form,
  formFlags: ReadonlyMap<string, readonly string[]>,
  runnable: Runnable,
  prompter: FormPrompter | null,
): Promise<Map<string, string> | string | null> {
  const fields = new Map<string, string>();
  const used = new Set<string>();
  for (const field of form.fields) {
    const given: string[] = [];
    for (const [flag, values] of formFlags) {
      if (!flagFillsField(flag, field.id)) continue;
      given.push(...values);
      used.add(flag);
    }
    if (given.length > 0) fields.set(field.id, given.join(field.multiline ? '\n' : ' '));
  }
  const unused = [...formFlags.keys()].filter((f) => !used.has(f));
  if (unused[0] !== undefined) return TT.unknownOption(unused[0], formUsage(form, runnable));

  const missing = (f: FormField) => f.required && (fields.get(f.id) ?? f.value ?? '').trim() === '';
  // With no flags at all an interactive user fills the whole form, as in Discord's modal.
  const toPrompt = prompter ? form.fields.filter((f) => formFlags.size === 0 || missing(f)) : [];
  if (prompter && toPrompt.length > 0) {
    prompter.start(form);
    for (const field of toPrompt) {
      const value = await prompter.field(field);
      if (value === null) return null;
      if (value !== undefined) fields.set(field.id, value);
    }
  }
  if (!prompter && formFlags.size === 0 && form.fields.some(missing)) return TT.formNeedsFlags(form.title, formUsage(form, runnable));
  for (const field of form.fields) {
    if (!fields.has(field.id)) fields.set(field.id, field.value ?? '');
    const value = fields.get(field.id) ?? '';
    if (field.required && value.trim() === '') return TT.formMissing(field.label, flagOfField(field.id));
    if (value.length > field.maxLength) return TT.formTooLong(field.label, field.maxLength);
  }
  return fields;
}

/** Field ids the terminal knows flags for (used by completion). */
export const knownFormFlags = (): string[] => Object.values(FORM_FLAGS).map((names) => names[0] ?? '');
