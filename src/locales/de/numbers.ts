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
  halbe: 0.5, halben: 0.5, halb: 0.5, "eine halbe": 0.5, "einer halben": 0.5, "einen halben": 0.5, "ein halbe": 0.5, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
  dreieinhalb: 3.5, viereinhalb: 4.5, fünfeinhalb: 5.5,
};

/** Scale words and abbreviations → multiplier. */
export const SCALES: Readonly<Record<string, number>> = {
  tausend: 1e3, "tsd.": 1e3, tsd: 1e3,
  million: 1e6, millionen: 1e6, "mio.": 1e6, mio: 1e6, "mill.": 1e6,
  milliarde: 1e9, milliarden: 1e9, "mrd.": 1e9, mrd: 1e9,
  billion: 1e12, billionen: 1e12, "bio.": 1e12,
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
