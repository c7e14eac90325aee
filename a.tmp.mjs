import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { extract } from "./dist/src/extract.js";
const fold = (s) => s.normalize("NFC").toLocaleLowerCase("de-DE").replace(/\s+/g, " ").trim();
for (const [gdir, adir] of [["fixtures/gold", null], ["/work/shared/devset/gold", "/work/shared/devset/articles"]]) {
for (const f of readdirSync(gdir).sort()) {
  const g = parse(readFileSync(`${gdir}/${f}`, "utf8"));
  const p = adir ? `${adir}/${f.replace(".yaml", ".txt")}` : g.file;
  const r = await extract(readFileSync(p), { source: p });
  const gp = (g.places ?? []).map(fold); const pp = r.places.map((x) => fold(x.name));
  const miss = gp.filter((x) => !pp.includes(x)); const fp = pp.filter((x) => !gp.includes(x));
  if (miss.length || fp.length) console.log(f, "MISS", miss.join(", "), "| FP", fp.join(", "));
}}
