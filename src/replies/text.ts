/**
 * Reply → plain text for the terminal and logs. No colours (the terminal adds them) and no length limits.
 */
import type { Reply } from './model.ts';
import { T } from './texts.ts';

/** Renders a reply as plain text lines joined with "\n". A form lists its fields (the terminal prompts for them). */
export function renderText(reply: Reply): string {
  return lines(reply).join('\n');
}

function lines(reply: Reply): string[] {
  switch (reply.kind) {
    case 'answer': {
      const { answer, meta } = reply;
      const out = [answer.answer ?? ''];
      for (const c of answer.citations) out.push('', `  [${c.label}] ${c.text}`);
      const footer = T.footer([meta.source, T.by(meta.byline), meta.published]);
      if (footer !== '') out.push('', `— ${footer}`);
      return out;
    }
    case 'no-answer':
      return [T.noAnswerTitle + '.', T.noAnswer(reply.question), ...suggestions(T.didYouMean, reply.suggestions, true)];
    case 'quotes': {
      const out = [T.quotesTitle(reply.speaker)];
      const aliases = reply.result.aliases.filter((a) => a !== reply.speaker);
      if (aliases.length > 0) out.push(T.alsoKnownAs(aliases));
      if (reply.result.quotes.length === 0) out.push(T.noQuotes(reply.speaker));
      reply.result.quotes.forEach((q, i) => {
        out.push('', T.quoteHeading(i + 1, q.citations.map((c) => c.label)));
        for (const c of q.citations) out.push(`  ${c.text}`);
      });
      if (reply.result.mentions.length > 0) {
        out.push('', T.mentionedIn);
        for (const c of reply.result.mentions) out.push(`  [${c.label}] ${c.text}`);
      }
      return out;
    }
    case 'unknown-speaker':
      return [T.unknownSpeaker(reply.query), ...suggestions(T.tryInstead, reply.suggestions)];
    case 'source': {
      const { meta } = reply;
      const f = T.sourceFields;
      const out = [meta.title];
      const rows: [string, string][] = [
        [f.source, meta.source],
        [f.byline, meta.byline],
        [f.dateline, meta.dateline],
        [f.published, meta.published],
        [f.sentences, String(reply.sentences)],
        ['URL', meta.url],
        [f.note, meta.note],
      ];
      for (const [k, v] of rows) if (v !== '') out.push(`${k}: ${v}`);
      return out;
    }
    case 'help': {
      const out: string[] = [T.helpTitle, T.helpIntro];
      for (const c of reply.commands) {
        out.push('', `/${c.name} — ${c.description}`);
        for (const u of c.usage) out.push(`  ${u}`);
      }
      return out;
    }
    case 'context':
      return reply.passages.flatMap((p, i) => [
        ...(i > 0 ? [''] : []),
        `${T.contextTitle} · ${p.label}`,
        ...p.sentences.map((s) => `${s.cited ? '>' : ' '} [${s.label}] ${s.text}`),
      ]);
    case 'entry': {
      const e = reply.entry;
      const out = [T.entryTitle(reply.action, e.id), `${T.entryQuestions}:`, ...e.questions.map((q) => `  • ${q}`), `${T.entryAnswer}: ${e.answer}`];
      if (e.citations.length > 0) out.push(`${T.entryCitations}:`, ...e.citations.map((c) => `  [${c.label}] ${c.text}`));
      out.push(T.entryMeta(e.author, e.updatedAt, e.revision, e.uses));
      if (reply.history && reply.history.length > 0) {
        out.push(`${T.entryHistory}:`, ...reply.history.map((h) => `  r${h.revision} ${h.action} by ${h.author} · ${h.at}`));
      }
      return out;
    }
    case 'entries':
      return [
        T.entriesTitle(reply.total),
        ...(reply.entries.length === 0 ? [T.entriesEmpty] : reply.entries.map((e) => `  #${e.id} ${e.questions[0] ?? ''} — ${e.answer}`)),
        T.entriesPage(reply.page, reply.pages),
      ];
    case 'export':
      return [T.exported(reply.file.entries.length), JSON.stringify(reply.file, null, 2)];
    case 'imported':
      return [T.imported(reply.added)];
    case 'gaps':
      return [T.gapsTitle, ...(reply.gaps.length === 0 ? [T.gapsEmpty] : reply.gaps.map((g) => `  ${T.gapLine(g.count, g.question)}`))];
    case 'feedback':
      return reply.stats.up + reply.stats.down === 0
        ? [T.feedbackTitle, T.feedbackEmpty]
        : [T.feedbackTitle, T.feedbackTotals(reply.stats.up, reply.stats.down), ...reply.stats.byAnswer.map((b) => `  ${b.key}: 👍 ${b.up} · 👎 ${b.down}`)];
    case 'voted':
      return [T.voted(reply.value)];
    case 'store-error':
      return [`${T.storeErrorTitle}: ${reply.error.message}`, ...(reply.error.details ?? []).map((d) => `  • ${d}`)];
    case 'invalid':
      return [`${T.invalidTitle}: ${reply.message}`, ...reply.details.map((d) => `  • ${d}`)];
    case 'refusal':
      return [T.refusal(reply.reason, reply.command)];
    case 'error':
      return [T.error(reply.ref)];
    case 'form':
      return [reply.form.title, ...reply.form.fields.map((f) => `  ${f.label}${f.required ? '' : ' (optional)'}`)];
  }
}

/** Suggestions under a heading, bulleted, or numbered when the terminal asks one by its number. */
function suggestions(heading: string, items: readonly string[], numbered = false): string[] {
  return items.length === 0 ? [] : [heading, ...items.map((s, i) => `  ${numbered ? `${i + 1}.` : '•'} ${s}`)];
}
