/** Splits what the person typed into words and phrases: one per line, or separated by commas. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const word = raw.replace(/\s+/g, ' ').trim();
    const key = word.toLowerCase();
    if (word && !seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}
