import { WORD_END, WORD_START, escapeRegex } from "./regex.js";
import type { TextSection } from "./sections.js";

/** Counts whole-word occurrences of `word` (or its genitive "-s") over all sections. */
export function countMentions(sectionsToSearch: readonly TextSection[], word: string): number {
  const re = new RegExp(`${WORD_START}${escapeRegex(word)}s?${WORD_END}`, "gu");
  return sectionsToSearch.reduce((sum, s) => sum + (s.text.match(re)?.length ?? 0), 0);
}
