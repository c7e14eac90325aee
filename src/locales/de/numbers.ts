// German number words and scale words; written for this project, no third-party data.

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  null: 0, ein: 1, eins: 1, eine: 1, einen: 1, einer: 1, einem: 1, eines: 1, zwei: 2, drei: 3, vier: 4,
  fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90,
};

/** Fractions that stand for a number on their own or before a scale word. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  einundhalb: 1.5, dreiviertel: 0.75, "ein halbes": 0.5, "ein halber": 0.5, halbes: 0.5,
  halbe: 0.5, halben: 0.5, halb: 0.5, "eine halbe": 0.5, "einer halben": 0.5, "einen halben": 0.5, "ein halbe": 0.5, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
  dreieinhalb: 3.5, viereinhalb: 4.5, fünfeinhalb: 5.5,
};

/** Scale words and abbreviations → multiplier. */
export const SCALES: Readonly<Record<string, number>> = {
  tausend: 1e3, "tsd.": 1e3, tsd: 1e3,
  million: 1e6, millionen: 1e6, "mio.": 1e6, mio: 1e6, "mill.": 1e6,
  milliarde: 1e9, milliarden: 1e9, "mrd.": 1e9, mrd: 1e9,
  billion: 1e12, billionen: 1e12, "bio.": 1e12, billiarde: 1e15, billiarden: 1e15,
};

/** "ein dreistelliger Millionenbetrag": digit count words → number of digits. */
export const DIGIT_COUNT_WORDS: Readonly<Record<string, number>> = {
  einstellig: 1, zweistellig: 2, dreistellig: 3, vierstellig: 4, fünfstellig: 5, sechsstellig: 6,
  siebenstellig: 7, achtstellig: 8, neunstellig: 9,
};

/** Position inside a digit band ("mittlerer dreistelliger"): leading digits, per DESIGN.md. */
export const BAND_POSITIONS: Readonly<Record<string, { from: number; to: number }>> = {
  niedrig: { from: 1, to: 3 },
  mittler: { from: 4, to: 6 },
  hoh: { from: 7, to: 9 },
};

/** Scale nouns in vague magnitudes ("Millionenbetrag", "Milliardensumme"). */
export const SCALE_NOUN_STEMS: Readonly<Record<string, number>> = {
  tausender: 1e3, millionen: 1e6, milliarden: 1e9,
};

/** Ordinal stems that are not the cardinal plus "-te"/"-ste" ("erste", "dritte", "siebte"). */
export const IRREGULAR_ORDINALS: Readonly<Record<string, number>> = {
  erst: 1, zuerst: 1, dritt: 3, siebt: 7, acht: 8,
};

/** Words for zero that stand where a number stands ("keiner"). */
export const ZERO_WORDS: readonly string[] = ["keiner", "keinen"];

/** Articles that read as "1" only before a scale or multiplier ("einer Million", "einem Dutzend"). */
export const ARTICLE_ONES: readonly string[] = ["einer", "einem", "eines"];

/** Denominator words: "drei Viertel", "zwei Drittel", "fünf halbe". */
export const DENOMINATOR_WORDS: Readonly<Record<string, number>> = {
  halb: 2, halbe: 2, halben: 2, halbes: 2, halber: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6,
  achtel: 8, zehntel: 10, hundertstel: 100, tausendstel: 1000,
};

/** Words before a number that make it negative. */
export const NEGATIVE_WORDS: readonly string[] = ["minus", "negativ"];

/** Multipliers written as separate words ("fünf Dutzend", "zwei hundert"). */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { dutzend: 12, hundert: 100, tausend: 1000 };

/** Unicode vulgar fractions. */
export const FRACTION_SIGNS: Readonly<Record<string, number>> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅙": 1 / 6, "⅛": 1 / 8,
};

/** Suffixes that scale a number written in digits ("1200K", "3M"). */
export const DIGIT_SUFFIXES: Readonly<Record<string, number>> = { K: 1e3, k: 1e3, T: 1e3, t: 1e3, M: 1e6, G: 1e9 };
