/**
 * A lookup table keyed by words from text: an object with no prototype, so that a word such as "constructor",
 * "toString" or "__proto__" finds nothing instead of an Object method.
 */
export function table<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
