// The command-line tool as the bin loads it: the CLI and its worker bundled from tsc's output into
// dist/bundle, with a shared chunk for the stages. Node resolves, reads, compiles and links each module
// of an import graph on its own: with three files instead of ~45 modules, two JSON tables and commander
// the seeds' cold start is 20–40 ms shorter (README, Development). The library
// (dist/src/index.js) stays unbundled.
//   node dist/scripts/bundle.js
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const OUT = join(ROOT, "dist/bundle");
// Chunk names carry a hash of their content: a new build would leave the old chunks beside the new ones.
rmSync(OUT, { recursive: true, force: true });
await build({
  // runner.ts starts its workers from "./worker.js" beside itself: both entries land in one directory.
  input: { cli: join(ROOT, "dist/src/cli.js"), worker: join(ROOT, "dist/src/worker.js") },
  platform: "node",
  // commander and date-fns go in too (MIT, see ATTRIBUTION.md): imported from node_modules, commander
  // alone cost ~30 ms (Node scans a CommonJS module's source for its exports). cheerio stays there: it
  // is loaded only when an HTML page comes.
  external: [/^cheerio(?:\/|$)/],
  output: { dir: OUT, format: "esm" },
  logLevel: "warn",
});
