import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from '../app.ts';
import { CitebotError } from '../core/errors.ts';
import type { InspectableEngine } from '../engine/create.ts';
import { resolveCitation } from '../kb/citations.ts';

/**
 * The evaluation: question sets (eval/seed.json, eval/articles/*.json) run through the real engine.
 * Per article and per kind it reports top-1 citation accuracy, MRR, answered rate and out-of-scope refusal rate.
 */

export const ROOT = new URL('../../', import.meta.url).pathname;
export const BASELINE_PATH = join(ROOT, 'eval', 'baseline.json');

export interface EvalQuestion {
  readonly q: string;
  readonly kind: string;
  /** Snippets of the sentences that answer it, best first; empty for out-of-scope. */
  readonly expect: readonly string[];
}

/** A `/quote` query: the sentences whose quoted words are that person's (one snippet each); none for nobody. */
export interface EvalSpeakerQuery {
  readonly q: string;
  readonly kind: string;
  readonly speaker: string | null;
  readonly quotes: readonly string[];
}

export interface EvalSet {
  readonly name: string;
  /** Written apart from the engine's tuning and never used for it: reported on its own, kept out of the kind and overall rows. */
  readonly heldOut?: boolean;
  readonly article: string;
  readonly questions: readonly EvalQuestion[];
  readonly speakers?: readonly EvalSpeakerQuery[];
}

/** Figures for one group of questions. Rates are in [0, 1]; null when the group has no such question. */
export interface Figures {
  readonly questions: number;
  readonly answerable: number;
  /** Top candidate's first citation is an expected sentence (ranking quality, answered or not). */
  readonly top1: number | null;
  /** Answered, and the first citation is an expected sentence. */
  readonly answeredRight: number | null;
  readonly mrr: number | null;
  readonly answered: number | null;
  readonly outOfScope: number;
  readonly refused: number | null;
  /** Answerable questions refused whose suggestions lead on: asking one of them answers with an expected sentence. */
  readonly recovered?: number | null;
}

/** Figures for a group of speaker queries. Rates in [0, 1]. */
export interface SpeakerFigures {
  readonly queries: number;
  /** The reply's quotes cite every expected sentence and no other (no quotes at all for nobody). */
  readonly right: number;
  /** Expected quote sentences the replies cite. */
  readonly found: number | null;
  /** Quote sentences the replies cite that are expected (another person's quotes, or any for nobody, count against it). */
  readonly precise: number | null;
}

export interface SpeakerReport {
  readonly bySet: Record<string, SpeakerFigures>;
  readonly byKind: Record<string, SpeakerFigures>;
  readonly overall: SpeakerFigures | null;
  readonly heldOut: SpeakerFigures | null;
  readonly failures: readonly { set: string; q: string; kind: string; missing: string[]; extra: string[] }[];
}

export interface Report {
  readonly bySet: Record<string, Figures>;
  readonly byKind: Record<string, Figures>;
  readonly overall: Figures;
  /** All held-out sets together (null when there are none). */
  readonly heldOut: Figures | null;
  readonly failures: readonly { set: string; q: string; kind: string; expected: string[]; got: string | null; answered: boolean; confidence: number }[];
  readonly speakers: SpeakerReport;
}

/** Loads every question set under eval/. */
export function loadSets(root = ROOT): EvalSet[] {
  const files: [string, boolean][] = [[join(root, 'eval', 'seed.json'), false]];
  for (const [folder, heldOut] of [['articles', false], ['holdout', true]] as const) {
    const dir = join(root, 'eval', folder);
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) files.push([join(dir, f), heldOut]);
  }
  return files
    .filter(([file]) => existsSync(file))
    .map(([file, heldOut]) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { article: string; questions: EvalQuestion[]; speakers?: EvalSpeakerQuery[] };
      return { name: heldOut ? `held-out/${basename(file, '.json')}` : basename(file, '.json'), heldOut, article: data.article, questions: data.questions, ...(data.speakers ? { speakers: data.speakers } : {}) };
    });
}

interface Outcome {
  readonly set: string;
  readonly question: EvalQuestion;
  readonly expectedLabels: readonly string[];
  readonly topLabel: string | null;
  readonly rank: number | null;
  readonly answered: boolean;
  readonly confidence: number;
  /** Refused, and one of the suggestions, asked, answers with an expected sentence. */
  readonly recovered: boolean;
}

function runSet(set: EvalSet, engine: InspectableEngine): Outcome[] {
  return set.questions.map((question) => {
    const expectedLabels = question.expect.map((snippet) => {
      const found = resolveCitation(engine.article, snippet);
      if (!found.ok) throw new CitebotError('E_USAGE', `${set.name}: "${question.q}": ${found.message}`);
      return found.citation.label;
    });
    const answer = engine.ask(question.q);
    const ranked = engine.rank(question.q);
    const labels: string[] = [];
    for (const c of ranked) {
      const l = c.entry.citations[0]?.label;
      if (l && !labels.includes(l)) labels.push(l);
    }
    const pos = labels.findIndex((l) => expectedLabels.includes(l));
    const recovered =
      !answer.answered &&
      expectedLabels.length > 0 &&
      answer.suggestions.some((s) => {
        const next = engine.ask(s);
        return next.answered && expectedLabels.includes(next.citations[0]?.label ?? '');
      });
    return {
      set: set.name,
      question,
      expectedLabels,
      topLabel: labels[0] ?? null,
      rank: pos >= 0 ? pos + 1 : null,
      answered: answer.answered,
      confidence: answer.confidence,
      recovered,
      ...(answer.answered ? { topLabel: answer.citations[0]?.label ?? null } : {}),
    };
  });
}

interface SpeakerOutcome {
  readonly set: string;
  readonly query: EvalSpeakerQuery;
  readonly expected: readonly string[];
  readonly got: readonly string[];
}

function runSpeakers(set: EvalSet, engine: InspectableEngine): SpeakerOutcome[] {
  return (set.speakers ?? []).map((query) => {
    const expected = query.quotes.map((snippet) => {
      const found = resolveCitation(engine.article, snippet);
      if (!found.ok) throw new CitebotError('E_USAGE', `${set.name}: speaker "${query.q}": ${found.message}`);
      return found.citation.label;
    });
    const got = [...new Set(engine.quote(query.q).quotes.flatMap((q) => q.citations.map((c) => c.label)))];
    return { set: set.name, query, expected, got };
  });
}

function speakerFigures(outcomes: readonly SpeakerOutcome[]): SpeakerFigures {
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
  const expected = outcomes.reduce((n, o) => n + o.expected.length, 0);
  const got = outcomes.reduce((n, o) => n + o.got.length, 0);
  const hits = outcomes.reduce((n, o) => n + o.got.filter((l) => o.expected.includes(l)).length, 0);
  const right = outcomes.filter((o) => o.got.length === o.expected.length && o.got.every((l) => o.expected.includes(l))).length;
  return { queries: outcomes.length, right: rate(right, outcomes.length) ?? 0, found: rate(hits, expected), precise: rate(hits, got) };
}

function speakerReport(sets: readonly EvalSet[], outcomes: ReadonlyMap<string, readonly SpeakerOutcome[]>): SpeakerReport {
  const bySet: Record<string, SpeakerFigures> = {};
  const all: SpeakerOutcome[] = [];
  const heldOut: SpeakerOutcome[] = [];
  for (const set of sets) {
    const own = outcomes.get(set.name) ?? [];
    if (own.length === 0) continue;
    bySet[set.name] = speakerFigures(own);
    (set.heldOut ? heldOut : all).push(...own);
  }
  const byKind: Record<string, SpeakerFigures> = {};
  for (const kind of [...new Set(all.map((o) => o.query.kind))].sort()) byKind[kind] = speakerFigures(all.filter((o) => o.query.kind === kind));
  const failures = [...all, ...heldOut]
    .map((o) => ({ set: o.set, q: o.query.q, kind: o.query.kind, missing: o.expected.filter((l) => !o.got.includes(l)), extra: o.got.filter((l) => !o.expected.includes(l)) }))
    .filter((f) => f.missing.length > 0 || f.extra.length > 0);
  return { bySet, byKind, overall: all.length > 0 ? speakerFigures(all) : null, heldOut: heldOut.length > 0 ? speakerFigures(heldOut) : null, failures };
}

function figures(outcomes: readonly Outcome[]): Figures {
  const answerable = outcomes.filter((o) => o.expectedLabels.length > 0);
  const oos = outcomes.filter((o) => o.expectedLabels.length === 0);
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    top1: rate(answerable.filter((o) => o.rank === 1).length, answerable.length),
    answeredRight: rate(answerable.filter((o) => o.answered && o.topLabel !== null && o.expectedLabels.includes(o.topLabel)).length, answerable.length),
    mrr: rate(answerable.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0), answerable.length),
    answered: rate(answerable.filter((o) => o.answered).length, answerable.length),
    outOfScope: oos.length,
    refused: rate(oos.filter((o) => !o.answered).length, oos.length),
    recovered: rate(answerable.filter((o) => o.recovered).length, answerable.filter((o) => !o.answered).length),
  };
}

/** Runs every set; `engineFor` builds the engine for a set's article (the real loader by default). */
export function evaluate(sets: readonly EvalSet[], engineFor: (articlePath: string) => InspectableEngine = (p) => loadEngine({ articlePath: join(ROOT, p) })): Report {
  const all: Outcome[] = [];
  const heldOut: Outcome[] = [];
  const bySet: Record<string, Figures> = {};
  const speakerOutcomes = new Map<string, SpeakerOutcome[]>();
  for (const set of sets) {
    const engine = engineFor(set.article);
    const outcomes = runSet(set, engine);
    speakerOutcomes.set(set.name, runSpeakers(set, engine));
    if (outcomes.length > 0) bySet[set.name] = figures(outcomes);
    (set.heldOut ? heldOut : all).push(...outcomes);
  }
  const byKind: Record<string, Figures> = {};
  for (const kind of [...new Set(all.map((o) => o.question.kind))].sort()) byKind[kind] = figures(all.filter((o) => o.question.kind === kind));
  const failures = [...all, ...heldOut]
    .filter((o) => (o.expectedLabels.length === 0 ? o.answered : !(o.answered && o.topLabel !== null && o.expectedLabels.includes(o.topLabel))))
    .map((o) => ({ set: o.set, q: o.question.q, kind: o.question.kind, expected: [...o.expectedLabels], got: o.topLabel, answered: o.answered, confidence: o.confidence }));
  return { bySet, byKind, overall: figures(all), heldOut: heldOut.length > 0 ? figures(heldOut) : null, failures, speakers: speakerReport(sets, speakerOutcomes) };
}

const pct = (x: number | null) => (x === null ? '    -' : `${(x * 100).toFixed(1).padStart(5)}`);

/** The report as an aligned table. */
export function formatReport(report: Report): string {
  const sets = Object.entries(report.bySet);
  // the widest row name sets the first column ("held-out/kestrel-valley-vaccination-campaign")
  const width = Math.max(26, ...sets.map(([k]) => k.length));
  const head = `${'group'.padEnd(width)} ${'n'.padStart(4)} ${'top-1'.padStart(6)} ${'right'.padStart(6)} ${'MRR'.padStart(6)} ${'answ.'.padStart(6)} ${'oos'.padStart(4)} ${'refus.'.padStart(6)} ${'sugg.'.padStart(6)}`;
  const row = (name: string, f: Figures) =>
    `${name.padEnd(width)} ${String(f.questions).padStart(4)} ${pct(f.top1).padStart(6)} ${pct(f.answeredRight).padStart(6)} ${pct(f.mrr).padStart(6)} ${pct(f.answered).padStart(6)} ${String(f.outOfScope).padStart(4)} ${pct(f.refused).padStart(6)} ${pct(f.recovered ?? null).padStart(6)}`;
  const lines = [
    head,
    '-- by article (development)',
    ...sets.filter(([k]) => !k.startsWith('held-out/')).map(([k, f]) => row(k, f)),
    '-- by kind (development)',
    ...Object.entries(report.byKind).map(([k, f]) => row(k, f)),
    '--',
    row('overall (development)', report.overall),
  ];
  if (report.heldOut) {
    lines.push('-- held out (written apart, never tuned on)', ...sets.filter(([k]) => k.startsWith('held-out/')).map(([k, f]) => row(k, f)), row('overall (held out)', report.heldOut));
  }
  const speakers = Object.entries(report.speakers.bySet);
  if (speakers.length > 0) {
    const sRow = (name: string, f: SpeakerFigures) => `${name.padEnd(width)} ${String(f.queries).padStart(4)} ${pct(f.right).padStart(6)} ${pct(f.found).padStart(6)} ${pct(f.precise).padStart(6)}`;
    lines.push(
      '',
      `${'speaker queries (/quote)'.padEnd(width)} ${'n'.padStart(4)} ${'right'.padStart(6)} ${'found'.padStart(6)} ${'prec.'.padStart(6)}`,
      '-- by article (development)',
      ...speakers.filter(([k]) => !k.startsWith('held-out/')).map(([k, f]) => sRow(k, f)),
      '-- by kind (development)',
      ...Object.entries(report.speakers.byKind).map(([k, f]) => sRow(k, f)),
      '--',
    );
    if (report.speakers.overall) lines.push(sRow('overall (development)', report.speakers.overall));
    if (report.speakers.heldOut) lines.push('-- held out', ...speakers.filter(([k]) => k.startsWith('held-out/')).map(([k, f]) => sRow(k, f)), sRow('overall (held out)', report.speakers.heldOut));
  }
  lines.push('', 'top-1: best candidate cites an expected sentence; right: answered and cites one; answ.: answerable questions answered; refus.: out-of-scope refused;\nsugg.: answerable questions refused whose suggestions, asked, answer with an expected sentence.\nspeaker queries: right: the quotes cite every expected sentence and no other (none for nobody); found: expected quote sentences cited;\nprec.: cited quote sentences that are expected.');
  return lines.join('\n');
}

/** `npm run eval [-- --json] [--failures] [--write-baseline]` */
export function runEval(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): number {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, failures: { type: 'boolean' }, 'write-baseline': { type: 'boolean' } } });
  const report = evaluate(loadSets());
  if (values.json) io.stdout(JSON.stringify(report, null, 2));
  else io.stdout(formatReport(report));
  if (values.failures) {
    for (const f of report.failures) io.stdout(`${f.set} [${f.kind}] ${f.q} → expected ${f.expected.join('|') || 'refusal'}, got ${f.answered ? f.got : `refusal (top ${f.got})`} @${f.confidence}`);
    for (const f of report.speakers.failures) io.stdout(`${f.set} [speaker ${f.kind}] ${f.q} → missing ${f.missing.join(' ') || '-'}, extra ${f.extra.join(' ') || '-'}`);
  }
  if (values['write-baseline']) {
    const { bySet, byKind, overall, heldOut } = report.speakers;
    const baseline = { bySet: report.bySet, byKind: report.byKind, overall: report.overall, heldOut: report.heldOut, speakers: { bySet, byKind, overall, heldOut } };
    writeFileSync(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
    io.stderr(`wrote ${BASELINE_PATH}`);
  }
  return 0;
}
