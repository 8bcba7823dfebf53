import { describe, expect, it } from 'vitest';
import type { Answer, ArticleMeta } from '../../src/core/types.ts';
import type { Reply } from '../../src/replies/model.ts';
import { embedLength, renderDiscord, renderMessage, renderText, T } from '../../src/replies/index.ts';
import type { StoredEntry } from '../../src/store/types.ts';
import { checkMessage, checkModal, textInputs } from '../support/limits.ts';

const meta: ArticleMeta = {
  slug: 'seed',
  title: 'Italy and France on the crisis in Libya',
  source: 'Xinhua',
  byline: 'Stefania Fumo',
  dateline: 'Rome',
  published: '2019-04-19',
  url: 'http://xinhuanet.com/english/2019-04/20/c_137991821.htm',
  note: '',
};

const answer: Answer = {
  question: 'Who met in Rome?',
  answered: true,
  confidence: 0.9,
  answer: 'Jean Yves Le Drian and Enzo Movaero Milanesi.',
  citations: [{ label: 'P1.1', text: 'ROME, April 19 (Xinhua) -- Italy and France appeared to have recovered their entente.' }],
  suggestions: [],
  entryId: 'cur:who-met',
};

const entry = (over: Partial<StoredEntry> = {}): StoredEntry => ({
  id: 1,
  guildId: '1',
  questions: ['q'],
  answer: 'a',
  citations: [],
  author: '123456789012345678',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  revision: 1,
  deleted: false,
  uses: 0,
  ...over,
});

/** Sends a rendered message through the same checks the e2e fake applies (allowed mentions are set later). */
const limits = (reply: Reply) => checkMessage({ ...renderMessage(reply), allowed_mentions: { parse: [] } });

describe('Discord renderer', () => {
  it('renders an answer: answer, cited quotes with labels, footer, buttons', () => {
    const m = renderMessage({ kind: 'answer', answer, meta, private: false, buttons: [{ id: 'ask:ctx:P1.1', label: T.showInContext, style: 'secondary' }] });
    expect(m.ephemeral).toBe(false);
    expect(m.embeds).toHaveLength(1);
    const e = m.embeds[0];
    expect(e?.title).toBe('Who met in Rome?');
    expect(e?.description).toBe(answer.answer);
    expect(e?.fields).toEqual([{ name: 'Cited · P1.1', value: `> ${answer.citations[0]?.text ?? ''}` }]);
    expect(e?.footer?.text).toBe('Xinhua · by Stefania Fumo · 2019-04-19');
    expect(m.components[0]?.components[0]).toMatchObject({ custom_id: 'ask:ctx:P1.1', label: 'Show in context' });
  });

  it('makes an abstention private, with suggestions', () => {
    const m = renderMessage({ kind: 'no-answer', question: 'What is the population of Libya?', suggestions: ['Who met in Rome?'] });
    expect(m.ephemeral).toBe(true);
    expect(m.embeds[0]?.title).toBe("The article doesn't say");
    expect(m.embeds[0]?.description).toContain('• Who met in Rome?');
  });

  it('clamps everything to the limits, whatever the input size', () => {
    const long = 'x'.repeat(5000);
    const many = Array.from({ length: 40 }, (_, i) => ({ label: `P${i}.1`, text: long }));
    const reply: Reply = {
      kind: 'answer',
      answer: { ...answer, question: long, answer: long, citations: many },
      meta: { ...meta, source: long, byline: long },
      private: false,
      buttons: [],
    };
    expect(limits(reply)).toEqual([]);
    const m = renderMessage(reply);
    expect(m.embeds[0]?.fields?.length).toBeGreaterThanOrEqual(1);
    expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    expect(limits({ kind: 'error', ref: long })).toEqual([]);
    expect(limits({ kind: 'context', passages: many.map((c) => ({ label: c.label, sentences: [{ ...c, cited: true }] })) })).toEqual([]);
    expect(limits({ kind: 'entry', action: 'added', entry: entry({ questions: [long, long], answer: long }) })).toEqual([]);
  });

  it('keeps the answer text verbatim, including @everyone (mentions are disabled on send)', () => {
    const m = renderMessage({ kind: 'answer', answer: { ...answer, answer: '@everyone *look* <@1>' }, meta, private: true, buttons: [] });
    expect(m.embeds[0]?.description).toBe('@everyone *look* <@1>');
    expect(m.ephemeral).toBe(true);
  });

  it('renders a form as a modal with labelled inputs', () => {
    const r = renderDiscord({
      kind: 'form',
      form: {
        id: 'kb:add',
        title: 'Add an answer',
        fields: [
          { id: 'questions', label: 'Questions', multiline: true, required: true, maxLength: 4000 },
          { id: 'answer', label: 'Answer', multiline: true, required: true, maxLength: 9000 },
        ],
      },
    });
    expect(r.type).toBe('modal');
    if (r.type !== 'modal') return;
    expect(checkModal(r.modal)).toEqual([]);
    expect(textInputs(r.modal).map((i) => i.custom_id)).toEqual(['questions', 'answer']);
  });

  it('attaches an export as a JSON file', () => {
    const m = renderMessage({
      kind: 'export',
      filename: 'kb.json',
      file: { schema: 'citebot.kb', version: 1, guildId: '1', article: 'seed', exportedAt: 'now', entries: [] },
    });
    expect(m.files[0]?.name).toBe('kb.json');
    expect(JSON.parse(m.files[0]?.data.toString('utf8') ?? '')).toMatchObject({ schema: 'citebot.kb' });
  });
});

describe('text renderer', () => {
  it('renders an answer with labelled citations and the footer', () => {
    expect(renderText({ kind: 'answer', answer, meta, private: false, buttons: [] })).toMatchInlineSnapshot(`
      "Jean Yves Le Drian and Enzo Movaero Milanesi.

        [P1.1] ROME, April 19 (Xinhua) -- Italy and France appeared to have recovered their entente.

      — Xinhua · by Stefania Fumo · 2019-04-19"
    `);
  });

  it('renders an abstention with suggestions', () => {
    expect(renderText({ kind: 'no-answer', question: 'Population?', suggestions: ['Who met in Rome?'] })).toMatchInlineSnapshot(`
      "The article doesn't say.
      I couldn't find an answer to “Population?” in the article.
      Did you mean…
        1. Who met in Rome?"
    `);
  });

  it('renders the error boundary reply with its reference', () => {
    expect(renderText({ kind: 'error', ref: 'abc123' })).toBe(T.error('abc123'));
  });
});
