import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rawArgvOf } from "../src/cli.js";
import { cli } from "./helpers.js";

// Every directory a test makes goes when the file's tests are done (unreadable ones get their mode back first).
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), "nrw-extract-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) {
    try {
      chmodRecursive(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A directory the test left unreadable on purpose may resist; it is in the system's temp dir.
    }
  }
});
function chmodRecursive(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) chmodRecursive(join(dir, entry.name));
}
const SEED = "fixtures/seeds/000_f08ff909c5dbe154.txt";

/** A directory of 20 inputs, the seeds over and over ("00-000_….txt" …): enough for two workers. */
function twentySeedCopies(): string {
  const dir = tmp();
  const seeds = readdirSync("fixtures/seeds");
  for (let i = 0; i < 20; i++) {
    const name = seeds[i % seeds.length] as string;
    writeFileSync(join(dir, `${String(i).padStart(2, "0")}-${name}`), readFileSync(join("fixtures/seeds", name)));
  }
  return dir;
}

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

describe("cli as a process", () => {
  const bin = "bin/nrw-extract.cjs";
  const run = (args: string[]) => spawnSync("node", [bin, ...args], { encoding: "utf8" });

  it("says what to do, in one line, when the bin's bundle was never built", () => {
    const checkout = tmp();
    mkdirSync(join(checkout, "bin"));
    writeFileSync(join(checkout, "bin/nrw-extract.cjs"), readFileSync(bin));
    const r = spawnSync("node", [join(checkout, "bin/nrw-extract.cjs"), "fixtures/seeds"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`nrw-extract: ${join(checkout, "dist/bundle/nrw-extract.cjs")} is missing: run \`npm run build\` (or \`npm ci\`) in ${checkout}`]);
  });

  it("gives the same output for --jobs 1 and --jobs 2 over many inputs (worker threads)", () => {
    const dir = twentySeedCopies();
    const one = run([dir, "--ndjson", "-q", "--jobs", "1"]);
    const two = run([dir, "--ndjson", "-q", "--jobs", "2"]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split("\n")).toHaveLength(20);
    // The record files too: a worker writes several at a time, after their extraction.
    const files = (jobs: string) => {
      const out = tmp();
      expect(run([dir, "--out", out, "-q", "--jobs", jobs]).status).toBe(0);
      return readdirSync(out)
        .sort()
        .map((name) => [name, readFileSync(join(out, name), "utf8")]);
    };
    const written = files("2");
    expect(written).toHaveLength(22);
    expect(written).toEqual(files("1"));
  });

  it("exits quietly when stdout is closed early", () => {
    const r = spawnSync("bash", ["-c", `node ${bin} fixtures/seeds --ndjson -q | head -c 10 >/dev/null; echo "status:\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("status:0");
    expect(r.stderr).not.toContain("EPIPE");
  });

  it("reports an unwritable --out once and exits 1", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a-file"), "x");
    const r = run([SEED, "--out", join(dir, "a-file", "sub"), "-q"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("cannot create output directory");
  });

  // procfs answers ENOENT for the child and EEXIST for /proc itself: Node's recursive mkdir spun there for ever.
  it.runIf(existsSync("/proc/self"))("reports an --out that /proc cannot hold at once, instead of hanging", () => {
    const r = spawnSync("node", [bin, SEED, "--out", "/proc/nrw-extract-test/out", "-q"], { encoding: "utf8", timeout: 30_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cannot create output directory /proc/nrw-extract-test/out: ENOENT");
  });

  it("reports an --out that is a file, and makes every missing level of a new one", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a-file"), "x");
    const onFile = run([SEED, "--out", join(dir, "a-file"), "-q"]);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr).toContain("not a directory");
    const nested = join(dir, "new", "levels", "out");
    expect(run([SEED, "--out", nested, "-q"]).status).toBe(0);
    expect(readdirSync(nested)).toContain("index.json");
  });

  it("fails the one article whose record cannot be written, and writes the others", () => {
    const out = tmp();
    // A non-empty directory where the first seed's record should go: the rename onto it fails.
    mkdirSync(join(out, "000_f08ff909c5dbe154.yaml", "x"), { recursive: true });
    for (const jobs of ["1", "2"]) {
      const r = run(["fixtures/seeds", "--out", out, "-q", "--jobs", jobs]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/000_f08ff909c5dbe154\.txt: cannot write .*000_f08ff909c5dbe154\.yaml/)]);
      expect(readdirSync(out).filter((n) => n.endsWith(".yaml")).sort()).toEqual([
        "000_f08ff909c5dbe154.yaml", "001_e2b8503bbe5884f7.yaml", "002_48284394b3da9960.yaml", "003_5b73d8a9638cbaac.yaml", "004_83a80a793b0c21eb.yaml", "index.yaml",
      ]);
      const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8"));
      expect(index.articles).toHaveLength(4);
      expect(index.failed).toHaveLength(1);
      expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    }
  });

  it("fails the one article whose record a worker cannot write, among those it writes together", () => {
    const dir = twentySeedCopies();
    const seeds = readdirSync("fixtures/seeds");
    const out = tmp();
    const blocked = `09-${(seeds[9 % seeds.length] as string).replace(/\.txt$/, "")}`;
    mkdirSync(join(out, `${blocked}.yaml`, "x"), { recursive: true });
    const r = run([dir, "--out", out, "-q", "--jobs", "2"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining(`${blocked}.txt: cannot write `)]);
    const records = readdirSync(out).filter((n) => n.endsWith(".yaml") && n !== "index.yaml");
    expect(records).toHaveLength(20);
    expect(records.filter((n) => statSync(join(out, n)).isFile())).toHaveLength(19);
    const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8"));
    expect([index.articles.length, index.failed.length]).toEqual([19, 1]);
    expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("decodes an HTML page in its declared charset, and reports a symlink loop without stopping", () => {
    const dir = tmp();
    const html = "<html><head><meta charset=\"iso-8859-1\"><title>Grüße aus Köln</title></head><body><article><h1>Grüße aus Köln</h1><p>Die Stadt Köln investiert 3 Millionen Euro in die Digitalisierung ihrer Bürgerbüros und Schulen. Bis Ende 2025 soll alles fertig sein.</p></article></body></html>";
    writeFileSync(join(dir, "page.html"), Buffer.from(html, "latin1"));
    symlinkSync(dir, join(dir, "loop"));
    const r = run([dir, "--ndjson", "-q"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? "{}");
    expect(record.title).toBe("Grüße aus Köln");
    expect(record.amounts[0].value).toBe(3_000_000);
    expect(record.warnings[0]).toContain("iso-8859-1");
    expect(r.stderr).toContain(`${join(dir, "loop")}: symbolic link loop`);
    expect(r.status).toBe(1);
  });

  it("reads a file whose name is not valid UTF-8 (Latin-1 from an old archive), shown as Windows-1252", () => {
    const dir = tmp();
    const latin1Name = Buffer.concat([Buffer.from(`${dir}/K`), Buffer.from([0xf6]), Buffer.from("ln.txt")]);
    try {
      writeFileSync(latin1Name, readFileSync(SEED));
    } catch {
      return; // A file system that allows only UTF-8 names (APFS) cannot hold such a file.
    }
    const r = run([dir, "--ndjson", "-q"]);
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout.trim());
    expect(record.source).toBe(join(dir, "Köln.txt"));
    expect(record.title).toBe("Kooperation mit Estland");
  });

  it("reads a pipe named on the command line (a shell's <(…)) and a device up to --max-bytes; a pipe found in a directory is refused", () => {
    const bash = spawnSync("bash", ["-c", `node ${bin} <(cat ${SEED}) --ndjson -q`], { encoding: "utf8" });
    if (bash.error) return; // No bash to make the pipe.
    expect(bash.status).toBe(0);
    expect(JSON.parse(bash.stdout.trim()).title).toBe("Kooperation mit Estland");
    // /dev/zero never ends: refused one byte past the limit, not read for ever.
    const zero = run(["/dev/zero", "--max-bytes", "1000", "--ndjson", "-q"]);
    expect(zero.status).toBe(1);
    expect(zero.stderr).toContain("/dev/zero: input too large (more than --max-bytes 1000 bytes)");
    const dir = tmp();
    writeFileSync(join(dir, "seed.txt"), readFileSync(SEED));
    // Nobody writes to this pipe: reading it would wait for ever.
    if (spawnSync("mkfifo", [join(dir, "pipe.txt")]).status !== 0) return;
    const walked = run([dir, "--ndjson", "-q"]);
    expect(walked.stdout.trim().split("\n")).toHaveLength(1);
    expect(walked.stderr).toContain(`${join(dir, "pipe.txt")}: not a regular file`);
    expect(walked.status).toBe(1);
  });

  it("reads a file and a directory named in Latin-1 on the command line (a shell glob), shown as Windows-1252", () => {
    const dir = tmp();
    const latin1 = (name: string, byte: number, rest: string) => Buffer.concat([Buffer.from(`${dir}/${name}`), Buffer.from([byte]), Buffer.from(rest)]);
    try {
      writeFileSync(latin1("K", 0xf6, "ln.txt"), readFileSync(SEED));
      mkdirSync(latin1("", 0xc4, "rchiv"));
      writeFileSync(Buffer.concat([latin1("", 0xc4, "rchiv"), Buffer.from("/seed.txt")]), readFileSync(SEED));
    } catch {
      return; // A file system that allows only UTF-8 names (APFS) cannot hold such names.
    }
    // The shell passes the bytes of what its globs match; Node's own spawn passes only UTF-8.
    const r = spawnSync("bash", ["-c", `node ${bin} "${dir}"/K*ln.txt "${dir}"/*rchiv --ndjson -q`], { encoding: "utf8" });
    if (r.error) return; // No bash.
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const sources = r.stdout.trim().split("\n").map((line) => JSON.parse(line).source);
    expect(sources).toEqual([join(dir, "Köln.txt"), join(dir, "Ärchiv", "seed.txt")]);
  });

  it("walks a directory reached by two paths once, and says nothing of it (no loop)", () => {
    const dir = tmp();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "b", "seed.txt"), readFileSync(SEED));
    symlinkSync(join(dir, "b"), join(dir, "a", "link-to-b"));
    const r = run([dir, "--ndjson", "-q"]);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("index.yaml", () => {
  it("carries the same data as index.json (built from the articles' own YAML)", async () => {
    const out = tmp();
    await cli(["fixtures", "--out", out, "-q"]);
    const { parse } = await import("yaml");
    expect(parse(readFileSync(join(out, "index.yaml"), "utf8"))).toEqual(JSON.parse(readFileSync(join(out, "index.json"), "utf8")));
  });
});

describe("rawArgvOf", () => {
  it("takes the bin's arguments from the end of the command line, and only when they decode to what Node made of them", () => {
    const cmdline = Buffer.concat([Buffer.from("node\0--stack-size=900\0bin/nrw-extract.cjs\0-q\0K"), Buffer.from([0xf6]), Buffer.from("ln.txt\0")]);
    const raw = rawArgvOf(["-q", "K\ufffdln.txt"], cmdline);
    expect(raw?.map((bytes) => Buffer.from(bytes).toString("latin1"))).toEqual(["-q", "K\u00f6ln.txt"]);
    expect(rawArgvOf(["-q", "Koeln.txt"], cmdline)).toBeUndefined();
    expect(rawArgvOf(["a", "b", "c", "d", "e", "f"], cmdline)).toBeUndefined();
    expect(rawArgvOf([], cmdline)).toEqual([]);
  });
});
