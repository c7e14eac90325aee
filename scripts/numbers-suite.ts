// Scores findNumbers on ../shared/peer-suites/numbers-de.jsonl the way score.mjs scores numbers:
// values only, each expectation paired with at most one prediction, predictions on negatives are false.
import { readFileSync } from "node:fs";
import { findNumbers } from "../src/grammar/numbers.js";

interface NumberCase {
  text: string;
  value?: number;
  kind?: string;
  expected?: { value: number }[];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-4 + 1e-9 * Math.abs(b);

export function scoreNumbersSuite(file: string) {
  const cases = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as NumberCase);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const c of cases) {
    const expected = c.expected ? c.expected.map((e) => e.value) : c.kind === "none" || c.value === undefined ? [] : [c.value];
    const free = findNumbers(c.text).map((n) => n.value);
    for (const value of expected) {
      const at = free.findIndex((p) => close(p, value));
      if (at >= 0) {
        tp++;
        free.splice(at, 1);
      } else fn++;
    }
    fp += free.length;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { cases: cases.length, tp, fn, fp, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
