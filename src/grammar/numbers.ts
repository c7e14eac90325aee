// Finds numbers in German text: digits in every press format, number words (also written apart:
// "zwei hundert", "drei Millionen eintausend"), decimals read out ("null komma drei"), fractions
// ("drei Viertel", "½", "1/2"), negatives and ordinals ("dritte", "4.", "zu elft").
import {
  ARTICLE_ONES,
  DENOMINATOR_WORDS,
  DIGIT_SUFFIXES,
  FRACTION_SIGNS,
  IRREGULAR_ORDINALS,
  MULTIPLIER_WORDS,
  NEGATIVE_WORDS,
  SCALES,
  ZERO_WORDS,
} from "../locales/de/numbers.js";
import { DIGITS_SOURCE, cleanNumber, parseDigits, parseNumberWord } from "../util/numbers.js";
import { CAPITALISED_WORD_NEXT, STARTS_CAPITAL, foldKey } from "../util/regex.js";
import { DIGIT, LETTER, LOWER, UPPER } from "../util/letters.js";

export interface NumberMatch {
  text: string;
  value: number;
  kind: "cardinal" | "ordinal";
  from: number;
  to: number;
}

type Kind = "number" | "word" | "scale" | "ordinal" | "und" | "komma" | "minus" | "denominator" | "article";
interface Token {
  kind: Kind;
  value: number;
  from: number;
  to: number;
  /** The digits of a number word or digit token, for decimals read out ("komma null drei"). */
  digits?: string;
}

const SUFFIXES = Object.keys(DIGIT_SUFFIXES).join("");
const TOKEN = new RegExp(
  [
    // Version numbers and dates without a year ("1.1", "1.1."): not numbers at all.
    `(?<skip>(?<![\\d.,])\\d{1,3}\\.\\d{1,2}(?!\\d)(?:\\.\\d*)?)`,
    `(?<fraction>\\d+)\\/(?<denominator>\\d+)`,
    `(?<sign>[-+]\\s?)?(?<digits>${DIGITS_SOURCE}|,\\d+)(?:(?<suffix>[${SUFFIXES}])(?![${LETTER}${DIGIT}])|(?<ordinalDot>(?<=(?<![\\d.,])\\d{1,2})\\.)(?=\\s+[${LETTER}]|\\s*$)|(?<ordinalEnding>ter|te|ten|tes)(?![${LETTER}]))?`,
    `(?<vulgar>[${Object.keys(FRACTION_SIGNS).join("")}])`,
    `(?<word>[${LETTER}]+)`,
  ].join("|"),
  "gu",
);
const ZERO = new Set(ZERO_WORDS);
const ARTICLES = new Set(ARTICLE_ONES);
const NEGATIVES = new Set(NEGATIVE_WORDS);
const ADDRESS_BEFORE = /(?:straße|str\.|allee|weg|platz|gasse|ring|damm|ufer)\s+$/iu;

/** "fuenf", "zwoelf": ASCII spellings of umlauts. */
const spellings = (word: string) => [word, word.replace(/ue/g, "ü").replace(/oe/g, "ö").replace(/ae/g, "ä")];

function cardinalOf(word: string): number | null {
  for (const w of spellings(word)) {
    if (ZERO.has(w)) return 0;
    const value = parseNumberWord(w);
    if (value !== null) return value;
    // "zweimillionen": a number glued to a scale.
    const scale = Object.entries(SCALES).find(([s]) => !s.includes(".") && w.endsWith(s) && w.length > s.length);
    if (scale) {
      const head = parseNumberWord(w.slice(0, -scale[0].length));
      if (head !== null) return head * scale[1];
    }
  }
  return null;
}

const ORDINAL_ENDING = /^(.*?)(?:sten|ster|stes|stem|ste|st|ten|ter|tes|tem|te|t)$/;
const CARDINAL_STEM_END = /(?:zig|ßig|hundert|tausend|null|zwei|vier|fünf|sechs|neun|zehn|elf|zwölf)$/;

const IRREGULAR = new RegExp(`^(${Object.keys(IRREGULAR_ORDINALS).join("|")})(?:e|er|en|es|em)?$`);

function ordinalOf(word: string): number | null {
  for (const w of spellings(word)) {
    const irregular = IRREGULAR.exec(w);
    // "acht" alone is the cardinal; "achte", "achter" are ordinals.
    if (irregular?.[1] && w !== "acht") return IRREGULAR_ORDINALS[irregular[1]] ?? null;
    const m = ORDINAL_ENDING.exec(w);
    if (!m) continue;
    const stem = m[1] ?? "";
    if (stem.length < 3) continue;
    for (const [scaleWord, scale] of Object.entries(SCALES)) {
      const scaleStem = scaleWord.replace(/e$/, "");
      if (scaleWord.includes(".") || !stem.endsWith(scaleStem) || scale < 1e6) continue;
      const headWord = stem.slice(0, stem.length - scaleStem.length);
      const head = headWord === "" ? 1 : cardinalOf(headWord);
      if (head !== null) return head * scale;
    }
    const value = cardinalOf(stem);
    if (value !== null && CARDINAL_STEM_END.test(stem.replace(/ssig$/, "ßig"))) return value;
  }
  return null;
}

function wordToken(word: string, from: number, to: number, original: string): Token | null {
  if (word === "und") return { kind: "und", value: 0, from, to };
  if (word === "komma") return { kind: "komma", value: 0, from, to };
  if (NEGATIVES.has(word)) return { kind: "minus", value: 0, from, to };
  if (ARTICLES.has(word)) return { kind: "article", value: 1, from, to };
  if (word in DENOMINATOR_WORDS) return { kind: "denominator", value: DENOMINATOR_WORDS[word] ?? 1, from, to };
  const scale = SCALES[word];
  if (scale !== undefined && scale >= 1e6 && !word.includes(".")) return { kind: "scale", value: scale, from, to };
  const multiplier = MULTIPLIER_WORDS[word];
  // "Claudia Tausend": a capitalised multiplier after a capitalised word is a name (`original` keeps the case only there).
  if (multiplier !== undefined) return STARTS_CAPITAL.test(original) ? null : { kind: "scale", value: multiplier, from, to };
  const cardinal = cardinalOf(word);
  if (cardinal !== null) return { kind: "word", value: cardinal, from, to, digits: String(cardinal) };
  const ordinal = ordinalOf(word);
  return ordinal === null ? null : { kind: "ordinal", value: ordinal, from, to };
}

const CAPITALISED_WORD_BEFORE = new RegExp(`[${UPPER}][${LOWER}]+\\s+$`, "u");
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (g.skip) continue;
    if (g.fraction) {
      tokens.push({ kind: "number", value: cleanNumber(Number(g.fraction) / Number(g.denominator)), from, to });
    } else if (g.digits) {
      if (ADDRESS_BEFORE.test(text.slice(Math.max(0, from - 12), from)) || (/^\d{5}$/.test(g.digits) && CAPITALISED_WORD_NEXT.test(text.slice(to)))) continue;
      const value = g.digits.startsWith(",") ? Number(`0.${g.digits.slice(1)}`) : parseDigits(g.digits);
      if (value === null) continue;
      const signed = g.sign?.startsWith("-") ? -value : value;
      if (g.ordinalDot || g.ordinalEnding) tokens.push({ kind: "ordinal", value: signed, from, to });
      else tokens.push({ kind: "number", value: cleanNumber(signed * (g.suffix ? (DIGIT_SUFFIXES[g.suffix] ?? 1) : 1)), from, to, digits: g.digits });
    } else if (g.vulgar) {
      tokens.push({ kind: "number", value: FRACTION_SIGNS[g.vulgar] ?? 0, from, to });
    } else if (g.word) {
      const afterName = CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, from - 30), from));
      const token = wordToken(foldKey(g.word), from, to, afterName ? g.word : g.word.toLowerCase());
      if (token) tokens.push(token);
    }
  }
  return tokens;
}

const isNumeric = (t: Token | undefined) => t !== undefined && (t.kind === "number" || t.kind === "word");

/**
 * Every number in `text`. Adjacent number words, scales and multipliers combine into one value;
 * digits combine only with scale words ("300 Milliarden"), never with other digits.
 */
export function findNumbers(text: string): NumberMatch[] {
  const tokens = tokenize(text);
  const found: NumberMatch[] = [];
  const gap = (a: Token, b: Token) => text.slice(a.to, b.from);
  const adjacent = (a: Token, b: Token) => /^\s*$/.test(gap(a, b));
  let i = 0;
  while (i < tokens.length) {
    let start = tokens[i] as Token;
    let negative = false;
    if (start.kind === "minus" && isNumeric(tokens[i + 1]) && adjacent(start, tokens[i + 1] as Token)) {
      negative = true;
      i++;
      start = tokens[i] as Token;
    }
    if (start.kind === "ordinal") {
      found.push({ text: text.slice(start.from, start.to), value: start.value, kind: "ordinal", from: start.from, to: start.to });
      i++;
      continue;
    }
    const startsValue = isNumeric(start) || (start.kind === "article" && ["scale", "denominator"].includes(tokens[i + 1]?.kind ?? "")) || start.kind === "scale";
    if (!startsValue) {
      i++;
      continue;
    }
    let total = 0;
    let current: number | null = start.kind === "scale" ? start.value : start.value;
    let last = start;
    let ordinalEnd: Token | null = null;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const next = tokens[j] as Token;
      if (!adjacent(last, next)) break;
      if (next.kind === "und" || next.kind === "komma") {
        const after = tokens[j + 1];
        if (!after || !adjacent(next, after)) break;
        if (next.kind === "komma" && isNumeric(after)) {
          // "null komma null drei": the following number words are the decimal digits.
          let decimals = "";
          let k = j + 1;
          for (; k < tokens.length && isNumeric(tokens[k]) && adjacent(tokens[k - 1] as Token, tokens[k] as Token); k++) decimals += tokens[k]?.digits ?? "";
          current = Number(`${current ?? 0}.${decimals}`);
          last = tokens[k - 1] as Token;
          j = k - 1;
          continue;
        }
        // "drei und zwanzig", "fünf und drei Viertel": "und" joins a unit to tens or a fraction.
        if (after.kind === "word" && current !== null && last.kind === "word" && last.value > 0 && last.value < 10 && after.value % 10 === 0 && after.value >= 20 && after.value < 100) {
          current += after.value;
          last = after;
          j++;
          continue;
        }
        if (after.kind === "word" && tokens[j + 2]?.kind === "denominator" && current !== null) {
          const denominator = tokens[j + 2] as Token;
          current += after.value / denominator.value;
          last = denominator;
          j += 2;
          continue;
        }
        break;
      }
      if (next.kind === "denominator") {
        current = (current ?? 1) / next.value;
        last = next;
        continue;
      }
      if (next.kind === "scale") {
        if (next.value >= 1000 && next.value !== 100 && next.value !== 12) {
          total += (current ?? 1) * next.value;
          current = null;
        } else current = (current ?? 1) * next.value;
        last = next;
        continue;
      }
      if (next.kind === "word" && (last.kind === "word" || last.kind === "scale")) {
        const free = current === null || (current > 0 && current % 100 === 0 && next.value < 100) || (current > 0 && current % 1000 === 0 && next.value < 1000);
        if (free) {
          current = (current ?? 0) + next.value;
          last = next;
          continue;
        }
      }
      if (next.kind === "ordinal" && next.value >= 1e6 && (last.kind === "word" || last.kind === "scale")) {
        ordinalEnd = next;
        j++;
      }
      break;
    }
    const value = cleanNumber((total + (current ?? 0)) * (ordinalEnd ? ordinalEnd.value : 1) * (negative ? -1 : 1));
    const end = ordinalEnd ?? last;
    const isArticleAlone = start.kind === "article" && end === start;
    if (!isArticleAlone) found.push({ text: text.slice(start.from, end.to), value, kind: ordinalEnd ? "ordinal" : "cardinal", from: start.from, to: end.to });
    i = j;
  }
  return found;
}
