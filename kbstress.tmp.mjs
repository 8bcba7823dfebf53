import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
const FIX = new URL('./test/store/fixtures/kb.ts', import.meta.url).pathname;
let fails = 0;
for (let it = 0; it < 30; it++) {
  const path = `/tmp/kbstress/s${it}.sqlite`;
  rmSync(path, { force: true }); rmSync(path + '-wal', { force: true }); rmSync(path + '-shm', { force: true });
  const runs = [0, 1, 2].map((k) => new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', FIX, 'add', '--guild', 'b', '--question', `stress ${it} writer ${k} q${it}x${k}`, '--answer', 'a', '--cite', 'P1.1', '--json'], { env: { ...process.env, DATABASE_PATH: path }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d)); p.stderr.on('data', (d) => (err += d));
    const t = setTimeout(() => p.kill('SIGKILL'), k === 0 ? 30 + Math.random() * 500 : 2000);
    p.on('close', () => { clearTimeout(t); resolve({ out, err }); });
  }));
  for (const r of await Promise.all(runs)) if (r.out.includes('"ok":false')) { fails++; console.log('FAIL', it, r.out.trim(), r.err.trim().slice(0, 300)); }
}
console.log('fails', fails);
