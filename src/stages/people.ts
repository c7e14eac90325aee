// people: persons named in title, lead and body. A name is a known first name followed by a
// capitalised surname, or any two capitalised words right after a role noun ("Landrat Manfred Müller").
// The role comes from the noun before the name ("Wirtschaftsminister Andreas Pinkwart"), an apposition
// after it ("Michael Dreier, Bürgermeister von Paderborn") or a party in brackets ("(CDU)").
import firstNames from "../locales/de/data/first-names.json" with { type: "json" };
import { MONTHS } from "../locales/de/calendar.js";
import { FIRST_NAMES, NOT_SURNAMES, PARTIES, ROLE_STEMS } from "../locales/de/people.js";
import type { Person, Stage, TextField } from "../types.js";
import { Coverage } from "../util/coverage.js";
import { countMentions } from "../util/mentions.js";
import { WORD_END, WORD_START, alternation, anchorPositions, anchoredMatches, compiledForTwoByte, matchesOf } from "../util/regex.js";
import { sections } from "../util/sections.js";
import { LETTER, LOWER, UPPER } from "../util/letters.js";

const SURNAME = `[${UPPER}][${LOWER}'’]+(?:-[${UPPER}][${LOWER}]+)?`;
let firstNameSet: Set<string> | null = null;
/** The first-name look-up (hand list + data file), built on first use. */
export function firstNamesOf(): Set<string> {
  firstNameSet ??= new Set([...FIRST_NAMES, ...firstNames.names]);
  return firstNameSet;
}
const NOT_SURNAME = new Set([...NOT_SURNAMES, ...Object.keys(MONTHS).map((m) => m.charAt(0).toUpperCase() + m.slice(1))]);
const TITLES = "(?:(?:Dr\\.|Prof\\.|Dipl\\.-Ing\\.|Herrn?|Frau)\\s+)*";
const CAPITALISED_STEMS = ROLE_STEMS.map((stem) => stem.charAt(0).toUpperCase() + stem.slice(1));
// A role word is any word ending in a role stem (with the feminine "-in"), e.g. "Digitalministerin".
const ROLE_WORD = `(?:[${UPPER}][${LETTER}]*-\\s+und\\s+)?(?:[${UPPER}][${LETTER}-]*(?:${alternation(ROLE_STEMS)})|(?:${alternation([...CAPITALISED_STEMS, ...ROLE_STEMS.map((s) => s.toUpperCase())])}))(?:in|innen)?`;
const ROLE_WORD_CI = compiledForTwoByte(new RegExp(`^${ROLE_WORD}$`, "iu"));
// Candidate names are found by shape and confirmed by the first-name table: a regex alternation of
// hundreds of names costs tens of milliseconds to compile at every start.
const NAME = `(([${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?)(?:\\s+([${UPPER}][${LOWER}]+))?\\s+(?:(?:von|van|de|zu)\\s+)?${SURNAME})${WORD_END}(?!-)`;
export const NAME_SHAPE = new RegExp(`${WORD_START}${TITLES}${NAME}`, "gu");
const NAME_AT = new RegExp(NAME, "uy");
const CAPITALISED_WORD = new RegExp(`${WORD_START}[${UPPER}][${LOWER}]+`, "gu");
// "Dennis-Kenji": a double first name whose first part is known.
const isFirstName = (word: string | undefined) => word !== undefined && firstNamesOf().has(word.split("-")[0] ?? "");
export const ROLE_THEN_NAME = new RegExp(`${WORD_START}(${ROLE_WORD})\\s+${TITLES}([${UPPER}][${LOWER}]+\\s+${SURNAME})${WORD_END}(?!-)`, "gu");
const APPOSITION = compiledForTwoByte(new RegExp(`^(?:,\\s+|\\s+(?:ist|war)\\s+(?:seit\\s+\\S+\\s+)?)((?:(?:stellvertretende[rn]?|designierte[rn]?|neue[rn]?|ehemalige[rn]?)\\s+)?${ROLE_WORD}(?:\\s+(?:für|von|des|der|im|in|beim|bei der|bei)\\s+[${UPPER}][${LETTER}-]*(?:(?:,\\s*[${UPPER}][${LETTER}-]*)*\\s+und\\s+[${UPPER}][${LETTER}-]*)?)?)`, "u"));
// A party or another acronym in brackets ("(CDU)", "(PUG)"), or an affiliation ("aus der Öffentlichkeitsarbeit").
const PARTY_AFTER = new RegExp(`^\\s*\\((${alternation(PARTIES)}|[${UPPER}]{2,6})\\)`, "u");
const AFFILIATION_AFTER = new RegExp(`^\\s+(?:aus|von)\\s+(?:der|dem|den)\\s+([${UPPER}][${LETTER}-]*(?:\\s+(?:der|des|für)\\s+[${UPPER}][${LETTER}-]*)?)`, "u");
// "der Präsident des Deutschen Landkreistages, Reinhard Sager": the role stands before, set off by a comma.
const ROLE_BEFORE_COMMA = compiledForTwoByte(new RegExp(`((?:(?:künftige[rn]?|neue[rn]?|designierte[rn]?|stellvertretende[rn]?|ehemalige[rn]?)\\s+)?${ROLE_WORD}(?:\\s+(?:des|der|von|für|im|vom)\\s+(?:[${UPPER}][${LETTER}-]*\\s?){1,4})?),\\s+$`, "u"));
/** Words with these endings are nouns, never names ("Informationstechnik", "Verwaltung"). */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ität|technik|ismus|wesen|ium|ment|amt|stelle|leiter|leiterin)$/u;
// A surname alone after a role or a form of address ("Bundeskanzler Merz", "Herr Walker", "Landrat
// Schröder") or before a party ("Kalisch (Grüne)"). The word after it must not continue a noun phrase.
export const ROLE_THEN_SURNAME = new RegExp(`${WORD_START}(${ROLE_WORD}|Herrn?|Frau)\\s+(?:(?:Dr\\.|Prof\\.)\\s+)*(${SURNAME})(?=\\s*[,.;:!?()„“"]|\\s+[${LOWER}]|\\s*$)`, "gu");
// Both patterns above need a role stem (or "Herr", "Frau"); matched from it backwards, the regex is not
// tried at every letter of every capitalised word (anchoredMatches). "Bundes- und Landesminister" puts
// the start up to three runs of non-space before the stem.
const STEM_FORMS = [...ROLE_STEMS, ...CAPITALISED_STEMS, ...ROLE_STEMS.map((s) => s.toUpperCase())];
const ADDRESSES = ["Herr", "Frau"];
export const ROLE_ANCHOR = new RegExp(alternation(STEM_FORMS, "exact"), "gu");
/** The role anchors and "Herr"/"Frau": where withAddresses() says, in one regex (the property test's reference). */
export const ROLE_OR_ADDRESS_ANCHOR = new RegExp(alternation([...STEM_FORMS, ...ADDRESSES], "exact"), "gu");

/**
 * The places of ROLE_OR_ADDRESS_ANCHOR from those of ROLE_ANCHOR: the two words are found by indexOf(),
 * where a second scan of the role alternation cost a twentieth of the people stage.
 */
export function withAddresses(rolePlaces: readonly number[], text: string): number[] {
  const places = [...rolePlaces];
  for (const word of ADDRESSES) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) places.push(at);
  return [...new Set(places)].sort((a, b) => a - b);
}
export const SURNAME_THEN_PARTY = new RegExp(`${WORD_START}(${SURNAME})\\s+\\((${alternation(PARTIES, "exact")})\\)`, "gu");
// Tried only at the word before a party in brackets (anchoredMatches), not at every capitalised word.
export const PARTY_IN_BRACKETS = new RegExp(`\\((?:${alternation(PARTIES, "exact")})\\)`, "g");
// Photo credits name photographers, not people of the article: "(picture alliance / dpa / Martin Schutt)", "©Name".
const CREDIT_BEFORE = /(?:©\s*|(?:Foto|Fotos|Bild|Bildquelle|Quelle|Copyright)\s*:\s*|\((?:[^()]*?(?:picture alliance|dpa|imago|Getty|AFP|Reuters|epd|KNA|Foto|Bild))[^()]*?\/\s*)$/iu;

interface Hit {
  name: string;
  role: string | null;
  from: number;
  to: number;
  field: TextField;
}

function roleAfter(text: string, to: number): string | null {
  const after = text.slice(to, to + 160);
  const apposition = APPOSITION.exec(after);
  if (apposition?.[1]) return apposition[1].trim();
  return PARTY_AFTER.exec(after)?.[1] ?? AFFILIATION_AFTER.exec(after)?.[1] ?? null;
}

const SURNAME_AT_END = compiledForTwoByte(new RegExp(`((?:[${UPPER}][${LETTER}]*-\\s+und\\s+)?[${UPPER}][${LETTER}-]*)\\s+(?:(?:Dr\\.|Prof\\.)\\s+)*$`, "u"));
/** A role noun directly before the name (with a genitive place: "Bayerns Ministerpräsident"). */
function roleBefore(text: string, from: number): string | null {
  const before = text.slice(Math.max(0, from - 80), from);
  const m = SURNAME_AT_END.exec(before);
  if (m?.[1] && ROLE_WORD_CI.test(m[1])) return m[1];
  return ROLE_BEFORE_COMMA.exec(before)?.[1]?.trim() ?? null;
}

/**
 * Names that begin with a known first name, in text order: what a loop of NAME_SHAPE.exec() gives when it
 * goes on after the first word of each candidate whose first word is no first name. German capitalises
 * every noun, so most capitalised pairs are such candidates; only the capitalised words that are first
 * names are tried here (the name regex, sticky, at each of them), as their look-up in a set is cheaper.
 */
export function firstNameHits(text: string): { name: string; from: number }[] {
  const found: { name: string; from: number }[] = [];
  const firstNames = firstNamesOf();
  let next = 0;
  for (const word of matchesOf(CAPITALISED_WORD, text)) {
    if (word.index < next || !firstNames.has(word[0])) continue;
    NAME_AT.lastIndex = word.index;
    const m = NAME_AT.exec(text);
    if (!m) continue;
    const [whole, full = "", first, second] = m;
    const name = second !== undefined && !isFirstName(second) ? `${first} ${second}` : full;
    const from = word.index;
    next = name !== full ? from + name.length : from + whole.length;
    // "Franz-Liszt-Mittelschule": a name glued into a compound is part of another noun.
    if (text[from - 1] !== "-") found.push({ name, from });
  }
  return found;
}

function hitsIn(text: string, field: TextField): Hit[] {
  const hits: Hit[] = firstNameHits(text).map(({ name, from }) => ({ name, role: roleBefore(text, from) ?? roleAfter(text, from + name.length), from, to: from + name.length, field }));
  const taken = Coverage.of(text.length, hits);
  const rolePlaces = anchorPositions(ROLE_ANCHOR, text);
  for (const m of anchoredMatches(ROLE_THEN_NAME, rolePlaces, 3, text)) {
    const name = m[2] ?? "";
    const from = (m.index ?? 0) + m[0].lastIndexOf(name);
    if (taken.overlaps(from, from + 1) || name.split(/\s+/).some((w) => NOT_SURNAME.has(w) || NOUN_ENDING.test(w))) continue;
    hits.push({ name, role: m[1] ?? null, from, to: from + name.length, field });
    taken.mark(from, from + name.length);
  }
  for (const m of anchoredMatches(ROLE_THEN_SURNAME, withAddresses(rolePlaces, text), 3, text)) {
    const name = m[2] ?? "";
    const from = (m.index ?? 0) + m[0].lastIndexOf(name);
    if (taken.overlaps(from, from + 1) || NOT_SURNAME.has(name) || NOUN_ENDING.test(name)) continue;
    const role = /^(?:Herrn?|Frau)$/.test(m[1] ?? "") ? roleAfter(text, from + name.length) : (m[1] ?? null);
    hits.push({ name, role, from, to: from + name.length, field });
    taken.mark(from, from + name.length);
  }
  for (const m of anchoredMatches(SURNAME_THEN_PARTY, PARTY_IN_BRACKETS, 1, text)) {
    const name = m[1] ?? "";
    const from = m.index ?? 0;
    if (taken.overlaps(from - 2, from + 1) || NOT_SURNAME.has(name)) continue;
    hits.push({ name, role: m[2] ?? null, from, to: from + name.length, field });
    taken.mark(from, from + name.length);
  }
  return hits.filter((h) => !CREDIT_BEFORE.test(text.slice(Math.max(0, h.from - 60), h.from))).sort((a, b) => a.from - b.from);
}

/** True when the line holding the hit says more than the name (with a title, bullet or "Von"). */
function inSentence(searched: readonly { field: string; text: string }[], hit: Hit): boolean {
  const text = searched.find((s) => s.field === hit.field)?.text ?? "";
  const lineStart = text.lastIndexOf("\n", hit.from) + 1;
  const lineEnd = text.indexOf("\n", hit.to);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return line.length - hit.name.length > BYLINE_SLACK;
}

/** What a byline line may hold beside the name: "Von ", "• Prof. Dr. ", ", dpa". */
const BYLINE_SLACK = 16;

const surnameOf = (name: string) => name.split(/\s+/).at(-1) ?? name;

export const people: Stage = (article) => {
  const searched = sections(article);
  const hits = searched.flatMap((s) => hitsIn(s.text, s.field));
  const authorName = article.author?.name ?? null;
  const byName = new Map<string, Person>();
  for (const hit of hits) {
    const isAuthor = hit.name === authorName || (authorName && surnameOf(authorName) === hit.name);
    // The byline names the author; a sentence about them in the body (an author box) makes them a person of the article.
    if (isAuthor && !inSentence(searched, hit)) continue;
    // A later full mention of a known surname is the same person ("Pinkwart" ~ "Andreas Pinkwart").
    const existing = [...byName.values()].find((p) => surnameOf(p.name) === surnameOf(hit.name));
    if (existing) {
      existing.role ??= hit.role;
      // "Merz (CDU)" first, "Friedrich Merz" later: the fuller name is the name.
      if (hit.name.length > existing.name.length) {
        byName.delete(existing.name);
        byName.set(hit.name, { ...existing, name: hit.name });
      }
      continue;
    }
    byName.set(hit.name, { name: hit.name, role: hit.role, mentions: 0, offset: [hit.from, hit.to], field: hit.field });
  }
  const found = [...byName.values()].map((p) => ({ ...p, mentions: Math.max(1, countMentions(searched, surnameOf(p.name))) }));
  return { ...article, people: found };
};
