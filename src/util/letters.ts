// What the project's regexes take for a letter, a capital, a small letter and a digit: character-class
// bodies, used as `[${LETTER}]` or `[${LETTER}${DIGIT}]`.
//
// Why not \p{L}, \p{Lu}, \p{Ll} and \p{N}: V8 builds every such class from hundreds of Unicode ranges,
// and does so for each regex that names one, twice (bytecode, then native code). A regex with
// [\p{L}\p{N}] took ~350 µs to compile against ~40 µs with the tables below; the 123 regexes that named
// them were most of the ~150 ms the first article of a run cost. Matching is faster too: "\p{Lu}[\p{L}-]*"
// tried at every position of German text runs 2–4 times slower than the same with these classes.
//
// What they cover: the letters of the Latin, Greek and Cyrillic scripts (the blocks Basic Latin to
// Spacing Modifier Letters U+0000–02FF, Greek and Coptic U+0370–03FF, Cyrillic and its Supplement
// U+0400–052F, Latin Extended Additional U+1E00–1EFF), exactly as \p{L} and \p{N} have them there.
// Letters of other scripts (Arabic, CJK, …) are not letters to the tool: German news names people and
// places in these scripts. In the blocks where capital and small letters alternate code point by code
// point (Latin Extended-A and -B U+0100–024F, the Greek letters outside U+0386–03CE, Cyrillic
// U+0460–052F, Latin Extended Additional), every letter counts as both capital and small: listing them
// one by one would bring back the hundreds of ranges. So "łódzki" reads as capitalised; "Łódź",
// "Šimić" and "Özdemir" read as they should. Elsewhere capitals and small letters are exactly \p{Lu} and
// \p{Ll}. test/letters.test.ts checks every code point of the BMP against this description.
//
// Generated from V8's \p{…} tables (Unicode 17.0 in Node 20.20) by testing each code point; Unicode data,
// Unicode License v3.

/** \p{L} in the covered blocks. */
export const LETTER =
  "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee" +
  "\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481" +
  "\\u048a-\\u052f\\u1e00-\\u1eff";

/** \p{Lu} in the covered blocks, and every letter of the alternating blocks. */
export const UPPER =
  "A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f" +
  "\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e\\u038f\\u0391-\\u03a1\\u03a3-\\u03ab\\u03cf-\\u03f5\\u03f7-\\u042f" +
  "\\u0460-\\u0481\\u048a-\\u052f\\u1e00-\\u1eff";

/** \p{Ll} in the covered blocks, and every letter of the alternating blocks. */
export const LOWER =
  "a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u0293\\u0296-\\u02af" +
  "\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0390\\u03ac-\\u03f5\\u03f7-\\u03ff\\u0430-\\u0481" +
  "\\u048a-\\u052f\\u1e00-\\u1eff";

/** \p{N} in the covered blocks: the digits, superscripts ¹²³ and the fractions ¼½¾. */
export const DIGIT = "0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be";
