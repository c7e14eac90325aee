import { DIGIT, LETTER, LOWER, UPPER } from "./letters.js";
// JavaScript's \b and \w are ASCII-only even with the u flag, so "Ärzte" has no \b before it.
// Every German word boundary in the project goes through these helpers instead.
export const WORD_START = `(?<![${LETTER}${DIGIT}])`;
export const WORD_END = `(?![${LETTER}${DIGIT}])`;
/** A text that starts with a capital letter. */
export const STARTS_CAPITAL = new RegExp(`^[${UPPER}]`, "u");
/** White space, then a capitalised word. */
export const CAPITALISED_WORD_NEXT = new RegExp(`^\\s+[${UPPER}][${LOWER}]`, "u");

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The characters escapeRegex() escapes, for escaping a single one without a regex. */
const REGEX_SYNTAX: ReadonlySet<string> = new Set([..."\\^$.*+?()[]{}|"]);
const escapedChar = (char: string) => (REGEX_SYNTAX.has(char) ? `\\${char}` : char);

/**
 * The prefix tree of entries (each a list of characters, in sorted order) is walked over ranges of the
 * list, not built: the entries below a node of the tree are a range that shares the node's characters.
 * `words[lo, hi)` share their first `at` characters and all go on past them; the branches that go on are
 * given the one with the longest entry first, so that longer entries win.
 */
function branchesIn(words: readonly (readonly string[])[], lo: number, hi: number, at: number): string[] {
  const branches: { char: string; lo: number; hi: number; depth: number }[] = [];
  for (let from = lo; from < hi; ) {
    const char = words[from]?.[at] as string;
    let to = from;
    let depth = 0;
    for (; to < hi && words[to]?.[at] === char; to++) depth = Math.max(depth, (words[to] as readonly string[]).length - at);
    branches.push({ char, lo: from, hi: to, depth });
    from = to;
  }
  if (branches.length > 1) branches.sort((a, b) => b.depth - a.depth || (a.char < b.char ? -1 : a.char > b.char ? 1 : 0));
  return branches.map((branch) => branchFrom(words, branch.lo, branch.hi, at));
}

/** The branch of `words[lo, hi)`, which share their first `at` characters and the next one too. */
function branchFrom(words: readonly (readonly string[])[], lo: number, hi: number, at: number): string {
  const first = words[lo] as readonly string[];
  const last = words[hi - 1] as readonly string[];
  let literal = escapedChar(first[at] as string);
  let next = at + 1;
  // A chain where all go on with the same character and none ends is one literal. In sorted order an
  // entry comes before those it begins, so the first entry ends first, and the last differs first.
  while (first.length > next && first[next] === last[next]) literal += escapedChar(first[next++] as string);
  const ends = first.length === next;
  const rest = ends ? (lo + 1 < hi ? branchesIn(words, lo + 1, hi, next) : []) : branchesIn(words, lo, hi, next);
  const tail = rest.length === 0 ? "" : rest.length === 1 && !ends ? (rest[0] as string) : `(?:${rest.join("|")})`;
  return literal + tail + (ends && rest.length > 0 ? "?" : "");
}

/**
 * An alternation of table entries in which a longer entry wins over its prefix ("Millionen" over
 * "Million", "Mio." over "Mio"), written as a prefix tree ("Mi(?:llion(?:en)?|o\.?)"): V8 tries the
 * alternatives of a plain list one by one at every position of the text, and a tree shares their
 * prefixes — the date finders scan 40 % faster and compile in half the time.
 */
export function alternation(entries: Iterable<string>, letters?: "exact" | "ignoring case"): string {
  // A regex that ignores case matches the lower-cased entries alike, and those always make a tree; one
  // that compares letters exactly never confuses casings. Only a table whose regex may do either is checked.
  const listed = letters === "ignoring case" ? [...entries].map((entry) => entry.toLowerCase()) : entries;
  const unique = [...new Set(listed)].filter((entry) => entry.length > 0);
  if (letters === undefined && !treeKeepsLongestFirst(unique)) {
    unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    return unique.map(escapeRegex).join("|");
  }
  // Sorted by UTF-16 code units: in the order of their characters, one after the other, whole characters
  // compared as the branches' order compares them.
  const words = unique.sort().map((entry) => [...entry]);
  return branchesIn(words, 0, words.length, 0).join("|");
}

/**
 * Whether the tree still prefers the longer entry when the regex ignores case. It does not for
 * ["mi", "M", "Mio"]: the "M" branch matches "M" in "Million" before the "m" branch is tried. It does
 * when every entry that extends another only in case ("mio." after "Mio") also comes with the
 * other's casing ("Mio."), as tables given in both casings do.
 */
function treeKeepsLongestFirst(entries: readonly string[]): boolean {
  const exact = new Set(entries);
  const folded = entries.map((entry) => ({ entry, key: entry.toLowerCase() })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (folded.some(({ entry, key }) => entry.length !== key.length)) return false;
  for (let i = 0; i < folded.length; i++) {
    const { entry: shorter, key } = folded[i] as { entry: string; key: string };
    for (let j = i + 1; j < folded.length && (folded[j] as { key: string }).key.startsWith(key); j++) {
      const longer = folded[j] as { entry: string; key: string };
      if (longer.key === key || longer.entry.startsWith(shorter)) continue;
      // The same letters as `longer`, with `shorter`'s casing in front.
      if (!exact.has(shorter + longer.entry.slice(shorter.length))) return false;
    }
  }
  return true;
}

/** A whole-word matcher for a table of words (case-sensitive unless flags say otherwise). */
export function wordRegex(entries: Iterable<string>, flags = "gu"): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(entries)})${WORD_END}`, flags);
}

/** Lower-cases and folds a string for case-insensitive table look-ups. */
export function foldKey(text: string): string {
  // German has no locale-specific case rules (unlike Turkish or Lithuanian): toLowerCase is the same, faster.
  return text.normalize("NFC").toLowerCase();
}

const LETTER_OR_DIGIT_AT_END = new RegExp(`[${LETTER}${DIGIT}]$`, "u");

/** An ASCII letter or digit, by char code: the fast path of the word-boundary checks below. */
const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
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

// Inside a long run of letters or digits, a pattern without its look-behind would be tried (and may scan
// to the end of the run) at every position of the run: quadratic. Texts with such a run keep the look-behind.
const LONG_RUN = 32;
const RUN_REST = new RegExp(`[${LETTER}${DIGIT}]*`, "uy");
// Stages ask for the same few texts (title, lead, body) dozens of times, in turns; the cache holds
// at most about a megabyte of them.
const longRunOf = new Map<string, boolean>();
let cachedChars = 0;

function hasLongRun(text: string): boolean {
  let found = longRunOf.get(text);
  if (found === undefined) {
    found = longestRunAtLeast(text, LONG_RUN);
    if (cachedChars + text.length > 1 << 20) {
      longRunOf.clear();
      cachedChars = 0;
    }
    longRunOf.set(text, found);
    cachedChars += text.length;
  }
  return found;
}

/** Whether some run of letters and digits is at least `min` long; any non-ASCII code unit counts as a letter. */
function longestRunAtLeast(text: string, min: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = c >= 128 || isAsciiLetterOrDigit(c);
    run = wordChar ? run + 1 : 0;
    if (run >= min) return true;
  }
  return false;
}

const LETTER_OR_DIGIT_AT_START = new RegExp(`^[${LETTER}${DIGIT}]`, "u");

/** Whether a letter or digit starts at `at` (false at the end of the text). */
export function letterOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if (c < 128) return isAsciiLetterOrDigit(c);
  return LETTER_OR_DIGIT_AT_START.test(text.slice(at, at + 2));
}

/** Whether a letter or digit ends just before `at`; ASCII without a regex, as most rejected starts are. */
export function letterOrDigitBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return isAsciiLetterOrDigit(c);
  return LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at));
}

/** Where the run of letters and digits that covers `at` ends. */
function runEnd(text: string, at: number): number {
  RUN_REST.lastIndex = at;
  RUN_REST.test(text);
  return RUN_REST.lastIndex;
}

/**
 * Every match of a global pattern, as a loop over exec() would give them (empty matches skipped).
 * A leading WORD_START look-behind makes V8 test a Unicode class at every position of the text, which
 * costs two to three times the rest of the scan; it is checked here instead, only where a match starts.
 */
export function matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  return scanFrom(pattern, text, 0, hasLongRun(text));
}

/**
 * V8 runs a regex on a string under 1,000 characters first as bytecode, and compiles it to machine code
 * only for a later run; on a longer string it compiles machine code at once. It does so separately for
 * Latin-1 and two-byte strings, and German text is two-byte („“, umlauts). The big patterns (lexicons,
 * date finders, role words) mostly run on short windows, lines and slices, so each was compiled twice and
 * its first runs were slow: one run over a long two-byte string before the first use skips that (the
 * five seeds from a cold start: 290 → 250 ms).
 */
const COMPILING_SUBJECT = `${" ".repeat(1000)}\u201e`;
const compiledPatterns = new WeakSet<RegExp>();

/**
 * `pattern` once V8 has compiled it to machine code for two-byte strings; its lastIndex is kept. A global
 * or sticky pattern is run from the string's last character; any other from its start, so it must give
 * up on a run of spaces at once (anchored at the start or the end, or needing a letter).
 */
export function compiledForTwoByte(pattern: RegExp): RegExp {
  if (compiledPatterns.has(pattern)) return pattern;
  compiledPatterns.add(pattern);
  const { lastIndex } = pattern;
  pattern.lastIndex = COMPILING_SUBJECT.length - 1;
  pattern.exec(COMPILING_SUBJECT);
  pattern.lastIndex = lastIndex;
  return pattern;
}

/** matchesOf() from `from` on, told whether the text has a long run (windows are not cached: they are new strings). */
function* scanFrom(pattern: RegExp, text: string, from: number, longRun: boolean): Generator<RegExpExecArray> {
  const stripped = withoutWordStart(pattern);
  const scan = stripped && !longRun ? stripped : pattern;
  const checkStart = scan !== pattern;
  compiledForTwoByte(scan).lastIndex = from;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    if (checkStart && m.index > 0 && letterOrDigitBefore(text, m.index)) {
      // No later start inside the same run is a word start either.
      scan.lastIndex = Math.max(m.index + 1, runEnd(text, m.index));
      continue;
    }
    const next = scan.lastIndex;
    yield m;
    scan.lastIndex = next;
  }
}

/** Characters of text kept on either side of a window, for the look-behinds and look-aheads at its edges. */
const WINDOW_CONTEXT = 8;

/**
 * The matches a global `pattern` gives on `text`, for a pattern that cannot match without a match of
 * `anchor` (global) inside it — a currency for an amount — and whose matches start at most `before`
 * characters before that anchor and end at most `after` characters after it. Only the windows around
 * the anchors are searched: most of a text holds no anchor, and the pattern would try every position.
 * The same matches as a scan of the whole text, since a match outside every window cannot exist and
 * windows that touch are searched as one — for a pattern whose look-behinds and look-aheads read at most
 * WINDOW_CONTEXT characters beyond its match. `index` is the match's place in `text`.
 */
export function windowedMatches(pattern: RegExp, anchor: RegExp, before: number, after: number, text: string): Generator<RegExpExecArray> {
  return matchesInWindows(pattern, cutWindows(anchorWindows(anchor, before, after, text), text));
}

/** A window of text cut out for searching: [from, to) of the text, and the slice with context around it. */
export interface TextWindow {
  from: number;
  to: number;
  /** Where `slice` starts in the text. */
  start: number;
  slice: string;
  longRun: boolean;
}

/** The windows ([from, to) spans of `text`, in order, apart) cut out with WINDOW_CONTEXT characters around each, for the look-arounds. */
export function cutWindows(windows: readonly (readonly [number, number])[], text: string): TextWindow[] {
  // A slice has no run longer than the text's: only a text with a long run needs its windows looked
  // through (most texts have none; looking through every window was a tenth of the dates stage).
  const anyLongRun = hasLongRun(text);
  return windows.map(([from, to]) => {
    const start = Math.max(0, from - WINDOW_CONTEXT);
    const slice = text.slice(start, Math.min(text.length, to + WINDOW_CONTEXT));
    return { from, to, start, slice, longRun: anyLongRun && longestRunAtLeast(slice, LONG_RUN) };
  });
}

/**
 * The matches of a global `pattern` inside `windows` (spans of a text, see cutWindows()); `index` is
 * the match's place in the text. Windows must hold every match whole: one that would run past its
 * window's end ends the window's search.
 */
export function* matchesInWindows(pattern: RegExp, windows: readonly TextWindow[]): Generator<RegExpExecArray> {
  for (const { from, to, start, slice, longRun } of windows) {
    for (const m of scanFrom(pattern, slice, from - start, longRun)) {
      if (m.index + m[0].length > to - start) break;
      m.index += start;
      yield m;
    }
  }
}

/** JavaScript's \s with the u flag, by char code. */
export const isSpaceCode = (c: number) =>
  // Printable ASCII (most of a text) is ruled out by one range first, not by eleven comparisons.
  !(c > 0x20 && c < 0x7f) &&
  (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

/**
 * Spans around anchors ([from, to) places in `text`, in order of `from`), counted in chunks — runs of
 * non-space — rather than characters, for patterns whose `\s+` may cross any amount of white space but
 * only so many times: from `reach` chunks before the chunk an anchor starts in to `reach` chunks after
 * the one it ends in. Spans that touch are one. A match that holds an anchor (or reads it in a
 * look-behind) and crosses at most `reach` runs of white space (its look-arounds included) lies inside.
 */
export function chunkWindows(anchors: readonly (readonly [number, number])[], reach: number, text: string): [number, number][] {
  const windows: [number, number][] = [];
  const { length } = text;
  let previousTo = -1;
  for (const [anchorFrom, anchorTo] of anchors) {
    const last = windows.at(-1);
    // An anchor that ends in the chunk the previous one ended in (or before) has that one's window: the
    // walks below would cross the same text again, a whole text of digits once per digit.
    if (last && anchorTo <= last[1] && sameChunk(text, previousTo, anchorTo)) {
      previousTo = Math.max(previousTo, anchorTo);
      continue;
    }
    previousTo = anchorTo;
    // Back no further than the previous window's end: from there on the windows are one anyway.
    const stop = last ? last[1] : 0;
    let from = anchorFrom;
    while (from > stop && !isSpaceCode(text.charCodeAt(from - 1))) from--;
    for (let chunk = 0; chunk < reach && from > stop; chunk++) {
      while (from > stop && isSpaceCode(text.charCodeAt(from - 1))) from--;
      while (from > stop && !isSpaceCode(text.charCodeAt(from - 1))) from--;
    }
    let to = anchorTo;
    while (to < length && !isSpaceCode(text.charCodeAt(to))) to++;
    for (let chunk = 0; chunk < reach && to < length; chunk++) {
      while (to < length && isSpaceCode(text.charCodeAt(to))) to++;
      while (to < length && !isSpaceCode(text.charCodeAt(to))) to++;
    }
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Whether `to` ends in the chunk that `earlierTo` ends in, or before it (no white space between them). */
function sameChunk(text: string, earlierTo: number, to: number): boolean {
  if (earlierTo < 0) return false;
  for (let at = earlierTo; at < to; at++) if (isSpaceCode(text.charCodeAt(at - 1))) return false;
  return true;
}

/** The code points of isSpaceCode(), as ranges. */
const WHITE_SPACE_RANGES: readonly [number, number][] = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];

/** What one atom of a regex may match: white space, other characters, or both. */
interface AtomKind {
  space: boolean;
  other: boolean;
}

const SPACE_ESCAPES: Readonly<Record<string, AtomKind>> = {
  s: { space: true, other: false },
  S: { space: false, other: true },
  d: { space: false, other: true },
  w: { space: false, other: true },
  D: { space: true, other: true },
  W: { space: true, other: true },
  n: { space: true, other: false },
  t: { space: true, other: false },
  r: { space: true, other: false },
  f: { space: true, other: false },
  v: { space: true, other: false },
};

/** The code point an escape inside a class or outside stands for (\uXXXX, \xXX), or null if it names a class. */
function escapedCode(source: string, at: number): { code: number | null; kind: AtomKind | null; next: number } {
  const letter = source[at + 1] as string;
  if (letter === "u" && source[at + 2] === "{") {
    const close = source.indexOf("}", at);
    return { code: Number.parseInt(source.slice(at + 3, close), 16), kind: null, next: close + 1 };
  }
  if (letter === "u") return { code: Number.parseInt(source.slice(at + 2, at + 6), 16), kind: null, next: at + 6 };
  if (letter === "x") return { code: Number.parseInt(source.slice(at + 2, at + 4), 16), kind: null, next: at + 4 };
  if (letter === "p" || letter === "P") return { code: null, kind: { space: true, other: true }, next: source.indexOf("}", at) + 1 };
  const kind = SPACE_ESCAPES[letter];
  if (kind) return { code: null, kind, next: at + 2 };
  return { code: letter.codePointAt(0) ?? 0, kind: null, next: at + 2 };
}

const [SPACE_KIND, OTHER_KIND]: readonly AtomKind[] = [{ space: true, other: false }, { space: false, other: true }];
const kindOfCode = (code: number): AtomKind => ((isSpaceCode(code) ? SPACE_KIND : OTHER_KIND) as AtomKind);

// The date patterns repeat the same letter classes dozens of times: each is read once.
const CLASS_SOURCE = /\[(?:\\.|[^\]\\])*\]/y;
const classesRead = new Map<string, AtomKind>();

/** classAt(), read once per distinct class. */
function cachedClassAt(source: string, at: number): { kind: AtomKind; next: number } {
  CLASS_SOURCE.lastIndex = at;
  const whole = CLASS_SOURCE.exec(source)?.[0];
  if (whole === undefined) return classAt(source, at);
  let kind = classesRead.get(whole);
  if (!kind) {
    kind = classAt(source, at).kind;
    classesRead.set(whole, kind);
  }
  return { kind, next: at + whole.length };
}

/** What a character class from `at` ("[") may match, and where it ends. */
function classAt(source: string, at: number): { kind: AtomKind; next: number } {
  const negated = source[at + 1] === "^";
  let i = at + (negated ? 2 : 1);
  const kind: AtomKind = { space: false, other: false };
  let previous: number | null = null;
  while (i < source.length && source[i] !== "]") {
    let code: number | null;
    let named: AtomKind | null = null;
    if (source[i] === "\\") {
      const escaped = escapedCode(source, i);
      code = escaped.code;
      named = escaped.kind;
      i = escaped.next;
    } else {
      code = source.codePointAt(i) ?? 0;
      i += code > 0xffff ? 2 : 1;
    }
    if (named) {
      kind.space ||= named.space;
      kind.other ||= named.other;
      previous = null;
      continue;
    }
    if (source[i] === "-" && previous === null && source[i + 1] !== "]" && code !== null) {
      previous = code;
      i++;
      continue;
    }
    if (previous !== null && code !== null) {
      const rangeFrom = previous;
      if (WHITE_SPACE_RANGES.some(([low, high]) => low <= code && high >= rangeFrom)) kind.space = true;
      if (!WHITE_SPACE_RANGES.some(([low, high]) => low <= rangeFrom && high >= code)) kind.other = true;
      previous = null;
      continue;
    }
    const single = kindOfCode(code ?? 0);
    kind.space ||= single.space;
    kind.other ||= single.other;
  }
  return { kind: negated ? { space: true, other: true } : kind, next: i + 1 };
}

/**
 * How many runs of white space a match of the regex `source` may cross, look-arounds included; null if
 * it may cross any number (a repeated group that can match white space, or a repeated atom that matches
 * both white space and other characters, as "[,\s]+" or "."). Alternatives count as their largest, every
 * optional part as taken: an upper bound. What chunkWindows() needs to know of a pattern.
 */
export function whitespaceRunsOf(source: string): number | null {
  // The open groups, the whole pattern first: the most runs of an alternative so far, and of the current one.
  const groups: { most: number; current: number }[] = [{ most: 0, current: 0 }];
  let i = 0;
  while (i < source.length) {
    const group = groups.at(-1) as { most: number; current: number };
    const char = source[i] as string;
    let atom: AtomKind | null = null;
    let groupRuns: number | null = null;
    if (char === "\\") {
      const escaped = escapedCode(source, i);
      atom = escaped.kind ?? kindOfCode(escaped.code ?? 0);
      if (/^[1-9k]$/.test(source[i + 1] as string)) return null;
      i = escaped.next;
    } else if (char === "[") {
      const found = cachedClassAt(source, i);
      atom = found.kind;
      i = found.next;
    } else if (char === "(") {
      groups.push({ most: 0, current: 0 });
      i++;
      if (source[i] === "?") i += source[i + 1] === "<" && (source[i + 2] === "=" || source[i + 2] === "!") ? 3 : source[i + 1] === "<" ? source.indexOf(">", i) - i + 1 : 2;
      continue;
    } else if (char === ")") {
      groups.pop();
      groupRuns = Math.max(group.most, group.current);
      i++;
    } else if (char === "|") {
      group.most = Math.max(group.most, group.current);
      group.current = 0;
      i++;
      continue;
    } else if (char === ".") {
      atom = { space: true, other: true };
      i++;
    } else if ("^$".includes(char)) {
      i++;
      continue;
    } else {
      const code = source.codePointAt(i) ?? 0;
      atom = kindOfCode(code);
      i += code > 0xffff ? 2 : 1;
    }
    // The quantifier after the atom or group: how often it may match at most.
    let most = 1;
    const quantifier = source[i];
    if (quantifier === "*" || quantifier === "+") {
      most = Number.POSITIVE_INFINITY;
      i++;
    } else if (quantifier === "?") {
      i++;
    } else if (quantifier === "{") {
      const close = source.indexOf("}", i);
      const bounds = source.slice(i + 1, close).split(",");
      most = bounds.length === 1 ? Number(bounds[0]) : bounds[1] === "" ? Number.POSITIVE_INFINITY : Number(bounds[1]);
      i = close + 1;
    }
    // A lazy quantifier's "?".
    if (quantifier !== "?" && most !== 1 && source[i] === "?") i++;
    const outer = groups.at(-1) as { most: number; current: number };
    let runs = 0;
    if (groupRuns !== null) {
      if (groupRuns > 0 && most === Number.POSITIVE_INFINITY) return null;
      runs = groupRuns * most;
    } else if (atom?.space) {
      // White space alone is one run however long; an atom that also matches other characters may make a run each time.
      if (!atom.other) runs = 1;
      else if (most === Number.POSITIVE_INFINITY) return null;
      else runs = most;
    }
    outer.current += runs;
  }
  const whole = groups[0] as { most: number; current: number };
  return Math.max(whole.most, whole.current);
}

// Amounts ask for the same anchor's windows in the same text twice in a row (an amount with its currency
// after it, then before it): each anchor keeps the windows of the last text it was asked about.
const lastWindows = new WeakMap<RegExp, { text: string; before: number; after: number; windows: readonly [number, number][] }>();

/** Spans of `before` characters before to `after` characters after each anchor; spans that touch are one. */
function anchorWindows(anchor: RegExp, before: number, after: number, text: string): readonly [number, number][] {
  const last = lastWindows.get(anchor);
  if (last && last.text === text && last.before === before && last.after === after) return last.windows;
  const windows = windowsAround(anchor, before, after, text);
  lastWindows.set(anchor, { text, before, after, windows });
  return windows;
}

function windowsAround(anchor: RegExp, before: number, after: number, text: string): [number, number][] {
  const windows: [number, number][] = [];
  compiledForTwoByte(anchor).lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    if (m[0].length === 0) {
      anchor.lastIndex++;
      continue;
    }
    const from = Math.max(0, m.index - before);
    const to = Math.min(text.length, m.index + m[0].length + after);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

const SPACE = /\s/u;

/**
 * Every place where `anchor` (global) matches in `text`, in order; the search goes on from the next
 * character, since anchors overlap ("GmbH & Co. KG" holds " KG") and every one counts. A stage that
 * asks anchoredMatches() twice with related anchors can find them once.
 */
export function anchorPositions(anchor: RegExp, text: string): number[] {
  const places: number[] = [];
  compiledForTwoByte(anchor).lastIndex = 0;
  for (let found = anchor.exec(text); found; found = anchor.exec(text)) {
    places.push(found.index);
    anchor.lastIndex = found.index + 1;
  }
  return places;
}

/**
 * The matches `pattern` (global, starting with WORD_START) would give, for a pattern that cannot match
 * without an `anchor` (global) within `chunks` runs of non-space before the anchor's end: "ministerium"
 * for "Innenministerium", a legal form for "con terra GmbH". Only word starts in those runs are tried,
 * where the regex alone would try every position and read a word or more from each. `anchor` may also
 * be the places where it matches (anchorPositions()).
 */
export function* anchoredMatches(pattern: RegExp, anchor: RegExp | readonly number[], chunks: number, text: string): Generator<RegExpExecArray> {
  const at = stickyWithoutWordStart(pattern);
  let covered = -1;
  let next = 0;
  for (const end of Array.isArray(anchor) ? anchor : anchorPositions(anchor as RegExp, text)) {
    let from = end;
    for (let chunk = 0; chunk < chunks && from > covered + 1; chunk++) {
      while (from > covered + 1 && SPACE.test(text[from - 1] as string)) from--;
      while (from > covered + 1 && !SPACE.test(text[from - 1] as string)) from--;
    }
    for (let p = Math.max(from, next); p <= end; p++) {
      if (p > 0 && letterOrDigitBefore(text, p)) continue;
      at.lastIndex = p;
      const m = at.exec(text);
      if (!m || m[0].length === 0) continue;
      next = p + m[0].length;
      yield m;
      p = next - 1;
    }
    covered = Math.max(covered, end);
  }
}

const sticky = new WeakMap<RegExp, RegExp>();

function stickyWithoutWordStart(pattern: RegExp): RegExp {
  let found = sticky.get(pattern);
  if (!found) {
    if (!pattern.source.startsWith(WORD_START)) throw new Error("anchoredMatches needs a pattern that starts with WORD_START");
    found = new RegExp(pattern.source.slice(WORD_START.length), pattern.flags.replace("g", "") + "y");
    sticky.set(pattern, compiledForTwoByte(found));
  }
  return found;
}
