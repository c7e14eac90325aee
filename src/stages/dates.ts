// dates & deadlines: every calendar expression of title, lead and body, resolved against the
// article's date (else --reference-date); those that name the time by which something planned,
// required or promised is to happen become deadlines, the rest dates.
import { findTemporal, type TimeMatch } from "../grammar/temporal.js";
import {
  BUDGET_YEAR_BEFORE,
  COST_WORDS,
  DUE_BEFORE,
  FORECAST_AFTER,
  FUTURE_WORDS,
  LEADING_FILLER,
  NEGATED_BEFORE,
  PAST_VERBS,
  START_BEFORE,
  STRONG_FUTURE,
  SUBMISSION_BEFORE,
  TRAILING_PARTICLES,
} from "../locales/de/deadlines.js";
import type { DateMention, Deadline, DeadlineKind, Stage } from "../types.js";
import { sections } from "../util/sections.js";
import { type Sentence, sentenceAt, splitSentences } from "../util/sentences.js";
import { LETTER } from "../util/letters.js";
import { isSpaceCode } from "../util/regex.js";

const WHAT_WORDS = 10;
const FUTURE_SHAPES = new Set(["year", "quarter", "half", "season", "part-year", "part-month", "year-end-word", "relative-year", "month", "month-year", "day-month", "numeric"]);

const clean = (clause: string) => {
  let what = clause.trim().replace(/[.!?“”"]+$/, "");
  for (let i = 0; i < 4; i++) what = what.replace(LEADING_FILLER, "").replace(TRAILING_PARTICLES, "").trim();
  return what.split(/\s+/).filter(Boolean);
};

/** What is due: the clause after the time expression, else the nearest full clause before it. */
function whatIsDue(sentence: Sentence, match: TimeMatch, cueFrom: number): string | null {
  const after = sentence.text.slice(match.to - sentence.from).replace(/^[\s,]+/, "");
  const before = sentence.text.slice(0, cueFrom - sentence.from).replace(/\s+(?:im|in|zum|bis|ab|am)\s*$/u, "");
  const candidates = [after.split(/[,;:–]|\s-\s/)[0] ?? "", ...before.split(/[,;:–]/).reverse()];
  const words = candidates.map(clean).find((w) => w.length >= 3) ?? clean(candidates[0] ?? "");
  return words.length > 0 ? words.slice(0, WHAT_WORDS).join(" ") : null;
}

interface Classified {
  kind: DeadlineKind;
  cueFrom: number;
}

const NON_LETTER_FIRST = new RegExp(`^[^${LETTER}]`, "u");
const AN_NEXT = new RegExp(`^\\s*an(?![${LETTER}])`, "u");
const ARTICLE_BEFORE = new RegExp(`(?:^|[^${LETTER}])((?:im|Im|zum|Zum|in|In)\\s+)$`, "u");
/**
 * How far back before a date its cues are read (they stand a few words before it): every date of a
 * sentence read all the sentence before it, which made a sentence of thousands of dates quadratic.
 */
const CUE_REACH = 300;

/** Where the text before a date is read from: the sentence's start, or a word start CUE_REACH back, whichever is later. */
function cuesFrom(text: string, sentence: Sentence, at: number): number {
  if (at - sentence.from <= CUE_REACH) return sentence.from;
  // At a word start, so that "^" there reads as the white space before it would.
  let from = at - CUE_REACH;
  while (from < at && !isSpaceCode(text.charCodeAt(from - 1))) from++;
  return from;
}

/** What the whole sentence says of its times, read once per sentence. */
interface SentenceTense {
  future: boolean;
  cost: boolean;
}
/** Tenses by sentence, for one text: a Map that dies with it (a WeakMap's young keys cost every collection work). */
type Tenses = Map<Sentence, SentenceTense>;
function tenseOf(sentence: Sentence, tenses: Tenses): SentenceTense {
  let tense = tenses.get(sentence);
  if (!tense) {
    tense = { future: STRONG_FUTURE.test(sentence.text) || (FUTURE_WORDS.test(sentence.text) && !PAST_VERBS.test(sentence.text)), cost: COST_WORDS.test(sentence.text) };
    tenses.set(sentence, tense);
  }
  return tense;
}

function classify(text: string, sentence: Sentence, match: TimeMatch, reference: string | null, tenses: Tenses): Classified | null {
  const beforeFrom = cuesFrom(text, sentence, match.from);
  const before = text.slice(beforeFrom, match.from);
  const after = text.slice(match.to, sentence.to);
  if (NEGATED_BEFORE.test(before)) return null;
  const due = DUE_BEFORE.exec(before);
  const { future, cost } = tenseOf(sentence, tenses);
  if (BUDGET_YEAR_BEFORE.test(before) && !due) return null;
  const notPast = reference === null || match.end >= reference;
  if (due) {
    if (FORECAST_AFTER.test(after) || cost) return null;
    // "bis heute", "bis gestern": a state that lasts up to now, no time by which something is due.
    if (match.shape === "relative-day" && reference !== null && match.end <= reference) return null;
    if (!future && !notPast) return null;
    const cueFrom = beforeFrom + due.index + (due[0].match(NON_LETTER_FIRST) ? 1 : 0);
    return { kind: SUBMISSION_BEFORE.test(before) ? "submission" : "due", cueFrom };
  }
  const start = START_BEFORE.exec(before);
  if (start || AN_NEXT.test(after)) {
    if (!future && !notPast) return null;
    const cueFrom = start ? beforeFrom + start.index + (start[0].match(NON_LETTER_FIRST) ? 1 : 0) : match.from;
    return { kind: "start", cueFrom };
  }
  const article = ARTICLE_BEFORE.exec(before);
  const withArticle = article ? match.from - (article[1]?.length ?? 0) : match.from;
  if (SUBMISSION_BEFORE.test(before) && notPast) return { kind: "submission", cueFrom: withArticle };
  // "soll … im ersten Quartal 2019 vorgelegt werden": a planned time without "bis".
  // Without a reference date the tense alone decides: a planned "im ersten Quartal 2022" is still a deadline.
  if (future && notPast && FUTURE_SHAPES.has(match.shape) && !/(?:seit|vor|nach|Seit|Vor|Nach)\s+$/u.test(before) && match.precision !== "day" && (reference === null || match.end > reference)) {
    return { kind: "due", cueFrom: withArticle };
  }
  return null;
}

export const dates: Stage = (article) => {
  const reference = article.date ?? article.referenceDate;
  const found: DateMention[] = [];
  const deadlines: Deadline[] = [];
  // One deadline per resolved date and kind, as the gold convention has it: the first mention wins;
  // a later mention of the same deadline is still a date the text names.
  const seen = new Set<string>();
  for (const { field, text } of sections(article)) {
    const sentences = splitSentences(text);
    const tenses: Tenses = new Map();
    for (const match of findTemporal(text, reference)) {
      const sentence = sentenceAt(sentences, match.from) ?? { text, from: 0, to: text.length };
      const deadline = classify(text, sentence, match, reference, tenses);
      if (!deadline || seen.has(`${match.end}|${deadline.kind}`)) {
        found.push({ text: match.text, start: match.start, end: match.end, precision: match.precision, offset: [match.from, match.to], field });
        continue;
      }
      seen.add(`${match.end}|${deadline.kind}`);
      deadlines.push({
        text: text.slice(deadline.cueFrom, match.to),
        date: match.end,
        precision: match.precision,
        kind: deadline.kind,
        what: whatIsDue(sentence, match, deadline.cueFrom),
        passed: reference === null ? null : match.end < reference,
        sentence: sentence.text,
        offset: [deadline.cueFrom, match.to],
        field,
      });
    }
  }
  return { ...article, dates: found, deadlines };
};
