import { ABBREVIATIONS } from "../locales/de/abbreviations.js";
import { MONTHS } from "../locales/de/calendar.js";
import { DIGIT, LETTER, LOWER, UPPER } from "./letters.js";

export interface Sentence {
  text: string;
  from: number;
  to: number;
}

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const MONTH_SET = new Set(Object.keys(MONTHS));

const WORD_BEFORE_DOT = new RegExp(`([${LETTER}${DIGIT}]+)$`, "u");
const LOWER_OR_DIGIT_FIRST = new RegExp(`^[${LOWER}\\d]`, "u");
/** True when the dot at `dot` ends an abbreviation or an ordinal number, not a sentence. */
function dotIsInsideSentence(text: string, dot: number, nextWord: string): boolean {
  const before = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1] ?? "";
  if (ABBREVIATION_SET.has(word)) return true;
  if (/^\d{1,2}$/.test(word)) {
    // "1. Mai", "2. Quartal", "3. Februar": an ordinal dot; a year before a capital ends the sentence.
    return MONTH_SET.has(nextWord.toLocaleLowerCase("de-DE")) || LOWER_OR_DIGIT_FIRST.test(nextWord) || /^(Quartal|Halbjahr|Jahrhundert|Klasse|Stock|Etage|Platz|Liga)/.test(nextWord);
  }
  return false;
}

/**
 * Splits a paragraph into sentences with offsets. Paragraph breaks (blank lines) always end a
 * sentence; a dot ends one unless it closes an abbreviation ("Dr.", "Mio.", "z. B.") or an
 * ordinal ("1. Mai"). A dot glued to the next capitalised word ("digitalisieren.Hierzu") counts too.
 */
export function splitSentences(text: string): readonly Sentence[] {
  let sentences = recentSplits.get(text);
  if (!sentences) {
    sentences = split(text);
    if (recentSplits.size >= RECENT_SPLITS) recentSplits.clear();
    recentSplits.set(text, sentences);
  }
  return sentences;
}

// The dates and amounts stages split the same title, lead and body, one after the other.
const RECENT_SPLITS = 8;
const recentSplits = new Map<string, readonly Sentence[]>();

const BOUNDARY = new RegExp(`\\n\\s*\\n|[.!?…]+["“”«»)]?(?=\\s+["„“«(]?[${UPPER}\\d]|[${UPPER}][${LOWER}])|[.!?…]+["“”»]?\\s*$`, "gu");
const NEXT_WORD = new RegExp(`^\\s*["„“«(]?([${LETTER}${DIGIT}]+)`, "u");
function split(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? "")) from++;
    while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
    if (to > from) sentences.push({ text: text.slice(from, to), from, to });
    start = end;
  };
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith("\n")) {
      push(match.index);
      continue;
    }
    const nextWord = NEXT_WORD.exec(text.slice(end))?.[1] ?? "";
    if (match[0] === "." && dotIsInsideSentence(text, match.index, nextWord)) continue;
    push(end);
  }
  push(text.length);
  return sentences;
}

/** The span that contains position `at` (binary search: spans are in text order, apart). */
export function spanAt<Span extends { from: number; to: number }>(spans: readonly Span[], at: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as Span;
    if (at < span.from) high = mid - 1;
    else if (at >= span.to) low = mid + 1;
    else return span;
  }
  return undefined;
}

/** The sentence that contains position `at`. */
export const sentenceAt: (sentences: readonly Sentence[], at: number) => Sentence | undefined = spanAt;
