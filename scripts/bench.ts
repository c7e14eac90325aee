// npm run bench: throughput of the pipeline (articles/s, MB/s) over a corpus made from the fixtures,
// cold start of the CLI on fixtures/seeds, peak RSS of a whole CLI run, and per-stage cost.
//   node dist/scripts/bench.js [--articles N] [--json FILE]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { STAGES, emptyArticle, prepareFor } from "../src/pipeline.js";
import type { Article } from "../src/types.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const ARTICLES = Number(argValue("--articles") ?? 2000);

function fixtureTexts(): { name: string; bytes: Buffer }[] {
  const files: { name: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (/\.(txt|html?)$/.test(name.name)) files.push({ name: name.name, bytes: readFileSync(path) });
    }
  };
  walk(join(ROOT, "fixtures"));
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** A corpus of N articles: the fixtures, each copy with its numbers shifted so no two inputs are equal. */
function corpus(n: number) {
  const base = fixtureTexts();
  return Array.from({ length: n }, (_, i) => {
    const f = base[i % base.length] as { name: string; bytes: Buffer };
    const text = f.bytes.toString("utf8").replace(/\b(\d{2,3}) Millionen/g, (_m, d) => `${Number(d) + (i % 7)} Millionen`);
    return { name: `${String(i).padStart(6, "0")}_${f.name}`, bytes: Buffer.from(text) };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const docs = corpus(ARTICLES);
  const totalBytes = docs.reduce((s, d) => s + d.bytes.length, 0);
  for (const d of docs) await prepareFor(d.bytes, d.name);
  const stageMs = new Array(STAGES.length).fill(0) as number[];
  // Warm-up so that the JIT is not measured.
  for (const d of docs.slice(0, 50)) STAGES.reduce((a: Article, s) => s(a), emptyArticle({ id: "w", source: d.name, bytes: d.bytes }));
  const t0 = performance.now();
  for (const d of docs) {
    let article = emptyArticle({ id: d.name, source: d.name, bytes: d.bytes });
    STAGES.forEach((stage, i) => {
      const s = performance.now();
      article = stage(article);
      stageMs[i] = (stageMs[i] ?? 0) + performance.now() - s;
    });
  }
  const seconds = (performance.now() - t0) / 1000;

  const dir = mkdtempSync(join(tmpdir(), "nrw-bench-"));
  mkdirSync(join(dir, "in"));
  for (const d of docs) writeFileSync(join(dir, "in", d.name), d.bytes);
  const bin = join(ROOT, "bin/nrw-extract.js");
  const runs: Record<string, { seconds: number; maxRssMB: number }> = {};
  for (const jobs of [1, 2]) {
    const s = performance.now();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", "node", bin, join(dir, "in"), "--out", join(dir, `out${jobs}`), "-q", "--jobs", String(jobs)], { encoding: "utf8" });
    const rss = Number((r.stderr.trim().split("\n").at(-1) ?? "0")) / 1024;
    runs[`jobs${jobs}`] = { seconds: (performance.now() - s) / 1000, maxRssMB: Math.round(rss) };
  }
  const cold: number[] = [];
  for (let i = 0; i < 7; i++) {
    const s = performance.now();
    spawnSync("node", [bin, join(ROOT, "fixtures/seeds"), "--json", "-q"], { encoding: "utf8" });
    cold.push(performance.now() - s);
  }
  rmSync(dir, { recursive: true, force: true });

  // Lexicons: parsing the JSON data (gazetteer, first names) and building the look-ups, in a fresh process;
  // the stage modules' own code (regexes, grammars) is not part of it.
  const dataUrl = (name: string) => new URL(`../src/locales/de/data/${name}.json`, import.meta.url).href;
  const stagesUrl = (name: string) => new URL(`../src/stages/${name}.js`, import.meta.url).href;
  const lexiconRuns = Array.from({ length: 5 }, () => {
    const code = [
      "let t=performance.now();",
      `await import(${JSON.stringify(dataUrl("gazetteer"))},{with:{type:"json"}});await import(${JSON.stringify(dataUrl("first-names"))},{with:{type:"json"}});`,
      "let ms=performance.now()-t;",
      `const places=await import(${JSON.stringify(stagesUrl("places"))});const people=await import(${JSON.stringify(stagesUrl("people"))});`,
      "t=performance.now();places.lexiconOf();people.firstNamesOf();ms+=performance.now()-t;console.log(ms)",
    ].join("");
    return Number(spawnSync("node", ["--input-type=module", "-e", code], { encoding: "utf8" }).stdout.trim());
  });

  // Adversarial 1 MB inputs: every stage must stay linear (issue 3 wants each under a second).
  const adversarial: Record<string, number> = {};
  const inputs: Record<string, string> = {
    digits: "1".repeat(1_000_000),
    repeatedBis: "bis ".repeat(250_000),
    dots: ".".repeat(1_000_000),
    oneWord: "a".repeat(1_000_000),
    oneLongLine: "Die Stadt plant bis 2025 neue Projekte für 5 Millionen Euro und Herr Müller freut sich. ".repeat(12_000),
    capitalisedWords: "Abc ".repeat(250_000),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const s0 = performance.now();
    STAGES.reduce((a: Article, stage) => stage(a), emptyArticle({ id: name, source: `${name}.txt`, bytes: Buffer.from(text), referenceDate: "2024-01-01" }));
    adversarial[name] = Math.round(performance.now() - s0);
  }

  const result = {
    articles: docs.length,
    megabytes: +(totalBytes / 1e6).toFixed(2),
    inProcess: { articlesPerSecond: Math.round(docs.length / seconds), megabytesPerSecond: +(totalBytes / 1e6 / seconds).toFixed(2), msPerArticle: +((seconds * 1000) / docs.length).toFixed(3) },
    stagesMsPerArticle: Object.fromEntries(STAGES.map((s, i) => [s.name || `stage${i}`, +((stageMs[i] ?? 0) / docs.length).toFixed(4)])),
    cli: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, { articlesPerSecond: Math.round(docs.length / v.seconds), seconds: +v.seconds.toFixed(2), peakRssMB: v.maxRssMB }])),
    coldStartMsMedian: Math.round(median(cold)),
    lexiconLoadMsMedian: +median(lexiconRuns).toFixed(1),
    adversarial1MbMs: adversarial,
  };
  console.log(JSON.stringify(result, null, 2));
  const out = argValue("--json") ?? join(ROOT, "bench-results/latest.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}

await main();
