import { spawn, type ChildProcess } from 'node:child_process';
import { FIXTURES } from './support.ts';

/** A fixture script running as its own process, with its stdout split into complete lines. */
export interface Child {
  readonly proc: ChildProcess;
  /** Complete lines printed so far (a line cut by a kill is not included). */
  readonly lines: string[];
  /** Resolves with the exit code (null when killed) and signal once the process is gone and its output read. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function runFixture(script: string, args: readonly string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', `${FIXTURES}${script}`, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  proc.stdout?.setEncoding('utf8');
  proc.stderr?.setEncoding('utf8');
  proc.stdout?.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  proc.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { proc, lines, done };
}

/** Resolves once `predicate` holds for the child's lines, or when it exits. */
export async function waitForLine(child: Child, predicate: (line: string) => boolean, timeoutMs = 10_000): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.lines.some(predicate)) return true;
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) return child.lines.some(predicate);
    await new Promise((r) => setTimeout(r, 2));
  }
  return false;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
