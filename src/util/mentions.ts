import { letterOrDigitAt, letterOrDigitBefore } from "./regex.js";
import type { TextSection } from "./sections.js";

/**
 * Counts whole-word occurrences of `word` (or its genitive "-s") over all sections. A plain substring
 * search with the word boundaries checked where it is found: a regex per person, with a look-behind
 * tried at every position, cost more than finding the people on a large page.
 */
export function countMentions(sectionsToSearch: readonly TextSection[], word: string): number {
  if (word.length === 0) return 0;
  let count = 0;
  for (const { text } of sectionsToSearch) {
    let at = text.indexOf(word);
    while (at >= 0) {
      const end = at + word.length;
      const genitive = text[end] === "s" && !letterOrDigitAt(text, end + 1);
      const whole = !(at > 0 && letterOrDigitBefore(text, at)) && (genitive || !letterOrDigitAt(text, end));
      if (whole) count++;
      // After a mention the search goes on behind it, as a global regex would; otherwise one further.
      at = text.indexOf(word, whole ? end + (genitive ? 1 : 0) : at + 1);
    }
  }
  return count;
}
