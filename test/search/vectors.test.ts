import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosine, readWordVectors, unitVector, withoutDirection, wordVectors } from '../../src/search/vectors.ts';

describe('word vectors', () => {
  const vectors = wordVectors();

  it('ship with the project: 40,000 words of 100 dimensions', () => {
    expect(vectors?.size).toBe(40_000);
    expect(vectors?.dimensions).toBe(100);
  });

  it('point words used alike the same way', () => {
    const near = (a: string, b: string) => vectors?.similarity(a, b) ?? Number.NaN;
    expect(near('dad', 'father')).toBeGreaterThan(near('dad', 'river'));
    expect(near('damage', 'losses')).toBeGreaterThan(near('damage', 'poetry'));
    expect(near('livestock', 'cattle')).toBeGreaterThan(near('livestock', 'barley'));
    expect(vectors?.similarity('dad', 'qzxwv')).toBeUndefined();
  });

  it('a weighted mean is of unit length, and undefined for words none of which are known', () => {
    const mean = vectors?.meanOf([['harbour', 2], ['fire', 1], ['qzxwv', 5]]);
    expect(mean).toBeDefined();
    const length = Math.hypot(...(mean ?? []));
    expect(length).toBeCloseTo(1, 5);
    expect(vectors?.meanOf([['qzxwv', 1]])).toBeUndefined();
    expect(vectors?.meanOf([])).toBeUndefined();
  });

  it('missing or disagreeing files give no vectors and say why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citebot-vectors-'));
    const missing = readWordVectors(join(dir, 'none.words'), join(dir, 'none.bin'));
    expect(missing.vectors).toBeUndefined();
    expect(missing.problem).toMatch(/unreadable \(ENOENT\)/);
    writeFileSync(join(dir, 'v.words'), '3\nsea\nship\n');
    writeFileSync(join(dir, 'v.bin'), Buffer.from([1, 2, 3, 4, 5]));
    expect(readWordVectors(join(dir, 'v.words'), join(dir, 'v.bin')).problem).toMatch(/malformed/);
    writeFileSync(join(dir, 'v.bin'), Buffer.from([1, 0, 0, 0, 1, 0]));
    const small = readWordVectors(join(dir, 'v.words'), join(dir, 'v.bin')).vectors;
    expect(small?.similarity('sea', 'ship')).toBeCloseTo(0, 5);
    expect(small?.similarity('sea', 'sea')).toBeCloseTo(1, 5);
  });

  it('take out what a set of directions shares, leaving what tells them apart', () => {
    const common = unitVector(Float32Array.from([1, 1, 0]));
    const a = unitVector(Float32Array.from([1, 1, 0.2]));
    const b = unitVector(Float32Array.from([1, 1, -0.2]));
    // alike before (they share the common part), opposite after
    expect(cosine(a, b)).toBeGreaterThan(0.9);
    expect(cosine(withoutDirection(a, common), withoutDirection(b, common))).toBeCloseTo(-1, 5);
    expect(Math.hypot(...withoutDirection(a, common))).toBeCloseTo(1, 5);
    expect(cosine(withoutDirection(a, common), common)).toBeCloseTo(0, 5);
    expect([...unitVector(new Float32Array(3))]).toEqual([0, 0, 0]);
    // (a share of it only: half the common part is left)
    const half = withoutDirection(Float32Array.from([1, 1, 0]).map((x) => x / Math.SQRT2), Float32Array.from([1, 0, 0]), 0.5);
    expect(half[0]! / half[1]!).toBeCloseTo(0.5, 5);
  });
});
