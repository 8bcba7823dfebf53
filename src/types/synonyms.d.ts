declare module 'synonyms' {
  type Entry = Partial<Record<'n' | 'v' | 'adj' | 's' | 'r', string[]>>;
  interface Synonyms {
    (word: string, type?: string): Entry | undefined;
    dictionary: Record<string, Entry>;
  }
  const synonyms: Synonyms;
  export default synonyms;
}
