import { FRACTION_WORDS, SCALES, TENS_WORDS, UNIT_WORDS } from "../locales/de/numbers.js";
import { foldKey } from "./regex.js";

/**
 * Digits as German press writes them: thousand dots or (thin/no-break) spaces, decimal comma.
 * A group separator must be followed by exactly three digits, so "1.5.19" and "3.1" are not numbers.
 */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:[.\u202f\u00a0 '’]\d{3}(?!\d))+(?:,\d+)?|\d+(?:,\d+)?`;

/** Letters that can make up a German number word; the parser decides whether they do. */
export const NUMBER_WORD_SOURCE =
  "(?:[a-zäöüß]*(?:eins|ein|eine|einen|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|eines|zig|ßig|ssig|hundert|tausend|halb|halbe|halben))";

/** Parses "1.234,56", "176 000", "8,2" or "50000" into a number, or null. */
export function parseDigits(text: string): number | null {
  const compact = text.replace(/[.\u202f\u00a0 '’]/g, "").replace(",", ".");
  if (!/^\d+(?:\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

function parseBelowHundred(word: string): number | null {
  if (word === "") return 0;
  if (word in UNIT_WORDS) return UNIT_WORDS[word] ?? null;
  if (word in TENS_WORDS) return TENS_WORDS[word] ?? null;
  const und = word.indexOf("und");
  if (und > 0) {
    const unit = word.slice(0, und) === "ein" ? 1 : UNIT_WORDS[word.slice(0, und)];
    const tens = TENS_WORDS[word.slice(und + 3)];
    if (unit !== undefined && unit > 0 && unit < 10 && tens !== undefined) return tens + unit;
  }
  return null;
}

function parseBelowThousand(word: string): number | null {
  const at = word.indexOf("hundert");
  if (at < 0) return parseBelowHundred(word);
  const headWord = word.slice(0, at);
  // "achtzehnhundertzweiundfünfzig": hundreds above nine are how years are read out.
  const head = headWord === "" ? 1 : parseBelowHundred(headWord);
  const tail = parseBelowHundred(word.slice(at + "hundert".length).replace(/^und(?=.)/, ""));
  if (head === null || tail === null || head === 0) return null;
  return head * 100 + tail;
}

/**
 * Parses a German number word ("zweihundertfünfzig", "einundzwanzig", "anderthalb",
 * "zweieinhalb", "dreitausendvierhundert") into its value, or null when it is not one.
 */
export function parseNumberWord(input: string): number | null {
  const word = foldKey(input).replace(/\s+/g, " ");
  if (word in FRACTION_WORDS) return FRACTION_WORDS[word] ?? null;
  if (word.endsWith("einhalb") && word.length > "einhalb".length) {
    const whole = parseNumberWord(word.slice(0, -"einhalb".length));
    return whole === null ? null : whole + 0.5;
  }
  const at = word.indexOf("tausend");
  if (at >= 0) {
    const headWord = word.slice(0, at);
    const head = headWord === "" ? 1 : parseBelowThousand(headWord);
    const tail = parseBelowThousand(word.slice(at + "tausend".length).replace(/^und(?=.)/, ""));
    if (head === null || tail === null || head === 0) return null;
    return head * 1000 + tail;
  }
  return parseBelowThousand(word);
}

/** Parses a number written in digits or in words. */
export function parseNumber(text: string): number | null {
  return /\d/.test(text) ? parseDigits(text) : parseNumberWord(text);
}

/** Multiplier of a scale word such as "Mio." or "Milliarden", or null. */
export function scaleOf(word: string): number | null {
  return SCALES[foldKey(word)] ?? null;
}

/** Rounds away floating-point noise (8,2 × 10⁶ = 8199999.999…). */
export function cleanNumber(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
