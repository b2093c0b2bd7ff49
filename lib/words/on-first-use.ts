/**
 * A value made the first time it is asked for. For Unicode property expressions (`\p{…}`): V8
 * builds their character sets when the expression is created, which cost every page a millisecond
 * or more before the scanner had read a word, while most pages never meet a character that needs
 * them.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
