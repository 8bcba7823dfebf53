/**
 * A typed line → which command to run and with which option values, checked against the command's
 * Discord definition. Pure: no I/O, no app.
 *
 * Accepted shapes, all equivalent where they overlap:
 *   a plain question                     → /ask
 *   /ask Who is Le Drian?                → free text fills the first text option
 *   /kb show 3 · /kb show --id 3 · /kb show id:3 · /kb show --id=3
 *   /kb add --question "…" --question "…" --answer "…" --cite P3.1   (fields of the command's form)
 */
import type { Command } from '../../commands/index.ts';
import type { OptionSpec, Runnable } from './schema.ts';
import { runnableOf, subcommandsOf, usageOf } from './schema.ts';
import { TT } from './texts.ts';
import { table } from '../core/table.ts';

/** Commands the terminal itself handles. */
export const EXIT_COMMANDS = ['exit', 'quit'] as const;

/** The command a line without a leading slash runs. */
export const PLAIN_TEXT_COMMAND = 'ask';

/**
 * Flags that fill a form's fields (Discord shows a modal), by field id. The first name is the one shown in
 * messages; a field whose id is not listed takes its own id as flag.
 */
export const FORM_FLAGS: Readonly<Record<string, readonly string[]>> = table({
  questions: ['question', 'questions', 'q'],
  answer: ['answer', 'a'],
  citations: ['cite', 'citation', 'citations'],
});

/** Form fields that hold a list, one item per line: their flag may repeat and their prompt takes several lines. */
const LIST_FIELDS = new Set(['questions', 'citations']);

/** Whether a form field is a list (several prompt lines) rather than one value. */
export const isListField = (fieldId: string): boolean => LIST_FIELDS.has(fieldId);

const FORM_FLAG_NAMES = new Set(Object.values(FORM_FLAGS).flat());

/** The flag shown for a form field. */
export const flagOfField = (fieldId: string): string => FORM_FLAGS[fieldId]?.[0] ?? fieldId;

/** Whether a flag fills the form field with this id. */
export const flagFillsField = (flag: string, fieldId: string): boolean => flag === fieldId || (FORM_FLAGS[fieldId]?.includes(flag) ?? false);

export type ParsedLine =
  | { readonly kind: 'empty' }
  | { readonly kind: 'exit' }
  | { readonly kind: 'usage'; readonly message: string }
  | {
      readonly kind: 'run';
      readonly runnable: Runnable;
      /** Option values by option name, as typed (validated against the definition). */
      readonly values: ReadonlyMap<string, string>;
      /** Form field flags, by flag name, in the order given (a flag may repeat). */
      readonly formFlags: ReadonlyMap<string, readonly string[]>;
    };

/** One word of a command line, with where it stands in the line (for free text kept as typed). */
export interface Token {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

const CLOSING: Readonly<Record<string, string>> = table({ '"': '"', "'": "'", '“': '”', '‘': '’' });

/**
 * Splits a line on whitespace. A quote opens a quoted part only at the start of a word or after "=" or ":" and
 * only when it is closed later, so apostrophes ("what's") stay as typed. Inside quotes, \" and \\ escape.
 */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i] ?? '')) i++;
    if (i >= line.length) break;
    const start = i;
    let value = '';
    let quoted = false;
    while (i < line.length && !/\s/.test(line[i] ?? '')) {
      const ch = line[i] ?? '';
      const close = CLOSING[ch];
      const prev = i === start ? '' : (line[i - 1] ?? '');
      const end = close !== undefined && (i === start || prev === '=' || prev === ':') ? findClose(line, i + 1, close) : -1;
      if (end < 0) {
        value += ch;
        i++;
        continue;
      }
      quoted = true;
      value += line.slice(i + 1, end).replace(/\\(["'\\])/g, '$1');
      i = end + 1;
    }
    tokens.push({ value, start, end: i, quoted });
  }
  return tokens;
}

function findClose(line: string, from: number, close: string): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] === '\\' && close === '"') {
      j++;
      continue;
    }
    if (line[j] === close) return j;
  }
  return -1;
}

/** Parses one line against the registry. */
export function parseLine(line: string, commands: readonly Command[]): ParsedLine {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  const find = (name: string) => commands.find((c) => c.data.name === name);

  if (!text.startsWith('/')) {
    if ((EXIT_COMMANDS as readonly string[]).includes(text.toLowerCase())) return { kind: 'exit' };
    const ask = find(PLAIN_TEXT_COMMAND);
    const runnable = ask ? runnableOf(ask, null) : undefined;
    const option = runnable?.options.find((o) => o.kind === 'string');
    if (!runnable || !option) return { kind: 'usage', message: TT.unknownCommand(PLAIN_TEXT_COMMAND, undefined, commands.map((c) => c.data.name)) };
    return checked(runnable, new Map([[option.name, text]]), new Map());
  }

  const tokens = tokenize(text);
  const head = tokens[0]?.value.slice(1).toLowerCase() ?? '';
  if ((EXIT_COMMANDS as readonly string[]).includes(head)) return { kind: 'exit' };
  const command = find(head);
  const names = [...commands.map((c) => c.data.name), ...EXIT_COMMANDS];
  if (!command) return { kind: 'usage', message: TT.unknownCommand(head, closest(head, names), names) };

  let rest = tokens.slice(1);
  const subs = subcommandsOf(command);
  let subcommand: string | null = null;
  if (subs.length > 0) {
    const first = rest[0];
    if (!first || first.value.startsWith('--')) return { kind: 'usage', message: TT.missingSubcommand(command.data.name, subs) };
    subcommand = first.value.toLowerCase();
    if (!subs.includes(subcommand)) return { kind: 'usage', message: TT.unknownSubcommand(command.data.name, first.value, subs) };
    rest = rest.slice(1);
  }
  const runnable = runnableOf(command, subcommand);
  if (!runnable) return { kind: 'usage', message: TT.missingSubcommand(command.data.name, subs) };
  return parseArguments(text, rest, runnable);
}

// --- internal ---

interface Piece {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The text of consecutive pieces: one piece as parsed (quotes removed), several as typed. */
const joined = (line: string, pieces: readonly Piece[]): string => {
  const [first] = pieces;
  const last = pieces[pieces.length - 1];
  if (!first || !last) return '';
  return pieces.length === 1 ? first.value : line.slice(first.start, last.end);
};

function parseArguments(line: string, tokens: readonly Token[], runnable: Runnable): ParsedLine {
  const usage = usageOf(runnable);
  const acceptsForm = runnable.command.submit !== undefined;
  const specOf = (name: string): OptionSpec | undefined => runnable.options.find((o) => o.name === name);
  const isFormFlag = (name: string) => acceptsForm && FORM_FLAG_NAMES.has(name);

  /** A token that starts a named value: --name[=v] or name:v for a known name. */
  const named = (t: Token): { name: string; inline: string | undefined; offset: number } | undefined => {
    if (t.value.startsWith('--') && t.value.length > 2 && !(t.quoted && line[t.start] !== '-')) {
      const eq = t.value.indexOf('=');
      const name = (eq < 0 ? t.value.slice(2) : t.value.slice(2, eq)).toLowerCase();
      return { name, inline: eq < 0 ? undefined : t.value.slice(eq + 1), offset: eq + 1 };
    }
    const m = /^([a-z][a-z_-]*):/i.exec(t.value);
    if (m?.[1] && line[t.start + m[1].length] === ':') {
      const name = m[1].toLowerCase();
      if (specOf(name) || isFormFlag(name)) return { name, inline: t.value.slice(m[0].length), offset: m[0].length };
    }
    return undefined;
  };

  const values = new Map<string, string>();
  const formFlags = new Map<string, string[]>();
  const positionals: Token[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const n = named(t);
    if (!n) {
      positionals.push(t);
      continue;
    }
    const spec = specOf(n.name);
    if (!spec && !isFormFlag(n.name)) {
      const known = [...runnable.options.map((o) => o.name), ...(acceptsForm ? Object.values(FORM_FLAGS).map((f) => f[0] ?? '') : [])];
      return { kind: 'usage', message: TT.unknownOption(n.name, usage, known) };
    }
    const pieces: Piece[] = [];
    if (n.inline !== undefined && n.inline !== '') pieces.push({ value: n.inline, start: t.start + n.offset, end: t.end });
    const single = spec !== undefined && spec.kind !== 'string';
    if (spec?.kind === 'boolean') {
      const next = tokens[i + 1];
      if (pieces.length === 0 && next && /^(true|false|yes|no)$/i.test(next.value)) {
        pieces.push(next);
        i++;
      }
      values.set(n.name, pieces.length === 0 ? 'true' : joined(line, pieces));
      continue;
    }
    // Text values run to the next named token, so quotes are optional; other kinds take one word.
    for (;;) {
      if (single && pieces.length > 0) break;
      const next = tokens[i + 1];
      if (!next || named(next)) break;
      pieces.push(next);
      i++;
    }
    if (pieces.length === 0) return { kind: 'usage', message: TT.missingValue(n.name) };
    const value = joined(line, pieces);
    if (spec) values.set(n.name, value);
    else formFlags.set(n.name, [...(formFlags.get(n.name) ?? []), value]);
  }

  // Positional words fill the options not named, in definition order: one word for a number or a file,
  // all the remaining words for the first text option.
  let p = 0;
  for (const spec of runnable.options) {
    if (p >= positionals.length) break;
    if (values.has(spec.name) || spec.kind === 'boolean' || spec.kind === 'other') continue;
    if (spec.kind === 'string') {
      values.set(spec.name, joined(line, positionals.slice(p)));
      p = positionals.length;
    } else {
      values.set(spec.name, positionals[p]?.value ?? '');
      p++;
    }
  }
  if (p < positionals.length) return { kind: 'usage', message: TT.unexpected(joined(line, positionals.slice(p)), usage) };
  return checked(runnable, values, formFlags);
}

/** Checks required options, types and limits from the definition. */
function checked(runnable: Runnable, values: Map<string, string>, formFlags: Map<string, string[]>): ParsedLine {
  const usage = usageOf(runnable);
  for (const spec of runnable.options) {
    const raw = values.get(spec.name);
    const value = raw?.trim();
    if (value === undefined || value === '') {
      if (spec.required) return { kind: 'usage', message: TT.missingOption(spec.name, usage) };
      values.delete(spec.name);
      continue;
    }
    switch (spec.kind) {
      case 'integer':
      case 'number': {
        const ok = spec.kind === 'integer' ? /^[-+]?\d+$/.test(value) : value !== '' && Number.isFinite(Number(value));
        if (!ok) return { kind: 'usage', message: spec.kind === 'integer' ? TT.notInteger(spec.name, value) : TT.notNumber(spec.name, value) };
        const n = Number(value);
        if (spec.min !== undefined && n < spec.min) return { kind: 'usage', message: TT.tooSmall(spec.name, spec.min) };
        if (spec.max !== undefined && n > spec.max) return { kind: 'usage', message: TT.tooLarge(spec.name, spec.max) };
        values.set(spec.name, String(n));
        break;
      }
      case 'boolean':
        if (!/^(true|false|yes|no)$/i.test(value)) return { kind: 'usage', message: TT.notBoolean(spec.name, value) };
        values.set(spec.name, /^(true|yes)$/i.test(value) ? 'true' : 'false');
        break;
      case 'string':
        if (spec.maxLength !== undefined && value.length > spec.maxLength) return { kind: 'usage', message: TT.tooLong(spec.name, spec.maxLength) };
        values.set(spec.name, value);
        break;
      case 'file':
        values.set(spec.name, value);
        break;
      case 'other':
        return { kind: 'usage', message: TT.unsupported(spec.name) };
    }
  }
  return { kind: 'run', runnable, values, formFlags };
}

/** The nearest name by prefix or by edit distance ≤ 2, for "did you mean". */
export function closest(typed: string, names: readonly string[]): string | undefined {
  if (typed === '') return undefined;
  const prefixed = names.find((n) => n.startsWith(typed) || typed.startsWith(n));
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestDistance = 3;
  for (const n of names) {
    const d = distance(typed, n);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
