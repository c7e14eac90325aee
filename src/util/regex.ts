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

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
const unanchored = new WeakMap<RegExp, RegExp | null>();

/** The pattern without its leading WORD_START, or null when it has none. */
function withoutWordStart(pattern: RegExp): RegExp | null {
  let stripped = unanchored.get(pattern);
  if (stripped === undefined) {
    stripped = pattern.source.startsWith(WORD_START) && pattern.global ? new RegExp(pattern.source.slice(WORD_START.length), pattern.flags) : null;
    unanchored.set(pattern, stripped);
  }
  return stripped;
}

/**
 * Every match of a global pattern, as a loop over exec() would give them (empty matches skipped).
 * A leading WORD_START look-behind makes V8 test a Unicode class at every position of the text, which
 * costs two to three times the rest of the scan; it is checked here instead, only where a match starts.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const scan = withoutWordStart(pattern) ?? pattern;
  const checkStart = scan !== pattern;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    if (checkStart && m.index > 0 && LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      scan.lastIndex = m.index + 1;
      continue;
    }
    const next = scan.lastIndex;
    yield m;
    scan.lastIndex = next;
  }
}
