// Finds money amounts in German text. Shapes: number + scale + currency ("91 Millionen Euro"),
// currency first ("€ 8,2 Mio."), ranges, compounds ("280-Millionen-Euro-Vertrag"), vague magnitudes
// ("ein mittlerer dreistelliger Millionenbetrag") and bare scaled numbers whose currency is given
// elsewhere in the same sentence ("400 Millionen weitere 600 Millionen Euro").
import { ADJECTIVE_ONLY_CURRENCIES, CURRENCIES, CURRENCY_ADJECTIVES, CURRENCY_DIVISORS, MINOR_UNITS, NON_MONEY_UNITS, QUALIFIERS } from "../locales/de/money.js";
import { BAND_POSITIONS, DIGIT_COUNT_WORDS, SCALES, SCALE_NOUN_STEMS } from "../locales/de/numbers.js";
import type { Amount, Qualifier } from "../types.js";
import { DIGITS_SOURCE, NUMBER_WORD_SOURCE, cleanNumber, parseNumber, scaleOf } from "../util/numbers.js";
import { Coverage } from "../util/coverage.js";
import { WORD_END, WORD_START, alternation, foldKey, matchesOf, windowedMatches } from "../util/regex.js";
import { DIGIT, LETTER, LOWER, UPPER } from "../util/letters.js";

/** An amount as the grammar finds it: the record's fields without sentence and field, with offsets. */
export type MoneyMatch = Omit<Amount, "sentence" | "offset" | "field"> & { from: number; to: number };

// Number words may be written apart: "drei und zwanzig", "einhundert fünf", "siebzehn tausend".
const NUMBER = `(?:${DIGITS_SOURCE}|ein(?:e|er|en)?\\s+halbe[n]?|${NUMBER_WORD_SOURCE}(?:\\s+(?:und\\s+)?${NUMBER_WORD_SOURCE})*)`;
const SCALE_WORDS = Object.keys(SCALES).flatMap((k) => [k, k.charAt(0).toUpperCase() + k.slice(1)]);
const SCALE = `(?:${alternation(SCALE_WORDS)})`;
const CURRENCY = `(?:(?:${alternation(Object.keys(CURRENCY_ADJECTIVES))})(?:e|en|er|es|n|s)?\\s+(?:${alternation([...Object.keys(CURRENCIES), ...ADJECTIVE_ONLY_CURRENCIES])})|${alternation(Object.keys(CURRENCIES))})`;
const CURRENCY_BY_KEY = new Map(Object.entries(CURRENCIES).map(([word, code]) => [foldKey(word), code]));
// "zwei Euro und fünfzig Cent", "10 € 50 ¢", and without the unit at the end of a clause: "15 Dollar 50."
const MINOR_AFTER = new RegExp(`^\\s*(?:und\\s+)?(\\d{1,2}|${NUMBER_WORD_SOURCE}(?:und${NUMBER_WORD_SOURCE})?)(?:\\s*(?:${alternation(MINOR_UNITS, "ignoring case")})(?![${LETTER}${DIGIT}])|(?=\\s*(?:[.;!?]|$)))`, "iu");
// "€" and "$" are not letters, so the word-end guard must not demand a letter boundary after them.
const CURRENCY_END = WORD_END;
const SCALE_END = `(?:(?<=\\.)|(?![${LETTER}${DIGIT}]))`;

const AMOUNT = `(${NUMBER})(?:\\s+(${SCALE})${SCALE_END})?`;
export const AMOUNT_WITH_CURRENCY = new RegExp(
  `(?<![${LETTER}${DIGIT},.])(?:zwischen\\s+)?${AMOUNT}(?:\\s*(${CURRENCY})${CURRENCY_END})?(?:\\s*(?:bis|und|–|-)\\s*${AMOUNT})?(?:\\s*|-)(${CURRENCY})${CURRENCY_END}(?!-[${LETTER}])`,
  "giu",
);
// Each money pattern needs a word of a table — a currency, a scale, a digit count — and an amount is never
// longer than a few words: the patterns are only run around those words (windowedMatches). The reach is
// generous: "zwischen zweihundertfünfzig und dreihundert Millionen kanadischen Dollar" is 75 characters.
export const CURRENCY_WORD = new RegExp(alternation([...Object.keys(CURRENCIES), ...ADJECTIVE_ONLY_CURRENCIES], "ignoring case"), "gi");
export const SCALE_WORD = new RegExp(alternation(Object.keys(SCALES)), "gi");
export const DIGIT_COUNT_WORD = new RegExp(alternation(Object.keys(DIGIT_COUNT_WORDS)), "g");
export const REACH_BEFORE = 200;
export const REACH_AFTER = 40;
export const CURRENCY_FIRST = new RegExp(`(?<![${LETTER}${DIGIT}])(${CURRENCY})\\s*(${DIGITS_SOURCE})(?:\\s+(${SCALE})${SCALE_END})?(?![${DIGIT}])`, "giu");
export const COMPOUND = new RegExp(`(?<![${LETTER}${DIGIT}])(${DIGITS_SOURCE})[-\\s](${SCALE})(?:-(${CURRENCY}))?-(?=[${UPPER}])`, "gu");
export const BARE_SCALED = new RegExp(`(?<![${LETTER}${DIGIT},.])(${NUMBER})\\s+(${SCALE})${SCALE_END}`, "gu");
// "ein Millionen-Euro-Projekt": some million euros, no number given.
const SCALE_COMPOUND = new RegExp(`(?<![${LETTER}${DIGIT}-])(?<!\\d\\s)(Millionen|Milliarden)-(${CURRENCY})-(?=[${UPPER}])`, "gu");
export const VAGUE = new RegExp(
  `${WORD_START}(?:(niedrig|mittler|hoh)(?:e|en|er|es)\\s+)?(${alternation(Object.keys(DIGIT_COUNT_WORDS))})(?:e|en|er|es)\\s+(${alternation(Object.keys(SCALE_NOUN_STEMS).map((s) => s.charAt(0).toUpperCase() + s.slice(1)))})?(?:betrag|summe|Betrag|Summe)(?:s|es)?${WORD_END}`,
  "gu",
);
const NON_MONEY_AFTER = new RegExp(`^\\s*(?:${alternation(NON_MONEY_UNITS)})${WORD_END}`, "u");
const QUALIFIER_BEFORE = new RegExp(`${WORD_START}(${alternation(Object.keys(QUALIFIERS).flatMap((q) => [q, q.charAt(0).toUpperCase() + q.slice(1)]))})\\s+$`, "u");

const TALK_VERB_BEFORE_UEBER = new RegExp(`(?:spekulier|sprech|rede|berät|diskutier|streit|verfüg)[${LETTER}]*\\s+über\\s+$`, "u");
function qualifierBefore(text: string, from: number): { qualifier: Qualifier | null; from: number } {
  const window = text.slice(Math.max(0, from - 20), from);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m) return { qualifier: null, from };
  const word = foldKey(m[1] ?? "");
  // "über" after a verb of speaking is a preposition ("spekulieren über 183 Millionen Euro").
  if (word === "über" && TALK_VERB_BEFORE_UEBER.test(text.slice(Math.max(0, from - 40), from))) {
    return { qualifier: null, from };
  }
  return { qualifier: QUALIFIERS[word] ?? null, from: from - (window.length - m.index) };
}

/** The value of a number (digits or words, words possibly written apart) times its scale word. */
function amountValue(numberText: string | undefined, scaleText: string | undefined): number | null {
  if (!numberText) return null;
  const words = numberText.trim().split(/\s+/);
  let number: number | null = null;
  // "Die drei Euro": drop leading words that are no number until the rest parses.
  for (let start = 0; start < words.length && number === null; start++) {
    const rest = words.slice(start);
    number = parseNumber(rest.join(" ")) ?? parseNumber(rest.join(""));
  }
  if (number === null) return null;
  const scale = scaleText ? scaleOf(scaleText) : 1;
  return scale === null ? null : cleanNumber(number * scale);
}

function currencyCode(text: string | undefined): { code: string; divisor: number } | null {
  if (!text) return null;
  const words = foldKey(text).split(/\s+/);
  const noun = words.at(-1) ?? "";
  const divisor = CURRENCY_DIVISORS[noun] ?? 1;
  if (words.length > 1) {
    const adjective = (words[0] ?? "").replace(/(?:e|en|er|es|n|s)$/u, "");
    const code = CURRENCY_ADJECTIVES[adjective] ?? CURRENCY_ADJECTIVES[words[0] ?? ""];
    if (code) return { code, divisor };
  }
  const code = CURRENCY_BY_KEY.get(noun) ?? CURRENCIES[text];
  return code ? { code, divisor } : null;
}

/** Money amounts in `text`, without overlaps, in text order. */
export function findMoney(text: string): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  const coverage = new Coverage(text.length);
  const add = (match: Omit<MoneyMatch, "text">) => {
    if (coverage.overlaps(match.from, match.to)) return;
    coverage.mark(match.from, match.to);
    found.push({ ...match, text: text.slice(match.from, match.to) });
  };

  for (const m of windowedMatches(AMOUNT_WITH_CURRENCY, CURRENCY_WORD, REACH_BEFORE, REACH_AFTER, text)) {
    const currency = currencyCode(m[6]);
    if (!currency) continue;
    const first = amountValue(m[1], m[2]);
    if (first === null) continue;
    const start = m.index ?? 0;
    const firstCurrency = currencyCode(m[3]);
    // "zwei Euro und fünfzig Cent" is one amount in major and minor units, not a range.
    if (firstCurrency && firstCurrency.divisor === 1 && currency.divisor > 1 && m[4]) {
      const minor = amountValue(m[4], undefined);
      if (minor !== null && minor < currency.divisor) {
        const q = qualifierBefore(text, start);
        add({ from: q.from, to: start + m[0].length, value: cleanNumber(first + minor / currency.divisor), currency: firstCurrency.code, approximate: q.qualifier !== null, qualifier: q.qualifier, min: null, max: null, implicitCurrency: false });
        continue;
      }
    }
    const isRange = m[4] !== undefined;
    // "5 bis 10 Mio. €": a scale written only after the second number applies to the first too.
    const secondScale = m[5];
    const low = isRange && !m[2] && secondScale ? amountValue(m[1], secondScale) : first;
    const high = isRange ? amountValue(m[4], m[5]) : null;
    if (low === null || (isRange && (high === null || high <= low))) continue;
    const q = qualifierBefore(text, start);
    const divide = (v: number) => cleanNumber(v / currency.divisor);
    let end = start + m[0].length;
    let minor = 0;
    const minorMatch = !isRange && currency.divisor === 1 ? MINOR_AFTER.exec(text.slice(end)) : null;
    const minorValue = minorMatch ? amountValue(minorMatch[1], undefined) : null;
    if (minorMatch && minorValue !== null && minorValue < 100) {
      minor = minorValue / 100;
      end += minorMatch[0].length;
    }
    add(
      isRange
        ? { from: start, to: start + m[0].length, value: null, currency: currency.code, approximate: true, qualifier: "range", min: divide(low), max: divide(high ?? low), implicitCurrency: false }
        : { from: q.from, to: end, value: cleanNumber(divide(low) + minor), currency: currency.code, approximate: q.qualifier !== null, qualifier: q.qualifier, min: null, max: null, implicitCurrency: false },
    );
  }
  for (const m of windowedMatches(CURRENCY_FIRST, CURRENCY_WORD, REACH_BEFORE, REACH_AFTER, text)) {
    const currency = currencyCode(m[1]);
    const value = amountValue(m[2], m[3]);
    if (!currency || value === null) continue;
    const start = m.index ?? 0;
    add({ from: start, to: start + m[0].length, value, currency: currency.code, approximate: false, qualifier: null, min: null, max: null, implicitCurrency: false });
  }
  for (const m of windowedMatches(COMPOUND, SCALE_WORD, REACH_BEFORE, REACH_AFTER, text)) {
    const value = amountValue(m[1], m[2]);
    const start = m.index ?? 0;
    // "5,8-Millionen-Einwohner-Land" counts people.
    if (value === null || NON_MONEY_AFTER.test(text.slice(start + m[0].length))) continue;
    const currency = currencyCode(m[3]);
    const to = start + (m[1]?.length ?? 0) + 1 + (m[2]?.length ?? 0) + (m[3] ? m[3].length + 1 : 0);
    add({ from: start, to, value, currency: currency?.code ?? "EUR", approximate: false, qualifier: null, min: null, max: null, implicitCurrency: !currency });
  }
  for (const m of matchesOf(SCALE_COMPOUND, text)) {
    const scale = scaleOf(m[1] ?? "");
    const currency = currencyCode(m[2]);
    if (!scale || !currency) continue;
    const start = m.index ?? 0;
    add({ from: start, to: start + m[0].length - 1, value: null, currency: currency.code, approximate: true, qualifier: "vague", min: scale, max: scale * 1000 - scale, implicitCurrency: false });
  }
  for (const m of windowedMatches(VAGUE, DIGIT_COUNT_WORD, REACH_BEFORE, REACH_AFTER, text)) {
    const digits = DIGIT_COUNT_WORDS[foldKey(m[2] ?? "")];
    if (!digits) continue;
    const scale = m[3] ? (SCALE_NOUN_STEMS[foldKey(m[3])] ?? 1) : 1;
    const band = m[1] ? BAND_POSITIONS[m[1]] : undefined;
    // A digit band of the scaled unit: "mittlerer dreistelliger Millionenbetrag" = 400–699 million.
    const unit = 10 ** (digits - 1) * scale;
    const min = cleanNumber((band?.from ?? 1) * unit);
    const max = cleanNumber(((band?.to ?? 9) + 1) * unit - scale);
    const start = m.index ?? 0;
    add({ from: start, to: start + m[0].length, value: null, currency: "EUR", approximate: true, qualifier: "vague", min, max, implicitCurrency: true });
  }
  return found.sort((a, b) => a.from - b.from);
}

// "100 der 500 Milliarden": the first number borrows the scale (and currency) of the second.
export const ELLIPSIS = new RegExp(`(?<![${LETTER}${DIGIT},.])(${NUMBER})\\s+(?:der|von den|von)\\s+(${NUMBER})\\s+(${SCALE})${SCALE_END}`, "gu");

const CAPITALISED_WORD_AHEAD = new RegExp(`^\\s*[${UPPER}][${LOWER}]`, "u");
/**
 * Bare scaled numbers ("400 Millionen", "weitere 44,3 Mio.", "100 der 500 Milliarden") between `from`
 * and `to` that are money because `currencyFor` knows their currency — from an explicit amount in the
 * same paragraph, or because the same value was named as money before. Counts ("55 Millionen
 * Einwohner") stay out: a capitalised noun after the number says what is counted.
 */
export function findImplicitMoney(text: string, from: number, to: number, currencyFor: (value: number) => string | null, coverage: Coverage): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  const span = text.slice(from, to);
  const free = (a: number, b: number) => !coverage.overlaps(a, b);
  const countsSomething = (end: number) => NON_MONEY_AFTER.test(text.slice(end)) || (CAPITALISED_WORD_AHEAD.test(text.slice(end)) && !/^\s*(?:Euro|EUR)/u.test(text.slice(end)));
  for (const m of windowedMatches(ELLIPSIS, SCALE_WORD, REACH_BEFORE, REACH_AFTER, span)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    const whole = amountValue(m[2], m[3]);
    const part = amountValue(m[1], m[3]);
    const currency = whole === null ? null : currencyFor(whole);
    if (part === null || !currency || !free(start, end) || countsSomething(end)) continue;
    found.push({ text: text.slice(start, end), from: start, to: end, value: part, currency, approximate: false, qualifier: null, min: null, max: null, implicitCurrency: true });
    coverage.mark(start, end);
  }
  for (const m of windowedMatches(BARE_SCALED, SCALE_WORD, REACH_BEFORE, REACH_AFTER, span)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (!free(start, end) || countsSomething(end)) continue;
    const value = amountValue(m[1], m[2]);
    // An ellipsis in the paragraph ("100 der 500 Milliarden") anchors the currency like an explicit amount.
    const currency = value === null ? null : (currencyFor(value) ?? found[0]?.currency ?? null);
    if (value === null || !currency) continue;
    const q = qualifierBefore(text, start);
    found.push({ text: text.slice(q.from, end), from: q.from, to: end, value, currency, approximate: q.qualifier !== null, qualifier: q.qualifier, min: null, max: null, implicitCurrency: true });
    coverage.mark(q.from, end);
  }
  return found;
}
