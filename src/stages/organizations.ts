// organisations: ministries ("Ministerium für …", "-ministerium" compounds), known bodies
// (Landesregierung, IT-Planungsrat, …), institutions with a name ("Uni Siegen") and companies by
// their legal form ("con terra GmbH").
import { COMPANY_FORMS, INSTITUTION_HEADS, KNOWN_BODIES, MINISTRY_SUFFIX } from "../locales/de/organizations.js";
import type { Organization, Stage } from "../types.js";
import { Coverage } from "../util/coverage.js";
import { WORD_END, WORD_START, alternation, anchoredMatches, matchesOf } from "../util/regex.js";
import { sections } from "../util/sections.js";
import { LETTER, LOWER, UPPER } from "../util/letters.js";

const FORMS = alternation(COMPANY_FORMS);
/** "con terra GmbH", "Förderverein Bad Homburg e. V.": one to three words and the legal form. */
export const COMPANY = new RegExp(`${WORD_START}(?:[${LETTER}][${LETTER}\\d&.-]*\\s+){1,3}(?:${FORMS})(?![${LETTER}])`, "gu");
export const FORM_AFTER_SPACE = new RegExp(`(?<=\\s)(?:${FORMS})(?![${LETTER}])`, "gu");
export const MINISTRY = new RegExp(`${WORD_START}(?:[${UPPER}][${LETTER}]*-)?[${UPPER}]?[${LOWER}-]*${MINISTRY_SUFFIX}(?:s)?${WORD_END}(?!\\s+(?:für|des|der)\\s)`, "gu");
export const MINISTRY_WORD = new RegExp(MINISTRY_SUFFIX, "g");

const LIST = `[${UPPER}][${LETTER}-]*(?:(?:,\\s*|\\s+und\\s+)[${UPPER}][${LETTER}-]*)*`;
// The two patterns that start inside words go through anchoredMatches: a tenth of the whole extraction
// when the regex alone tries them at every letter.
const PATTERNS: { re: RegExp; anchor?: { re: RegExp; chunks: number }; canonical: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(`${WORD_START}(?:Bundes|Landes|Staats)?[Mm]inisterium\\s+(?:für|des|der)\\s+(?:(?:des|der|und)\\s+)?${LIST}`, "gu"), canonical: (m) => m[0].replace(/^(\S+?)s(\s)/u, "$1$2") },
  { re: MINISTRY, anchor: { re: MINISTRY_WORD, chunks: 1 }, canonical: (m) => m[0].replace(/s$/u, "") },
  { re: new RegExp(`${WORD_START}(?:${alternation(KNOWN_BODIES, "exact")})${WORD_END}`, "gu"), canonical: (m) => m[0] },
  { re: new RegExp(`${WORD_START}(?:${alternation(INSTITUTION_HEADS)})\\s+[${UPPER}][${LETTER}-]+${WORD_END}`, "gu"), canonical: (m) => m[0] },
  { re: COMPANY, anchor: { re: FORM_AFTER_SPACE, chunks: 3 }, canonical: (m) => m[0].replace(/^(?:der|die|das|den|dem|des|von|vom|mit|bei|beim)\s+/u, "") },
];

export const organizations: Stage = (article) => {
  const found = new Map<string, Organization>();
  for (const { field, text } of sections(article)) {
    const taken = new Coverage(text.length);
    for (const { re, anchor, canonical } of PATTERNS) {
      for (const m of anchor ? anchoredMatches(re, anchor.re, anchor.chunks, text) : matchesOf(re, text)) {
        const from = m.index ?? 0;
        const to = from + m[0].length;
        if (taken.overlaps(from, to)) continue;
        taken.mark(from, to);
        const name = canonical(m as RegExpExecArray).trim();
        const known = found.get(name);
        if (known) known.mentions++;
        else found.set(name, { name, mentions: 1, offset: [from, to], field });
      }
    }
  }
  return { ...article, organizations: [...found.values()] };
};
