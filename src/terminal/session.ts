/**
 * The terminal session: interactive (prompt, line editing, history, Tab completion, Ctrl-C/Ctrl-D) on a TTY,
 * or one reply per input line when input is piped. Lines are handled strictly in order, one at a time.
 */
import { createInterface } from 'node:readline';
import type { Interface } from 'node:readline';
import type { Form, FormField } from '../replies/model.ts';
import { renderColoured } from './colour.ts';
import type { Palette } from './colour.ts';
import { complete } from './complete.ts';
import { execute } from './invoke.ts';
import type { FormPrompter, Outcome, TerminalContext } from './invoke.ts';
import { flagOfField, isListField } from './parse.ts';
import { TT } from './texts.ts';

/** Lines kept for the up-arrow. */
const HISTORY_SIZE = 1000;

export interface SessionOptions {
  readonly t: TerminalContext;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly palette: Palette;
}

/** The text shown for an outcome, or null for nothing (an empty line). */
export function present(outcome: Outcome, p: Palette): string | null {
  switch (outcome.kind) {
    case 'none':
    case 'exit':
      return null;
    case 'usage':
      return p.bad(outcome.message);
    case 'cancelled':
      return p.dim(TT.cancelled);
    case 'reply': {
      const out = [renderColoured(outcome.reply, p)];
      if (outcome.reply.kind === 'help') out.push('', ...TT.terminalHelp.map((l, i) => (i === 0 ? p.bold(l) : l)));
      for (const note of outcome.notes) out.push(p.dim(note));
      return out.join('\n');
    }
  }
}

/**
 * After "the article doesn't say", the suggestions are numbered: a line that is only one of those numbers asks
 * that suggestion. Anything else is the line itself.
 */
export function pickSuggestion(line: string, offered: readonly string[]): string {
  const m = /^\s*(\d{1,2})\s*$/.exec(line);
  return (m ? offered[Number(m[1]) - 1] : undefined) ?? line;
}

/** The suggestions an outcome offers by number (none unless it is a refusal with suggestions). */
const offeredBy = (outcome: Outcome): readonly string[] => (outcome.kind === 'reply' && outcome.reply.kind === 'no-answer' ? outcome.reply.suggestions : []);

/** Resolves once the output has taken everything written so far. */
export const flushed = (output: NodeJS.WritableStream): Promise<void> => new Promise((resolve) => output.write('', () => resolve()));

/** Piped input: no prompt, one reply per line, each finished before the next line is read. */
export async function runPiped({ t, input, output, palette }: SessionOptions): Promise<void> {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  let first = true;
  let offered: readonly string[] = [];
  try {
    for await (const line of rl) {
      const outcome = await execute(pickSuggestion(line, offered), t, null);
      if (outcome.kind === 'exit') break;
      if (outcome.kind !== 'none') offered = offeredBy(outcome);
      const text = present(outcome, palette);
      if (text === null) continue;
      output.write(`${first ? '' : '\n'}${text}\n`);
      first = false;
    }
  } finally {
    rl.close();
  }
  await flushed(output);
}

/** Interactive: prompt, editing and history from readline, completion from the commands' autocomplete. */
export function runInteractive({ t, input, output, palette: p }: SessionOptions, banner: string): Promise<void> {
  const rl = createInterface({
    input,
    output,
    terminal: true,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
    prompt: p.bold(TT.prompt),
    completer: (line: string, callback: (error: null, result: [string[], string]) => void) => callback(null, complete(line, t)),
  });
  const say = (text: string) => output.write(`${text}\n`);
  const prompter = formPrompter(rl, say, p);
  let closed = false;
  let queue: Promise<void> = Promise.resolve();

  let offered: readonly string[] = [];
  const handle = async (line: string): Promise<void> => {
    if (closed) return;
    const outcome = await execute(pickSuggestion(line, offered), t, prompter);
    if (outcome.kind === 'exit') {
      rl.close();
      return;
    }
    if (outcome.kind !== 'none') offered = offeredBy(outcome);
    const text = present(outcome, p);
    if (text !== null) say(`${text}${offered.length > 0 ? `\n${p.dim(TT.pickSuggestion(offered.length))}` : ''}\n`);
    if (!closed) rl.prompt();
  };

  return new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      queue = queue.then(() => handle(line)).catch((error: unknown) => t.ctx.log.error({ error: String(error) }, 'terminal output failed'));
    });
    // Ctrl-C cancels a form being filled in; otherwise it leaves, like Ctrl-D.
    rl.on('SIGINT', () => {
      if (prompter.cancel()) return;
      output.write('\n');
      rl.close();
    });
    rl.on('close', () => {
      closed = true;
      prompter.cancel();
      void queue.then(async () => {
        output.write('\n');
        await flushed(output);
        resolve();
      });
    });
    say(banner);
    rl.prompt();
  });
}

/** Asks for a form's fields with rl.question; Ctrl-C (cancel()) abandons the whole form. */
function formPrompter(rl: Interface, say: (text: string) => void, p: Palette): FormPrompter & { cancel(): boolean } {
  let pending: { abort: AbortController; resolve: (value: string | null) => void } | null = null;
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });

  const question = (query: string): Promise<string | null> =>
    new Promise((resolve) => {
      if (closed) return resolve(null);
      const abort = new AbortController();
      pending = { abort, resolve };
      abort.signal.addEventListener('abort', () => resolve(null), { once: true });
      rl.question(query, { signal: abort.signal }, (answer) => {
        pending = null;
        resolve(answer);
      });
    });

  return {
    start(form: Form) {
      say(p.bold(TT.formPromptIntro(form.title)));
    },
    async field(field: FormField): Promise<string | null | undefined> {
      const list = isListField(field.id);
      const notes = [
        ...(list ? [/one per line/i.test(field.label) ? TT.formListEnd : TT.formList] : []),
        ...(field.required || field.value ? [] : [TT.formOptional]),
        ...(field.value ? [field.required ? TT.formKeep : TT.formKeepOrClear] : []),
      ];
      say(`${p.label(field.label)}${notes.length > 0 ? p.dim(` — ${notes.join('; ')}`) : ''}`);
      if (field.value) say(p.dim(TT.formNow(field.value.split('\n').join(' | '))));
      const prompt = p.dim(`  --${flagOfField(field.id)}> `);
      const lines: string[] = [];
      for (;;) {
        const line = await question(prompt);
        if (line === null) return null;
        if (line.trim() === '') break;
        lines.push(line.trim());
        if (!list) break;
      }
      // Nothing typed keeps an existing value; "-" clears an optional one.
      if (lines.length === 0) return field.value ? undefined : '';
      if (!field.required && lines.length === 1 && lines[0] === '-') return '';
      return lines.join('\n');
    },
    cancel(): boolean {
      if (!pending) return false;
      const { abort, resolve } = pending;
      pending = null;
      abort.abort();
      resolve(null);
      return true;
    },
  };
}
