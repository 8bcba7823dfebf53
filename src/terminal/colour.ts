/**
 * Colour on top of the shared plain-text renderer: the words are exactly renderText's, only ANSI styles are
 * added, so the terminal says what Discord and the logs say.
 */
import { stripVTControlCharacters } from 'node:util';
import type { Reply } from '../replies/model.ts';
import { renderText } from '../replies/text.ts';

const style = (open: number, close: number) => (s: string) => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);

/** The styles used; each is the identity when colour is off. */
export interface Palette {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly label: (s: string) => string;
  readonly good: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly bad: (s: string) => string;
}

const same = (s: string) => s;

/** A palette with colour, or without (every style returns its input). */
export function palette(colour: boolean): Palette {
  if (!colour) return { bold: same, dim: same, label: same, good: same, warn: same, bad: same };
  return { bold: style(1, 22), dim: style(2, 22), label: style(36, 39), good: style(32, 39), warn: style(33, 39), bad: style(31, 39) };
}

/** Removes ANSI styles (tests compare coloured output with renderText). */
export const stripAnsi = (s: string): string => stripVTControlCharacters(s);

/** Whether an output stream should get colour: a TTY whose environment allows it (NO_COLOR, TERM=dumb, FORCE_COLOR). */
export function wantsColour(output: NodeJS.WritableStream, isTTY: boolean): boolean {
  if (!isTTY) return false;
  const hasColors: unknown = Reflect.get(output, 'hasColors');
  // tty.WriteStream#hasColors reads NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR and TERM.
  return typeof hasColors === 'function' ? Boolean((hasColors as () => boolean).call(output)) : false;
}

/** A citation line "  [P3.1] text" or a context line "> [P3.1] text": the label gets the label colour. */
const LABELLED = /^(\s*[>]?\s*)\[([^\]\s]+)\](.*)$/;

function labelled(line: string, p: Palette, text: (s: string) => string = same): string {
  const m = LABELLED.exec(line);
  if (!m) return line;
  return `${m[1] ?? ''}${p.label(`[${m[2] ?? ''}]`)}${text(m[3] ?? '')}`;
}

const bullet = (line: string, p: Palette): string =>
  /^\s*•\s/.test(line) ? line.replace(/•/, p.dim('•')) : /^\s*\d+\.\s/.test(line) ? line.replace(/\d+\./, (n) => p.label(n)) : line;

/** Renders a reply as renderText does, with colour when the palette has it. */
export function renderColoured(reply: Reply, p: Palette): string {
  const lines = renderText(reply).split('\n');
  const styled = lines.map((line, i): string => {
    switch (reply.kind) {
      case 'answer':
        if (i === 0) return p.bold(line);
        if (line.startsWith('— ')) return p.dim(line);
        return labelled(line, p);
      case 'no-answer':
      case 'unknown-speaker':
        if (i === 0) return p.warn(line);
        return bullet(line, p);
      case 'quotes':
        if (i === 0) return p.bold(line);
        if (/^Quote \d+ · /.test(line)) return p.label(line);
        return labelled(line, p);
      case 'context':
        return line.startsWith('>') ? labelled(line, p, p.bold) : labelled(line, p, p.dim);
      case 'source':
      case 'help':
      case 'entries':
      case 'gaps':
      case 'feedback':
      case 'form':
        if (i === 0) return p.bold(line);
        if (reply.kind === 'help' && line.startsWith('/')) return p.label(line);
        return line;
      case 'entry':
        if (i === 0) return reply.action === 'removed' ? p.warn(line) : p.good(line);
        return bullet(labelled(line, p), p);
      case 'imported':
      case 'voted':
        return p.good(line);
      case 'export':
        return i === 0 ? p.good(line) : line;
      case 'store-error':
      case 'invalid':
      case 'refusal':
      case 'error':
        return i === 0 ? p.bad(line) : bullet(line, p);
    }
  });
  return styled.join('\n');
}
