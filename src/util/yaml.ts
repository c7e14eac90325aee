// YAML for records: block style, two-space indentation, keys in insertion order. The yaml package builds
// a document tree before it prints one, a quarter of the time spent per article; records are plain data
// (maps, lists, strings, numbers, booleans, null), so they are printed directly. A property test parses
// the output back with the yaml package and requires the same value.

/** Characters that YAML forbids raw, or that YAML 1.1 readers (PyYAML) take as line breaks. */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u;
const ESCAPED_IN_JSON_ONLY = /[\u007f-\u009f\u2028\u2029\ufeff]/gu;
/** Strings a YAML reader would take for something else: null, booleans (1.2 and 1.1), numbers. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o[0-7_]+|0b[01_]+|[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?)$/u;
/** A character a plain scalar may not start with: white space or a YAML indicator. */
const INDICATOR_FIRST = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;
/**
 * What rules a plain scalar out after its first character, in one scan: a line break, tab or character
 * that must be escaped (NEEDS_ESCAPE), a sequence that ends or comments it (": ", " #"), or a colon or
 * white space at the end. Three separate scans of the string were a third of the time of printing a record.
 */
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|: | #|[:\s]$/;

/**
 * By an ASCII first character: 1 where it rules a plain scalar out (INDICATOR_FIRST), 2 where the string
 * may read as something else (NOT_A_STRING can only match from one of "~nNtTfFyYoO+-." or a digit). Most
 * values start with a capital letter: a look-up here instead of two regexes was a quarter of printing one.
 */
const FIRST_CHARACTER = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    if (INDICATOR_FIRST.test(ch)) table[code] = 1;
    else if (/^[~nNtTfFyYoO+.\d]$/.test(ch)) table[code] = 2;
  }
  return table;
})();

function plainSafe(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const kind = first < 128 ? FIRST_CHARACTER[first] : INDICATOR_FIRST.test(text) ? 1 : 0;
  return kind !== 1 && !NOT_PLAIN.test(text) && (kind !== 2 || !NOT_A_STRING.test(text));
}

function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(ESCAPED_IN_JSON_ONLY, (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, "0")}`);
}

/** A literal block ("|-") keeps a body's lines readable; only for text whose lines need no escaping. */
function literalBlockSafe(text: string): boolean {
  if (!text.includes("\n") || NEEDS_ESCAPE.test(text) || text.includes("\r") || text.includes("\t")) return false;
  const lines = text.split("\n");
  return lines.some((line) => line.length > 0) && lines.every((line) => !line.startsWith(" "));
}

/** The lines of a literal block: header, then the content indented under its owner. */
function literalBlock(text: string, indent: string): string[] {
  const trailing = text.length - text.replace(/\n+$/, "").length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const content = trailing > 0 ? text.slice(0, -1) : text;
  return [`|${chomp}`, ...content.split("\n").map((line) => (line.length > 0 ? `${indent}${line}` : ""))];
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  const text = String(value);
  return plainSafe(text) ? text : doubleQuoted(text);
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function entriesOf(map: Record<string, unknown>): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value !== undefined) entries.push([key, value]);
  }
  return entries;
}

/**
 * Appends `value` as it follows "key:" or "-" at `indent`: an inline part for that same line (" x",
 * " []", " |-") and the lines under it. Lines are appended one by one, never spread: an index's lists
 * run to hundreds of thousands of lines.
 */
function appendValue(value: unknown, indent: string, head: string, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(`${head} []`);
    else {
      out.push(head);
      appendSequence(value, indent, out);
    }
  } else if (isMap(value)) {
    const entries = entriesOf(value);
    if (entries.length === 0) out.push(`${head} {}`);
    else {
      out.push(head);
      appendEntries(entries, indent, out);
    }
  } else if (typeof value === "string") {
    // plainSafe() once: asked again through scalar(), it was a fifth of printing a record.
    if (plainSafe(value)) out.push(`${head} ${value}`);
    else if (literalBlockSafe(value)) {
      const [header, ...content] = literalBlock(value, indent);
      out.push(`${head} ${header}`);
      for (const line of content) out.push(line);
    } else out.push(`${head} ${doubleQuoted(value)}`);
  } else out.push(`${head} ${scalar(value)}`);
}

/** Keys as printed, with their colon: records use a few dozen keys, each printed ~100,000 times in a run. */
const printedKeys = new Map<string, string>();
const MAX_PRINTED_KEYS = 1000;

function printedKey(key: string): string {
  let printed = printedKeys.get(key);
  if (printed === undefined) {
    printed = `${scalar(key)}:`;
    if (printedKeys.size < MAX_PRINTED_KEYS) printedKeys.set(key, printed);
  }
  return printed;
}

function appendEntries(entries: readonly [string, unknown][], indent: string, out: string[]): void {
  // A list under a key goes two spaces in, as the yaml package prints it.
  const inner = `${indent}  `;
  for (const [key, value] of entries) appendValue(value, inner, `${indent}${printedKey(key)}`, out);
}

function appendSequence(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) appendItem(item, indent, out);
}

function appendItem(item: unknown, indent: string, out: string[]): void {
  const entries = isMap(item) ? entriesOf(item) : null;
  const nested = (Array.isArray(item) && item.length > 0) || (entries !== null && entries.length > 0);
  if (!nested) {
    appendValue(item, `${indent}  `, `${indent}-`, out);
    return;
  }
  // The item's first line moves up beside the dash: "- name: …" with the other keys under "name".
  const start = out.length;
  if (entries) appendEntries(entries, `${indent}  `, out);
  else appendSequence(item as unknown[], `${indent}  `, out);
  out[start] = `${indent}- ${(out[start] as string).slice(indent.length + 2)}`;
}

/** A value as a YAML document (no "---"), ending in a newline. */
export function yamlOf(value: unknown): string {
  const out: string[] = [];
  const entries = isMap(value) ? entriesOf(value) : [];
  if (Array.isArray(value) && value.length > 0) appendSequence(value, "", out);
  else if (entries.length > 0) appendEntries(entries, "", out);
  else {
    appendValue(value, "  ", "", out);
    out[0] = (out[0] as string).trimStart();
  }
  return `${out.join("\n")}\n`;
}

/** The line that opens a non-empty list under a top-level key. */
export const yamlListKey = (key: string) => `${scalar(key)}:\n`;

/** yamlOf(map) in pieces of at most one list item each, for documents too large to build as one string. */
export function* yamlPiecesOf(map: Record<string, unknown>): Generator<string> {
  for (const [key, value] of entriesOf(map)) {
    if (!Array.isArray(value) || value.length === 0) {
      yield yamlOf({ [key]: value });
      continue;
    }
    yield yamlListKey(key);
    for (const item of value) yield yamlItemOf(item);
  }
}

/** One item of a list under a top-level key, as yamlOf prints it (ending in a newline). */
export function yamlItemOf(item: unknown): string {
  const out: string[] = [];
  appendItem(item, "  ", out);
  return `${out.join("\n")}\n`;
}
