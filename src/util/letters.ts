// What the project's regexes take for a letter, a capital, a small letter and a digit: character-class
// bodies, used as `[${LETTER}]` or `[${LETTER}${DIGIT}]`.
//
// Why not \p{L}, \p{Lu}, \p{Ll} and \p{N}: V8 builds every such class from hundreds of Unicode ranges,
// and does so for each regex that names one, twice (bytecode, then native code). A regex with
// [\p{L}\p{N}] took ~350 µs to compile against ~40 µs with the tables below; the 123 regexes that named
// them were most of the ~150 ms the first article of a run cost. Matching is faster too: "\p{Lu}[\p{L}-]*"
// tried at every position of German text runs 2–4 times slower than the same with these classes.
//
// Why so few ranges: V8 tests a character against a class of up to 16 ranges inline and against a larger
// one by a call into C++ (RegExpMacroAssembler::IsCharacterInRangeArray) — 3 % of a run's CPU when the
// tables listed the Greek and Cyrillic letters one by one (24 ranges; 27 with the digits). Each table,
// and [${LETTER}${DIGIT}] with a few more characters, stays within 16 ranges (test/letters.test.ts).
//
// What they cover. In Basic Latin and Latin-1 (U+0000–00FF), exactly \p{L}, \p{Lu}, \p{Ll}, \p{N}.
// From U+0100 to U+052F (Latin Extended-A and -B, IPA, Spacing Modifier Letters, Combining Diacritical
// Marks, Greek and Coptic, Cyrillic and its Supplement) and in Latin Extended Additional (U+1E00–1EFF),
// every code point is a letter: the few that are not (a combining mark NFC found nothing to compose
// with, a Greek numeral sign) stand inside words where they occur at all. There, a letter is a capital
// unless it is a small letter (\p{Ll}) of IPA, of the Greek core U+0386–03CE or of basic Cyrillic
// U+0400–045F, and small unless it is a capital (\p{Lu}) of these; elsewhere (Latin Extended, where
// capital and small letters alternate code point by code point, archaic Greek, Coptic, the rest of
// Cyrillic) every letter counts as both: listing them one by one would bring back hundreds of ranges.
// So "łódzki" reads as capitalised; "Łódź", "Šimić" and "Özdemir" read as they should. Letters of other
// scripts (Arabic, CJK, …) are not letters to the tool: German news writes names in Latin letters, now
// and then in Greek or Cyrillic ones. test/letters.test.ts checks every code point of the BMP against
// this description.
//
// Derived from V8's \p{…} tables (Unicode 17.0 in Node 20.20) by testing each code point; Unicode data,
// Unicode License v3.

/** \p{L} in Latin-1, every code point of U+0100–052F and U+1E00–1EFF. */
export const LETTER = "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u052f\\u1e00-\\u1eff";

/** \p{Lu} in Latin-1; beyond it, every letter but the small ones of IPA, core Greek and basic Cyrillic. */
export const UPPER =
  "A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f\\u0294\\u0295\\u02b0-\\u038f\\u0391-\\u03ab\\u03cf-\\u042f\\u0460-\\u052f\\u1e00-\\u1eff";

/** \p{Ll} in Latin-1; beyond it, every letter but the capitals of core Greek and basic Cyrillic. */
export const LOWER =
  "a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u0385\\u0387\\u038b\\u038d\\u0390\\u03a2\\u03ac-\\u03ff\\u0430-\\u052f\\u1e00-\\u1eff";

/** \p{N} in the covered blocks: the digits, superscripts ¹²³ and the fractions ¼½¾. */
export const DIGIT = "0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be";
