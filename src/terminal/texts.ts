/**
 * Texts only the terminal shows. Replies themselves come from src/replies/texts.ts, like on Discord;
 * these cover the transport: banner, prompts and command-line mistakes.
 */
export const TT = {
  banner: (title: string, slug: string) =>
    `citebot · terminal mode · article: “${title}” (${slug}) · to connect to Discord, set DISCORD_TOKEN in .env · /help lists the commands, /exit leaves`,
  prompt: 'citebot> ',

  unknownCommand: (name: string, suggestion: string | undefined, names: readonly string[]) =>
    `Unknown command /${name}.${suggestion ? ` Did you mean /${suggestion}?` : ''} Commands: ${names.map((n) => `/${n}`).join(' ')}; or type a question.`,
  missingSubcommand: (command: string, subs: readonly string[]) => `/${command} needs a subcommand: ${subs.join(', ')}.`,
  unknownSubcommand: (command: string, sub: string, subs: readonly string[]) =>
    `/${command} has no subcommand “${sub}”; use one of: ${subs.join(', ')}.`,
  unknownOption: (name: string, usage: string, known: readonly string[] = []) =>
    `Unknown option --${name}. Usage: ${usage}${known.length > 0 ? ` (options: ${known.map((k) => `--${k}`).join(', ')})` : ''}`,
  missingValue: (name: string) => `--${name} needs a value.`,
  missingOption: (name: string, usage: string) => `Missing <${name}>. Usage: ${usage}`,
  notInteger: (name: string, value: string) => `<${name}> must be a whole number, not “${value}”.`,
  notNumber: (name: string, value: string) => `<${name}> must be a number, not “${value}”.`,
  notBoolean: (name: string, value: string) => `--${name} takes true or false, not “${value}”.`,
  tooSmall: (name: string, min: number) => `<${name}> must be at least ${min}.`,
  tooLarge: (name: string, max: number) => `<${name}> must be at most ${max}.`,
  tooLong: (name: string, max: number) => `<${name}> is longer than ${max} characters.`,
  unexpected: (text: string, usage: string) => `Unexpected “${text}”. Usage: ${usage}`,
  unsupported: (name: string) => `The option ${name} cannot be given in the terminal.`,

  noSuchFile: (path: string) => `Cannot read ${path}: no such file.`,
  notAFile: (path: string) => `Cannot read ${path}: not a file.`,
  formNeedsFlags: (title: string, usage: string) => `${title}: give the fields as flags when input is piped, e.g. ${usage}`,
  formMissing: (label: string, flag: string) => `${label} is required (--${flag}).`,
  formTooLong: (label: string, max: number) => `${label} is longer than ${max} characters.`,
  formPromptIntro: (title: string) => `${title} — Ctrl-C cancels.`,
  formList: 'one per line, an empty line ends',
  formListEnd: 'an empty line ends',
  formKeep: 'Enter keeps the current value',
  formKeepOrClear: 'Enter keeps the current value, - clears it',
  formOptional: 'optional, Enter skips',
  formNow: (value: string) => `  now: ${value}`,
  cancelled: 'Cancelled; nothing was saved.',
  pickSuggestion: (n: number) => (n === 1 ? 'Type 1 to ask it.' : `Type a number, 1 to ${n}, to ask one.`),
  ignoredFlags: (flags: readonly string[]) => `(${flags.map((f) => `--${f}`).join(', ')} ignored: this command has no form.)`,

  terminalHelp: [
    'In the terminal:',
    '  Type a question on its own to ask it, or /ask <question>.',
    '  Options as flags or as on Discord: /kb show --id 3, /kb show 3 and /kb show id:3 are the same.',
    '  /kb add --question "…" [--question "…"] --answer "…" [--cite P3.1]; /kb edit --id N with the fields to change.',
    '  /kb import <file>; /kb export prints the JSON. Tab completes commands, speakers and questions.',
    '  After "The article doesn\'t say.", type a suggestion\'s number to ask it.',
    '  /exit, Ctrl-C or Ctrl-D leaves.',
  ],
} as const;
