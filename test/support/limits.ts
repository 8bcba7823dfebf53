/**
 * One limits checker for every body the bot sends to Discord (api-docs message.mdx, components/reference.mdx,
 * receiving-and-responding.mdx). Returns the list of violations; an empty list means the body is valid.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Checks a message body (content, embeds, components, allowed_mentions). `requireNoMentions` demands parse: []. */
export function checkMessage(body: unknown, where = 'message', requireNoMentions = true): string[] {
  const problems: string[] = [];
  if (!isObject(body)) return [`${where}: body is not an object`];
  const content = str(body.content);
  if (content.length > 2000) problems.push(`${where}: content ${content.length} > 2000`);
  const embeds = arr(body.embeds);
  if (embeds.length > 10) problems.push(`${where}: ${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    if (!isObject(e)) return problems.push(`${where}: embed ${i} not an object`);
    const w = `${where}.embeds[${i}]`;
    const title = str(e.title);
    const description = str(e.description);
    const footer = isObject(e.footer) ? str(e.footer.text) : '';
    const author = isObject(e.author) ? str(e.author.name) : '';
    if (title.length > 256) problems.push(`${w}: title ${title.length} > 256`);
    if (description.length > 4096) problems.push(`${w}: description ${description.length} > 4096`);
    if (footer.length > 2048) problems.push(`${w}: footer ${footer.length} > 2048`);
    if (author.length > 256) problems.push(`${w}: author ${author.length} > 256`);
    const fields = arr(e.fields);
    if (fields.length > 25) problems.push(`${w}: ${fields.length} fields > 25`);
    total += title.trim().length + description.trim().length + footer.trim().length + author.trim().length;
    fields.forEach((f, j) => {
      if (!isObject(f)) return problems.push(`${w}.fields[${j}] not an object`);
      const name = str(f.name);
      const value = str(f.value);
      if (name.trim().length === 0 || name.length > 256) problems.push(`${w}.fields[${j}]: name length ${name.length}`);
      if (value.trim().length === 0 || value.length > 1024) problems.push(`${w}.fields[${j}]: value length ${value.length}`);
      total += name.trim().length + value.trim().length;
    });
    if (e.url !== undefined && !/^https?:\/\//.test(str(e.url))) problems.push(`${w}: bad url`);
  });
  if (total > 6000) problems.push(`${where}: embed total ${total} > 6000`);
  const rows = arr(body.components);
  if (rows.length > 5) problems.push(`${where}: ${rows.length} component rows > 5`);
  rows.forEach((row, i) => {
    const buttons = isObject(row) ? arr(row.components) : [];
    if (buttons.length < 1 || buttons.length > 5) problems.push(`${where}.components[${i}]: ${buttons.length} buttons`);
    for (const b of buttons) {
      if (!isObject(b)) continue;
      const id = str(b.custom_id);
      if (id.length < 1 || id.length > 100) problems.push(`${where}: button custom_id length ${id.length}`);
      if (str(b.label).length > 80) problems.push(`${where}: button label > 80`);
      if (b.label === undefined && b.emoji === undefined) problems.push(`${where}: button without label or emoji`);
    }
  });
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if (flags & (1 << 15)) problems.push(`${where}: IS_COMPONENTS_V2 must not be set`);
  if (requireNoMentions) {
    const am = body.allowed_mentions;
    if (!isObject(am) || !Array.isArray(am.parse) || am.parse.length !== 0) problems.push(`${where}: allowed_mentions.parse must be []`);
    else if (arr(am.users).length > 0 || arr(am.roles).length > 0) problems.push(`${where}: allowed_mentions names users or roles`);
  }
  return problems;
}

/** Checks an autocomplete result: ≤ 25 choices, name 1–100, value ≤ 100. */
export function checkChoices(data: unknown, where = 'autocomplete'): string[] {
  if (!isObject(data)) return [`${where}: no data`];
  const choices = arr(data.choices);
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${where}: ${choices.length} choices > 25`);
  choices.forEach((c, i) => {
    if (!isObject(c)) return problems.push(`${where}[${i}] not an object`);
    const name = str(c.name);
    const value = c.value;
    if (name.length < 1 || name.length > 100) problems.push(`${where}[${i}]: name length ${name.length}`);
    if (typeof value === 'string' && value.length > 100) problems.push(`${where}[${i}]: value length ${value.length}`);
  });
  return problems;
}

/** Checks a modal: custom_id 1–100, title ≤ 45, 1–5 components, inputs within limits. */
export function checkModal(data: unknown, where = 'modal'): string[] {
  if (!isObject(data)) return [`${where}: no data`];
  const problems: string[] = [];
  const id = str(data.custom_id);
  if (id.length < 1 || id.length > 100) problems.push(`${where}: custom_id length ${id.length}`);
  const title = str(data.title);
  if (title.length < 1 || title.length > 45) problems.push(`${where}: title length ${title.length}`);
  const components = arr(data.components);
  if (components.length < 1 || components.length > 5) problems.push(`${where}: ${components.length} components`);
  for (const input of textInputs(data)) {
    if (str(input.custom_id).length < 1 || str(input.custom_id).length > 100) problems.push(`${where}: input custom_id`);
    if (str(input.value).length > 4000) problems.push(`${where}: input value > 4000`);
    if (typeof input.max_length === 'number' && input.max_length > 4000) problems.push(`${where}: input max_length > 4000`);
  }
  return problems;
}

/** Every text input of a modal, with the label that goes with it (Label components or legacy action rows). */
export function textInputs(modal: unknown): (Json & { label?: string })[] {
  if (!isObject(modal)) return [];
  const out: (Json & { label?: string })[] = [];
  for (const c of arr(modal.components)) {
    if (!isObject(c)) continue;
    if (isObject(c.component)) out.push({ ...c.component, label: str(c.label) });
    for (const inner of arr(c.components)) if (isObject(inner)) out.push(inner);
  }
  return out;
}

/** Checks any interaction callback body `{ type, data }` by its type. */
export function checkCallback(body: unknown): string[] {
  if (!isObject(body)) return ['callback: not an object'];
  switch (body.type) {
    case 4:
    case 7:
      return checkMessage(body.data, `callback type ${String(body.type)}`);
    case 5: {
      const data = (isObject(body.data) ? body.data : {});
      const flags = typeof data.flags === 'number' ? data.flags : 0;
      const problems = flags & ~64 ? [`callback type 5: only the ephemeral flag is valid, got ${flags}`] : [];
      const am = data.allowed_mentions;
      if (!isObject(am) || !Array.isArray(am.parse) || am.parse.length !== 0) problems.push('callback type 5: allowed_mentions.parse must be []');
      return problems;
    }
    case 6:
      return [];
    case 8:
      return checkChoices(body.data);
    case 9:
      return checkModal(body.data);
    default:
      return [`callback: unexpected type ${String(body.type)}`];
  }
}
