// The word automaton against a plain search: every place every word begins, overlaps included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordAutomaton } from "../src/util/automaton.js";

function plainPlaces(words: readonly string[], text: string, max: number): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (let at = 0; at < text.length; at++) {
    for (const word of new Set(words)) {
      if (word.length === 0 || !text.startsWith(word, at)) continue;
      const list = places.get(word) ?? [];
      if (list.length < max) list.push(at);
      places.set(word, list);
    }
  }
  return places;
}

const sorted = (places: Map<string, number[]>) => [...places].sort(([a], [b]) => (a < b ? -1 : 1));

describe("WordAutomaton", () => {
  it("finds words inside words and words that overlap", () => {
    const automaton = new WordAutomaton(["he", "she", "his", "hers", "ende", "wochenende", "woche"]);
    expect(sorted(automaton.placesIn("ushers wochenende", 10))).toEqual([
      ["ende", [13]],
      ["he", [2, 10]],
      ["hers", [2]],
      ["she", [1]],
      ["woche", [7]],
      ["wochenende", [7]],
    ]);
  });

  it("gives the places a plain search gives, the first `max` per word, for any words and text", () => {
    const letters = fc.constantFrom("a", "b", "ä", "ß", " ", ".", "1", "😀");
    const word = fc.array(letters, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(""));
    const text = fc.array(letters, { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), text, fc.integer({ min: 1, max: 5 }), (words, t, max) => {
        expect(sorted(new WordAutomaton(words).placesIn(t, max))).toEqual(sorted(plainPlaces(words, t, max)));
      }),
      { numRuns: 2000, seed: 20261124 },
    );
  });
});
