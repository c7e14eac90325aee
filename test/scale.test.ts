// Issue 3: streaming index, NDJSON input, shards, progress, interrupts and hostile input.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import { extract } from "../src/extract.js";
import fc from "fast-check";
import { articleItemsOf, buildIndex, IndexBuilder, indexEntryOf } from "../src/merge.js";
import { ArticleSpool, batched, type IndexPart, NumberLog, indexJsonParts, indexYaml, indexYamlParts, jsonListItem, printArticle, toJson, toYaml, writeScattered, writeYamlListItem, yamlBytesOf, yamlListItem } from "../src/output.js";
import { indexLine, progressLine, summaryLine, wantsProgress } from "../src/progress.js";
import type { ArticleRecord } from "../src/record.js";
import { type Job, PoolWorker, poolSize, readTogether } from "../src/runner.js";
import { cli } from "./helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "nrw-scale-"));
const bin = "bin/nrw-extract.cjs";
const records = (ndjson: string): ArticleRecord[] => ndjson.trim().split("\n").map((line) => JSON.parse(line));

describe("the bin", () => {
  it("runs the bundle of the CLI (dist/bundle) and its workers, with the same records as the CLI's source", async () => {
    expect(readFileSync(bin, "utf8")).toContain("../dist/bundle/nrw-extract.cjs");
    // Eighteen inputs: enough for two workers, started from the bundle's worker.js.
    const bundled = spawnSync("node", [bin, "fixtures", "fixtures", "--ndjson", "-q", "--jobs", "2"], { encoding: "utf8" });
    expect(bundled.status).toBe(0);
    const inProcess = await cli(["fixtures", "fixtures", "--ndjson", "-q", "--jobs", "1"]);
    expect(records(bundled.stdout)).toHaveLength(18);
    expect(bundled.stdout).toBe(inProcess.stdout);
  });
});

describe("the temporary directory", () => {
  it("is not needed for --json over a few files (the spool stays in memory)", () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync("node", [bin, "fixtures/seeds", "--json", "-q"], { encoding: "utf8", env: { ...process.env, ...env } });
    const nowhere = run({ TMPDIR: join(tmp(), "missing") });
    expect(nowhere.status).toBe(0);
    expect(nowhere.stdout).toBe(run({}).stdout);
  });
});

describe("the bundle's code cache", () => {
  const bundle = "dist/bundle/nrw-extract.cjs";
  // In a process of its own: V8 takes a cache only from a process with the same flags, and vitest's may differ.
  const loadIn = (file: string) =>
    spawnSync("node", ["-e", `const b = require("./dist/src/bundle-loader.cjs").loadBundle(${JSON.stringify(file)}); console.log(JSON.stringify([typeof b.exports.runCli, typeof b.exports.serveJobs, b.script.cachedDataRejected ?? null]))`], { encoding: "utf8" });

  it("is written by the build and taken by V8", () => {
    expect(existsSync(`${bundle}.cache`)).toBe(true);
    expect(JSON.parse(loadIn(bundle).stdout)).toEqual(["function", "function", false]);
  });

  it("leaves node:worker_threads unloaded when a run needs no worker", () => {
    const script = `const { Writable, Readable } = require("node:stream");
      const { runCli } = require("./dist/src/bundle-loader.cjs").loadBundle("${bundle}").exports;
      const io = { stdout: new Writable({ write: (c, e, done) => done() }), stderr: process.stderr, stdin: Readable.from([]) };
      runCli(["fixtures/seeds", "--json", "-q", "--jobs", "2"], io).then((code) => console.log(code, process.moduleLoadList.includes("NativeModule worker_threads")));`;
    expect(spawnSync("node", ["-e", script], { encoding: "utf8" }).stdout.trim()).toBe("0 false");
  });

  it("is ignored when V8 cannot use it, and the bundle is compiled without it", () => {
    const dir = tmp();
    const copy = join(dir, "nrw-extract.cjs");
    writeFileSync(copy, readFileSync(bundle));
    expect(JSON.parse(loadIn(copy).stdout)).toEqual(["function", "function", null]);
    writeFileSync(`${copy}.cache`, Buffer.from("not a code cache"));
    expect(JSON.parse(loadIn(copy).stdout)).toEqual(["function", "function", true]);
  });
});

describe("streamed index", () => {
  it("keeps the spool's layout numbers across chunks, offsets past 4 GB included", () => {
    const log = new NumberLog();
    const values = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 2 ** 33 + i : i * 3));
    for (const value of values) log.push(value);
    expect(log.length).toBe(10_000);
    expect([0, 4095, 4096, 8191, 8192, 9999].map((i) => log.get(i))).toEqual([0, 4095, 4096, 8191, 8192, 9999].map((i) => values[i]));
    expect([...log.toArray()]).toEqual(values);
  });

  it("indents an article's YAML as an index.yaml item on its UTF-8 as yamlListItem() does on the string", () => {
    const line = fc.array(fc.constantFrom("a", " ", "-", "ü", "„", "€", "😀", "\n", "\n\n"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(line, fc.nat(20), (yaml, at) => {
        const bytes = Buffer.from(yaml, "utf8");
        const out = new Uint8Array(at + 4 + 5 * bytes.length);
        const end = writeYamlListItem(bytes, out, at);
        expect(Buffer.from(out.subarray(at, end)).toString("utf8")).toBe(yamlListItem(yaml));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    expect(Buffer.from(yamlBytesOf("a: 1\nb: |-\n  x\n\n  y\n")).toString("utf8")).toBe("a: 1\nb: |-\n  x\n\n  y\n");
  });

  it("writes index.json and index.yaml byte for byte as the in-memory index would be", async () => {
    const out = tmp();
    const run = await cli(["fixtures", "--out", out, "-q"]);
    expect(run.code).toBe(0);
    const all = records((await cli(["fixtures", "--ndjson", "-q"])).stdout);
    expect(all.length).toBeGreaterThan(8);
    const index = buildIndex(all, []);
    expect(readFileSync(join(out, "index.json"), "utf8")).toBe(toJson(index));
    expect(readFileSync(join(out, "index.yaml"), "utf8")).toBe(indexYaml(index));
    // Streamed a list item at a time, both are the whole index printed at once.
    expect(indexYaml(index)).toBe(toYaml(index));
    const withFailures = buildIndex(all, [{ source: "a.txt", error: "empty file" }]);
    const { articles, ...aggregates } = withFailures;
    expect([...indexJsonParts(articles.map((a) => jsonListItem(a)), aggregates)].join("")).toBe(toJson(withFailures));
    // No spool or temporary file is left behind.
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("--json with --out prints the index.json it wrote, also from a spool that spilled to a file", async () => {
    const dir = tmp();
    const texts = readdirSync("fixtures/own").filter((name) => name.endsWith(".txt"));
    // 600 articles print ~6 MB, more than the 4 MB the spool keeps in memory.
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, `${String(i).padStart(3, "0")}.txt`), readFileSync(join("fixtures/own", texts[i % texts.length] as string)));
    const out = tmp();
    const run = await cli([dir, "--out", out, "--json", "-q", "--jobs", "1"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(out, "index.json"), "utf8"));
    const index = JSON.parse(run.stdout);
    expect(index.articles).toHaveLength(600);
    expect(readFileSync(join(out, "index.yaml"), "utf8")).toBe(toYaml(index));
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("gives the same aggregates whatever order the articles finish in", async () => {
    const all = records((await cli(["fixtures", "--ndjson", "-q"])).stdout);
    const forward = new IndexBuilder();
    const backward = new IndexBuilder();
    for (const r of all) forward.add(indexEntryOf(r));
    for (const r of [...all].reverse()) backward.add(indexEntryOf(r));
    expect(backward.order()).toEqual(forward.order());
    expect(backward.aggregates([])).toEqual(forward.aggregates([]));
  });

  it("lists a person's roles once each, in the order of their first mention in index order, whatever order the articles come in", () => {
    const person = fc.record({ name: fc.constantFrom("Anna Schmidt", "Jörg Weiß"), role: fc.option(fc.constantFrom("Bürgermeisterin", "Landrat", "Ministerin für Digitales"), { nil: null }) });
    const article = fc.record({ people: fc.array(person, { maxLength: 4 }), date: fc.option(fc.constantFrom("2024-01-02", "2024-05-06", "2025-03-01"), { nil: null }) });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 10 }), fc.boolean(), (drawn, reversed) => {
        const entries = drawn.map((a, i) => ({ id: `a${(i * 7) % 10}${i}`, date: a.date, people: a.people, places: [], deadlineDates: [], amounts: 0, amountTotals: 0 }));
        const builder = new IndexBuilder();
        for (const entry of reversed ? [...entries].reverse() : entries) builder.add(entry);
        // The rule, read off the articles in index order: every mention with a role, first one first.
        const inOrder = builder.order().map((id) => entries.find((e) => e.id === id) as (typeof entries)[number]);
        const expected = new Map<string, string[]>();
        for (const e of inOrder) for (const p of e.people) expected.set(p.name, [...(expected.get(p.name) ?? []), ...(p.role ? [p.role] : [])]);
        const people = builder.aggregates([]).people;
        expect(Object.fromEntries(people.map((p) => [p.name, p.roles]))).toEqual(Object.fromEntries([...expected].map(([name, roles]) => [name, [...new Set(roles)]])));
      }),
      { numRuns: 300 },
    );
  });

  // Records whose deadlines and amounts are drawn at random: same dates in one article and across
  // articles, texts out of order, amounts in several currencies or none.
  const variedRecords = (base: ArticleRecord[]) => {
    const deadline = fc.record({ date: fc.constantFrom("2025-12-31", "2026-06-30", "2026-06-30"), text: fc.constantFrom("bis Ende 2025", "bis Mitte 2026", "ab Juni", "Anfang"), what: fc.option(fc.constantFrom("der Antrag", "Förderung"), { nil: null }) });
    const amount = fc.record({ value: fc.option(fc.integer({ min: 1, max: 9e9 }), { nil: null }), currency: fc.constantFrom("EUR", "USD"), text: fc.constantFrom("5 Millionen Euro", "3 Mio. $", "zwei Milliarden") });
    return fc.array(fc.tuple(fc.nat(base.length - 1), fc.array(deadline, { maxLength: 4 }), fc.array(amount, { maxLength: 3 }), fc.option(fc.constantFrom("2024-01-02", "2024-05-06"), { nil: null })), { minLength: 1, maxLength: 8 }).map((drawn) =>
      drawn.map(([from, deadlines, amounts, date], i) => {
        const record = base[from] as ArticleRecord;
        return {
          ...record,
          id: `a${(i * 7) % 10}${i}`,
          date,
          deadlines: deadlines.map((d) => ({ ...(record.deadlines[0] ?? {}), ...d }) as ArticleRecord["deadlines"][number]),
          amounts: amounts.map((m) => ({ ...(record.amounts[0] ?? {}), ...m, min: null, max: null }) as ArticleRecord["amounts"][number]),
        };
      }),
    );
  };

  it("lists deadlines by date, article and text, amounts and totals article by article in index order", async () => {
    const base = records((await cli(["fixtures", "--ndjson", "-q"])).stdout).filter((r) => r.deadlines.length > 0 && r.amounts.length > 0);
    expect(base.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(variedRecords(base), (varied) => {
        const index = buildIndex(varied, []);
        const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        const deadlines = varied
          .flatMap((r) => r.deadlines.map((d) => ({ date: d.date, text: d.text, what: d.what, article: r.id })))
          .sort((a, b) => byText(a.date, b.date) || byText(a.article, b.article) || byText(a.text, b.text));
        expect(index.deadlines).toEqual(deadlines);
        const inOrder = index.articles.map((a) => varied.find((r) => r.id === a.id) as ArticleRecord);
        expect(index.amounts).toEqual(inOrder.flatMap((r) => r.amounts.map((m) => ({ value: m.value, min: m.min, max: m.max, currency: m.currency, text: m.text, article: r.id }))));
        const totals = inOrder.flatMap((r) =>
          ["EUR", "USD"].flatMap((currency) => {
            const values = r.amounts.filter((m) => m.currency === currency && m.value !== null);
            return values.length > 0 ? [{ article: r.id, currency, total: values.reduce((sum, m) => sum + (m.value as number), 0) }] : [];
          }),
        );
        expect(index.amountTotals).toEqual(totals);
      }),
      { numRuns: 300 },
    );
  });

  it("assembles the same bytes from the spool as the in-memory index, whatever order the articles come in, in memory or spilled to a file", async () => {
    const base = records((await cli(["fixtures", "--ndjson", "-q"])).stdout).filter((r) => r.deadlines.length > 0 && r.amounts.length > 0);
    const dir = tmp();
    // Spilled before the first article, after a few, or never.
    const spillAt = fc.constantFrom(0, 20_000, 60_000, Number.POSITIVE_INFINITY);
    // How much scatter() reads at a time: every piece alone, a few, all.
    const stretches = fc.constantFrom(1, 3000, 20_000, 1 << 20);
    fc.assert(
      fc.property(variedRecords(base), fc.boolean(), spillAt, stretches, fc.boolean(), (varied, reversed, spillBytes, stretch, asWorkersSendThem) => {
        const spool = new ArticleSpool(dir, spillBytes);
        const builder = new IndexBuilder();
        try {
          let size = 0;
          for (const record of reversed ? [...varied].reverse() : varied) {
            const items = articleItemsOf(record);
            const printed = printArticle(record, yamlBytesOf(toYaml(record)), items);
            // A worker's come as a string of their bytes (serveJobs).
            if (asWorkersSendThem) printed.bytes = Buffer.from(printed.bytes as Uint8Array).toString("latin1");
            spool.add(record.id, printed);
            builder.add(indexEntryOf(record, items));
            size += printed.bytes.length;
            // The file exists once, and only once, the pieces pass the threshold.
            expect([spool.spilled, readdirSync(dir).length]).toEqual(size > spillBytes ? [true, 1] : [false, 0]);
          }
          const aggregates = spool.printedAggregates(builder.aggregates([]));
          const text = (parts: Iterable<IndexPart>) => Buffer.concat([...batched(parts, 64)]).toString("utf8");
          const index = buildIndex(varied, []);
          expect(text(indexJsonParts(spool.articles(builder.order(), "json"), aggregates))).toBe(toJson(index));
          expect(text(indexYamlParts(spool.articles(builder.order(), "yaml"), aggregates))).toBe(toYaml(index));
          // The CLI makes both at once: a batch of one, then a batch of the other, from the same spool.
          const json = batched(indexJsonParts(spool.articles(builder.order(), "json"), aggregates), 64);
          const yaml = batched(indexYamlParts(spool.articles(builder.order(), "yaml"), aggregates), 64);
          const made: { json: Buffer[]; yaml: Buffer[] } = { json: [], yaml: [] };
          for (let j = json.next(), y = yaml.next(); !j.done || !y.done; j = j.done ? j : json.next(), y = y.done ? y : yaml.next()) {
            if (!j.done) made.json.push(Buffer.from(j.value));
            if (!y.done) made.yaml.push(Buffer.from(y.value));
          }
          expect([Buffer.concat(made.json).toString("utf8"), Buffer.concat(made.yaml).toString("utf8")]).toEqual([toJson(index), toYaml(index)]);
          // Last, as it uses the spool up: both files from one pass over it, back to front.
          const out = mkdtempSync(join(tmpdir(), "nrw-scatter-"));
          try {
            const refs = spool.printedAggregates(builder.aggregates([]), true);
            spool.scatter(
              [
                { path: join(out, "index.yaml"), parts: indexYamlParts(spool.articleRefs(builder.order(), "yaml"), refs) },
                { path: join(out, "index.json"), parts: indexJsonParts(spool.articleRefs(builder.order(), "json"), refs) },
              ],
              stretch,
            );
            expect([readFileSync(join(out, "index.json"), "utf8"), readFileSync(join(out, "index.yaml"), "utf8")]).toEqual([toJson(index), toYaml(index)]);
            // What was read is freed: the spool's file is cut to nothing.
            if (spool.spilled) expect(readdirSync(dir).map((name) => statSync(join(dir, name)).size)).toEqual([0]);
            expect(() => [...spool.articles(builder.order(), "json")]).toThrow("scatter");
          } finally {
            rmSync(out, { recursive: true, force: true });
          }
        } finally {
          spool.dispose();
        }
      }),
      { numRuns: 200 },
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("batches pieces into buffers of at most the batch size (a larger piece alone), copying each piece as it comes", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 30 }), (pieces) => {
        // The pieces come as views of one buffer that is overwritten for the next, as the spool's are.
        const scratch = new Uint8Array(40);
        function* reused() {
          for (const piece of pieces) {
            scratch.set(piece);
            yield scratch.subarray(0, piece.length);
          }
        }
        const batches = [...batched(reused(), 16)];
        expect(Buffer.concat(batches)).toEqual(Buffer.concat(pieces));
        for (const batch of batches) expect(batch.length <= 16 || pieces.some((p) => p.length === batch.length)).toBe(true);
      }),
    );
  });

  it("writes the index files whole, and on a failure while making them leaves neither the files nor a temporary", () => {
    const dir = tmp();
    const spool = new ArticleSpool(dir, 0);
    try {
      // 3.5 MB of text parts: written as they come, a stretch at a time.
      const pieces = Array.from({ length: 500 }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[i % 26]?.repeat(7000) ?? "");
      function* failing() {
        yield* pieces.slice(0, 400);
        throw new Error("spool unreadable");
      }
      expect(() => writeScattered(dir, spool, [{ name: "whole.json", parts: pieces }, { name: "broken.json", parts: failing() }])).toThrow("spool unreadable");
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      spool.dispose();
    }
    const whole = new ArticleSpool(dir, 0);
    try {
      const pieces = Array.from({ length: 500 }, (_, i) => Buffer.alloc(7000, 97 + (i % 26)));
      writeScattered(dir, whole, [{ name: "whole.json", parts: pieces }]);
      expect(readFileSync(join(dir, "whole.json")).equals(Buffer.concat(pieces))).toBe(true);
    } finally {
      whole.dispose();
    }
    expect(readdirSync(dir)).toEqual(["whole.json"]);
  });

  it("--json on an empty run is still a valid index", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const r = await cli([dir, "--json", "-q"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: [], failed: [{ error: "empty file" }] });
  });
});

describe("--input-format ndjson", () => {
  const lines = [
    JSON.stringify({ id: "k1", text: "Düsseldorf, 3. Mai 2024. Die Stadt Köln erhält 5 Millionen Euro für ihre Schulen." }),
    "{ not json",
    JSON.stringify({ id: "k2", html: "<html><head><title>Neues Rathaus</title></head><body><article><h1>Neues Rathaus</h1><p>Die Stadt Bonn baut bis Ende 2026 ein neues Rathaus für 40 Millionen Euro und informiert die Bürger.</p></article></body></html>", url: "https://example.org/rathaus" }),
    "",
    JSON.stringify({ id: "k3" }),
    JSON.stringify({ text: "Münster bekommt einen neuen Radweg." }),
  ].join("\n");

  it("reads one article per line from stdin, reports bad lines with their line number and goes on", async () => {
    const r = await cli(["-", "--input-format", "ndjson", "--ndjson", "-q"], lines);
    expect(r.code).toBe(1);
    const got = records(r.stdout);
    expect(got.map((g) => g.id)).toEqual(["k1", "k2", "stdin-6"]);
    expect(got[0]?.amounts[0]?.value).toBe(5_000_000);
    expect(got[1]).toMatchObject({ format: "html", source: "https://example.org/rathaus", title: "Neues Rathaus" });
    expect(got[1]?.deadlines[0]?.date).toBe("2026-12-31");
    expect(r.stderr).toContain("stdin:2: not valid JSON");
    expect(r.stderr).toContain('stdin:5: no "text" or "html" string');
  });

  it("reads NDJSON files and directories of them; text lines that look like HTML stay text", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.ndjson"), `${JSON.stringify({ id: "x", text: "<html> ist hier nur ein Wort: Essen plant viel." })}\n`);
    writeFileSync(join(dir, "b.jsonl"), `${JSON.stringify({ id: "x", text: "Die Stadt Essen plant viel." })}\n`);
    writeFileSync(join(dir, "ignored.txt"), "Kein NDJSON.");
    const r = await cli([dir, "--input-format", "ndjson", "--ndjson", "-q"]);
    expect(r.code).toBe(0);
    const got = records(r.stdout);
    expect(got.map((g) => [g.id, g.format])).toEqual([["x", "text"], ["x-2", "text"]]);
  });

  it("refuses lines over --max-bytes", async () => {
    const r = await cli(["-", "--input-format", "ndjson", "--ndjson", "-q", "--max-bytes", "100"], lines);
    expect(r.stderr).toContain("stdin:3: line too large");
  });
});

describe("--shard K/N", () => {
  it("splits the inputs into disjoint slices whose union is the whole run, with the same ids", async () => {
    const whole = records((await cli(["fixtures", "--ndjson", "-q"])).stdout);
    const parts = await Promise.all([1, 2, 3].map(async (k) => records((await cli(["fixtures", "--ndjson", "-q", "--shard", `${k}/3`])).stdout)));
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const union = parts.flat().sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(union).toEqual([...whole].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it("rejects a malformed shard", async () => {
    for (const bad of ["0/3", "4/3", "1", "a/b"]) expect((await cli(["fixtures", "--shard", bad, "-q"])).code).toBe(2);
  });

  // The README's example, run as written; GNU parallel is not on every machine (CI has no apt).
  const hasParallel = spawnSync("parallel", ["--version"]).status === 0;
  it.skipIf(!hasParallel)("the README's GNU parallel example gives the same records as one run", () => {
    const readme = readFileSync("README.md", "utf8");
    const command = /```sh\n# spread over 2 processes with GNU parallel\n(.+)\n```/.exec(readme)?.[1];
    expect(command).toBeDefined();
    const out = tmp();
    const r = spawnSync("bash", ["-c", `${command?.replaceAll("nrw-extract ", `node ${bin} `)}`], { encoding: "utf8", env: { ...process.env, OUT: out } });
    expect(r.status).toBe(0);
    const one = spawnSync("node", [bin, "fixtures", "--ndjson", "-q"], { encoding: "utf8" });
    expect({ status: one.status, signal: one.signal, stderr: one.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
    const whole = one.stdout;
    const sorted = (s: string) => s.trim().split("\n").sort();
    expect(sorted(readFileSync(join(out, "all.ndjson"), "utf8"))).toEqual(sorted(whole));
  });
});

describe("progress", () => {
  it("formats one line with counts, rate and failures", () => {
    expect(progressLine({ done: 1234, failed: 2, total: 5000 }, 2000)).toBe("nrw-extract: 1,234/5,000 articles · 617 articles/s · 2 failed");
    expect(progressLine({ done: 10, failed: 0, total: null }, 1000)).toBe("nrw-extract: 10 articles · 10 articles/s · 0 failed");
  });

  it("ends a run with a summary that writes its counts as the progress line does", () => {
    expect(summaryLine({ extracted: 100_000, failed: 1234, ms: 68_900, interrupted: false, where: "/data/out" })).toBe(
      "nrw-extract: 100,000 articles extracted, 1,234 failed in 68.9 s (1,451 articles/s) → /data/out",
    );
    expect(summaryLine({ extracted: 1, failed: 0, ms: 0, interrupted: true, where: null })).toBe("nrw-extract: interrupted: 1 article extracted, 0 failed in 0.0 s (– articles/s)");
  });

  it("shows only on a terminal, never under --quiet or in CI", () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    expect(wantsProgress(tty, false, {})).toBe(true);
    expect(wantsProgress(tty, true, {})).toBe(false);
    expect(wantsProgress(tty, false, { CI: "true" })).toBe(false);
    expect(wantsProgress(new PassThrough(), false, {})).toBe(false);
  });

  it("draws on a TTY stderr and clears the line before the summary", async () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: string[] = [];
    stderr.on("data", (c) => chunks.push(String(c)));
    const code = await runCli(["fixtures/seeds", "--ndjson"], { stdout: new PassThrough().resume(), stderr, stdin: Readable.from([]), env: {} });
    expect(code).toBe(0);
    const text = chunks.join("");
    expect(text).toContain("\r\x1b[Knrw-extract: 1/5 articles");
    expect(text).toMatch(/\r\x1b\[Knrw-extract: 5 articles extracted, 0 failed in [\d.]+ s/);
  });

  it("says that the index is being written, and clears that line before the summary", async () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: string[] = [];
    stderr.on("data", (c) => chunks.push(String(c)));
    const code = await runCli(["fixtures/seeds", "--out", tmp()], { stdout: new PassThrough().resume(), stderr, stdin: Readable.from([]), env: {} });
    expect(code).toBe(0);
    expect(chunks.join("")).toMatch(/\r\x1b\[Knrw-extract: 5 articles extracted · writing the index …\r\x1b\[Knrw-extract: 5 articles extracted, 0 failed in [\d.]+ s/);
    expect(indexLine(1)).toBe("nrw-extract: 1 article extracted · writing the index …");
  });
});

describe("interrupts", () => {
  it("SIGINT stops taking inputs, keeps finished records, writes the index last and exits 130", async () => {
    const dir = tmp();
    const seed = readFileSync("fixtures/seeds/000_f08ff909c5dbe154.txt");
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `a${String(i).padStart(4, "0")}.txt`), seed);
    const out = tmp();
    const child = spawn("node", [bin, dir, "--out", out, "--jobs", "2"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += String(c);
    });
    // Interrupt once the first records are on disk.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(out).some((n) => n.endsWith(".yaml"))) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    const yamls = readdirSync(out).filter((n) => n.endsWith(".yaml") && n !== "index.yaml");
    expect(yamls.length).toBeLessThan(3000);
    const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8"));
    expect(index.articles.map((a: { id: string }) => `${a.id}.yaml`).sort()).toEqual(yamls.sort());
    expect(existsSync(join(out, "index.yaml"))).toBe(true);
  }, 60_000);
});

describe("worker pool", () => {
  it("runs a short input in the main thread, a long one on the workers, --jobs 1 from 1,000 inputs on one", () => {
    expect(poolSize(1, 1000, false)).toBe(1);
    expect(poolSize(1, 999, true)).toBe(0);
    expect(poolSize(1, 5, true)).toBe(0);
    expect(poolSize(2, 16, false)).toBe(2);
    expect(poolSize(2, 16, true)).toBe(2);
    expect(poolSize(2, 15, true)).toBe(0);
    expect(poolSize(4, 24, true)).toBe(3);
  });

  it("a worker that dies fails the input it was on; the others in flight go to a fresh worker", async () => {
    const worker = new PoolWorker(new URL("./crashing-worker.mjs", import.meta.url));
    const outputs = { yamlDir: null, indexItems: false, ndjson: false };
    const jobs = ["a", "crash", "b", "c"].map((source) => ({ source, id: source, referenceDate: null, maxBytes: 1, outputs }));
    const settled = await Promise.allSettled(jobs.map((job) => worker.ask(job)));
    await worker.close();
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/exit code 3/);
  });

  it("a worker that dies fails the input it was on, not one it extracted earlier and has not answered yet", async () => {
    const worker = new PoolWorker(new URL("./crashing-worker.mjs", import.meta.url));
    const outputs = { yamlDir: null, indexItems: false, ndjson: false };
    const jobs = ["held", "crash", "b"].map((source) => ({ source, id: source, referenceDate: null, maxBytes: 1, outputs }));
    const settled = await Promise.allSettled(jobs.map((job) => worker.ask(job)));
    await worker.close();
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/exit code 3/);
  });

  it("reads a batch's small input files ahead, and leaves the rest to be read (and reported) in turn", () => {
    const dir = tmp();
    const file = (name: string, size: number) => {
      writeFileSync(join(dir, name), "x".repeat(size));
      return join(dir, name);
    };
    const outputs = { yamlDir: null, indexItems: false, ndjson: false };
    const job = (source: string, extra: Partial<Job> = {}): { seq: number; job: Job } => ({ seq: 0, job: { source, id: source, referenceDate: null, maxBytes: 1000, outputs, ...extra } });
    const batch = [
      job(file("a.txt", 300)),
      job(join(dir, "missing.txt")),
      job(dir),
      job(file("b.txt", 400)),
      job(file("c.txt", 200)),
      job(file("huge.txt", 2000)),
      job("line 1", { bytes: new Uint8Array(3) }),
      job("-", { stream: true }),
    ].map((entry, seq) => ({ ...entry, seq }));
    const marked: number[] = [];
    // 600 bytes of room: a.txt (300) fits, b.txt (400) does not, c.txt (200) still does.
    const read = readTogether(batch, (seq) => marked.push(seq), 600);
    expect(read.map((bytes) => bytes?.length ?? null)).toEqual([300, null, null, null, 200, null, null, null]);
    // Each file read is marked as the job the thread is on, and unmarked after.
    expect(marked).toEqual([0, -1, 1, -1, 2, -1, 3, -1, 4, -1, 5, -1]);
  });

  it("keeps several jobs in a worker's queue, but no more input bytes than QUEUED_BYTES_PER_WORKER beside the one it is on", async () => {
    const outputs = { yamlDir: null, indexItems: false, ndjson: false };
    const waitingWhenEachCame = async (megabytes: number) => {
      const worker = new PoolWorker(new URL("./crashing-worker.mjs", import.meta.url));
      const bytes = megabytes > 0 ? new Uint8Array(megabytes * 1024 * 1024) : undefined;
      const jobs = [1, 2, 3, 4].map((n) => ({ source: `slow${n}`, id: `slow${n}`, referenceDate: null, maxBytes: 1 << 30, outputs, ...(bytes ? { bytes } : {}) }));
      const outcomes = await Promise.all(jobs.map((job) => worker.ask(job)));
      await worker.close();
      return outcomes.map((outcome) => (outcome.ok ? null : Number(outcome.error)));
    };
    // Files (no bytes): all four at once. 3 MB lines: two fit in 8 MB, a third waits for the first answer.
    // 9 MB lines: one at a time.
    expect(await waitingWhenEachCame(0)).toEqual([0, 1, 2, 3]);
    expect(await waitingWhenEachCame(3)).toEqual([0, 1, 1, 1]);
    expect(await waitingWhenEachCame(9)).toEqual([0, 0, 0, 0]);
  });

  it("marks what a worker extracted as copied, so the index keeps its strings without copying them again", async () => {
    const worker = new PoolWorker(new URL("./crashing-worker.mjs", import.meta.url));
    const outputs = { yamlDir: null, indexItems: false, ndjson: false };
    const [extracted, failed] = await Promise.all(["ok", "a"].map((source) => worker.ask({ source, id: source, referenceDate: null, maxBytes: 1, outputs })));
    await worker.close();
    expect([extracted?.ok && extracted.copied, failed?.ok]).toEqual([true, false]);
    // Kept as they are or copied, the entry gives the same index.
    const entry = { id: "x", date: null, people: [{ name: "Anna Beck", role: "Landrätin" }], places: [], deadlineDates: [], amounts: 0, amountTotals: 0 };
    const kept = new IndexBuilder();
    kept.add(entry, true);
    const copiedAgain = new IndexBuilder();
    copiedAgain.add(entry);
    expect(kept.aggregates([])).toEqual(copiedAgain.aggregates([]));
  });
});

describe("hostile input", () => {
  // Guards against quadratic blow-ups (minutes, not seconds); the bench reports the real times.
  const huge: Record<string, string> = {
    "100,000 digits": "7".repeat(100_000),
    "a million digits": "1".repeat(1_000_000),
    "one 1 MB word": "a".repeat(1_000_000),
    "1 MB of 31-letter words": `${"b".repeat(31)} `.repeat(31_250),
    '"bis bis bis …"': "bis ".repeat(250_000),
    "one sentence of 200,000 years": "2024 ".repeat(200_000),
    "200,000 short lines": "Kurz\n".repeat(200_000),
    "35,000 paragraphs with an amount": "Es kostet 5 Millionen Euro.\n\n".repeat(35_000),
    "a million dots": ".".repeat(1_000_000),
    "one 1 MB line": "Die Stadt plant bis 2025 neue Projekte für 5 Millionen Euro und Herr Müller freut sich. ".repeat(12_000),
    "40,000 top-level HTML paragraphs": "<p>Köln zahlt 5 Euro im Jahr 2024.</p>".repeat(40_000),
    "deeply nested HTML": `<html><body>${"<div>".repeat(50_000)}<p>Die Stadt Köln zahlt 5 Millionen Euro.</p>${"</div>".repeat(50_000)}</body></html>`,
  };
  for (const [name, text] of Object.entries(huge)) {
    it(`extracts ${name} without failing`, async () => {
      const record = await extract(text, { source: name.includes("HTML") ? "page.html" : "page.txt", referenceDate: "2024-01-01" });
      expect(record.id).toBe("article");
    }, 15_000);
  }
});
