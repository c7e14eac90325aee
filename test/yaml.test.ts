// The record printer against the yaml package's parser: whatever the data, the YAML reads back as it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { yamlOf } from "../src/util/yaml.js";

function readBack(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0 || document.warnings.length > 0) throw new Error(`${[...document.errors, ...document.warnings].join("\n")}\n---\n${text}`);
  return document.toJS();
}

// Strings that trip YAML printers: indicators, comments, look-alikes of other types, blank lines, escapes.
const TRICKY = [
  "", " ", "-", "- x", "? x", ": x", "a: b", "a:", "a #b", "#x", "&a", "*a", "!x", "|", ">", "'", '"', "%", "@", "`", "[", "{x}", ",",
  "null", "Null", "~", "true", "False", "yes", "No", "on", "OFF", "y", "1", "-1", "+1", "1.5", "1e3", ".5", "0x1F", "0o17", "1_000", "12:30", ".inf", ".NaN",
  "2017-10-19", "„Zitat“", "91 Millionen Euro", "Dr. Müller", "z. B.", "a\nb", "a\n", "a\n\n", "\na", " a\nb", "a\n b", "\t", "a\tb", "\r\n", "\u0085",
  "\u2028", "\ufeff", "\u007f", "\u0000", "\ud800", "---", "...", "a\n---\nb", "a\n...\n", "ü", "ß", "€",
];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "binary", maxLength: 30 }), fc.array(fc.constantFrom(...TRICKY), { maxLength: 5 }).map((parts) => parts.join("")));
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(text.filter((k) => k !== "__proto__"), tie("node"), { maxKeys: 4 }),
  ),
})).node;

describe("yamlOf", () => {
  it("reads back as the same value with the yaml package, for any data", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(readBack(yamlOf(v))).toEqual(v);
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it("reads back inside a record as the record's fields are printed", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, body: text, offset: fc.tuple(fc.nat(), fc.nat()) }), { maxLength: 3 }), (people) => {
        const record = { id: "x", people, keywords: people.map((p) => p.name) };
        expect(readBack(yamlOf(record))).toEqual(record);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });

  it("prints records as the yaml package does where both are plain", () => {
    const record = { id: "a", title: "Kooperation mit Estland", date: "2017-10-19", author: null, keywords: ["Politik", "Estland"], people: [{ name: "Andreas Pinkwart", offset: [259, 275] }], places: [], extra: {} };
    expect(yamlOf(record)).toBe(stringify(record, { lineWidth: 0 }));
  });

  it("quotes what a YAML 1.1 or 1.2 reader would take for something else, whatever its first character", () => {
    // The rule as three regexes over the whole string, before the printer looked the first character up.
    const NOT_A_STRING =
      /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o[0-7_]+|0b[01_]+|[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?)$/u;
    const plain = (s: string) => s.length > 0 && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|: | #|[:\s]$/.test(s) && !NOT_A_STRING.test(s);
    const firsts = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), "\u00a0", "\u2003", "\u3000", "ü", "„"];
    const strings = [...TRICKY, ...firsts.flatMap((first) => [first, `${first}x`, `${first}1`, `${first}es`, `${first}ull`, `${first}.5`, `${first}ff`, `${first}rue`])];
    for (const s of strings) {
      if (s.includes("\n")) continue;
      expect([s, yamlOf({ k: s }) === `k: ${s}\n`]).toEqual([s, plain(s)]);
    }
  });

  it("prints a body of several lines as a literal block", () => {
    expect(yamlOf({ body: "Erster Absatz.\n\nZweiter Absatz." })).toBe("body: |-\n  Erster Absatz.\n\n  Zweiter Absatz.\n");
  });
});

describe("yamlOf at the size of a large index", () => {
  it("prints lists of hundreds of thousands of items (no spread into a call's arguments)", () => {
    const timeline = Array.from({ length: 300_000 }, (_, i) => ({ date: "2025-12-31", article: `a${i}` }));
    const yaml = yamlOf({ timeline });
    expect(yaml.startsWith("timeline:\n  - date: 2025-12-31\n    article: a0\n")).toBe(true);
    expect(yaml.split("\n").length).toBe(600_002);
  });
});
