import { describe, expect, it } from "vitest";
import { DIGIT, LETTER, LOWER, UPPER } from "../src/util/letters.js";

// The description in src/util/letters.ts, written as predicates over code points, checked against
// Unicode's own categories for every code point of the BMP (surrogates aside).
const WHOLE: readonly [number, number][] = [
  [0x0100, 0x052f],
  [0x1e00, 0x1eff],
];
/** Where capitals and small letters are told apart beyond Latin-1: IPA (all small), core Greek, basic Cyrillic. */
const CASED: readonly [number, number][] = [
  [0x0250, 0x036f],
  [0x0386, 0x03ce],
  [0x0400, 0x045f],
];
const within = (blocks: readonly [number, number][], c: number) => blocks.some(([from, to]) => c >= from && c <= to);
const category = (name: string) => {
  const re = new RegExp(`^\\p{${name}}$`, "u");
  return (char: string) => re.test(char);
};
const isL = category("L");
const isLu = category("Lu");
const isLl = category("Ll");
const isN = category("N");

const expected = {
  LETTER: (c: number, ch: string) => (c <= 0xff ? isL(ch) : within(WHOLE, c)),
  UPPER: (c: number, ch: string) => (c <= 0xff ? isLu(ch) : within(WHOLE, c) && !(within(CASED, c) && isLl(ch))),
  LOWER: (c: number, ch: string) => (c <= 0xff ? isLl(ch) : within(WHOLE, c) && !(within(CASED, c) && isLu(ch))),
  DIGIT: (c: number, ch: string) => (c <= 0xff || within(WHOLE, c)) && isN(ch),
};
const tables = { LETTER, UPPER, LOWER, DIGIT };

describe("letter tables", () => {
  for (const [name, body] of Object.entries(tables)) {
    it(`${name} holds exactly the code points its description names`, () => {
      const table = new RegExp(`^[${body}]$`, "u");
      const wrong: string[] = [];
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (table.test(ch) !== expected[name as keyof typeof expected](c, ch)) wrong.push(`U+${c.toString(16).padStart(4, "0")}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it("keeps every class the regexes build from the tables within the 16 ranges V8 tests inline", () => {
    // Beyond 16 ranges V8 calls into C++ for each character it tests (see src/util/letters.ts).
    const rangesOf = (body: string) => {
      const re = new RegExp(`^[${body}]$`, "u");
      let ranges = 0;
      let inside = false;
      for (let c = 0; c < 0x10000; c++) {
        const holds = (c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c));
        if (holds && !inside) ranges++;
        inside = holds;
      }
      return ranges;
    };
    const classes = {
      LETTER,
      UPPER,
      LOWER,
      "LETTER DIGIT": `${LETTER}${DIGIT}`,
      "LETTER DIGIT , .": `${LETTER}${DIGIT},.`,
      "LETTER \\d & . -": `${LETTER}\\d&.-`,
      "LETTER ' ’ -": `${LETTER}'’-`,
      "UPPER „ \" “ »": `${UPPER}„"“»`,
      "LOWER ' ’": `${LOWER}'’`,
    };
    const tooMany = Object.entries(classes)
      .map(([name, body]) => [name, rangesOf(body)] as const)
      .filter(([, ranges]) => ranges > 16);
    expect(tooMany).toEqual([]);
  });

  it("reads German, Polish, Turkish and Czech names as capitalised words", () => {
    const capitalised = new RegExp(`^[${UPPER}][${LOWER}]+$`, "u");
    for (const name of ["Özdemir", "Łódź", "Šimić", "Ærø", "Ümit", "Ísafjörður", "Zoë"]) expect(capitalised.test(name), name).toBe(true);
    for (const word of ["über", "ärger", "ÄRGER", "Straße1"]) expect(capitalised.test(word), word).toBe(false);
  });

  it("has no letters outside the covered scripts and no digits but 0-9, ¹²³ and ¼½¾", () => {
    const letter = new RegExp(`[${LETTER}]`, "u");
    for (const ch of ["東", "ب", "א", "ก", "𝐀", "_", "·"]) expect(letter.test(ch), ch).toBe(false);
    expect("0123456789¹²³¼½¾٣①".replace(new RegExp(`[${DIGIT}]`, "gu"), "")).toBe("٣①");
  });
});
