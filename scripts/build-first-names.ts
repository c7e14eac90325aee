// Builds src/locales/de/data/first-names.json from @faker-js/faker's name lists (MIT), so that people
// whose first name the hand-written table lacks are still found. Faker is not a dependency; fetch it once:
//   mkdir -p /tmp/faker && cd /tmp/faker && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   node dist/scripts/build-first-names.js /tmp/faker/package
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MONTHS } from "../src/locales/de/calendar.js";
import { FIRST_NAMES } from "../src/locales/de/people.js";

// Locales whose names German public-sector news meets: German-speaking, neighbours, and the largest
// groups of immigrants' descendants.
const LOCALES = ["de", "de_AT", "de_CH", "en_US", "fr", "it", "es", "pl", "tr", "nl", "ru", "el", "hr", "pt_PT", "cs_CZ", "da", "sv", "nb_NO", "fi"];

/** First names that are also German words a headline or sentence may put before a capitalised word. */
const GERMAN_WORDS = new Set(["Mark", "Will", "Rose", "Hope", "May", "Grant", "Dean", "Job", "Art", "Bill", "Summer", "Winter", "Wolf", "Engel", "Stern", "Sonne", "Glück", "Ehre", "Liebe", "Mai", "Juni", "August", "April", "Frieden", "Heide", "Kai", "Gerade", "Alle", "Man", "Lied", "Rosa", "Rot", "Weiß", "Braun", "Schwarz", "Bad", "Dom", "Fee", "Elf", "Acht", "Null", "Eins", "Art", "Christ", "Deutsch", "Frank", "Frei", "Fritz"]);

const dir = process.argv[2];
if (!dir) throw new Error("usage: build-first-names <unpacked @faker-js/faker package>");
const gazetteer = JSON.parse(readFileSync(new URL("../../src/locales/de/data/gazetteer.json", import.meta.url), "utf8")) as { municipalities: [string][]; countries: string[] };
const places = new Set([...gazetteer.municipalities.map((m) => m[0]), ...gazetteer.countries]);
const months = new Set(Object.keys(MONTHS).map((m) => m.charAt(0).toUpperCase() + m.slice(1)));
const keep = new Set(["Frank", "Fritz", "Kai", "Rosa", "August"].filter((n) => FIRST_NAMES.includes(n)));

const names = new Set<string>();
for (const locale of LOCALES) {
  const module = (await import(pathToFileURL(join(dir, "dist/locale", `${locale}.js`)).href)) as { faker: { rawDefinitions: { person?: { first_name?: Record<string, string[]> } } } };
  const lists = module.faker.rawDefinitions.person?.first_name ?? {};
  for (const name of Object.values(lists).flat()) {
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) || name.length < 3) continue;
    if ((GERMAN_WORDS.has(name) && !keep.has(name)) || places.has(name) || months.has(name)) continue;
    names.add(name);
  }
}
const out = {
  source: "First names from @faker-js/faker 10.6.0 (MIT, © 2022-2025 Faker), locales " + LOCALES.join(", ") + "; names that are German words, places or months removed.",
  names: [...names].sort((a, b) => a.localeCompare(b, "de")),
};
writeFileSync(new URL("../../src/locales/de/data/first-names.json", import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${out.names.length} first names`);
