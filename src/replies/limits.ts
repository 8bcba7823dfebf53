/** Discord's message limits (api-docs message.mdx, components/reference.mdx) and the helpers that enforce them. */

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputValue: 4000,
  placeholder: 100,
} as const;

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters (UTF-16 units, as Discord counts), ending with "…" when cut. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  // Never leave half of a surrogate pair.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/** Like clamp, but never returns an empty string (Discord rejects empty names and values). */
export function clampNonEmpty(text: string, max: number, fallback = '\u200b'): string {
  const t = clamp(text, max);
  return t.trim() === '' ? fallback : t;
}
