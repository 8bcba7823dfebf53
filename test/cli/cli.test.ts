import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const db = join(mkdtempSync(join(tmpdir(), 'citebot-cli-')), 'kb.sqlite');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: db, NO_COLOR: '1' },
    timeout: 20_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('ask', () => {
  it('prints one JSON line with the contract fields; the first citation is the sentence as written', () => {
    const r = cli(['ask', '--json', 'Who', 'is', 'Le', 'Drian?']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(['answer', 'answered', 'citations', 'confidence', 'question', 'suggestions']);
    expect(a.question).toBe('Who is Le Drian?');
    expect(a.answered).toBe(true);
    expect((a.citations as { label: string; text: string }[])[0]?.text).toContain('French Foreign Minister Jean Yves Le Drian');
  });

  it('stops quietly when the reader closes the pipe early (`| head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', '--json'], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: db } });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.end('Who is Le Drian?\n'.repeat(5000));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toContain('"question":"Who is Le Drian?"');
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|Error/);
  });

  it('reads one question per line from stdin and answers in input order', () => {
    const r = cli(['ask', '--json'], 'Who wrote the article?\nWhat is the capital of Japan?\nWhen did Italy open an embassy in Tripoli?\n');
    expect(r.code).toBe(0);
    const answers = r.out.trim().split('\n').map((l): { question: string; answered: boolean; suggestions: string[] } => JSON.parse(l) as { question: string; answered: boolean; suggestions: string[] });
    expect(answers.map((a) => a.question)).toEqual(['Who wrote the article?', 'What is the capital of Japan?', 'When did Italy open an embassy in Tripoli?']);
    expect(answers.map((a) => a.answered)).toEqual([true, false, true]);
    expect(answers[1]?.suggestions.length).toBeGreaterThan(0);
  });

  it('prints readable text without --json, and nothing but results on stdout', () => {
    const r = cli(['ask', 'Who is Le Drian?']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[P1.1]');
    expect(() => JSON.parse(r.out) as unknown).toThrow();
  });

  it('answers from a server\'s entries with --guild, at once after kb add', () => {
    const add = cli(['kb', 'add', '--guild', '42', '--question', 'When is the weekly reading circle about the Libya article held?', '--answer', 'Thursdays at 18:00.', '--json']);
    expect(add.code, add.err).toBe(0);
    expect(JSON.parse(add.out) as unknown).toMatchObject({ ok: true });
    const r = cli(['ask', '--guild', '42', '--json', 'when is the reading circle']);
    expect(JSON.parse(r.out) as unknown).toMatchObject({ answered: true, answer: 'Thursdays at 18:00.' });
    const other = cli(['ask', '--guild', '43', '--json', 'when is the reading circle']);
    expect(JSON.parse(other.out) as unknown).toMatchObject({ answered: false });
  });

  it('a missing article file is a clear error on stderr and a non-zero exit', () => {
    const r = cli(['ask', '--article', '/nonexistent/article.md', 'hi']);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('/nonexistent/article.md');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('quote', () => {
  it('prints the contract for a known speaker', () => {
    const r = cli(['quote', '--json', 'moavero']);
    expect(r.code).toBe(0);
    const q = JSON.parse(r.out) as { query: string; speaker: string; aliases: string[]; quotes: { text: string; citations: { label: string }[] }[]; mentions: unknown[]; suggestions: unknown[] };
    expect(Object.keys(q).sort()).toEqual(['aliases', 'mentions', 'query', 'quotes', 'speaker', 'suggestions']);
    expect(q.speaker).toMatch(/Milanesi/);
    expect(q.aliases.length).toBeGreaterThan(1);
    expect(q.quotes[0]?.citations.map((c) => c.label)).toEqual(['P6.1', 'P6.2']);
  });

  it('an unknown speaker gives speaker null, no quotes, suggestions and exit code 0', () => {
    const r = cli(['quote', '--json', 'Macron']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out) as unknown).toMatchObject({ speaker: null, quotes: [] });
    expect((JSON.parse(r.out) as { suggestions: string[] }).suggestions.length).toBeGreaterThan(0);
  });
});
