import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreNumbersSuite } from "../scripts/numbers-suite.js";
import { findNumbers } from "../src/grammar/numbers.js";

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe("number grammar", () => {
  it.each([
    ["1.234.567,89", 1234567.89],
    ["40 000", 40000],
    ["zweihundertfünfzig", 250],
    ["zwei hundert", 200],
    ["hundert zwei", 102],
    ["drei Millionen", 3_000_000],
    ["zwei Millionen eintausendeinhundertfünfzig", 2_001_150],
    ["ein und dreissig millionen zwei hundert sechs und fünfzig tausend sieben hundert ein und zwanzig", 31_256_721],
    ["null komma null drei", 0.03],
    ["fünf Dutzend", 60],
    ["drei halbe", 1.5],
    ["minus 1.200.000", -1_200_000],
    ["1200K", 1_200_000],
    ["achtzehnhundertzweiundfünfzig", 1852],
    ["½", 0.5],
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("reads ordinals", () => {
    expect(findNumbers("der vierundvierzigste, die 3. Banane, zu dritt, der einhunderttausendste").map((n) => [n.value, n.kind])).toEqual([
      [44, "ordinal"], [3, "ordinal"], [3, "ordinal"], [100_000, "ordinal"],
    ]);
  });

  it.each(["1.1", "1.1.", "Clayallee 170, 14191 Berlin", "Claudia Tausend wuchs auf"])("finds no number in %s", (text) => {
    expect(values(text)).toEqual([]);
  });
});

const SUITE = "../shared/peer-suites/numbers-de.jsonl";
describe.runIf(existsSync(SUITE))("numbers-de peer suite", () => {
  it("reaches recall ≥ 0.95 at precision ≥ 0.93", () => {
    const score = scoreNumbersSuite(SUITE);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.93);
  });
});
