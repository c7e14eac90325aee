// places: places named as nouns (genitive included) from the gazetteer, under their canonical name;
// "Kreis X"/"Landkreis X" for districts the gazetteer lacks. Names that are also common words
// ("Essen", "Lage") count only after a cue such as "in" or "Stadt".
import { NOT_PLACES, PLACE_CUES, PLACES, type PlaceEntry } from "../locales/de/places.js";
import type { Place, Stage } from "../types.js";
import { WORD_END, WORD_START, alternation } from "../util/regex.js";
import { sections } from "./dates.js";

const BY_SURFACE = new Map<string, PlaceEntry>();
for (const entry of PLACES) for (const surface of [entry.name, ...(entry.aliases ?? [])]) if (!BY_SURFACE.has(surface) || entry.aliases) BY_SURFACE.set(surface, entry);
const NOT_PLACE_SET = new Set(NOT_PLACES);
const SURFACES = [...BY_SURFACE.keys()].filter((s) => !NOT_PLACE_SET.has(s));
// Followed by a hyphen the name is part of a compound ("NRW-Wirtschaftsministerium") unless another place follows.
const PLACE_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation(SURFACES)})(s)?${WORD_END}`, "gu");
const SURFACE_SET = new Set(SURFACES);
/** "Bayern-Nordrhein-Westfalen" is two places; "NRW-Wirtschaftsministerium" is a compound noun. */
function compoundOfPlaces(rest: string): boolean {
  if (!rest.startsWith("-")) return true;
  const next = /^-([\p{L}-]+)/u.exec(rest)?.[1] ?? "";
  for (let end = next.length; end > 1; end--) if (SURFACE_SET.has(next.slice(0, end)) && !/\p{L}/u.test(next[end] ?? "")) return true;
  return false;
}
const DISTRICT_RE = new RegExp(`${WORD_START}((?:Land)?[Kk]reis(?:es)?)\\s+(\\p{Lu}[\\p{L}-]+\\p{Ll})${WORD_END}`, "gu");
// "die Städte Dülmen und Lüdinghausen": a settlement noun before a list names cities the gazetteer may lack.
const CITY_LIST_RE = /(?<![\p{L}\p{N}])(?:Stadt|Städte|Gemeinde|Gemeinden|Kreisstadt|Hansestadt)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:(?:,\s*|\s+und\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)*)(?![\p{L}\p{N}])/gu;
const CUE_BEFORE = new RegExp(`${WORD_START}(?:${alternation(PLACE_CUES)})\\s+$`, "u");

export const places: Stage = (article) => {
  const found = new Map<string, Place>();
  const add = (name: string, type: Place["type"], from: number, to: number, field: Place["field"]) => {
    const known = found.get(name);
    if (known) known.mentions++;
    else found.set(name, { name, type, mentions: 1, offset: [from, to], field });
  };
  for (const { field, text } of sections(article)) {
    const districtSpans: [number, number][] = [];
    for (const m of text.matchAll(DISTRICT_RE)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      const kind = (m[1] ?? "").startsWith("Land") ? "Landkreis" : "Kreis";
      const known = BY_SURFACE.get(`${kind} ${m[2]}`) ?? BY_SURFACE.get(`Kreis ${m[2]}`);
      add(known?.name ?? `${kind} ${m[2]}`, "district", from, to, field);
      districtSpans.push([from, to]);
    }
    for (const m of text.matchAll(CITY_LIST_RE)) {
      const list = m[1] ?? "";
      let at = (m.index ?? 0) + m[0].indexOf(list);
      for (const name of list.split(/(,\s*|\s+und\s+)/)) {
        const from = at;
        at += name.length;
        if (/^(?:,\s*|\s+und\s+)$/.test(name) || BY_SURFACE.has(name) || NOT_PLACE_SET.has(name)) continue;
        add(name, "city", from, from + name.length, field);
        districtSpans.push([from, from + name.length]);
      }
    }
    for (const m of text.matchAll(PLACE_RE)) {
      const surface = m[1] ?? "";
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (districtSpans.some(([a, b]) => from >= a && to <= b) || !compoundOfPlaces(text.slice(to, to + 40))) continue;
      const entry = BY_SURFACE.get(surface);
      if (!entry) continue;
      if (entry.needsCue && !CUE_BEFORE.test(text.slice(Math.max(0, from - 20), from))) continue;
      add(entry.name, entry.type, from, to, field);
    }
  }
  return { ...article, places: [...found.values()] };
};
