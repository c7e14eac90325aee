// JavaScript's \b and \w are ASCII-only even with the u flag, so "Ärzte" has no \b before it.
// Every German word boundary in the project goes through these helpers instead.
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * An alternation of table entries, longest first, so that "Millionen" wins over "Million"
 * and "Mio." over "Mio".
 */
export function alternation(entries: Iterable<string>): string {
  const unique = [...new Set(entries)].filter((entry) => entry.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(escapeRegex).join("|");
}

/** A whole-word matcher for a table of words (case-sensitive unless flags say otherwise). */
export function wordRegex(entries: Iterable<string>, flags = "gu"): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(entries)})${WORD_END}`, flags);
}

/** Lower-cases and folds a string for case-insensitive table look-ups. */
export function foldKey(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("de-DE");
}
