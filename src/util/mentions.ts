import type { Offset, TextField } from "../types.js";
import { WORD_END, WORD_START, escapeRegex } from "./regex.js";
import type { TextSection } from "../stages/dates.js";

export interface Located {
  offset: Offset;
  field: TextField;
}

/** Counts whole-word occurrences of `word` (or its genitive "-s") over all sections. */
export function countMentions(sectionsToSearch: readonly TextSection[], word: string): number {
  const re = new RegExp(`${WORD_START}${escapeRegex(word)}s?${WORD_END}`, "gu");
  return sectionsToSearch.reduce((sum, s) => sum + (s.text.match(re)?.length ?? 0), 0);
}

/** Groups hits by a key; the first hit (in section order) gives the entry's offset. */
export function groupFirst<T extends Located & { key: string }>(hits: readonly T[]): Map<string, T> {
  const first = new Map<string, T>();
  for (const hit of hits) if (!first.has(hit.key)) first.set(hit.key, hit);
  return first;
}
