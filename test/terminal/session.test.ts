import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../commands/define.ts';
import { commands } from '../../commands/index.ts';
import { createApp } from '../../src/app.ts';
import type { App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Reply } from '../../src/replies/model.ts';
import { renderText } from '../../src/replies/text.ts';
import { T } from '../../src/replies/texts.ts';
import { complete, execute, palette, renderColoured, runTerminal, stripAnsi, terminalContext } from '../../src/terminal/index.ts';
import type { TerminalContext } from '../../src/terminal/index.ts';
import { TT } from '../../src/terminal/texts.ts';

const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: ':memory:' });

let app: App;
let t: TerminalContext;
let dir: string;

beforeEach(() => {
  app = createApp({ databasePath: ':memory:' });
  dir = mkdtempSync(join(tmpdir(), 'citebot-terminal-'));
  t = terminalContext(app, config, dir);
});

afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a piped session over `lines` and returns what it printed. */
async function piped(lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runTerminal(app, config, { input, output, isTTY: false });
  return text;
}

/** Text of the reply to one line. */
async function reply(line: string): Promise<Reply> {
  const outcome = await execute(line, t, null);
  if (outcome.kind !== 'reply') throw new Error(`expected a reply, got ${JSON.stringify(outcome)}`);
  return outcome.reply;
}

describe('execute', () => {
  it('runs the registry handlers as the local moderator of the local server', async () => {
    const added = await reply('/kb add --question "Which city hosted the talks?" --answer "Rome." --cite P3.1');
    expect(added).toMatchObject({ kind: 'entry', action: 'added', entry: { guildId: 'terminal', answer: 'Rome.' } });
    const answer = await reply('which city hosted the talks');
    expect(answer).toMatchObject({ kind: 'answer', answer: { answer: 'Rome.', entryId: 'mod:terminal:1' } });
  });

  it('fills an edit form from the entry, changing only the flags given', async () => {
    await reply('/kb add --question "Which city hosted the talks?" --answer "Rome." --cite P3.1');
    const edited = await reply('/kb edit 1 --answer "Rome, on Friday."');
    expect(edited).toMatchObject({ kind: 'entry', action: 'edited', entry: { answer: 'Rome, on Friday.', questions: ['Which city hosted the talks?'] } });
    expect(edited.kind === 'entry' && edited.entry.citations.map((c) => c.label)).toEqual(['P3.1']);
  });

  it('asks for the form fields through the prompter, and a cancel saves nothing', async () => {
    const answers = ['Who hosted the talks?\nWhich city?', 'Rome.', undefined];
    const asked: string[] = [];
    const prompter = { start: () => undefined, field: (f: { id: string }) => (asked.push(f.id), Promise.resolve(answers.shift())) };
    const outcome = await execute('/kb add', t, prompter);
    expect(asked).toEqual(['questions', 'answer', 'citations']);
    expect(outcome).toMatchObject({ kind: 'reply', reply: { kind: 'entry', entry: { questions: ['Who hosted the talks?', 'Which city?'] } } });
    const cancelled = await execute('/kb add', t, { start: () => undefined, field: () => Promise.resolve(null) });
    expect(cancelled).toEqual({ kind: 'cancelled' });
    expect(app.store.list('terminal', { offset: 0, limit: 10 }).total).toBe(1);
  });

  it('imports a file from disk and reports a missing one', async () => {
    await reply('/kb add --question "Which city hosted the talks?" --answer "Rome."');
    const exported = await reply('/kb export');
    if (exported.kind !== 'export') throw new Error('expected an export');
    writeFileSync(join(dir, 'kb.json'), JSON.stringify({ ...exported.file, entries: [{ ...exported.file.entries[0], questions: ['Who chaired?'] }] }));
    expect(await reply('/kb import kb.json')).toEqual({ kind: 'imported', added: 1 });
    expect(await execute('/kb import nope.json', t, null)).toEqual({ kind: 'usage', message: TT.noSuchFile('nope.json') });
  });

  it('needs the form flags when there is no one to prompt', async () => {
    const outcome = await execute('/kb add', t, null);
    expect(outcome).toEqual({ kind: 'usage', message: TT.formNeedsFlags(T.formAddTitle, '/kb add --question "…" --answer "…" [--cite "…"]') });
  });

  it('turns a failing handler into the error reply, without a stack', async () => {
    const boom = defineCommand({
      data: { name: 'boom', description: 'fails' },
      help: { name: 'boom', description: 'fails', usage: [] },
      guards: { guildOnly: false, moderatorOnly: false },
      run: () => {
        throw new Error('kaput');
      },
    });
    const outcome = await execute('/boom', { ...t, commands: [boom] }, null);
    expect(outcome).toMatchObject({ kind: 'reply', reply: { kind: 'error', ref: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown } });
  });
});

describe('completion', () => {
  it.each([
    ['/qu', [['/quote '], '/qu']],
    ['/kb ad', [['add '], 'ad']],
    ['/kb show --i', [['--id '], '--i']],
    ['/kb add --c', [['--cite '], '--c']],
    ['/quote mo', [['Enzo Movaero Milanesi'], 'mo']],
    ['/quote drian', [['Jean Yves Le Drian'], 'drian']],
    ['/quote speaker:le dr', [['Jean Yves Le Drian'], 'le dr']],
    ['/ask who is le', [['Who is Jean Yves Le Drian?'], 'who is le']],
    ['who is le', [['Who is Jean Yves Le Drian?'], 'who is le']],
    ['/nothing here', [[], '/nothing here']],
  ])('%s', (line, expected) => {
    expect(complete(line, t)).toEqual(expected);
  });

  it('offers every command on an empty line', () => {
    expect(complete('', t)[0]).toEqual([...commands.map((c) => `/${c.data.name} `), '/exit ']);
  });
});

describe('colour', () => {
  it('adds styles only: the words are renderText’s', async () => {
    const replies = [
      await reply('Who is Le Drian?'),
      await reply('/quote moavero'),
      await reply('What is the capital of Japan?'),
      await reply('/quote nobody at all'),
      await reply('/source'),
      await reply('/help'),
      await reply('/kb show 9'),
    ];
    for (const r of replies) {
      const coloured = renderColoured(r, palette(true));
      expect(coloured).toContain('\x1b[');
      expect(stripAnsi(coloured)).toBe(renderText(r));
      expect(renderColoured(r, palette(false))).toBe(renderText(r));
    }
  });
});

describe('runTerminal', () => {
  it('piped: one reply per line, in order, no prompt, no colour', async () => {
    const text = await piped(['/ask Who is Le Drian?', '', '/frob', 'What is the capital of Japan?']);
    const le = text.indexOf('[P1.1]');
    const frob = text.indexOf('Unknown command /frob.');
    const japan = text.indexOf(T.noAnswer('What is the capital of Japan?'));
    expect(le).toBeGreaterThan(0);
    expect(frob).toBeGreaterThan(le);
    expect(japan).toBeGreaterThan(frob);
    expect(text).not.toContain(TT.prompt);
    expect(text).not.toContain('\x1b[');
  });

  it("a suggestion's number after a refusal asks that suggestion; elsewhere a number is just a question", async () => {
    const refused = app.knowledge.ask('What is the capital of Japan?');
    const second = refused.suggestions[1] ?? '';
    expect(second).not.toBe('');
    const text = await piped(['What is the capital of Japan?', '2', '2']);
    expect(text).toContain(`  2. ${second}`);
    // the second line answers the suggestion; the third, after an answer, is the question "2"
    const answered = app.knowledge.ask(second);
    expect(answered.answered).toBe(true);
    expect(text).toContain(`[${answered.citations[0]?.label ?? ''}]`);
    expect(text).toContain(T.noAnswer('2'));
  });

  it('piped: /exit ends the session', async () => {
    const text = await piped(['/exit', '/ask Who is Le Drian?']);
    expect(text).toBe('');
  });

  it('interactive: banner, prompt, a form filled by prompts, and Ctrl-D', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runTerminal(app, config, { input, output, isTTY: true });
    const typed = ['/kb add', 'Which city hosted the talks?', '', 'Rome.', 'P3.1', '', 'which city hosted the talks'];
    for (const line of typed) {
      input.write(`${line}\r`);
      await new Promise((r) => setTimeout(r, 20));
    }
    input.write('\x04');
    await done;
    const plain = stripAnsi(text);
    expect(plain).toContain(TT.banner(app.engine.article.meta.title, app.engine.article.meta.slug));
    expect(plain).toContain(TT.prompt);
    expect(plain).toContain(T.entryTitle('added', 1));
    expect(plain).toMatch(/Rome\.\s+\[P3\.1\] In Rome on Friday/);
  });
});
