// Tables keyed by words of the text: without a prototype, so that a word such as "constructor" or
// "toString" finds nothing instead of an Object method.

/** The same entries in an object with no prototype. */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
