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
/** A plain scalar: starts with no indicator character and holds no sequence that ends or comments it. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^\n\t\r]*$/u;
const PLAIN_TRAPS = /: |:$| #|\s$/u;

function plainSafe(text: string): boolean {
  return PLAIN.test(text) && !PLAIN_TRAPS.test(text) && !NEEDS_ESCAPE.test(text) && !NOT_A_STRING.test(text);
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
  return Object.entries(map).filter(([, v]) => v !== undefined);
}

/** `value` as the lines that follow "key:" or "- " at `indent`; the first line goes on the same line. */
function valueLines(value: unknown, indent: string): { inline: string; lines: string[] } {
  if (Array.isArray(value)) return value.length === 0 ? { inline: " []", lines: [] } : { inline: "", lines: sequence(value, indent) };
  if (isMap(value)) return entriesOf(value).length === 0 ? { inline: " {}", lines: [] } : { inline: "", lines: mapping(value, indent) };
  if (typeof value === "string" && !plainSafe(value) && literalBlockSafe(value)) {
    const [header, ...content] = literalBlock(value, indent);
    return { inline: ` ${header}`, lines: content };
  }
  return { inline: ` ${scalar(value)}`, lines: [] };
}

function mapping(map: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of entriesOf(map)) {
    const { inline, lines: rest } = valueLines(value, `${indent}  `);
    // A list under a key stays at the key's indentation plus two, as the yaml package prints it.
    lines.push(`${indent}${scalar(key)}:${inline}`, ...rest);
  }
  return lines;
}

function sequence(items: readonly unknown[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if ((Array.isArray(item) && item.length > 0) || (isMap(item) && entriesOf(item).length > 0)) {
      // The item's first line moves up beside the dash: "- name: …" with the other keys under "name".
      const [first = "", ...rest] = Array.isArray(item) ? sequence(item, `${indent}  `) : mapping(item, `${indent}  `);
      lines.push(`${indent}- ${first.slice(indent.length + 2)}`, ...rest);
      continue;
    }
    const { inline, lines: rest } = valueLines(item, `${indent}  `);
    lines.push(`${indent}-${inline}`, ...rest);
  }
  return lines;
}

/** A value as a YAML document (no "---"), ending in a newline. */
export function yamlOf(value: unknown): string {
  if (Array.isArray(value) && value.length > 0) return `${sequence(value, "").join("\n")}\n`;
  if (isMap(value) && entriesOf(value).length > 0) return `${mapping(value, "").join("\n")}\n`;
  const { inline, lines } = valueLines(value, "  ");
  return `${[inline.trimStart(), ...lines].join("\n")}\n`;
}
