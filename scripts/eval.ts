// npm run eval: scores nrw-extract against gold annotations and the peer suites, prints
// precision / recall / F1 per field, and fails when a score drops below fixtures/eval-baseline.json.
//   node dist/scripts/eval.js [--smoke] [--json FILE]
// --smoke: gold files and the boilerplate snippets only (no peer-suite runs), for CI.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { extract } from "../src/extract.js";
import type { ArticleRecord } from "../src/record.js";
import { scoreNumbersSuite } from "./numbers-suite.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHARED = resolve(ROOT, "../shared");
const smoke = process.argv.includes("--smoke");
const jsonAt = process.argv.indexOf("--json");
const jsonOut = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const fields = new Map<string, Counts>();
const add = (field: string, tp: number, fp: number, fn: number) => {
  const c = fields.get(field) ?? { tp: 0, fp: 0, fn: 0 };
  c.tp += tp;
  c.fp += fp;
  c.fn += fn;
  fields.set(field, c);
};
const norm = (s: unknown) => (typeof s === "string" ? s.replace(/\s+/g, " ").trim() : s == null ? null : String(s));
const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("de-DE").replace(/\s+/g, " ").trim();

type Gold = Record<string, unknown>;

/** A single-valued field: a prediction counts as tp when equal, fp when wrong, fn when gold is missed. */
function scoreScalar(field: string, gold: unknown, predicted: unknown, aliases: unknown[] = []) {
  const g = norm(gold);
  const p = norm(predicted);
  const accepted = [g, ...aliases.map(norm)].filter((x) => x !== null);
  if (p !== null && accepted.includes(p)) add(field, 1, 0, 0);
  else add(field, 0, p !== null ? 1 : 0, g !== null ? 1 : 0);
}

/** Set matching with a pairing predicate; each gold item pairs with at most one prediction. */
function scoreSet<G, P>(field: string, gold: readonly G[], predicted: readonly P[], same: (g: G, p: P) => boolean) {
  const free = [...predicted];
  let tp = 0;
  for (const g of gold) {
    const at = free.findIndex((p) => same(g, p));
    if (at >= 0) {
      tp++;
      free.splice(at, 1);
    }
  }
  add(field, tp, free.length, gold.length - tp);
}

const surname = (name: string) => fold(name).split(" ").at(-1) ?? "";
const close = (a: number | null | undefined, b: number | null | undefined) => a != null && b != null && Math.abs(a - b) <= Math.abs(b) * 0.005 + 0.005;

function scoreArticle(gold: Gold, record: ArticleRecord) {
  scoreScalar("title", gold.title, record.title);
  scoreScalar("date", gold.date, record.date);
  scoreScalar("publisher", gold.publisher, record.publisher, (gold.publisher_aliases as unknown[]) ?? []);
  scoreScalar("author", gold.author, record.author?.name ?? null);
  scoreScalar("kicker", gold.kicker, record.kicker);
  const goldPeople = ((gold.people as { name: string; role?: string }[]) ?? []);
  scoreSet("people", goldPeople, record.people, (g, p) => surname(g.name) === surname(p.name));
  const withRole = goldPeople.filter((g) => g.role);
  scoreSet("people.role", withRole, record.people.filter((p) => p.role), (g, p) => surname(g.name) === surname(p.name) && (fold(p.role ?? "").includes(fold(g.role ?? "")) || fold(g.role ?? "").includes(fold(p.role ?? ""))));
  // Strict: places named as nouns; places we flag as adjectival-only are neither rewarded nor punished.
  scoreSet("places", ((gold.places as string[]) ?? []).map(fold), record.places.filter((p) => !p.adjectival).map((p) => fold(p.name)), (g, p) => g === p);
  const lenient = [...((gold.places as string[]) ?? []), ...((gold.places_adjectival_only as string[]) ?? [])].map(fold);
  scoreSet("places (lenient)", lenient, record.places.map((p) => fold(p.name)), (g, p) => g === p);
  type GoldAmount = { value: number | null; value_min?: number; value_max?: number; currency: string; qualifier?: string };
  const goldAmounts = (gold.amounts as GoldAmount[]) ?? [];
  scoreSet("amounts", goldAmounts, record.amounts, (g, p) => {
    if (g.currency && p.currency !== g.currency) return false;
    if (g.value != null) return close(p.value, g.value);
    if (g.qualifier === "vague" && p.qualifier !== "vague") return false;
    return close(p.min, g.value_min) && close(p.max, g.value_max);
  });
  const goldDeadlines = ((gold.deadlines as { date: string | null }[]) ?? []).filter((d) => d.date);
  scoreSet("deadlines", goldDeadlines.map((d) => String(d.date)), record.deadlines.map((d) => d.date), (g, p) => g === p);
  const nonDeadlines = ((gold.non_deadlines as { text: string }[]) ?? []).map((n) => fold(n.text));
  const falseDeadlines = record.deadlines.filter((d) => nonDeadlines.some((n) => n.includes(fold(d.text)) || fold(d.text).includes(n))).length;
  add("non-deadline traps hit", falseDeadlines, 0, 0);
}

async function scoreGoldDir(label: string, goldDir: string, articleOf: (gold: Gold, file: string) => string) {
  if (!existsSync(goldDir)) return 0;
  let n = 0;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".yaml")).sort()) {
    const gold = parseYaml(readFileSync(join(goldDir, file), "utf8")) as Gold;
    const articlePath = articleOf(gold, file);
    const record = await extract(readFileSync(articlePath), { source: articlePath, id: String(gold.id) });
    scoreArticle(gold, record);
    n++;
  }
  console.log(`${label}: ${n} gold files`);
  return n;
}

function table(title: string) {
  const rows = [...fields].map(([field, c]) => {
    const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 1;
    const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1;
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    return { field, ...c, p, r, f1 };
  });
  console.log(`\n${title}\n${"field".padEnd(24)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)}     P      R     F1`);
  for (const row of rows) {
    if (row.field === "non-deadline traps hit") {
      console.log(`${row.field.padEnd(24)} ${String(row.tp).padStart(4)}  (deadlines predicted on a gold non-deadline; lower is better)`);
      continue;
    }
    console.log(`${row.field.padEnd(24)} ${String(row.tp).padStart(4)} ${String(row.fp).padStart(4)} ${String(row.fn).padStart(4)}  ${row.p.toFixed(3)}  ${row.r.toFixed(3)}  ${row.f1.toFixed(3)}`);
  }
  fields.clear();
  return rows;
}

/** trafilatura's snippet metric: `with` must appear in title+lead+body, `without` must not. */
async function scoreSnippets(casesFile: string, baseDir: string) {
  if (!existsSync(casesFile)) return null;
  const cases = readFileSync(casesFile, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  let tp = 0, fn = 0, fp = 0, tn = 0, dates = 0, dated = 0, titles = 0, titled = 0;
  for (const c of cases) {
    const path = join(baseDir, c.file);
    if (!existsSync(path)) continue;
    let text = "";
    let record: ArticleRecord | null = null;
    try {
      record = await extract(readFileSync(path), { source: path });
      text = [record.title, record.lead, record.body].filter(Boolean).join("\n").replace(/\s+/g, " ");
    } catch {
      // A crash counts as "nothing found", as in trafilatura's benchmark.
    }
    for (const s of c.with ?? []) (text.includes(s.replace(/\s+/g, " ")) ? tp++ : fn++);
    for (const s of c.without ?? []) (text.includes(s.replace(/\s+/g, " ")) ? fp++ : tn++);
    if (c.date) {
      dated++;
      if (record?.date === c.date) dates++;
    }
    if (c.title) {
      titled++;
      if (norm(record?.title) === norm(c.title)) titles++;
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  console.log(`${casesFile.split("/").slice(-2).join("/")}: ${cases.length} cases  snippets P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  date acc ${dates}/${dated}  exact title ${titles}/${titled}`);
  return { p, r, f1, dateAccuracy: dates / Math.max(1, dated), titleRate: titles / Math.max(1, titled) };
}

function runPeerSuite(args: string[]) {
  const scorer = join(SHARED, "peer-suites/score.mjs");
  const cmd = `node ${join(ROOT, "bin/nrw-extract.cjs")} {dir} --ndjson -q --reference-date {ref}`;
  const result = spawnSync("node", [scorer, ...args, "--failures", join(ROOT, `peer-failures-${args[0]?.split("/").pop()}.txt`), "--cmd", cmd], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const lines = (result.stdout ?? "").split("\n");
  const summary = lines.filter((l) => /recall|precision|F1|R\s|P\s|overall|total/i.test(l)).slice(0, 6);
  console.log(`\n$ score.mjs ${args.join(" ")}\n${(summary.length > 0 ? summary : lines.slice(0, 8)).join("\n")}`);
  if (result.status !== 0) console.log(`(scorer exited ${result.status}: ${(result.stderr ?? "").split("\n")[0]})`);
}

async function main() {
  const results: Record<string, unknown> = {};
  await scoreGoldDir("fixtures/gold", join(ROOT, "fixtures/gold"), (gold) => join(ROOT, String(gold.file)));
  results.gold = table("Gold: project fixtures (fixtures/gold)");
  const devset = join(SHARED, "devset");
  if (existsSync(devset)) {
    await scoreGoldDir("devset", join(devset, "gold"), (_g, file) => join(devset, "articles", file.replace(/\.yaml$/, ".txt")));
    results.devset = table("Gold: ../shared/devset (30 real articles, evaluation only)");
  }
  console.log("\nBoilerplate (trafilatura's snippet metric)");
  const bp = join(SHARED, "peer-suites/boilerplate-de");
  results.seedSnippets = await scoreSnippets(join(bp, "seeds-cases.jsonl"), join(ROOT, "fixtures"));
  results.htmlSnippets = await scoreSnippets(join(bp, "cases.jsonl"), bp);
  const numbersSuite = join(SHARED, "peer-suites/numbers-de.jsonl");
  if (existsSync(numbersSuite)) {
    const n = scoreNumbersSuite(numbersSuite);
    results.numbers = n;
    console.log(`\nnumbers-de.jsonl (${n.cases} cases, numbers grammar, values only): R ${(100 * n.recall).toFixed(1)}  P ${(100 * n.precision).toFixed(1)}  F1 ${(100 * n.f1).toFixed(1)}  (TP ${n.tp}, FN ${n.fn}, FP ${n.fp})`);
  }
  if (!smoke && existsSync(join(SHARED, "peer-suites/score.mjs"))) {
    const S = join(SHARED, "peer-suites");
    runPeerSuite([join(S, "money-de.jsonl")]);
    runPeerSuite([join(S, "time-de.jsonl"), "--min-grain", "day", "--exclude-tags", "holiday,timezone"]);
    runPeerSuite([join(S, "time-de-krauts.jsonl"), "--min-grain", "day"]);
  }
  if (jsonOut && !jsonOut.startsWith("--")) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
  const dropped = belowBaseline(results, JSON.parse(readFileSync(join(ROOT, "fixtures/eval-baseline.json"), "utf8")) as Baseline);
  for (const line of dropped) console.error(`eval: ${line}`);
  if (dropped.length > 0) process.exitCode = 1;
}

/** Floors per result set: F1 per field for gold tables, named scores for the snippet suites. */
type Baseline = Record<string, Record<string, number>>;

/**
 * The scores that fell below their floor, as messages. A set that did not run (../shared missing) has
 * nothing to compare; a floor naming a field the run did not score is itself an error, so that a
 * renamed field cannot switch its floor off unnoticed.
 */
function belowBaseline(results: Record<string, unknown>, baseline: Baseline): string[] {
  const messages: string[] = [];
  for (const [set, floors] of Object.entries(baseline)) {
    const scored = results[set];
    if (scored === undefined || scored === null) continue;
    const scores: Record<string, number> = Array.isArray(scored) ? Object.fromEntries((scored as { field: string; f1: number }[]).map((row) => [row.field, row.f1])) : (scored as Record<string, number>);
    for (const [field, floor] of Object.entries(floors)) {
      const score = scores[field];
      if (score === undefined) messages.push(`${set}: no score "${field}" to compare with its baseline ${floor}`);
      else if (score + 5e-4 < floor) messages.push(`${set}: ${field} ${score.toFixed(3)} fell below the baseline ${floor}`);
    }
  }
  return messages;
}

await main();
