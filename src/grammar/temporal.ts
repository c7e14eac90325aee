// Finds German calendar expressions and resolves them to periods. Each finder recognises one
// shape; `findTemporal` collects candidates from all of them and keeps the longest where they overlap.
import {
  ABBREVIATIONS_THAT_ARE_WORDS,
  ERA_MARKERS,
  COUNT_WORDS_BEFORE,
  QUANTITY_UNITS,
  HOLIDAYS_THAT_ARE_NAMES,
  DAY_ORDINALS,
  HOLIDAYS,
  YEAR_NAME_HEADS,
  FUTURE_TENSE,
  MONTHS,
  PAST_TENSE,
  WEEKDAY_INDEX,
  ORDINAL_WORDS,
  RELATIVE_DAY,
  RELATIVE_YEAR,
  SEASONS,
  SMALL_NUMBER_WORDS,
  WEEKDAYS,
  YEAR_PARTS,
} from "../locales/de/calendar.js";
import type { Precision } from "../types.js";
import { type Period, daysInMonth, fullYear, isValidDay, isoDay, monthSpan, shift, toDate, type Unit } from "../util/calendar.js";
import { Coverage } from "../util/coverage.js";
import { parseNumberWord } from "../util/numbers.js";
import { CAPITALISED_WORD_NEXT, WORD_END, WORD_START, alternation, chunkWindows, cutWindows, foldKey, matchesInWindows, matchesOf, type TextWindow, whitespaceRunsOf } from "../util/regex.js";
import { WordAutomaton } from "../util/automaton.js";
import { DIGIT, LETTER, UPPER } from "../util/letters.js";

export interface TimeMatch {
  text: string;
  from: number;
  to: number;
  start: string;
  end: string;
  precision: Precision;
  /** True where the year (or the whole value) came from the reference date, not the text. */
  inferred: boolean;
  /** The shape that matched, for refiners ("range-end", "year", …). */
  shape: string;
}

export interface Finder {
  shape: string;
  pattern: RegExp;
  /**
   * Words a text holds wherever the finder matches, as groups: one word of each group (lower case, in the
   * match or in what its look-behind reads), so a text without one is not scanned. Most finders key on a word few texts hold ("Quartal", a holiday);
   * leaving a finder without `needs` only costs time, a wrong list loses dates (see the property test).
   */
  needs?: readonly (readonly string[])[];
  /** `text` is the whole text searched, for finders that read the tense around the match. */
  resolve: (m: RegExpExecArray, ref: string | null, text: string) => (Period & { precision: Precision; inferred?: boolean }) | null;
}

/** The words of a table that contain no other of its words: "jan" stands for "januar" and "jan.". */
const shortest = (words: Iterable<string>): readonly string[] => {
  const all = [...new Set([...words].map((w) => w.toLowerCase()))];
  return all.filter((w) => !all.some((other) => other !== w && w.includes(other)));
};
const MONTH_WORDS = [shortest(Object.keys(MONTHS))];
const WEEKDAY_WORDS = [shortest(Object.keys(WEEKDAY_INDEX))];
const UNIT_WORDS = [["tag", "tg.", "woche", "monat", "jahr"]];
const YEAR_WORDS = [["jahr"]];
// Finders of numeric forms need a digit (or the start of a year): searched only around them, not over all the text.
const DIGIT_WORDS = [["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]];

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase("de-DE") + word.slice(1);
// Every finder is case-insensitive (`re` below): the tables' lower-case words cover "März" and "MÄRZ".
const MONTH = `(?:${alternation(Object.keys(MONTHS))})`;
const WEEKDAY = `(?:${alternation(WEEKDAYS)})`;
const ORDINAL = `(?:${alternation(Object.keys(ORDINAL_WORDS))}|[1-4]\\.)`;
const SEASON = `(?:${alternation(Object.keys(SEASONS).map(capitalised))})`;
const REL_YEAR = "(?:(?:des\\s+)?(?:kommenden|nächsten|laufenden|vergangenen|letzten|vorigen|dieses|diesen)\\s+Jahres)";
const YEAR = "((?:19|20)\\d{2})";
const CLOCK_TIME = /(?:^|[^\d.,])\d{1,2}[:.]\d{2}(?![\d.,])|\b\d{1,2}\s+Uhr\b|\bvon\s+\d{1,2}\s+bis\s+\d{1,2}(?![\d.,])/u;
const SPAN_YEAR = "((?:1\\d|20)\\d{2})";
const NOT_MORE_DIGITS = "(?![\\d])";
// A look-behind in front of a pattern is tested at every position of the text. A look-ahead for the
// characters a match can begin with, put before it, lets V8 skip to those places: the year, numeric and
// ordinal-day finders scan 1.5–3× faster. For the same reason WORD_START goes before other look-behinds
// (matchesOf then checks it outside the regex): "month-year" 54 → 18 µs per article.
const DIGIT_FIRST = "(?=\\d)";
const NUMERIC_DATE_FIRST = `(?=[\\[\\d${[...new Set(WEEKDAYS.map((day) => day.charAt(0)))].join("")}])`;

// A day of a list and the next day of it: "3., 4.", "10. und 11.", "17. sowie am 23.".
const LIST_NEXT_DAY = "(?:\\s*,\\s*(?:und\\s+|sowie\\s+)?|\\s+(?:und|sowie|oder)\\s+)(?:am\\s+|dem\\s+)?\\d{1,2}\\.";
// The rest of the list up to the month that closes it, and the year after that month.
const LIST_SEPARATOR = "(?:\\s*,\\s*(?:und\\s+|sowie\\s+)?|\\s+(?:und|sowie|oder)\\s+)(?:am\\s+|dem\\s+)?";
const LIST_MONTH = new RegExp(`^(?:${LIST_SEPARATOR}\\d{1,2}\\.)*${LIST_SEPARATOR}(\\d{1,2})\\.\\s*(${MONTH})${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS})?`, "iu");
// A word right before a match, read from the few characters before it.
const EVERY_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:jeden|jedem)\\s+$`, "iu");
const INDEFINITE_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:ein|einem|eines|jedes|jedem|jeden)\\s+$`, "iu");
const PREPOSITION_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:am|an|zu|zum|vor|nach|bis|seit|ab)\\s+$`, "iu");
const VOM_BEFORE = new RegExp(`(?:^|[^${LETTER}])vom\\s$`, "u");
const wordBefore = (text: string, at: number, word: RegExp) => word.test(text.slice(Math.max(0, at - 8), at));

const refYear = (ref: string | null) => (ref ? Number(ref.slice(0, 4)) : null);
const refMonth = (ref: string | null) => (ref ? Number(ref.slice(5, 7)) : null);
const monthOf = (word: string | undefined) => (word ? (MONTHS[foldKey(word)] ?? null) : null);
const ordinalOf = (word: string | undefined) => {
  if (!word) return null;
  const digit = /^([1-4])\.$/.exec(word);
  return digit ? Number(digit[1]) : (ORDINAL_WORDS[foldKey(word)] ?? null);
};
const relYearOffset = (phrase: string | undefined) => {
  if (!phrase) return undefined;
  const key = foldKey(phrase.replace(/\s+/g, " "));
  return RELATIVE_YEAR[key] ?? RELATIVE_YEAR[key.replace(/^des /, "")];
};

/**
 * The year of a month named without one ("Ende Dezember", "im Dezember"): the reference year, or the
 * year before when the sentence tells of the past and the month still lies ahead of the reference.
 */
function monthYear(written: string | undefined, ref: string | null, month: number, text: string, at: number): { year: number; inferred: boolean } | null {
  const y = yearOr(written, ref);
  if (!y?.inferred || ref === null) return y;
  const sentence = sentenceAround(text, at);
  const past = PAST_TENSE.test(sentence) && !FUTURE_TENSE.test(sentence);
  return past && isoDay(y.year, month, 1) > ref ? { year: y.year - 1, inferred: true } : y;
}

/** The year of a day named without one ("am 21. Dezember"), read from the reference date. */
function nearYear(ref: string | null, month: number, dayOfMonth: number, text: string, at: number): number | null {
  const year = refYear(ref);
  if (year === null || ref === null) return null;
  // A fragment without a sentence around it ("5. dezember", a calendar query) means this year's.
  if (sentenceAround(text, at).split(/\s+/).length < 6) return year;
  // In running text the nearest occurrence, with the past counting double: news mostly looks back.
  const refTime = toDate(ref).getTime();
  const cost = (y: number) => {
    const days = (toDate(isoDay(y, month, Math.min(dayOfMonth, 28))).getTime() - refTime) / 86_400_000;
    return days >= 0 ? days * 2 : -days;
  };
  return [year - 1, year, year + 1].reduce((best, y) => (cost(y) < cost(best) ? y : best), year);
}

function day(year: number, month: number, dayOfMonth: number, inferred = false) {
  if (!isValidDay(year, month, dayOfMonth)) return null;
  const iso = isoDay(year, month, dayOfMonth);
  return { start: iso, end: iso, precision: "day" as const, inferred };
}

/** Year written in the match, else the reference year (inferred), else nothing. */
function yearOr(written: string | undefined, ref: string | null): { year: number; inferred: boolean } | null {
  if (written) return { year: fullYear(written), inferred: false };
  const year = refYear(ref);
  return year === null ? null : { year, inferred: true };
}

// Case-insensitive: peers and headlines write "bis zum ende des monats", "ENDE 2021".
const re = (source: string, flags = "giu") => new RegExp(source, flags);

/** Nouns that make a following year part of a name, and months (whose years the month finders read). */
const NAME_HEAD_BEFORE = `[${LETTER}]*(?:${alternation(YEAR_NAME_HEADS)})[${LETTER}-]*\\s|(?:${MONTH})\\s`;

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

/** The date of a holiday in a year. */
function holidayIn(name: string, year: number): string | null {
  const rule = HOLIDAYS[name];
  if (!rule) return null;
  if (rule.easter !== undefined) return shift(easterSunday(year), rule.easter, "day");
  if (rule.nth) {
    const [month, weekday, nth] = rule.nth;
    const first = isoDay(year, month, 1);
    const ahead = (weekday - ((toDate(first).getDay() + 6) % 7) + 7) % 7;
    return shift(first, ahead + 7 * (nth - 1), "day");
  }
  return rule.month && rule.day ? isoDay(year, rule.month, rule.day) : null;
}

/** The calendar unit a word names ("Tagen", "Wochen", "Tg.", …). */
const unitOf = (word: string): Unit => (/^tag|^tg/i.test(word) ? "day" : /^woche/i.test(word) ? "week" : /^monat/i.test(word) ? "month" : "year");

/** The sentence around position `at` (between the nearest sentence ends), for reading its tense. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(at, at + 200);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("! "), before.lastIndexOf("? "));
  // An ordinal dot ("21. Dezember") ends no sentence.
  const endMatch = /(?<!\d)[.!?](?:\s|$)|\n/.exec(after);
  return before.slice(start + 1) + after.slice(0, endMatch ? endMatch.index : after.length);
}

const SURNAME_AFTER = new RegExp(`^\\s+(?:[${UPPER}]|der\\s|von\\s)`, "u");
// Finders for relative and spoken forms ("nächsten Dienstag", "vor zwei Wochen", "am vierten Dezember",
// "14./15.10.", "letzter Montag im März"). A function, so that the helpers below are defined first.
function EXTRA_FINDERS(): Finder[] {
  const weekdayWords = Object.keys(WEEKDAY_INDEX);
  const WEEKDAY_FULL = `(?:${alternation(weekdayWords)})`;
  const NEXT = "(?:nächste|nächsten|nächster|nächstes|nachste|nachsten|kommende|kommenden|kommender)";
  const LAST = "(?:letzte|letzten|letzter|vergangene|vergangenen|vergangener|vorige|vorigen)";
  const THIS = "(?:diese|diesen|dieser|dieses|diesem)";
  const AFTER_NEXT = "(?:übernächste|übernächsten|übernächster|übernachsten)";
  const COUNT = `(\\d{1,3}|${alternation(Object.keys(SMALL_NUMBER_WORDS))}|paar|beiden|[a-zäöüß]+zehn|zwanzig|dreißig)`;
  const UNIT = "(Tag|Tage|Tagen|Woche|Wochen|Monat|Monate|Monaten|Jahr|Jahre|Jahren)";
  const ORD_DAY = `(${alternation(Object.keys(DAY_ORDINALS))})(?:e|en|er|es|em)`;
  const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : /^paar$/i.test(word) ? 3 : /^beiden$/i.test(word) ? 2 : (SMALL_NUMBER_WORDS[foldKey(word)] ?? parseNumberWord(word)));
  const weekdayOf = (word: string) => WEEKDAY_INDEX[foldKey(word)] ?? null;
  const isoWeekStart = (iso: string) => shift(iso, -((toDate(iso).getDay() + 6) % 7), "day");
  /** The weekday after `ref` (or before it, looking back), skipping `extraWeeks` more weeks. */
  const weekdayFrom = (ref: string, weekday: number, direction: 1 | -1, extraWeeks = 0) => {
    const today = (toDate(ref).getDay() + 6) % 7;
    let delta = direction === 1 ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7 || 7);
    delta += direction * 7 * extraWeeks;
    const iso = shift(ref, delta, "day");
    return { start: iso, end: iso, precision: "day" as const, inferred: true };
  };
  const spanOf = (ref: string, count: number, unit: Unit, direction: 1 | -1) => {
    // "die letzten 2 Tage": the two whole days before today; "die nächsten 3 Wochen": the three weeks after this one.
    const base = unit === "week" ? isoWeekStart(ref) : unit === "month" ? `${ref.slice(0, 8)}01` : unit === "year" ? `${ref.slice(0, 5)}01-01` : ref;
    const start = direction === -1 ? shift(base, -count, unit) : shift(base, 1, unit);
    const end = shift(direction === -1 ? base : shift(base, count + 1, unit), -1, "day");
    return { start, end, precision: "day" as const, inferred: true };
  };
  return [
    {
      shape: "week-then-weekday",
      // "übernächste Woche am Freitag", "nächste Woche Montag": the weekday of that week.
      needs: [["woche"]],
      pattern: re(`${WORD_START}(?:in\\s+der\\s+)?(${THIS}|${NEXT}|${LAST}|${AFTER_NEXT})\\s+Woche\\s+(?:am\\s+)?(${WEEKDAY_FULL})${WORD_END}`),
      resolve: (m, ref) => {
        const weekday = weekdayOf(m[2] ?? "");
        if (!ref || weekday === null) return null;
        const which = foldKey(m[1] ?? "");
        const offset = /^(?:übernächst|ubernachst)/.test(which) ? 2 : /^(?:nächst|nachst|kommend)/.test(which) ? 1 : /^(?:letzt|vergangen|vorig)/.test(which) ? -1 : 0;
        const iso = shift(shift(isoWeekStart(ref), offset, "week"), weekday, "day");
        return { start: iso, end: iso, precision: "day", inferred: true };
      },
    },
    {
      shape: "after-weekend",
      // "nach dem Wochenende": from the Monday after the coming weekend.
      needs: [["wochenende"]],
      pattern: re(`${WORD_START}nach\\s+dem\\s+Wochenende${WORD_END}`),
      resolve: (_m, ref) => {
        if (!ref) return null;
        const monday = shift(isoWeekStart(ref), 1, "week");
        return { start: monday, end: monday, precision: "day", inferred: true };
      },
    },
    {
      shape: "weekday-of-week",
      needs: [...WEEKDAY_WORDS, ["woche"]],
      pattern: re(`${WORD_START}(${WEEKDAY_FULL})\\s+(?:der\\s+|des\\s+)?(${THIS}|${NEXT}|${LAST})\\s+Woche${WORD_END}`),
      resolve: (m, ref) => {
        const weekday = weekdayOf(m[1] ?? "");
        if (!ref || weekday === null) return null;
        const which = foldKey(m[2] ?? "");
        const offset = /^(?:nächst|nachst|kommend)/.test(which) ? 1 : /^(?:letzt|vergangen|vorig)/.test(which) ? -1 : 0;
        const iso = shift(shift(isoWeekStart(ref), offset, "week"), weekday, "day");
        return { start: iso, end: iso, precision: "day", inferred: true };
      },
    },
    {
      shape: "weekday",
      // "Dienstagabend", "Montagvormittag": a part of the day names the day.
      needs: WEEKDAY_WORDS,
      pattern: re(`${WORD_START}(?:(${THIS}|${NEXT}|${LAST}|${AFTER_NEXT}|heutigen|morgigen|gestrigen)\\s+)?(${WEEKDAY_FULL})(?:vormittag|nachmittag|abend|morgen|mittag|nacht)?s?${WORD_END}(?!,?\\s+(?:den\\s+|der\\s+)?\\d)`),
      resolve: (m, ref, text) => {
        const weekday = weekdayOf(m[2] ?? "");
        if (!ref || weekday === null) return null;
        // "an jedem Montagabend": a recurring day, no date.
        if (wordBefore(text, m.index ?? 0, EVERY_BEFORE)) return null;
        const which = foldKey(m[1] ?? "");
        // "am heutigen Samstag", "am morgigen Sonntag": the day named by the adjective.
        const dayWord = /^(heut|morgig|gestrig)/.exec(which)?.[1];
        if (dayWord) {
          const iso = shift(ref, dayWord === "heut" ? 0 : dayWord === "morgig" ? 1 : -1, "day");
          return { start: iso, end: iso, precision: "day", inferred: true };
        }
        if (/^(?:letzt|vergangen|vorig)/.test(which)) return weekdayFrom(ref, weekday, -1);
        if (which.startsWith("übernächst") || which.startsWith("ubernachst")) return weekdayFrom(ref, weekday, 1, 1);
        if (which && !/^(?:diese)/.test(which)) return weekdayFrom(ref, weekday, 1);
        // A bare weekday ("am Montag", "diesen Freitag"): running news text looks back unless it speaks
        // of plans, and the article's own weekday is its date; a fragment without a sentence around it
        // ("montag", a calendar query) means the next one.
        const at = m.index ?? 0;
        const sentence = sentenceAround(text, at);
        const fragment = sentence.split(/\s+/).length < 6;
        if (fragment) return weekdayFrom(ref, weekday, 1);
        // A clock time with the day ("am Donnerstag von 9:30 bis 11:00", "um 19 Uhr") schedules it, unless
        // the sentence tells of the past.
        const scheduled = CLOCK_TIME.test(sentence) && !PAST_TENSE.test(sentence);
        if (scheduled || (FUTURE_TENSE.test(sentence) && !PAST_TENSE.test(sentence))) return weekdayFrom(ref, weekday, 1);
        const today = (toDate(ref).getDay() + 6) % 7;
        if (today === weekday) return { start: ref, end: ref, precision: "day", inferred: true };
        return weekdayFrom(ref, weekday, -1);
      },
    },
    {
      shape: "weekday-shifted",
      needs: WEEKDAY_WORDS,
      pattern: re(`${WORD_START}(${WEEKDAY_FULL})\\s+(?:(in|vor)\\s+${COUNT}\\s+Wochen?|nach\\s+dem\\s+(?:nächsten|nachsten|kommenden))${WORD_END}`),
      resolve: (m, ref) => {
        const weekday = weekdayOf(m[1] ?? "");
        if (!ref || weekday === null) return null;
        const week = isoWeekStart(ref);
        if (!m[2]) return weekdayFrom(ref, weekday, 1, 1);
        const count = countOf(m[3] ?? "");
        if (!count) return null;
        const iso = shift(shift(week, /^vor$/i.test(m[2]) ? -count : count, "week"), weekday, "day");
        return { start: iso, end: iso, precision: "day", inferred: true };
      },
    },
    {
      shape: "day-part",
      // "am Nachmittag", "heute Abend", "gestern Abend", "in der Nacht": a part of the reference day.
      // "in der Nacht auf den 28. Juli", "am Morgen des 15. Februar": the part of the date that follows.
      needs: [["mittag", "abend", "morgen", "nacht"]],
      pattern: re(`${WORD_START}(?:(am|heute|gestern|morgen)\\s+(Vormittag|Nachmittag|Abend|Morgen|Mittag)|in\\s+der\\s+(Nacht))${WORD_END}(?!\\s+(?:auf|zum|zu|vom|von|des)\\s+(?:den|dem)?\\s*\\d)`),
      resolve: (m, ref) => {
        if (!ref) return null;
        const offset = /^gestern$/i.test(m[1] ?? "") ? -1 : /^morgen$/i.test(m[1] ?? "") ? 1 : 0;
        const iso = shift(ref, offset, "day");
        return { start: iso, end: iso, precision: "day", inferred: true };
      },
    },
    {
      shape: "relative-span",
      needs: UNIT_WORDS,
      pattern: re(`${WORD_START}(?:die\\s+|den\\s+|der\\s+)?(${NEXT}|${LAST})\\s+${COUNT}\\s+${UNIT}${WORD_END}`),
      resolve: (m, ref) => {
        const count = countOf(m[2] ?? "");
        if (!ref || !count) return null;
        return spanOf(ref, count, unitOf(m[3] ?? ""), /^(?:letzt|vergangen|vorig)/i.test(m[1] ?? "") ? -1 : 1);
      },
    },
    {
      shape: "ago",
      needs: UNIT_WORDS,
      pattern: re(`${WORD_START}vor\\s+${COUNT}\\s+${UNIT}${WORD_END}`),
      resolve: (m, ref) => {
        const count = countOf(m[1] ?? "");
        if (!ref || !count) return null;
        const iso = shift(ref, -count, unitOf(m[2] ?? ""));
        return { start: iso, end: iso, precision: "day", inferred: true };
      },
    },
    {
      shape: "next-month-name",
      needs: MONTH_WORDS,
      pattern: re(`${WORD_START}(${NEXT}|${LAST}|${AFTER_NEXT}|${THIS})\\s+(${MONTH})${WORD_END}`),
      resolve: (m, ref) => {
        const month = monthOf(m[2]);
        const year = refYear(ref);
        const current = refMonth(ref);
        if (!month || year === null || current === null) return null;
        const which = foldKey(m[1] ?? "");
        let y = year;
        if (/^(?:letzt|vergangen|vorig)/.test(which)) y = month < current ? year : year - 1;
        else if (/^(?:diese)/.test(which)) y = year;
        else y = (month > current ? year : year + 1) + (which.startsWith("übernächst") || which.startsWith("ubernachst") ? 1 : 0);
        return { ...monthSpan(y, month, month), precision: "month", inferred: true };
      },
    },
    {
      shape: "nth-weekday-of-month",
      needs: MONTH_WORDS,
      pattern: re(`${WORD_START}${ORD_DAY}\\s+(${WEEKDAY_FULL}|Tag|Woche)\\s+(?:im|in)\\s+(${MONTH})${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS})?`),
      resolve: (m, ref) => {
        const nth = DAY_ORDINALS[foldKey(m[1] ?? "")];
        const month = monthOf(m[3]);
        const y = yearOr(m[4], ref);
        if (nth === undefined || !month || !y) return null;
        const what = foldKey(m[2] ?? "");
        const last = daysInMonth(y.year, month);
        if (what === "tag") {
          const d = nth === -1 ? last : nth;
          return day(y.year, month, d, y.inferred);
        }
        if (what === "woche") {
          const firstMonday = shift(isoWeekStart(isoDay(y.year, month, 1)), (toDate(isoDay(y.year, month, 1)).getDay() + 6) % 7 === 0 ? 0 : 7, "day");
          const start = nth === -1 ? isoWeekStart(isoDay(y.year, month, last)) : shift(firstMonday, nth - 1, "week");
          return { start, end: shift(start, 6, "day"), precision: "day", inferred: y.inferred };
        }
        const weekday = weekdayOf(m[2] ?? "");
        if (weekday === null) return null;
        if (nth === -1) {
          const lastDay = isoDay(y.year, month, last);
          const back = ((toDate(lastDay).getDay() + 6) % 7 - weekday + 7) % 7;
          const iso = shift(lastDay, -back, "day");
          return { start: iso, end: iso, precision: "day", inferred: y.inferred };
        }
        const first = isoDay(y.year, month, 1);
        const ahead = (weekday - ((toDate(first).getDay() + 6) % 7) + 7) % 7;
        const iso = shift(first, ahead + 7 * (nth - 1), "day");
        return iso.slice(5, 7) === String(month).padStart(2, "0") ? { start: iso, end: iso, precision: "day", inferred: y.inferred } : null;
      },
    },
    {
      shape: "ordinal-day-month",
      needs: MONTH_WORDS,
      pattern: re(`${WORD_START}(?:(?:am|der|den|dem)\\s+)?(?:${ORD_DAY}|(\\d{1,2})(?:ten|te|ter|tes))\\s+(${MONTH})${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS}|\\s+(\\d{2})(?![\\d.]))?`),
      resolve: (m, ref) => {
        const d = m[1] ? DAY_ORDINALS[foldKey(m[1])] : Number(m[2]);
        const month = monthOf(m[3]);
        const y = m[5] ? { year: fullYear(m[5]), inferred: false } : yearOr(m[4], ref);
        if (!d || d < 1 || !month || !y) return null;
        return day(y.year, month, d, y.inferred);
      },
    },
    {
      shape: "ordinal-day",
      needs: DIGIT_WORDS,
      pattern: re(`${DIGIT_FIRST}(?<=${WORD_START}(?:am|bis zum|zum|vom|ab dem)\\s)(\\d{1,2})(?:ten|te)${WORD_END}`),
      resolve: (m, ref) => {
        const year = refYear(ref);
        const month = refMonth(ref);
        if (year === null || month === null || !ref) return null;
        const d = Number(m[1]);
        // "am 15ten": this month's 15th, or next month's when it has passed.
        const thisMonth = isValidDay(year, month, d) ? isoDay(year, month, d) : null;
        if (thisMonth && thisMonth >= ref) return day(year, month, d, true);
        const next = shift(isoDay(year, month, 1), 1, "month");
        const [ny, nm] = next.split("-").map(Number) as [number, number];
        return day(ny, nm, d, true);
      },
    },
    {
      shape: "month-day",
      needs: MONTH_WORDS,
      pattern: re(`${WORD_START}(?:(${WEEKDAY_FULL}),?\\s+)?(${MONTH})${WORD_END}\\.?\\s+(\\d{1,2})(?:,\\s*|\\s+)?${YEAR}?(?![\\d.:])`),
      resolve: (m, ref) => {
        const month = monthOf(m[2]);
        const y = yearOr(m[4], ref);
        if (!month || !y || Number(m[3]) > 31) return null;
        return day(y.year, month, Number(m[3]), y.inferred);
      },
    },
    {
      shape: "numeric-range",
      needs: DIGIT_WORDS,
      pattern: re(`${WORD_START}(?:vom\\s+)?(\\d{1,2})\\.(?:(\\d{1,2})\\.)?\\s*(?:-|–|\\/|bis(?:\\s+zum)?|auf\\s+den)\\s*(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{4}|\\d{2})?(?![\\d])`),
      resolve: (m, ref) => {
        const endMonth = Number(m[4]);
        const startMonth = m[2] ? Number(m[2]) : endMonth;
        const y = m[5] ? { year: fullYear(m[5]), inferred: false } : yearOr(undefined, ref);
        if (!y) return null;
        const first = day(y.year, startMonth, Number(m[1]), y.inferred);
        const last = day(y.year, endMonth, Number(m[3]), y.inferred);
        if (!first || !last || first.start > last.end) return null;
        return { start: first.start, end: last.end, precision: "day", inferred: y.inferred };
      },
    },
    {
      shape: "numeric-bare",
      needs: DIGIT_WORDS,
      // "10.12." and "am 10.10": a day and month without year, read in the reference year.
      pattern: re(`${DIGIT_FIRST}(?<![\\d.,:])(?:(?<=${WORD_START}am\\s)(\\d{1,2})\\.(\\d{1,2})(?![\\d.])|(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d]))`),
      resolve: (m, ref) => {
        const y = yearOr(undefined, ref);
        const d = Number(m[1] ?? m[3]);
        const mo = Number(m[2] ?? m[4]);
        return y ? day(y.year, mo, d, true) : null;
      },
    },
    {
      shape: "iso-short",
      needs: DIGIT_WORDS,
      pattern: re(`(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])`),
      resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
    },
    {
      shape: "more-days-ago",
      needs: [["vorvorgestern", "überübermorgen"]],
      pattern: re(`${WORD_START}(vorvorgestern|überübermorgen)${WORD_END}`),
      resolve: (m, ref) => {
        if (!ref) return null;
        const iso = shift(ref, /^vor/i.test(m[1] ?? "") ? -3 : 3, "day");
        return { start: iso, end: iso, precision: "day", inferred: true };
      },
    },
    {
      shape: "bare-year",
      needs: [["18", "19", "20"]],
      // News names years without a preposition ("1998 gegründet", "die Wahl 2009"); counts and sums are
      // kept out by what follows the number.
      // After a name-forming noun the year is part of a name ("Digitalstrategie 2021", "Haushalt 2025").
      // A count word before it ("davon 2000", "rund 2000") or a unit after it ("2000 Quadratmeter", "2000 bis
      // 3000 Grad") makes it a quantity.
      pattern: re(
        `(?<![\\d.,€$§/:-]|Nr\\.\\s|Nummer\\s|${NAME_HEAD_BEFORE}|${WORD_START}(?:${alternation(COUNT_WORDS_BEFORE)})\\s)(1[89]\\d{2}|20\\d{2})(?![\\d.,:]\\d|\\d|\\s*(?:${alternation(QUANTITY_UNITS, "ignoring case")})${WORD_END}|\\s*(?:bis|-|–)\\s*\\d{3,}\\s+(?:${alternation(QUANTITY_UNITS, "ignoring case")})${WORD_END}|-\\d|\\/\\d)`,
      ),
      resolve: (m) => ({ start: isoDay(Number(m[1]), 1, 1), end: isoDay(Number(m[1]), 12, 31), precision: "year" }),
    },
    {
      shape: "heuer",
      needs: [["heuer", "heurigen", "vorjahr", "vorletzte"]],
      pattern: re(`${WORD_START}(heuer|heurigen|Vorjahr|Vorjahres|Vorjahrs|vorletzten\\s+Jahr|vorletztes\\s+Jahr|vorletztem\\s+Jahr)${WORD_END}`),
      resolve: (m, ref) => {
        const year = refYear(ref);
        if (year === null) return null;
        const word = foldKey(m[1] ?? "");
        const offset = word.startsWith("heu") ? 0 : word.startsWith("vorletzt") ? -2 : -1;
        return { start: isoDay(year + offset, 1, 1), end: isoDay(year + offset, 12, 31), precision: "year", inferred: true };
      },
    },
    {
      shape: "decade",
      needs: [["jahre"]],
      pattern: re(`${WORD_START}(?:den\\s+|die\\s+)?(?:(zwanziger|dreißiger|dreissiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)|(?:(19|20))?([1-9]0)er)(?:-|\\s+)?Jahre(?:n)?${WORD_END}|(?<![\\d])(19|20)([0-9]0)er(?:-|\\s+)Jahre(?:n)?${WORD_END}`),
      resolve: (m) => {
        const words: Record<string, number> = { zwanziger: 20, dreißiger: 30, dreissiger: 30, vierziger: 40, fünfziger: 50, sechziger: 60, siebziger: 70, achtziger: 80, neunziger: 90 };
        const decade = m[1] ? words[foldKey(m[1])] : Number(m[3] ?? m[5]);
        const century = Number(m[2] ?? m[4] ?? 19) * 100;
        if (decade === undefined || Number.isNaN(decade)) return null;
        const from = century + decade;
        return { start: isoDay(from, 1, 1), end: isoDay(from + 9, 12, 31), precision: "year" };
      },
    },
    {
      shape: "rest-of",
      // "den Rest der Woche", "der Rest des Jahres": from the reference day to the end of the unit.
      needs: [["rest"]],
      pattern: re(`${WORD_START}Rest\\s+(?:der\\s+(Woche)|des\\s+(Monats|Jahres))${WORD_END}`),
      resolve: (m, ref) => {
        if (!ref) return null;
        const end = m[1] ? shift(isoWeekStart(ref), 6, "day") : /^Monat/i.test(m[2] ?? "") ? monthSpan(Number(ref.slice(0, 4)), Number(ref.slice(5, 7)), Number(ref.slice(5, 7))).end : `${ref.slice(0, 4)}-12-31`;
        return { start: ref, end, precision: "day", inferred: true };
      },
    },
    {
      shape: "working-week",
      // "unter der Woche": the working days of this week; "nächste Arbeitswoche": those of the next.
      needs: [["woche"]],
      pattern: re(`${WORD_START}(?:unter\\s+der\\s+Woche|(${THIS}|${NEXT}|${LAST})\\s+Arbeitswoche)${WORD_END}`),
      resolve: (m, ref) => {
        if (!ref) return null;
        const which = foldKey(m[1] ?? "");
        const offset = /^(?:nächst|nachst|kommend)/.test(which) ? 1 : /^(?:letzt|vergangen|vorig)/.test(which) ? -1 : 0;
        const monday = shift(isoWeekStart(ref), offset, "week");
        return { start: monday, end: shift(monday, 4, "day"), precision: "day", inferred: true };
      },
    },
    {
      shape: "weekend",
      needs: [["wochenende"]],
      pattern: re(`${WORD_START}(?:(${THIS}|${NEXT}|${LAST})\\s+)?Wochenende${WORD_END}`),
      resolve: (m, ref, text) => {
        if (!ref) return null;
        // "ein Wochenende zum Vergessen", "jedes Wochenende": no particular weekend.
        if (wordBefore(text, m.index ?? 0, INDEFINITE_BEFORE)) return null;
        const which = foldKey(m[1] ?? "");
        const saturday = shift(isoWeekStart(ref), 5, "day");
        const sentence = sentenceAround(text, m.index ?? 0);
        // "am Wochenende" previews the coming weekend unless the text says it has passed ("hatte noch am
        // Wochenende", "die Wahlsieger vom Wochenende").
        const back = /^(?:letzt|vergangen|vorig)/.test(which) || (!which && (PAST_TENSE.test(sentence) || /fand/u.test(sentence) || wordBefore(text, m.index ?? 0, VOM_BEFORE)));
        const start = /^(?:nächst|nachst|kommend)/.test(which) ? shift(saturday, 1, "week") : back && saturday > ref ? shift(saturday, -1, "week") : saturday;
        return { start, end: shift(start, 1, "day"), precision: "day", inferred: true };
      },
    },
    {
      shape: "slash-date",
      needs: DIGIT_WORDS,
      // "21/04/2016", "29/2/2020", "3-7-2017", "2015/08/12", "23/Sep/2020", "Sep-23-2020", "2020/Sep/23".
      pattern: re(`(?<![\\d/.-])(?:(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})|(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})|(\\d{1,2})[/-](${MONTH})[/-](\\d{4})|(${MONTH})-(\\d{1,2})-(\\d{4})|(\\d{4})\\/(${MONTH})\\/(\\d{1,2}))(?![\\d/-])`),
      resolve: (m) => {
        if (m[1]) return day(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
        if (m[4]) return day(Number(m[4]), Number(m[5]), Number(m[6]));
        if (m[7]) return day(Number(m[9]), monthOf(m[8]) ?? 0, Number(m[7]));
        if (m[10]) return day(Number(m[12]), monthOf(m[10]) ?? 0, Number(m[11]));
        return day(Number(m[13]), monthOf(m[14]) ?? 0, Number(m[15]));
      },
    },
    {
      shape: "slash-day-month",
      // "am 29/2", "28/2-1/3": a day and month with a slash, after "am" or as a range.
      needs: [["/"]],
      pattern: re(`(?<![\\d/.-])(?:(?<=${WORD_START}am\\s)(\\d{1,2})\\/(\\d{1,2})|(\\d{1,2})\\/(\\d{1,2})-(\\d{1,2})\\/(\\d{1,2})|^\\s*(\\d{1,2})\\/(\\d{1,2})\\s*$)(?![\\d/])`),
      resolve: (m, ref) => {
        const y = yearOr(undefined, ref);
        if (!y) return null;
        if (m[3]) {
          const first = day(y.year, Number(m[4]), Number(m[3]), true);
          const last = day(y.year, Number(m[6]), Number(m[5]), true);
          return first && last && first.start <= last.end ? { start: first.start, end: last.end, precision: "day", inferred: true } : null;
        }
        return day(y.year, Number(m[2] ?? m[8]), Number(m[1] ?? m[7]), true);
      },
    },
    {
      shape: "numeric-month-year",
      needs: [["19", "20"]],
      // "05/2016", "2016-05", "05.2016": a month of a year.
      pattern: re(`(?<![\\d/.,-])(?:(\\d{1,2})\\s?[/.-]\\s?((?:19|20)\\d{2})|((?:19|20)\\d{2})\\s?[/.-]\\s?(\\d{1,2}))(?![\\d/.,-]|\\.\\d)`),
      resolve: (m) => {
        const month = Number(m[1] ?? m[4]);
        const year = Number(m[2] ?? m[3]);
        // "2007/08" is a season of two years, not August.
        if (m[3] && m[4] && Number(m[4]) === (year + 1) % 100) return { start: isoDay(year, 1, 1), end: isoDay(year + 1, 12, 31), precision: "year" };
        return month >= 1 && month <= 12 ? { ...monthSpan(year, month, month), precision: "month" } : null;
      },
    },
    {
      shape: "listed-day",
      needs: DIGIT_WORDS,
      // "am 3., 4., 5. und 6. Oktober", "am 16. und 17. sowie am 23. und 24. Jänner": each day of a list
      // is a date of the month named after the list.
      // "zwischen dem 3. und dem 12. September" is a span, not a list.
      pattern: re(`${WORD_START}(?<![Zz]wischen\\s+(?:dem\\s+)?)(?:am\\s+)?(\\d{1,2})\\.(?=${LIST_NEXT_DAY})`),
      resolve: (m, ref, text) => {
        const after = LIST_MONTH.exec(text.slice((m.index ?? 0) + m[0].length));
        const month = monthOf(after?.[2]);
        if (!month) return null;
        const d = Number(m[1]);
        if (after?.[3]) return day(Number(after[3]), month, d);
        // The year of the day that closes the list, so that a list falls in one year.
        const year = nearYear(ref, month, Number(after?.[1]), text, m.index ?? 0);
        return year === null ? null : day(year, month, d, true);
      },
    },
    {
      shape: "days-of-month",
      needs: DIGIT_WORDS,
      // "am 15.", "vom 4. bis zum 23.", "zwischen dem 19. und dem 20.": days of the month in view.
      pattern: re(`${WORD_START}(?:(?:vom|zwischen\\s+dem)\\s+(\\d{1,2})\\.\\s+(?:bis(?:\\s+zum)?|und\\s+dem)\\s+(\\d{1,2})\\.|am\\s+(\\d{1,2})\\.)(?!\\s*(?:\\d|${MONTH}))`),
      resolve: (m, ref, text) => {
        const year = refYear(ref);
        const current = refMonth(ref);
        if (year === null || current === null || !ref) return null;
        // The month comes from the sentence ("nächsten Monat", "Im November") or the reference.
        const sentence = sentenceAround(text, m.index ?? 0);
        const named = new RegExp(`(${MONTH})`, "iu").exec(sentence);
        let month = named ? (monthOf(named[1]) ?? current) : current;
        let y = year;
        const nextMonth = /(?:nächsten|kommenden)\s+Monat/iu.test(sentence);
        // Without a month in view, only a short sentence ("Ich komme am 15. zurück") means this month.
        if (!named && !nextMonth && !/diesen\s+Monat/iu.test(sentence) && sentence.split(/\s+/).length > 8) return null;
        if (!named && nextMonth) month += 1;
        if (month > 12) {
          month -= 12;
          y += 1;
        }
        const from = Number(m[1] ?? m[3]);
        const to = Number(m[2] ?? m[3]);
        const first = day(y, month, from, true);
        const last = day(y, month, to, true);
        return first && last && first.start <= last.end ? { start: first.start, end: last.end, precision: "day", inferred: true } : null;
      },
    },
    {
      shape: "weekday-abbreviation",
      // "Mo.", "do" alone (a calendar fragment): the coming day. In running text they are too ambiguous.
      pattern: re(`^\\s*(Mo|Di|Mi|Do|Fr|Sa|So)(\\.?)\\s*$`),
      resolve: (m, ref) => {
        // "so" without its dot is the adverb.
        if (!m[2] && ABBREVIATIONS_THAT_ARE_WORDS.includes(foldKey(m[1] ?? ""))) return null;
        const index = ["mo", "di", "mi", "do", "fr", "sa", "so"].indexOf(foldKey(m[1] ?? ""));
        return ref && index >= 0 ? weekdayFrom(ref, index, 1) : null;
      },
    },
    {
      shape: "holiday",
      needs: [shortest(Object.keys(HOLIDAYS))],
      pattern: re(`${WORD_START}(${alternation(Object.keys(HOLIDAYS))})${WORD_END}(?:\\s+(?:(?:im\\s+Jahr(?:e)?\\s+)?${YEAR}${NOT_MORE_DIGITS}|(${NEXT}|${LAST}|${THIS})\\s+Jahr(?:es)?${WORD_END}|im\\s+(nächsten|kommenden|letzten|vergangenen)\\s+Jahr${WORD_END}))?`),
      resolve: (m, ref, text) => {
        const name = foldKey(m[1] ?? "").replace(/\s+/g, " ");
        // "Nikolaus der Zweite", "Nikolaus Schmid": a given name before a surname or epithet, unless a
        // preposition makes it the day.
        if (HOLIDAYS_THAT_ARE_NAMES.includes(name)) {
          const at = m.index ?? 0;
          const preposition = wordBefore(text, at, PREPOSITION_BEFORE);
          const surname = SURNAME_AFTER.test(text.slice(at + m[0].length));
          if (surname && !preposition) return null;
        }
        const refY = refYear(ref);
        if (m[2]) {
          const iso = holidayIn(name, Number(m[2]));
          return iso ? { start: iso, end: iso, precision: "day" } : null;
        }
        if (refY === null || !ref) return null;
        const relative = foldKey(m[3] ?? m[4] ?? "");
        let year = refY + (/^(?:nächst|kommend)/.test(relative) ? 1 : /^(?:letzt|vergangen|vorig)/.test(relative) ? -1 : 0);
        let iso = holidayIn(name, year);
        // Without a year: this year's, or next year's once it has passed (news looking back keeps this year's).
        if (!relative && iso && iso < ref && !PAST_TENSE.test(sentenceAround(text, m.index ?? 0))) {
          year += 1;
          iso = holidayIn(name, year);
        }
        return iso ? { start: iso, end: iso, precision: "day", inferred: true } : null;
      },
    },
    {
      shape: "ordinal-quarter",
      needs: [["quartal"]],
      pattern: re(`${WORD_START}([1-4])(?:tes|te|ten|ter)\\s+Quartal${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS})?`),
      resolve: (m, ref) => {
        const q = Number(m[1]);
        const y = yearOr(m[2], ref);
        return y ? { ...monthSpan(y.year, q * 3 - 2, q * 3), precision: "quarter", inferred: y.inferred } : null;
      },
    },
  ];
}

export const FINDERS: readonly Finder[] = [
  {
    shape: "day-range",
    needs: MONTH_WORDS,
    pattern: re(`${WORD_START}(?:vom\\s+)?(\\d{1,2})\\.\\s*(?:(${MONTH})\\s+)?(?:bis(?:\\s+zum)?|–|-)\\s*(\\d{1,2})\\.\\s*(${MONTH})${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS})?`),
    resolve: (m, ref) => {
      const y = yearOr(m[5], ref);
      const endMonth = monthOf(m[4]);
      const startMonth = monthOf(m[2]) ?? endMonth;
      if (!y || !endMonth || !startMonth) return null;
      const first = day(y.year, startMonth, Number(m[1]));
      const last = day(y.year, endMonth, Number(m[3]));
      if (!first || !last || first.start > last.end) return null;
      return { start: first.start, end: last.end, precision: "day", inferred: y.inferred };
    },
  },
  {
    shape: "numeric",
    needs: DIGIT_WORDS,
    pattern: re(`${NUMERIC_DATE_FIRST}(?<![\\d.,])(?:${WEEKDAY},?\\s+)?\\[?(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})\\]?(?![\\d]|\\.\\d)`),
    resolve: (m) => day(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1])),
  },
  {
    shape: "iso",
    needs: DIGIT_WORDS,
    pattern: re(`(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])`),
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    shape: "day-month",
    // A day and a month name before it make any four-digit year a year ("am 6. Februar 1595").
    needs: MONTH_WORDS,
    pattern: re(`${WORD_START}(?:${WEEKDAY},?\\s+(?:(?:den|dem|der)\\s+)?)?(\\d{1,2})(?:\\.\\s*|\\s+)(${MONTH})${WORD_END}(?:\\s+((?:1\\d|20)\\d{2})${NOT_MORE_DIGITS})?`),
    resolve: (m, ref, text) => {
      const month = monthOf(m[2]);
      if (!month) return null;
      // "9. Jan Kuppelwieser" in a results list: a dotless short month before a capitalised word is a first name.
      if (!m[3] && (m[2] ?? "").length <= 4 && !/^(?:mai|juni|juli)$/i.test(m[2] ?? "") && CAPITALISED_WORD_NEXT.test(text.slice((m.index ?? 0) + m[0].length))) return null;
      if (m[3]) return day(Number(m[3]), month, Number(m[1]));
      const year = nearYear(ref, month, Number(m[1]), text, m.index ?? 0);
      return year === null ? null : day(year, month, Number(m[1]), true);
    },
  },
  {
    shape: "part-month",
    needs: [...MONTH_WORDS, ["anfang", "mitte", "ende"]],
    pattern: re(`${WORD_START}(Anfang|Mitte|Ende)\\s+(${MONTH})${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS})?`),
    resolve: (m, ref, text) => {
      const month = monthOf(m[2]);
      const y = month ? monthYear(m[3], ref, month, text, m.index ?? 0) : null;
      if (!y || !month) return null;
      const last = daysInMonth(y.year, month);
      const [from, to] = m[1] === "Anfang" ? [1, 10] : m[1] === "Mitte" ? [11, 20] : [21, last];
      const end = m[1] === "Mitte" ? 15 : to;
      return { start: isoDay(y.year, month, from), end: isoDay(y.year, month, end), precision: "day", inferred: y.inferred };
    },
  },
  {
    shape: "month-year",
    // "32. Oktober 2015" is no date at all, not a month with a stray number before it.
    needs: MONTH_WORDS,
    pattern: re(`${WORD_START}(?<!\\d\\.\\s*)(${MONTH})${WORD_END}\\s+${YEAR}${NOT_MORE_DIGITS}`),
    resolve: (m) => {
      const month = monthOf(m[1]);
      return month ? { ...monthSpan(Number(m[2]), month, month), precision: "month" } : null;
    },
  },
  {
    shape: "day-month-era",
    // "10. August 85 n. Chr.", "10. August 88 uZ": a year of the common era, however short.
    needs: [...MONTH_WORDS, shortest(ERA_MARKERS)],
    pattern: re(`${WORD_START}(\\d{1,2})\\.\\s*(${MONTH})\\s+(\\d{1,4})\\s*(?:${alternation(ERA_MARKERS)})(?![${LETTER}])`),
    resolve: (m) => {
      const month = monthOf(m[2]);
      return month ? day(Number(m[3]), month, Number(m[1])) : null;
    },
  },
  {
    shape: "day-month-relative-year",
    // "am 8. Mai dieses Jahres", "am 3. Juni vergangenen Jahres".
    needs: [...MONTH_WORDS, ["jahres"]],
    pattern: re(`${WORD_START}(\\d{1,2})\\.\\s*(${MONTH})\\s+(${REL_YEAR})${WORD_END}`),
    resolve: (m, ref) => {
      const month = monthOf(m[2]);
      const offset = relYearOffset(m[3]);
      const year = refYear(ref);
      if (!month || offset === undefined || year === null) return null;
      return day(year + offset, month, Number(m[1]), true);
    },
  },
  {
    shape: "month-relative-year",
    // "im August vorigen Jahres", "dem Juni des vergangenen Jahres".
    needs: [...MONTH_WORDS, ["jahres"]],
    pattern: re(`${WORD_START}(${MONTH})\\s+(${REL_YEAR})${WORD_END}`),
    resolve: (m, ref) => {
      const month = monthOf(m[1]);
      const offset = relYearOffset(m[2]);
      const year = refYear(ref);
      if (!month || offset === undefined || year === null) return null;
      return { ...monthSpan(year + offset, month, month), precision: "month", inferred: true };
    },
  },
  {
    shape: "month",
    needs: MONTH_WORDS,
    pattern: re(`(?<=${WORD_START}(?:im|Im|seit|Seit|bis|Bis|ab|Ab|zum|Zum|von|Von|bis zum|bis Ende|Ende|Anfang)\\s)(${MONTH})${WORD_END}(?!\\s+\\d)`),
    resolve: (m, ref, text) => {
      const month = monthOf(m[1]);
      const y = month ? monthYear(undefined, ref, month, text, m.index ?? 0) : null;
      return month && y ? { ...monthSpan(y.year, month, month), precision: "month", inferred: true } : null;
    },
  },
  {
    shape: "quarter",
    needs: [["quartal", "q"]],
    pattern: re(`${WORD_START}(${ORDINAL})\\s+Quartal(?:s|es)?${WORD_END}(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR}${NOT_MORE_DIGITS}|\\s+(${REL_YEAR})${WORD_END})?|${WORD_START}Q([1-4])\\s?[/ ]?\\s?${YEAR}${NOT_MORE_DIGITS}`),
    resolve: (m, ref) => {
      const quarter = m[4] ? Number(m[4]) : ordinalOf(m[1]);
      const offset = relYearOffset(m[3]);
      const y = m[5] ? { year: Number(m[5]), inferred: false } : offset !== undefined && ref ? { year: (refYear(ref) ?? 0) + offset, inferred: true } : yearOr(m[2], ref);
      if (!quarter || !y) return null;
      return { ...monthSpan(y.year, quarter * 3 - 2, quarter * 3), precision: "quarter", inferred: y.inferred };
    },
  },
  {
    shape: "half",
    needs: [["halbjahr", "jahreshälfte"]],
    pattern: re(`${WORD_START}(${ORDINAL})\\s+(?:Halbjahr|Jahreshälfte)(?:s|es)?${WORD_END}(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR}${NOT_MORE_DIGITS}|\\s+(${REL_YEAR})${WORD_END})?`),
    resolve: (m, ref) => {
      const half = ordinalOf(m[1]);
      const offset = relYearOffset(m[3]);
      const y = offset !== undefined && ref ? { year: (refYear(ref) ?? 0) + offset, inferred: true } : yearOr(m[2], ref);
      if (!half || half > 2 || !y) return null;
      return { ...monthSpan(y.year, half * 6 - 5, half * 6), precision: "half", inferred: y.inferred };
    },
  },
  {
    shape: "season",
    needs: [shortest(Object.keys(SEASONS))],
    pattern: re(`${WORD_START}(?:(im|Im|ab|Ab|bis|Bis|zum|Zum|in\\s+diesem|diesem|diesen|In\\s+diesem|Diesem|Diesen)\\s+)?(${SEASON})(?:s)?${WORD_END}(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR}${NOT_MORE_DIGITS}|\\s+(${REL_YEAR})${WORD_END})?`),
    resolve: (m, ref) => {
      const season = SEASONS[foldKey(m[2] ?? "")];
      if (!season) return null;
      const offset = relYearOffset(m[4]);
      if (!m[3] && offset === undefined && !m[1]) return null;
      const y = offset !== undefined && ref ? { year: (refYear(ref) ?? 0) + offset, inferred: true } : yearOr(m[3], ref);
      if (!y) return null;
      // "diesen Winter" in January is the winter that began in December.
      const current = /^(?:in\s+)?dies/i.test(m[1] ?? "") && season.to > 12 && (refMonth(ref) ?? 12) <= season.to - 12;
      return { ...monthSpan(current ? y.year - 1 : y.year, season.from, season.to), precision: "season", inferred: y.inferred };
    },
  },
  {
    shape: "part-year",
    needs: [["anfang", "mitte", "ende", "beginn"]],
    pattern: re(`${WORD_START}(Anfang|Mitte|Ende|Beginn|Jahresende|Jahresanfang|Jahresmitte)(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR}${NOT_MORE_DIGITS}|\\s+(${REL_YEAR})${WORD_END}|\\s+(?:des|dieses)\\s+Jahres${WORD_END})`),
    resolve: (m, ref) => {
      const part = YEAR_PARTS[foldKey(m[1] ?? "")];
      if (!part) return null;
      const offset = relYearOffset(m[3]);
      const y = offset !== undefined ? (ref ? { year: (refYear(ref) ?? 0) + offset, inferred: true } : null) : yearOr(m[2], ref);
      if (!y) return null;
      return { ...monthSpan(y.year, part.from, part.to), precision: part.precision, inferred: y.inferred };
    },
  },
  {
    shape: "year-end-word",
    needs: [["jahresende", "jahresanfang", "jahresmitte"]],
    pattern: re(`${WORD_START}(Jahresende|Jahresanfang|Jahresmitte)${WORD_END}(?:\\s+${YEAR}${NOT_MORE_DIGITS})?`),
    resolve: (m, ref) => {
      const part = YEAR_PARTS[foldKey(m[1] ?? "")];
      const y = yearOr(m[2], ref);
      return part && y ? { ...monthSpan(y.year, part.from, part.to), precision: part.precision, inferred: y.inferred } : null;
    },
  },
  {
    shape: "year-range",
    needs: [["1", "20"]],
    // Historic spans too ("Georg Fuhg (1898-1976)", "1170-1230"): two four-digit numbers joined make years.
    pattern: re(`${WORD_START}(?:(?:von|zwischen)\\s+)?${SPAN_YEAR}\\s*(?:bis|–|-|und)\\s*(?:(Ende|Mitte)\\s+)?${SPAN_YEAR}${NOT_MORE_DIGITS}(?!\\s*(?:${alternation(QUANTITY_UNITS, "ignoring case")})${WORD_END})`),
    resolve: (m) => {
      const from = Number(m[1]);
      const to = Number(m[3]);
      // "2014 und 2015" are two years; only "zwischen 2014 und 2015" is a span.
      if (to <= from || (/\sund\s/.test(m[0]) && !/^zwischen/i.test(m[0]))) return null;
      // "zwischen 1200 und 1500" is far more often a count than a span of the Middle Ages.
      if (from < 1900 && /\sund\s/.test(m[0])) return null;
      const endMonth = m[2] === "Mitte" ? 6 : 12;
      return { start: isoDay(from, 1, 1), end: monthSpan(to, endMonth, endMonth).end, precision: "year" };
    },
  },
  {
    shape: "year",
    needs: [["19", "20"]],
    pattern: re(`${DIGIT_FIRST}(?<=${WORD_START}(?:im\\s+Jahre?|[Bb]is(?:\\s+(?:zum|ins)\\s+Jahre?)?|[Aa]b(?:\\s+dem\\s+Jahr)?|[Ss]eit(?:\\s+dem\\s+Jahr)?|[Ss]pätestens|vor|nach|Jahr|Jahres|[Ii]n)\\s)${YEAR}${NOT_MORE_DIGITS}(?![.,]\\d)`),
    resolve: (m) => ({ start: isoDay(Number(m[1]), 1, 1), end: isoDay(Number(m[1]), 12, 31), precision: "year" }),
  },
  {
    shape: "year-of-era",
    // "im Jahr 578", "im Jahre 1550": the word "Jahr" makes any number a year.
    needs: YEAR_WORDS,
    pattern: re(`${WORD_START}(?:im|Im)\\s+Jahre?\\s+(\\d{3,4})(?![\\d.,]\\d|\\d)`),
    resolve: (m) => {
      // Modern years are the "year" finder's, which knows the other prepositions too.
      const year = Number(m[1]);
      return year >= 100 && year < 1800 ? { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), precision: "year" } : null;
    },
  },
  {
    shape: "relative-year",
    needs: YEAR_WORDS,
    pattern: re(`${WORD_START}(?:(?:im|Im)\\s+(?:kommenden|nächsten|laufenden|vergangenen|letzten|vorigen)\\s+Jahr|(?:in|In)\\s+diesem\\s+Jahr|(?:des\\s+)?(?:kommenden|nächsten|laufenden|vergangenen|letzten|vorigen|dieses|diesen)\\s+Jahres)${WORD_END}`),
    resolve: (m, ref) => {
      const offset = relYearOffset(m[0].replace(/^I/, "i"));
      const year = refYear(ref);
      if (offset === undefined || year === null) return null;
      return { start: isoDay(year + offset, 1, 1), end: isoDay(year + offset, 12, 31), precision: "year", inferred: true };
    },
  },
  {
    shape: "relative-month",
    needs: [["monat"]],
    pattern: re(`${WORD_START}(?:(?:im|Im)\\s+)?(kommenden|nächsten|vergangenen|letzten)\\s+Monat${WORD_END}|${WORD_START}(Ende)\\s+des\\s+Monats${WORD_END}`),
    resolve: (m, ref) => {
      const year = refYear(ref);
      const month = refMonth(ref);
      if (year === null || month === null) return null;
      const offset = m[1] === undefined ? 0 : /kommenden|nächsten/i.test(m[1]) ? 1 : -1;
      const start = shift(isoDay(year, month, 1), offset, "month");
      const [y, mo] = start.split("-").map(Number);
      const span = monthSpan(y ?? year, mo ?? month, mo ?? month);
      // "Ende des Monats": its second half.
      return m[2] ? { start: `${span.start.slice(0, 8)}16`, end: span.end, precision: "day", inferred: true } : { ...span, precision: "month", inferred: true };
    },
  },
  {
    shape: "relative-unit",
    needs: [["woche", "monat", "quartal", "jahr"]],
    pattern: re(`${WORD_START}(diese|dieser|dieses|diesem|diesen|nächste|nächster|nächstes|nächsten|nachste|nachster|nachstes|nachsten|kommende|kommender|kommendes|kommenden|letzte|letzter|letztes|letzten|vergangene|vergangener|vergangenes|vergangenen|übernächste|übernächster|übernächstes|übernächsten|nächstem|letztem|kommendem|diesem|vorige|vorigen|voriges|vorherige|vorherigen)\\s+(Woche|Monat|Monats|Quartal|Quartals|Jahr|Jahres)${WORD_END}`),
    resolve: (m, ref) => {
      if (!ref) return null;
      const word = foldKey(m[1] ?? "");
      const offset = word.startsWith("übernächst") ? 2 : /^(?:nächst|nachst|kommend)/.test(word) ? 1 : /^(?:letzt|vergangen|vorig|vorherig)/.test(word) ? -1 : 0;
      const unit = foldKey(m[2] ?? "");
      const [y, mo] = ref.split("-").map(Number) as [number, number];
      if (unit.startsWith("woche")) {
        // ISO weeks start on Monday.
        const weekday = (toDate(ref).getDay() + 6) % 7;
        const start = shift(shift(ref, -weekday, "day"), offset, "week");
        return { start, end: shift(start, 6, "day"), precision: "day", inferred: true };
      }
      if (unit.startsWith("monat")) {
        const first = shift(isoDay(y, mo, 1), offset, "month");
        const [fy, fm] = first.split("-").map(Number) as [number, number];
        return { ...monthSpan(fy, fm, fm), precision: "month", inferred: true };
      }
      if (unit.startsWith("quartal")) {
        const quarterStart = Math.floor((mo - 1) / 3) * 3 + 1;
        const first = shift(isoDay(y, quarterStart, 1), offset * 3, "month");
        const [fy, fm] = first.split("-").map(Number) as [number, number];
        return { ...monthSpan(fy, fm, fm + 2), precision: "quarter", inferred: true };
      }
      return { ...monthSpan(y + offset, 1, 12), precision: "year", inferred: true };
    },
  },
  {
    shape: "relative-day",
    needs: [shortest(Object.keys(RELATIVE_DAY))],
    // "am Morgen", "jeden Morgen", "Montag morgen" are mornings, not tomorrow; "bis heute", "bis gestern"
    // name the day all the same.
    pattern: re(
      `(?<![${LETTER}${DIGIT}])(?:(${alternation(Object.keys(RELATIVE_DAY).filter((w) => !w.endsWith("morgen")))})|(?<!(?:^|[^${LETTER}])(?:von|am|Am|jeden|Jeden|guten|Guten|der|den|dem|frühen|heute)\\s|[${LETTER}]+tag\\s)(morgen|Morgen|übermorgen|Übermorgen))${WORD_END}`,
    ),
    resolve: (m, ref) => {
      const offset = RELATIVE_DAY[foldKey(m[1] ?? m[2] ?? "")];
      if (offset === undefined || !ref) return null;
      const iso = shift(ref, offset, "day");
      return { start: iso, end: iso, precision: "day", inferred: true };
    },
  },
  {
    shape: "relative-duration",
    needs: UNIT_WORDS,
    pattern: re(`${WORD_START}(?:in|In|innerhalb\\s+(?:von|der\\s+nächsten)|binnen)\\s+(?:(?:fast|etwa|rund|knapp|gut|ungefähr)\\s+)?(\\d{1,3}|${alternation(Object.keys(SMALL_NUMBER_WORDS))})\\s+(Tag|Tagen|Tg\\.|Woche|Wochen|Monat|Monaten|Jahr|Jahren)(?=[^${LETTER}]|$)`),
    resolve: (m, ref) => {
      if (!ref) return null;
      const count = /\d/.test(m[1] ?? "") ? Number(m[1]) : SMALL_NUMBER_WORDS[foldKey(m[1] ?? "")];
      if (!count) return null;
      const unit = unitOf(m[2] ?? "");
      const iso = shift(ref, count, unit);
      return { start: iso, end: iso, precision: "day", inferred: true };
    },
  },
  ...EXTRA_FINDERS(),
];

/** The words the finders need, as one automaton: built with the first text. */
let neededWords: WordAutomaton | null = null;

/**
 * Where each needed word occurs in `text` (lower-cased), in one pass over its characters: every place a
 * needed word begins, words inside words included. One `includes()` per word and group cost a fifth of
 * the date finders' time; one regex of all the words, tried at every place (V8 tries an alternation's
 * branches one after the other), 49 µs per text of ~4,100 characters, the automaton 21. The places are
 * those of `text` itself unless lower-casing changed its length ("İ" becomes two characters); `aligned`
 * says which.
 */
export function neededWordPlaces(text: string): { places: Map<string, number[]>; aligned: boolean } {
  neededWords ??= new WordAutomaton(FINDERS.flatMap((finder) => (finder.needs ?? []).flat()));
  const lower = text.toLowerCase();
  return { places: neededWords.placesIn(lower, MAX_PLACES), aligned: lower.length === text.length };
}

/**
 * Places listed per needed word; a word found more often (a text of digits) lists only its first ones,
 * and the finders that need it scan the whole text: windows around every place would cost more.
 */
const MAX_PLACES = 1000;

/** How many runs of white space each finder's match may cross; null where it may cross any number. */
const runsOfFinder = new Map<Finder, number | null>();

function runsOf(finder: Finder): number | null {
  let runs = runsOfFinder.get(finder);
  if (runs === undefined) {
    runs = whitespaceRunsOf(finder.pattern.source);
    runsOfFinder.set(finder, runs);
  }
  return runs;
}

/** Texts shorter than this (a date line, a headline) are scanned whole: cutting windows costs more there. */
const WINDOWED_FROM = 400;
/**
 * The first long texts of a process are scanned whole too: until V8 has compiled the window code and the
 * finders' regexes, windows cost more than they save (the 5 seeds took 25 ms longer from a cold start).
 * Windows find the same matches, so this changes only the time.
 */
const SCANNED_WHOLE_FIRST = 20;
let longTextsSeen = 0;

/** What findTemporal() found of the needed words in a text, and the windows cut out around them so far (by group and reach). */
export interface NeededWordsFound {
  places: Map<string, number[]>;
  aligned: boolean;
  /** Whether the finders with needed words search windows (a long text, once the process is warm). */
  windowed: boolean;
  windows: Map<readonly string[], Map<number, TextWindow[]>>;
  /** The places of a group's words as anchors (anchorsOf), by group: a group serves finders of several reaches. */
  anchors: Map<readonly string[], [number, number][]>;
}

export function neededWordsFound(text: string): NeededWordsFound {
  const long = text.length >= WINDOWED_FROM;
  if (long && longTextsSeen < SCANNED_WHOLE_FIRST) longTextsSeen++;
  return { ...neededWordPlaces(text), windowed: long && longTextsSeen >= SCANNED_WHOLE_FIRST, windows: new Map(), anchors: new Map() };
}

/**
 * The [from, to) places of a group's words, in text order. A word's own places come in order, so only
 * a group with places of two or more words is sorted. Building and sorting them for every reach anew
 * was a seventh of the dates stage.
 */
function anchorsOf(found: NeededWordsFound, group: readonly string[]): [number, number][] {
  let anchors = found.anchors.get(group);
  if (!anchors) {
    anchors = [];
    let words = 0;
    for (const word of group) {
      const places = found.places.get(word);
      if (!places) continue;
      words++;
      for (const at of places) anchors.push([at, at + word.length]);
    }
    if (words > 1) anchors.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    found.anchors.set(group, anchors);
  }
  return anchors;
}

/**
 * A finder's matches in `text`. One with needed words is searched only around the places of the group
 * of them that occurs least often, as far as its match may reach in chunks of text (chunkWindows): a
 * match holds a word of each group or reads it in its look-behind (a property test compares the windows
 * with whole-text scans). Most needed words, month names among them, occur somewhere in most texts, and
 * a finder tried at every position of a long text was most of the dates stage's time.
 */
export function finderMatches(finder: Finder, text: string, found: NeededWordsFound): Iterable<RegExpExecArray> {
  if (!finder.needs || !found.aligned || !found.windowed) return matchesOf(finder.pattern, text);
  const runs = runsOf(finder);
  if (runs === null) return matchesOf(finder.pattern, text);
  let rarest: readonly string[] | null = null;
  let fewest = Number.POSITIVE_INFINITY;
  for (const group of finder.needs) {
    let count = 0;
    for (const word of group) {
      const places = found.places.get(word)?.length ?? 0;
      count += places < MAX_PLACES ? places : Number.POSITIVE_INFINITY;
    }
    if (count < fewest) {
      rarest = group;
      fewest = count;
    }
  }
  if (!rarest || fewest === Number.POSITIVE_INFINITY) return matchesOf(finder.pattern, text);
  let byReach = found.windows.get(rarest);
  if (!byReach) {
    byReach = new Map();
    found.windows.set(rarest, byReach);
  }
  let windows = byReach.get(runs);
  if (!windows) {
    windows = cutWindows(chunkWindows(anchorsOf(found, rarest), runs, text), text);
    byReach.set(runs, windows);
  }
  return matchesInWindows(finder.pattern, windows);
}

/** Each finder's groups of needed words by number, and for each needed word the groups it is in. */
let groupIndex: { groupsOfFinder: (readonly number[] | null)[]; groupsOfWord: Map<string, number[]>; present: Uint8Array } | null = null;

/**
 * Which finders (by index in FINDERS) may match, given the needed words found: a finder needs a word of
 * each of its groups. The groups of each word found are marked, then
 * each finder asks for its own groups. Asking every finder's every word of the found ones (~600 look-ups
 * per text, and texts are title, lead, body and many header lines) was a tenth of the dates stage.
 */
export function findersThatMayMatch(wordsFound: Iterable<string>): boolean[] {
  if (!groupIndex) {
    const groupsOfWord = new Map<string, number[]>();
    let count = 0;
    const groupsOfFinder = FINDERS.map((finder) =>
      finder.needs
        ? finder.needs.map((group) => {
            const g = count++;
            for (const word of group) {
              const groups = groupsOfWord.get(word);
              if (groups) groups.push(g);
              else groupsOfWord.set(word, [g]);
            }
            return g;
          })
        : null,
    );
    // One array of marks, cleared for each text: a new one per text lay outside V8's heap (over 64
    // bytes), allocated and freed by malloc several times per article.
    groupIndex = { groupsOfFinder, groupsOfWord, present: new Uint8Array(count) };
  }
  const { present } = groupIndex;
  present.fill(0);
  for (const word of wordsFound) for (const g of groupIndex.groupsOfWord.get(word) ?? []) present[g] = 1;
  return groupIndex.groupsOfFinder.map((groups) => groups === null || groups.every((g) => present[g] === 1));
}

/** All calendar expressions in `text`, longest first where they overlap, in text order. */
export function findTemporal(text: string, ref: string | null): TimeMatch[] {
  const candidates: TimeMatch[] = [];
  const found = neededWordsFound(text);
  const mayMatch = findersThatMayMatch(found.places.keys());
  FINDERS.forEach((finder, i) => {
    if (!mayMatch[i]) return;
    for (const m of finderMatches(finder, text, found)) {
      const resolved = finder.resolve(m, ref, text);
      if (!resolved) continue;
      const matched = m[0].replace(/^\[|\]$/g, "");
      const from = m.index + m[0].indexOf(matched);
      candidates.push({
        text: matched,
        from,
        to: from + matched.length,
        start: resolved.start,
        end: resolved.end,
        precision: resolved.precision,
        inferred: resolved.inferred ?? false,
        shape: finder.shape,
      });
    }
  });
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: TimeMatch[] = [];
  const taken = new Coverage(text.length);
  for (const candidate of candidates) {
    if (taken.overlaps(candidate.from, candidate.to)) continue;
    taken.mark(candidate.from, candidate.to);
    kept.push(candidate);
  }
  return joinRanges(joinMonthAndDays(kept.sort((a, b) => a.from - b.from), text), text);
}

/** Walks neighbouring matches in text order; `join` gives the one match two neighbours make, or null. */
function joinNeighbours(matches: readonly TimeMatch[], join: (previous: TimeMatch, match: TimeMatch) => TimeMatch | null): TimeMatch[] {
  const joined: TimeMatch[] = [];
  for (const match of matches) {
    const previous = joined.at(-1);
    const both = previous ? join(previous, match) : null;
    if (both) joined[joined.length - 1] = both;
    else joined.push(match);
  }
  return joined;
}

/**
 * A month followed by days inside it ("nächsten Monat vom 4. bis zum 23.", "Im November zwischen dem 19.
 * und dem 20.") names those days: one date, not a month and days besides.
 */
function joinMonthAndDays(matches: readonly TimeMatch[], text: string): TimeMatch[] {
  return joinNeighbours(matches, (previous, match) =>
    previous.precision === "month" &&
    match.precision === "day" &&
    match.start >= previous.start &&
    match.end <= previous.end &&
    /^\s*,?\s*(?:(?:vom|von|zwischen|am|ab)\s+(?:dem\s+)?)?$/u.test(text.slice(previous.to, match.from))
      ? { ...match, text: text.slice(previous.from, match.to), from: previous.from }
      : null,
  );
}

/** What joins the two ends of a span of days: "Juli 13 - Juli 15", "vom 12. Januar bis zum 22.01.2016". */
const RANGE_JOINER = /^\s*(?:-|–|bis(?:\s+(?:zum|einschließlich))?)\s*$/u;
const MAX_RANGE_DAYS = 366;

/**
 * Two days written as the ends of one span become the span: the second is no date of its own (and no
 * deadline: "von Montag bis Freitag" is a span, not a time by which something is due).
 */
function joinRanges(matches: readonly TimeMatch[], text: string): TimeMatch[] {
  return joinNeighbours(matches, (previous, match) =>
    previous.precision === "day" &&
    match.precision === "day" &&
    previous.start === previous.end &&
    previous.start <= match.start &&
    RANGE_JOINER.test(text.slice(previous.to, match.from)) &&
    daysBetween(previous.start, match.end) <= MAX_RANGE_DAYS
      ? { ...previous, text: text.slice(previous.from, match.to), to: match.to, end: match.end, inferred: previous.inferred && match.inferred, shape: "day-range" }
      : null,
  );
}

const daysBetween = (from: string, to: string) => (toDate(to).getTime() - toDate(from).getTime()) / 86_400_000;

/** Parses a whole string that is nothing but a date ("Montag, 3. Februar 2025", "15.01.2018"). */
export function parseStandaloneDate(text: string): string | null {
  const trimmed = text.trim();
  const matches = findTemporal(trimmed, null);
  const only = matches[0];
  if (only?.precision !== "day") return null;
  const rest = (trimmed.slice(0, only.from) + trimmed.slice(only.to)).replace(BESIDE_A_DATE, "");
  return rest.length === 0 ? only.start : null;
}

/** What a line that is only a date may hold beside it: a weekday, separators, a clock time. */
const BESIDE_A_DATE = new RegExp(`${WEEKDAY}|[,\\s\\[\\]|·–-]|Uhr|\\d{1,2}:\\d{2}`, "gu");

