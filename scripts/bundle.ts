// The command-line tool as the bin loads it: tsc's output bundled into one CommonJS script,
// dist/bundle/nrw-extract.cjs (src/bundle.ts: the CLI and the workers' job loop), with the V8 code cache
// of a run over the fixtures beside it (src/bundle-loader.cts). Node resolves, reads, compiles and links
// each module of an import graph on its own, and compiles each function when it first runs: one script
// whose functions come compiled from the cache starts the seeds' run 20–40 ms (the bundle) and ~20 ms (the
// cache) sooner (README, Development). The library (dist/src/index.js) stays unbundled.
//   node dist/scripts/bundle.js
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Readable, Writable } from "node:stream";
import { build } from "rolldown";
import { loadBundle, writeCodeCache } from "../src/bundle-loader.cjs";
import type { Io } from "../src/cli.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const OUT = join(ROOT, "dist/bundle");
const BUNDLE = join(OUT, "nrw-extract.cjs");

/**
 * The data tables (JSON) as a string that JSON.parse() reads, not as the object literals a bundler
 * writes: V8 reads JSON faster than a literal of the same data (the first-name and place tables are
 * 350 KB). Loading the bundle took 3 ms less so before the code cache; with the cache, the same.
 */
const jsonAsParse = {
  name: "json-as-parse",
  load(id: string) {
    if (!id.endsWith(".json")) return null;
    const data: unknown = JSON.parse(readFileSync(id, "utf8"));
    return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, moduleType: "js" as const };
  },
};
rmSync(OUT, { recursive: true, force: true });
await build({
  input: join(ROOT, "dist/src/bundle.js"),
  platform: "node",
  // commander and date-fns go in too (MIT, see ATTRIBUTION.md): imported from node_modules, commander
  // alone cost ~30 ms (Node scans a CommonJS module's source for its exports). cheerio stays there: it
  // is loaded only when an HTML page comes, with require() (a vm.Script has no import()).
  external: [/^cheerio(?:\/|$)/],
  plugins: [jsonAsParse],
  output: { file: BUNDLE, format: "cjs", codeSplitting: false, dynamicImportInCjs: false },
  logLevel: "warn",
});

// runner.ts starts the workers from "./worker.js" beside the script that holds it: here, the bundle. A
// package.json makes the .js files here CommonJS, as the bin is: a worker starts sooner on one.
writeFileSync(join(OUT, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
writeFileSync(
  join(OUT, "worker.js"),
  `// Written by scripts/bundle.ts: a worker thread of the --jobs pool, on the bundle and its code cache.
const { join } = require("node:path");
const { parentPort, workerData } = require("node:worker_threads");
const { loadBundle } = require("../src/bundle-loader.cjs");

if (parentPort) loadBundle(join(__dirname, "nrw-extract.cjs")).exports.serveJobs(parentPort, workerData?.working);
`,
);

// The code cache holds the functions compiled so far: the bundle runs over the fixtures first, text and
// HTML, printed in each of the forms the CLI writes, in this thread (--jobs 1 runs few inputs in-process).
const bundle = loadBundle(BUNDLE);
const runCli = bundle.exports.runCli as (argv: string[], io: Io) => Promise<number>;
// The --out run writes beside the build, not to the temporary directory, which a build must not need.
const out = join(ROOT, "dist/.bundle-run");
const fixtures = [join(ROOT, "fixtures/seeds"), join(ROOT, "fixtures/own")];
try {
  for (const form of [["--json"], ["--ndjson"], ["--out", out]]) {
    const io = { stdout: new Writable({ write: (_chunk, _encoding, done) => done() }), stderr: process.stderr, stdin: Readable.from([]) };
    const code = await runCli([...fixtures, ...form, "-q", "--jobs", "1"], io);
    if (code !== 0) throw new Error(`the bundle failed on the fixtures (${form.join(" ")}): exit code ${code}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
writeCodeCache(BUNDLE, bundle);
