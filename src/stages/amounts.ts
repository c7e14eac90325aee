// amounts: money in title, lead and body (see grammar/money.ts for the shapes), plus counted things
// readers care about ("120.000 Beschäftigte"). One entry per distinct value and currency, first mention kept.
import { findImplicitMoney, findMoney, type MoneyMatch } from "../grammar/money.js";
import { MONTHS } from "../locales/de/calendar.js";
import { CURRENCIES, NON_MONEY_UNITS } from "../locales/de/money.js";
import { SCALES } from "../locales/de/numbers.js";
import { PLACES } from "../locales/de/places.js";
import type { Amount, Quantity, Stage } from "../types.js";
import { parseDigits } from "../util/numbers.js";
import { foldKey, matchesOf } from "../util/regex.js";
import { Coverage } from "../util/coverage.js";
import { sentenceAt, spanAt, splitSentences } from "../util/sentences.js";
import { sections } from "../util/sections.js";
import { DIGIT, LETTER, LOWER, UPPER } from "../util/letters.js";

const COUNTED = new RegExp(`(?<![${LETTER}${DIGIT},.])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+((?:[${LOWER}]+(?:e|en|er|es)\\s+){0,2})([${UPPER}][${LOWER}-]+[${LOWER}])(?![${LETTER}])`, "gu");
const NOT_UNITS = new Set([...Object.keys(MONTHS).map((m) => m.replace(/\.$/, "")), ...Object.keys(SCALES), ...Object.keys(CURRENCIES).map(foldKey), "uhr", "prozent", "jahre", "jahren", "jahr", "monate", "monaten", "tage", "tagen", "wochen", "stunden", "minuten", "mal", "prozentpunkte"]);
const PERSON_COUNTS = new Set(NON_MONEY_UNITS.map(foldKey));
const PLACE_NAMES = new Set(PLACES.flatMap((p) => [p.name, ...(p.aliases ?? [])]));

function quantitiesIn(text: string, takenSpans: readonly { from: number; to: number }[]): (Omit<Quantity, "field">)[] {
  const found: Omit<Quantity, "field">[] = [];
  const taken = Coverage.of(text.length, takenSpans);
  for (const m of matchesOf(COUNTED, text)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const unit = m[3] ?? "";
    const value = parseDigits(m[1] ?? "");
    if (value === null || NOT_UNITS.has(foldKey(unit)) || taken.overlaps(from, to)) continue;
    // A bare year before a noun is a date or a name ("2016 Projekte" is rare; "Digitalstrategie 2021" is common).
    if (/^(?:19|20)\d{2}$/.test(m[1] ?? "") && !PERSON_COUNTS.has(foldKey(unit))) continue;
    // "48155 Münster" is a postcode, not 48,155 of something.
    if (/^\d{5}$/.test(m[1] ?? "") && (PLACE_NAMES.has(unit) || !m[2])) continue;
    found.push({ text: m[0], value, unit, offset: [from, to] });
  }
  return found;
}

interface Span {
  from: number;
  to: number;
}

/** Paragraph spans of a field's text (paragraphs are separated by a blank line). */
function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    spans.push({ from, to: m.index ?? 0 });
    from = (m.index ?? 0) + m[0].length;
  }
  spans.push({ from, to: text.length });
  return spans;
}

/** For each paragraph, the first amount of `explicit` (in its order) inside it with its own currency. */
function firstExplicitIn(spans: readonly Span[], explicit: readonly MoneyMatch[]): Map<Span, MoneyMatch> {
  const first = new Map<Span, MoneyMatch>();
  for (const m of explicit) {
    const span = m.implicitCurrency ? undefined : spanAt(spans, m.from);
    if (span && m.to <= span.to && !first.has(span)) first.set(span, m);
  }
  return first;
}

export const amounts: Stage = (article) => {
  const searched = sections(article);
  const explicitBySection = searched.map((s) => findMoney(s.text));
  // A value once named as money stays money when it comes back without its currency.
  const known = new Map<number, string>();
  for (const m of explicitBySection.flat()) if (m.value !== null && !m.implicitCurrency && !known.has(m.value)) known.set(m.value, m.currency);
  const all: Amount[] = [];
  const quantities: Quantity[] = [];
  searched.forEach(({ field, text }, index) => {
    const explicit = explicitBySection[index] ?? [];
    const matches: MoneyMatch[] = [...explicit];
    // One coverage for the section, marked by each paragraph's finds in turn: one per paragraph, of the
    // whole text, made a text of 200,000 short paragraphs quadratic.
    const coverage = Coverage.of(text.length, explicit);
    const spans = paragraphs(text);
    const anchors = firstExplicitIn(spans, explicit);
    for (const paragraph of spans) {
      const anchor = anchors.get(paragraph);
      const currencyFor = (value: number) => known.get(value) ?? anchor?.currency ?? null;
      matches.push(...findImplicitMoney(text, paragraph.from, paragraph.to, currencyFor, coverage));
    }
    const sentences = splitSentences(text);
    for (const m of matches.sort((a, b) => a.from - b.from)) {
      const sentence = sentenceAt(sentences, m.from)?.text ?? text;
      all.push({ text: m.text, value: m.value, currency: m.currency, approximate: m.approximate, qualifier: m.qualifier, min: m.min, max: m.max, implicitCurrency: m.implicitCurrency, sentence, offset: [m.from, m.to], field });
    }
    // Dates were found by the dates stage; numbers inside them are not counts.
    const dated = [...article.dates, ...article.deadlines].filter((d) => d.field === field).map((d) => ({ from: d.offset[0], to: d.offset[1] }));
    for (const q of quantitiesIn(text, [...matches, ...dated])) quantities.push({ ...q, field });
  });
  const seen = new Set<string>();
  const unique = all.filter((a) => {
    const key = `${a.value}|${a.min}|${a.max}|${a.currency}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...article, amounts: unique, quantities };
};
