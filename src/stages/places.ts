// places: places named as nouns (genitive included), under their canonical name, from the hand-written
// table (countries, states, regions, big cities with their aliases) and the gazetteer built from VG250
// and i18n-iso-countries (src/locales/de/data). Districts keep the type word the text gives them
// ("Landkreis Uelzen", "Kreis Segeberg"; "die Landkreise A, B und C" gives each its type). Names that are
// also common words, and villages, count only after a cue ("in", "Stadt", a postcode) or in a list of places.
import gazetteer from "../locales/de/data/gazetteer.json" with { type: "json" };
import { COMMON_WORD_PLACES, NOT_PLACES, NOT_SETTLEMENTS, PLACE_ADJECTIVES, PLACE_CUES, PLACES, SITE_WORDS } from "../locales/de/places.js";
import type { Article, Place, PlaceType, Stage, TextField } from "../types.js";
import { WORD_START, alternation, anchoredMatches, escapeRegex, letterOrDigitBefore } from "../util/regex.js";
import { sections } from "../util/sections.js";
import { LETTER, LOWER, UPPER } from "../util/letters.js";

interface Entry {
  name: string;
  type: PlaceType;
  needsCue: boolean;
  /** Needs a cue only for being a village, not for being a common word: two villages confirm each other. */
  village?: boolean;
}

/** Abbreviated linking words as local papers print them: "Rosbach v. d. Höhe", "Neustadt a. d. Waldnaab". */
const LINK_ABBREVIATIONS: readonly [RegExp, string[]][] = [
  [/ an der /, [" a. d. ", " a.d. "]],
  [/ vor der /, [" v. d. ", " v.d. "]],
  [/ in der /, [" i. d. ", " i.d. "]],
  [/ am /, [" a. "]],
  [/ im /, [" i. "]],
];

interface Lexicon {
  byName: Map<string, Entry>;
  districts: Set<string>;
  /** First words of the names that have more than one ("Frankfurt" of "Frankfurt am Main"). */
  heads: Set<string>;
  /** The names, the districts' names and the heads in one set: a word in none of them starts no place. */
  starts: Set<string>;
}

let lexicon: Lexicon | null = null;
const SPACE_OR_BRACKET = /[\s(]/u;
/** Bare district name → its official type word ("Lüneburg" → "Landkreis", "Segeberg" → "Kreis"). */
const officialType = new Map<string, string>();

/** Built on first use (~10,000 names): a Map look-up per word costs less than a regex over all names. */
export function lexiconOf(): Lexicon {
  if (lexicon) return lexicon;
  const byName = new Map<string, Entry>();
  const common = new Set(COMMON_WORD_PLACES);
  const add = (surface: string, entry: Entry, replace = false) => {
    if (replace || !byName.has(surface)) byName.set(surface, entry);
  };
  for (const p of PLACES) {
    const entry = { name: p.name, type: p.type, needsCue: p.needsCue ?? common.has(p.name) };
    add(p.name, entry, true);
    for (const alias of p.aliases ?? []) add(alias, { ...entry, needsCue: p.needsCue ?? common.has(alias) }, true);
  }
  for (const country of gazetteer.countries) add(country, { name: country, type: "country", needsCue: common.has(country) });
  // An indexed loop: destructuring each of the 10,000 rows went through the iterator protocol, in code
  // that runs once per process and so is never optimised.
  const municipalities = gazetteer.municipalities as [string, number, string][];
  for (let i = 0; i < municipalities.length; i++) {
    const row = municipalities[i] as [string, number, string];
    const name = row[0];
    const isCommon = common.has(name);
    const entry = { name, type: "city" as const, needsCue: row[1] === 0 || isCommon, village: row[1] === 0 && !isCommon };
    add(name, entry);
    // Most names are one word: only the others need the alias work below.
    if (!name.includes(" ") && !name.includes("(")) continue;
    for (const [long, shorts] of LINK_ABBREVIATIONS) if (long.test(name)) for (const short of shorts) add(name.replace(long, short), entry);
    // "Singen (Hohentwiel)" is "Singen" in running text, "Radolfzell am Bodensee" often "Radolfzell";
    // the short form is the name then, as the text gives it. "Heringen/Helme" is written with a slash too.
    const short = name.replace(/\s*\((.*)\)$/, "").replace(/\s+(?:am|an der|im|in der|ob der|bei|vor der|auf der)\s+.*$/, "");
    if (short !== name) add(short, { name: short, type: "city", needsCue: entry.needsCue || common.has(short) });
    const slashed = /^(.*)\s*\((.*)\)$/.exec(name);
    if (slashed) add(`${slashed[1]?.trim()}/${slashed[2]}`, { ...entry, name: `${slashed[1]?.trim()}/${slashed[2]}` });
  }
  const districts = new Set<string>();
  for (const district of gazetteer.districts) {
    const bare = district.replace(/^(?:Land)?[Kk]reis\s+/, "");
    districts.add(bare);
    if (bare !== district) officialType.set(bare, district.slice(0, district.length - bare.length - 1));
    // "Rems-Murr-Kreis" stands on its own; "Weilheim-Schongau", named by no town, is the district too.
    if (bare === district) add(district, { name: district, type: "district", needsCue: false }, true);
    else add(bare, { name: district, type: "district", needsCue: !bare.includes("-") });
  }
  for (const word of NOT_PLACES) byName.delete(word);
  const heads = new Set<string>();
  const addHead = (name: string) => {
    // What /^[^\s(]+(?=\s|\()/u matches: the name up to its first space or bracket, if that is not its start.
    const end = name.search(SPACE_OR_BRACKET);
    if (end > 0) heads.add(name.slice(0, end));
  };
  for (const name of byName.keys()) addHead(name);
  for (const name of districts) addHead(name);
  lexicon = { byName, districts, heads, starts: new Set([...byName.keys(), ...districts, ...heads]) };
  return lexicon;
}

const WORD = new RegExp(`[${UPPER}][${LETTER}'’-]*[${LETTER}]|[${UPPER}]`, "gu");
const SITE_BEFORE = new RegExp(`${WORD_START}(?:${alternation(SITE_WORDS)})\\s+$`, "u");
const NOT_SETTLEMENT = new Set(NOT_SETTLEMENTS);
// "Landrat Martin Kistler (Waldshut)": the district the Landrat heads.
const LANDRAT_BEFORE = new RegExp(`Landr(?:at|ätin)\\s+(?:[${UPPER}][${LETTER}.-]*\\s+){1,3}\\($`, "u");
const LINK_WORDS = new RegExp(`^(?:\\s+(?:am|an|der|den|im|in|vor|bei|ob|unter|auf|a\\.|d\\.|v\\.|i\\.|a\\.d\\.|v\\.d\\.|i\\.d\\.))*\\s+(?=[${UPPER}]|\\()|^\\s*(?=\\()`, "u");
const CUE_BEFORE = new RegExp(`(?:${WORD_START}(?:${alternation(PLACE_CUES)})\\s+|\\d{5}\\s+)$`, "u");
const DISTRICT_TYPE = new RegExp(`${WORD_START}((?:Land)?[Kk]reis(?:es)?|(?:Land)?[Kk]reise|(?:Land)?[Kk]reisen)\\s+$`, "u");
const LIST_SEPARATOR = /^(?:,\s*|\s+und\s+|\s+sowie\s+|\s+oder\s+)$/u;
// "die Städte Dülmen und Lüdinghausen", "in den Stadtteilen Dierkow, Toitenwinkel und Gehlsdorf".
const SETTLEMENT_NOUN = new RegExp(`${WORD_START}(?:Stadt|Städte|Städten|Gemeinde|Gemeinden|Samtgemeinde|Samtgemeinden|Verbandsgemeinde|Kreisstadt|Hansestadt|Ortsteil|Ortsteilen|Ortsteile|Stadtteil|Stadtteile|Stadtteilen|Ortschaft|Ortschaften|Kommunen|Orte|Orten)\\s+$`, "u");

/** A settlement's name: capitalised words joined by hyphens ("Dierkow", "Bad-Sooden-Allendorf"). */
const SETTLEMENT_WORDS = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)*`;
const LIST_ITEM = new RegExp(`^(?:,\\s*|\\s+und\\s+|\\s+sowie\\s+)(${SETTLEMENT_WORDS})(?![${LETTER}])`, "u");
const SETTLEMENT_NAME = new RegExp(`^${SETTLEMENT_WORDS}$`, "u");
const isSettlementName = (word: string) => SETTLEMENT_NAME.test(word) && !NOT_SETTLEMENT.has(word);

interface Candidate {
  from: number;
  to: number;
  surface: string;
}

const SLASH = 0x2f;
const SLASHED_NAME = new RegExp(`^\\/[${UPPER}][${LETTER}-]*[${LETTER}]`, "u");
const NEXT_NAME_WORD = new RegExp(`^\\([${LETTER}\\s.]+\\)|^[${UPPER}][${LETTER}'’-]*[${LETTER}]`, "u");
/** The capitalised word `first` at `from`, with the longer surfaces it starts ("Frankfurt am Main", "Halle (Saale)"). */
function candidates(text: string, from: number, first: string, heads: Set<string>): Candidate[] {
  const found: Candidate[] = [];
  let end = from + first.length;
  found.push({ from, to: end, surface: first });
  // "Heringen/Helme" is one name, "Kiel/Berlin" two: the look-up decides.
  const slashed = text.charCodeAt(end) === SLASH ? SLASHED_NAME.exec(text.slice(end)) : null;
  if (slashed) found.push({ from, to: end + slashed[0].length, surface: text.slice(from, end + slashed[0].length) });
  // Only a known first word can start a longer name; checking that first keeps "Abc Abc Abc …" linear and cheap.
  const longer = heads.has(first);
  for (let words = 1; longer && words < 6; words++) {
    const link = LINK_WORDS.exec(text.slice(end, end + 40));
    if (!link) break;
    const rest = text.slice(end + link[0].length);
    const next = NEXT_NAME_WORD.exec(rest);
    if (!next) break;
    end = end + link[0].length + next[0].length;
    found.push({ from, to: end, surface: text.slice(from, end).replace(/\s+/g, " ") });
  }
  return found.reverse();
}

function lookUp(surface: string, byName: Map<string, Entry>): { entry: Entry; genitive: boolean } | null {
  const entry = byName.get(surface);
  if (entry) return { entry, genitive: false };
  // "Bayerns", "Nordrhein-Westfalens": the genitive of a name.
  const base = surface.length > 1 && (surface.endsWith("s") || surface.endsWith("'")) ? byName.get(surface.slice(0, -1)) : undefined;
  return base ? { entry: base, genitive: true } : null;
}

interface Hit {
  name: string;
  type: PlaceType;
  from: number;
  to: number;
  needsCue: boolean;
  village?: boolean;
}

const NO_CANDIDATES: readonly Candidate[] = [];
const HYPHENATED_REST = new RegExp(`^-([${LETTER}]+(?:-[${LETTER}]+)*)`, "u");
function hitsIn(text: string, personWords: Set<string>): Hit[] {
  const { byName, districts, heads, starts } = lexiconOf();
  const hits: Hit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const from = m.index;
    if (text[from - 1] === "-" || letterOrDigitBefore(text, from)) continue;
    const before = text.slice(Math.max(0, from - 24), from);
    const first = m[0];
    // Most capitalised words are nouns that neither are a place (nor its genitive) nor begin one: one
    // look-up rules them out, before any candidate is made.
    const mayBePlace = starts.has(first) || text.charCodeAt(from + first.length) === SLASH || (first.length > 1 && (first.endsWith("s") || first.endsWith("'")) && byName.has(first.slice(0, -1)));
    // DISTRICT_TYPE ends in "\s+$" and V8 tries it at each of the 24 places of `before`: without "reis"
    // there it cannot match (most capitalised words follow no "Kreis").
    const districtType = mayBePlace && before.includes("reis") ? DISTRICT_TYPE.exec(before) : null;
    let matched = false;
    for (const c of mayBePlace ? candidates(text, from, first, heads) : NO_CANDIDATES) {
      if (districtType && districts.has(c.surface)) {
        // "Landkreis" in the text is the type; a bare "Kreis" is shorthand, so the official type counts.
        const typeWord = /^Land/i.test(districtType[1] ?? "") ? "Landkreis" : (officialType.get(c.surface) ?? "Kreis");
        // "Stadt und Kreis Lüneburg" names the town as well as the district.
        if (/Stadt\s+und\s+$/u.test(text.slice(Math.max(0, from - districtType[0].length - 12), from - districtType[0].length))) {
          const town = lookUp(c.surface, byName);
          if (town) hits.push({ name: town.entry.name, type: town.entry.type, from, to: c.to, needsCue: false });
        }
        hits.push({ name: `${typeWord} ${c.surface}`, type: "district", from: from - districtType[0].length, to: c.to, needsCue: false });
        WORD.lastIndex = c.to;
        matched = true;
        break;
      }
      const found = lookUp(c.surface, byName);
      if (!found || SITE_BEFORE.test(before)) continue;
      if (LANDRAT_BEFORE.test(before) && (districts.has(c.surface) || found.entry.type === "city")) {
        hits.push({ name: /kreis$/i.test(c.surface) ? c.surface : `Landkreis ${c.surface}`, type: "district", from, to: c.to, needsCue: false });
        WORD.lastIndex = c.to;
        matched = true;
        break;
      }
      // "NRW-Wirtschaftsministerium" is a compound noun; "Bayern-Nordrhein-Westfalen" two places.
      const after = text.slice(c.to, c.to + 40);
      if (after.startsWith("-") && !lookUp(HYPHENATED_REST.exec(after)?.[1] ?? "", byName)) continue;
      if (personWords.has(c.surface) && !CUE_BEFORE.test(before)) continue;
      const cued = CUE_BEFORE.test(before) || SETTLEMENT_NOUN.test(before);
      hits.push({ name: found.entry.name, type: found.entry.type, from, to: c.to, needsCue: found.entry.needsCue && !cued, village: found.entry.village ?? false });
      WORD.lastIndex = c.to;
      matched = true;
      break;
    }
    if (!matched && SETTLEMENT_NOUN.test(before) && isSettlementName(m[0]) && !byName.has(m[0])) {
      // Settlements the gazetteer lacks, named after "Stadt", "Gemeinde", "Stadtteilen" (city districts,
      // hamlets), with the rest of their list: "in den Stadtteilen Dierkow, Toitenwinkel und Gehlsdorf".
      const type = /Stadtteil|Ortsteil|Ortschaft/u.test(before) ? "other" : "city";
      let end = from + m[0].length;
      hits.push({ name: m[0], type, from, to: end, needsCue: false });
      for (let next = LIST_ITEM.exec(text.slice(end)); next; next = LIST_ITEM.exec(text.slice(end))) {
        const name = next[1] ?? "";
        if (!isSettlementName(name)) break;
        const at = end + next[0].length - name.length;
        const known = lookUp(name, byName);
        hits.push({ name: known?.entry.name ?? name, type: known?.entry.type ?? type, from: at, to: at + name.length, needsCue: false });
        end = at + name.length;
      }
      WORD.lastIndex = end;
    }
  }
  return resolveLists(text, hits);
}

/**
 * Items of a list share what one of them has: "die Landkreise A, B und C" are all districts, and in
 * "Aachen, Gelsenkirchen, Soest und Lage" the common word "Lage" is a town, because its neighbours are;
 * two villages of the gazetteer in one list ("Augustdorf und Schlangen") confirm each other.
 */
function resolveLists(text: string, hits: Hit[]): Hit[] {
  for (let i = 0; i < hits.length; i++) {
    const group = [i];
    while (group.length > 0) {
      const last = hits[group.at(-1) as number] as Hit;
      const next = hits[(group.at(-1) as number) + 1];
      if (!next || !LIST_SEPARATOR.test(text.slice(last.to, next.from))) break;
      group.push((group.at(-1) as number) + 1);
    }
    if (group.length < 2) continue;
    const members = group.map((k) => hits[k] as Hit);
    const district = members.find((h) => h.type === "district" && /^(?:Land)?[Kk]reise/.test(text.slice(h.from, h.to)));
    const anchored = members.some((h) => !h.needsCue) || members.filter((h) => h.needsCue && h.village).length >= 2;
    for (const h of members) {
      if (anchored) h.needsCue = false;
      if (district && h.type !== "district") {
        const typeWord = district.name.startsWith("Landkreis") ? "Landkreis" : "Kreis";
        h.name = `${typeWord} ${text.slice(h.from, h.to).replace(/s$/, "")}`;
        h.type = "district";
      }
    }
    i = group.at(-1) as number;
  }
  return hits.filter((h) => !h.needsCue);
}

/** Words of people's names: "Hagen" in "Martin Hagen" is a surname, not the town. */
function personWordsOf(article: Article): Set<string> {
  return new Set(article.people.flatMap((p) => p.name.split(/\s+/)));
}

const ADJECTIVE_ENDINGS = `(?:e|en|er|es|em)(?![${LETTER}])`;
export const ADJECTIVE = new RegExp(`${WORD_START}(?<!-)(${alternation(Object.keys(PLACE_ADJECTIVES).flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)]))})${ADJECTIVE_ENDINGS}`, "gu");

/** The longest ending all of `words` share, shorter than each of them (so that case does not touch it). */
function sharedEnding(words: readonly string[]): string {
  let ending = words[0] ?? "";
  for (const word of words) {
    while (ending.length > 0 && (!word.endsWith(ending) || ending.length >= word.length)) ending = ending.slice(1);
  }
  return ending;
}

// The adjectives share an ending ("sch" of "bayerisch", "deutsch"): their alternation (112 forms) is tried
// only at the word before it and an inflection (anchoredMatches), not at every position: 30 → 3 µs over a
// 7 KB article.
export const ADJECTIVE_END = new RegExp(`${escapeRegex(sharedEnding(Object.keys(PLACE_ADJECTIVES)))}${ADJECTIVE_ENDINGS}`, "gu");
// "Rostocker Gesellschaft", "Potsdamer Innenstadt": a town's name + "er" before a noun.
// Tried only at the word before an "er" that a capitalised word follows (anchoredMatches): 70 → 4 µs per article.
export const TOWN_ADJECTIVE = new RegExp(`${WORD_START}(?<!-)([${UPPER}][${LOWER}]+)er(?=\\s+[${UPPER}])`, "gu");
export const TOWN_ADJECTIVE_END = new RegExp(`er(?=\\s+[${UPPER}])`, "gu");

/** Places named only as adjectives in `text`. */
function adjectivalIn(text: string): { name: string; type: PlaceType; from: number; to: number }[] {
  const { byName } = lexiconOf();
  const hits: { name: string; type: PlaceType; from: number; to: number }[] = [];
  for (const m of anchoredMatches(ADJECTIVE, ADJECTIVE_END, 1, text)) {
    const name = PLACE_ADJECTIVES[(m[1] ?? "").toLocaleLowerCase("de-DE")];
    const entry = name ? byName.get(name) : undefined;
    if (name) hits.push({ name, type: entry?.type ?? "country", from: m.index ?? 0, to: (m.index ?? 0) + m[0].length });
  }
  for (const m of anchoredMatches(TOWN_ADJECTIVE, TOWN_ADJECTIVE_END, 1, text)) {
    const entry = byName.get(m[1] ?? "");
    if (entry && entry.type === "city" && !byName.has(`${m[1]}er`)) hits.push({ name: entry.name, type: entry.type, from: m.index ?? 0, to: (m.index ?? 0) + m[0].length });
  }
  return hits;
}

export const places: Stage = (article) => {
  const found = new Map<string, Place>();
  const personWords = personWordsOf(article);
  const adjectival: Place[] = [];
  for (const { field, text } of sections(article)) {
    for (const hit of hitsIn(text, personWords)) {
      const known = found.get(hit.name);
      if (known) known.mentions++;
      else found.set(hit.name, { name: hit.name, type: hit.type, adjectival: false, mentions: 1, offset: [hit.from, hit.to], field: field as TextField });
    }
    for (const hit of adjectivalIn(text)) {
      const known = adjectival.find((p) => p.name === hit.name);
      if (known) known.mentions++;
      else adjectival.push({ name: hit.name, type: hit.type, adjectival: true, mentions: 1, offset: [hit.from, hit.to], field: field as TextField });
    }
  }
  // An adjective counts only where the place is never named as a noun (DESIGN.md).
  for (const place of adjectival) if (!found.has(place.name)) found.set(place.name, place);
  // "Rosbach" after "Rosbach v. d. Höhe" is the same town: the short form counts for the full name.
  for (const place of [...found.values()]) {
    const full = [...found.values()].find((p) => p !== place && p.name.startsWith(`${place.name} `) && p.type === place.type);
    if (full) {
      full.mentions += place.mentions;
      found.delete(place.name);
    }
  }
  return { ...article, places: [...found.values()] };
};
