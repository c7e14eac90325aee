import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { extract } from "./dist/src/extract.js";
const fold = (s) => s.normalize("NFC").toLocaleLowerCase("de-DE").replace(/\s+/g, " ").trim();
const surname = (n) => fold(n).split(" ").at(-1);
for (const [gdir, adir] of [["fixtures/gold", null], ["/work/shared/devset/gold", "/work/shared/devset/articles"]]) {
for (const f of readdirSync(gdir).sort()) {
  const g = parse(readFileSync(`${gdir}/${f}`, "utf8"));
  const p = adir ? `${adir}/${f.replace(".yaml", ".txt")}` : g.file;
  const r = await extract(readFileSync(p), { source: p });
  for (const gp of g.people ?? []) {
    const m = r.people.find((x) => surname(x.name) === surname(gp.name));
    if (!m) console.log(f, "MISS", gp.name, "|", gp.role);
    else if (gp.role && !(m.role && (fold(m.role).includes(fold(gp.role)) || fold(gp.role).includes(fold(m.role))))) console.log(f, "ROLE", gp.name, "| gold:", gp.role, "| got:", m.role);
  }
  for (const x of r.people) if (!(g.people ?? []).some((gp) => surname(gp.name) === surname(x.name))) console.log(f, "FP", x.name, x.role);
}}
