import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { parseLine, tokenize } from '../../src/terminal/parse.ts';
import type { ParsedLine } from '../../src/terminal/parse.ts';
import { TT } from '../../src/terminal/texts.ts';

/** A parsed line as plain data: command, subcommand, values and form flags. */
function shape(p: ParsedLine): unknown {
  if (p.kind !== 'run') return p;
  return {
    run: [p.runnable.command.data.name, p.runnable.subcommand].filter((x) => x !== null).join(' '),
    values: Object.fromEntries(p.values),
    ...(p.formFlags.size > 0 ? { form: Object.fromEntries(p.formFlags) } : {}),
  };
}

const parse = (line: string) => shape(parseLine(line, commands));

describe('tokenize', () => {
  it.each([
    ['a b  c', ['a', 'b', 'c']],
    ['--answer "In Rome, on Friday."', ['--answer', 'In Rome, on Friday.']],
    ["what's this", ["what's", 'this']],
    ['--answer="a b" x', ['--answer=a b', 'x']],
    ['question:"who met" x', ['question:who met', 'x']],
    ['“curly quotes” too', ['curly quotes', 'too']],
    ['"unclosed quote', ['"unclosed', 'quote']],
    ['"say \\"hi\\""', ['say "hi"']],
  ])('%s', (line, words) => {
    expect(tokenize(line).map((t) => t.value)).toEqual(words);
  });
});

describe('parseLine', () => {
  it.each([
    ['Who is Le Drian?', { run: 'ask', values: { question: 'Who is Le Drian?' } }],
    [`What's "the NOC"?`, { run: 'ask', values: { question: `What's "the NOC"?` } }],
    ['/ask Who is Le Drian?', { run: 'ask', values: { question: 'Who is Le Drian?' } }],
    ['/ask question:Who met in Rome? private:true', { run: 'ask', values: { question: 'Who met in Rome?', private: 'true' } }],
    ['/ask --private who met', { run: 'ask', values: { question: 'who met', private: 'true' } }],
    ['/ASK  "who met"', { run: 'ask', values: { question: 'who met' } }],
    ['/quote moavero', { run: 'quote', values: { speaker: 'moavero' } }],
    ['/quote speaker:Le Drian', { run: 'quote', values: { speaker: 'Le Drian' } }],
    ['/source', { run: 'source', values: {} }],
    ['/kb show 3', { run: 'kb show', values: { id: '3' } }],
    ['/kb show --id 3', { run: 'kb show', values: { id: '3' } }],
    ['/kb show --id=3', { run: 'kb show', values: { id: '3' } }],
    ['/kb show id:3', { run: 'kb show', values: { id: '3' } }],
    ['/kb list', { run: 'kb list', values: {} }],
    ['/kb list --page 2', { run: 'kb list', values: { page: '2' } }],
    ['/kb import ./export.json', { run: 'kb import', values: { file: './export.json' } }],
    [
      '/kb add --question "Who met?" --question Where did they meet? --answer "In Rome." --cite P3.1',
      { run: 'kb add', values: {}, form: { question: ['Who met?', 'Where did they meet?'], answer: ['In Rome.'], cite: ['P3.1'] } },
    ],
    ['/kb edit --id 2 --answer Rome', { run: 'kb edit', values: { id: '2' }, form: { answer: ['Rome'] } }],
    ['   ', { kind: 'empty' }],
    ['/exit', { kind: 'exit' }],
    ['/quit', { kind: 'exit' }],
    ['exit', { kind: 'exit' }],
  ])('%s', (line, expected) => {
    expect(parse(line)).toEqual(expected);
  });

  const subs = ['add', 'edit', 'remove', 'restore', 'show', 'list', 'export', 'import', 'gaps', 'feedback'];
  const names = ['ask', 'quote', 'source', 'help', 'kb', 'exit', 'quit'];
  it.each([
    ['/frob', TT.unknownCommand('frob', undefined, names)],
    ['/qoute moavero', TT.unknownCommand('qoute', 'quote', names)],
    ['/kb', TT.missingSubcommand('kb', subs)],
    ['/kb stats', TT.unknownSubcommand('kb', 'stats', subs)],
    ['/ask', TT.missingOption('question', '/ask <question> [--private]')],
    ['/quote', TT.missingOption('speaker', '/quote <speaker>')],
    ['/kb show', TT.missingOption('id', '/kb show <id>')],
    ['/kb show abc', TT.notInteger('id', 'abc')],
    ['/kb show 0', TT.tooSmall('id', 1)],
    ['/kb show 3 4', TT.unexpected('4', '/kb show <id>')],
    ['/kb list --bogus 1', TT.unknownOption('bogus', '/kb list [<page>]', ['page', 'question', 'answer', 'cite'])],
    ['/quote --bogus x', TT.unknownOption('bogus', '/quote <speaker>', ['speaker'])],
    ['/kb add --answer', TT.missingValue('answer')],
    [`/ask ${'x'.repeat(501)}`, TT.tooLong('question', 500)],
  ])('%s → usage message', (line, message) => {
    expect(parse(line)).toEqual({ kind: 'usage', message });
  });
});
