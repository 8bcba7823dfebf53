import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_PATH, evaluate, loadSets, type Figures, type SpeakerReport } from '../../src/eval/run.ts';

/**
 * Keeps the evaluation figures from falling below the committed ones (eval/baseline.json, written by
 * `npm run eval -- --write-baseline`). A change that lowers any figure fails here and must say why.
 */
describe('evaluation', () => {
  const sets = loadSets();
  const report = evaluate(sets);
  const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as {
    bySet: Record<string, Figures>;
    byKind: Record<string, Figures>;
    overall: Figures;
    heldOut?: Figures | null;
    speakers?: Omit<SpeakerReport, 'failures'>;
  };

  it('has the question sets the issue asks for', () => {
    const seed = sets.find((s) => s.name === 'seed');
    expect(seed?.questions.length).toBeGreaterThanOrEqual(150);
    expect(seed?.questions.filter((q) => q.kind === 'oos').length).toBeGreaterThanOrEqual(30);
    // (a set may hold only speaker queries)
    const others = sets.filter((s) => s.name !== 'seed' && s.questions.length > 0);
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const s of others) {
      expect(s.questions.length).toBeGreaterThanOrEqual(30);
      expect(existsSync(new URL(`../../${s.article}`, import.meta.url))).toBe(true);
    }
  });

  const groups: [string, Figures | undefined, Figures | undefined][] = [
    ['overall', report.overall, baseline.overall],
    ...(baseline.heldOut ? [['held-out overall', report.heldOut ?? undefined, baseline.heldOut] as [string, Figures | undefined, Figures | undefined]] : []),
    ...Object.keys(baseline.bySet).map((k): [string, Figures | undefined, Figures | undefined] => [`article ${k}`, report.bySet[k], baseline.bySet[k]]),
    ...Object.keys(baseline.byKind).map((k): [string, Figures | undefined, Figures | undefined] => [`kind ${k}`, report.byKind[k], baseline.byKind[k]]),
  ];
  it.each(groups)('%s does not fall below the committed figures', (_name, now, committed) => {
    expect(now).toBeDefined();
    for (const key of ['top1', 'answeredRight', 'mrr', 'answered', 'refused', 'recovered'] as const) {
      const was = committed?.[key];
      if (was === null || was === undefined) continue;
      expect(now?.[key], key).toBeGreaterThanOrEqual(was - 1e-9);
    }
  });

  const speakers = baseline.speakers;
  const speakerGroups = speakers
    ? [
        ['overall', report.speakers.overall, speakers.overall] as const,
        ['held-out overall', report.speakers.heldOut, speakers.heldOut] as const,
        ...Object.keys(speakers.bySet).map((k) => [`article ${k}`, report.speakers.bySet[k], speakers.bySet[k]] as const),
        ...Object.keys(speakers.byKind).map((k) => [`kind ${k}`, report.speakers.byKind[k], speakers.byKind[k]] as const),
      ].filter(([, , committed]) => committed)
    : [];
  it.each(speakerGroups)('speaker queries: %s do not fall below the committed figures', (_name, now, committed) => {
    expect(now).toBeDefined();
    for (const key of ['right', 'found', 'precise'] as const) {
      const was = committed?.[key];
      if (was === null || was === undefined) continue;
      expect(now?.[key], key).toBeGreaterThanOrEqual(was - 1e-9);
    }
  });
});
