import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "nrw-extract-"));
const SEED = "fixtures/seeds/000_f08ff909c5dbe154.txt";

describe("cli", () => {
  it("writes one YAML per article and the index files", async () => {
    const out = tmp();
    const r = await cli(["fixtures/seeds", "--out", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "000_f08ff909c5dbe154.yaml", "001_e2b8503bbe5884f7.yaml", "002_48284394b3da9960.yaml",
      "003_5b73d8a9638cbaac.yaml", "004_83a80a793b0c21eb.yaml", "index.json", "index.yaml",
    ]);
    expect(r.stderr).toContain("5 articles extracted, 0 failed");
    const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8"));
    expect(index.articles.map((a: { date: string }) => a.date)).toEqual(["2017-10-19", "2018-01-15", "2018-12-21", "2019-03-14", "2020-11-27"]);
    expect(index.deadlines[0]).toMatchObject({ date: "2019-03-31", article: "004_83a80a793b0c21eb" });
  });

  it("--json prints the index on stdout and writes no files", async () => {
    const r = await cli(["fixtures/seeds", "--json", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).articles).toHaveLength(5);
  });

  it("--ndjson prints one record per line in input order", async () => {
    const r = await cli(["fixtures/seeds", "--ndjson", "-q"]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["000_f08ff909c5dbe154", "001_e2b8503bbe5884f7", "002_48284394b3da9960", "003_5b73d8a9638cbaac", "004_83a80a793b0c21eb"]);
  });

  it("reads stdin for - and resolves relative dates with --reference-date", async () => {
    const r = await cli(["-", "--ndjson", "-q", "--reference-date", "2024-02-06"], "Die Anträge müssen bis Ende kommenden Jahres gestellt werden.");
    const record = JSON.parse(r.stdout);
    expect(record.id).toBe("stdin");
    expect(record.deadlines.map((d: { date: string }) => d.date)).toEqual(["2025-12-31"]);
  });

  it("reports bad inputs with path and reason, still extracts the rest, exits 1", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Die Stadt Köln erhält 5 Millionen Euro für Schulen und Straßen in der Region.", "latin1"));
    writeFileSync(join(dir, "locked.txt"), "Text");
    chmodSync(join(dir, "locked.txt"), 0o000);
    mkdirSync(join(dir, "nothing-here"));
    const r = await cli([dir, join(dir, "missing.txt"), join(dir, "nothing-here"), "--json", "-q"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "empty.txt")}: empty file`);
    expect(r.stderr).toContain(`${join(dir, "binary.txt")}: binary file`);
    expect(r.stderr).toContain(`${join(dir, "missing.txt")}: no such file or directory`);
    expect(r.stderr).toContain(`${join(dir, "nothing-here")}: no articles`);
    const index = JSON.parse(r.stdout);
    const latin = index.articles.find((a: { id: string }) => a.id === "latin1");
    expect(latin.body).toContain("Köln");
    expect(latin.amounts[0].value).toBe(5000000);
    if (process.getuid?.() !== 0) expect(r.stderr).toContain("locked.txt: permission denied");
  });

  it("gives unique, safe ids to inputs that share a name", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "a", "..evil name.txt"), "Ein kurzer Text über Bonn.");
    writeFileSync(join(dir, "b", "..evil name.txt"), "Ein kurzer Text über Köln.");
    const r = await cli([dir, "--ndjson", "-q"]);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["evil_name", "evil_name-2"]);
  });

  it("exits 2 on usage errors", async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli([SEED, "--reference-date", "2024-13-01"])).code).toBe(2);
    expect((await cli([SEED, "--jobs", "0"])).code).toBe(2);
    expect((await cli([SEED, "--json", "--ndjson"])).code).toBe(2);
    expect((await cli([SEED, "--no-such-option"])).code).toBe(2);
  });

  it("prints help with examples, the version and the schema", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect((await cli(["--version"])).stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const schema = JSON.parse((await cli(["schema"])).stdout);
    expect(Object.keys(schema.$defs)).toEqual(["record", "index"]);
  });

  it("refuses inputs over --max-bytes", async () => {
    const r = await cli([SEED, "--max-bytes", "100", "--json", "-q"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("file too large");
  });

  it("is deterministic: a second run gives byte-identical files", async () => {
    const [a, b] = [tmp(), tmp()];
    await cli(["fixtures", "--out", a, "-q"]);
    await cli(["fixtures", "--out", b, "-q"]);
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name), "utf8")).toBe(readFileSync(join(a, name), "utf8"));
  });
});
