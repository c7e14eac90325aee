// Shared predicates over page blocks, used by the boilerplate and metadata stages.
import { CREDIT_LINES, END_MARKERS, TEASER_END, UI_LINES } from "../locales/de/page.js";
import type { Block } from "../types.js";
import { LETTER, LOWER } from "./letters.js";

export const DATELINE = /^\[(\d{1,2}\.\d{1,2}\.\d{2,4})\]\s*/;
export const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** Heading elements below the headline: they head a part of the text (parse and boilerplate read them). */
export const SUBHEADING_TAGS: ReadonlySet<string> = new Set(["h2", "h3", "h4", "h5", "h6"]);

export const isEmpty = (b: Block | undefined) => !b || b.text.length === 0;
export const isEnd = (b: Block) => END_MARKERS.some((re) => re.test(b.text));
export const isUi = (b: Block) => UI_LINES.some((re) => re.test(b.text));
export const isTeaser = (b: Block) => endsLikeTeaser(b.text) && TEASER_END.test(b.text);

/**
 * Whether `text`, white space at its end aside, ends as TEASER_END's words do ("mehr …", "Weiterlesen").
 * That regex ends in "\s*$" and V8 tries it at every place of a block (1.3 % of the stages' time);
 * this rules out almost every block first. String.trimEnd() drops what \s matches.
 */
export function endsLikeTeaser(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith("...") || trimmed.endsWith("…") || trimmed.endsWith("eiterlesen");
}
export const isUrl = (b: Block) => URL_LINE.test(b.text);

const MAX_CREDIT_LINE = 160;

/** What an image credit line credits ("Foto: Stadt Münster" → "Stadt Münster"); null for any other block. */
export function creditOf(b: Block): string | null {
  // A credit line is short; paragraphs are not tried (a caption's look-ahead read each to its end).
  if (b.text.length >= MAX_CREDIT_LINE) return null;
  for (const re of CREDIT_LINES) {
    const m = re.exec(b.text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/**
 * Running prose: long, many words, mostly lower-case letters, ends like a sentence. The answer is kept on
 * the block: boilerplate and metadata ask about the same blocks several times, and a 1 MB block costs
 * milliseconds a time. (A WeakMap from block to answer cost more: each entry a young key in an old
 * table, which V8 must track through every collection.)
 */
export function isProse(b: Block): boolean {
  b.prose ??= looksLikeProse(b);
  return b.prose;
}

const PROSE_END = new RegExp(`[.!?:;“"”»«›‹’'…)${LETTER}\\d]$`, "u");
function looksLikeProse(b: Block): boolean {
  const text = b.text;
  if (text.length < 80 || b.linkDensity > 0.5 || isTeaser(b)) return false;
  if (!hasWords(text, 10)) return false;
  const { letters, lower } = letterCounts(text);
  return letters > 0 && lower / letters > 0.6 && PROSE_END.test(text);
}

const SPACE_RUN = /\s+/g;

/** Whether `text` has at least `count` words (as many as split(/\s+/) gives), counted only that far. */
function hasWords(text: string, count: number): boolean {
  let words = 1;
  SPACE_RUN.lastIndex = 0;
  while (words < count && SPACE_RUN.test(text)) words++;
  return words >= count;
}

const A_LETTER = new RegExp(`[${LETTER}]`, "u");
const A_LOWER = new RegExp(`[${LOWER}]`, "u");
// The letters and small letters among the first 256 char codes, read off the same classes once.
const LATIN1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));
const LATIN1_LETTER = LATIN1.map((ch) => A_LETTER.test(ch));
const LATIN1_LOWER = LATIN1.map((ch) => A_LETTER.test(ch) && A_LOWER.test(ch));

/**
 * Letters and small letters of a text: Latin-1 by table, the rest by the classes. By UTF-16 unit, not
 * by code point: the halves of a character beyond the BMP are no letter, and neither is it.
 */
function letterCounts(text: string): { letters: number; lower: number } {
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 256) {
      if (LATIN1_LETTER[c]) {
        letters++;
        if (LATIN1_LOWER[c]) lower++;
      }
    } else {
      const ch = text.charAt(i);
      if (A_LETTER.test(ch)) {
        letters++;
        if (A_LOWER.test(ch)) lower++;
      }
    }
  }
  return { letters, lower };
}

/** Index of the next non-empty block at or after `from`, or -1. */
export function nextFilled(blocks: readonly Block[], from: number): number {
  for (let i = from; i < blocks.length; i++) if (!isEmpty(blocks[i])) return i;
  return -1;
}

/** Index of the previous non-empty block at or before `from`, or -1. */
export function previousFilled(blocks: readonly Block[], from: number): number {
  for (let i = from; i >= 0; i--) if (!isEmpty(blocks[i])) return i;
  return -1;
}
