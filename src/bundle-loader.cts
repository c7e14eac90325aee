// Loads the bin's bundle (scripts/bundle.ts) with the V8 code cache made beside it at build time. Node
// compiles a script's functions when they first run; the cache holds the bytecode of those a run over
// the fixtures needed, so a cold start compiles almost nothing. Node 20 has no code cache for ES
// modules: the bundle is CommonJS and runs as a vm.Script. A cache V8 does not accept (another Node,
// other V8 flags, a rebuilt bundle) is ignored, and the script is compiled as it would be without one.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const pathOf = (location: string | URL) => resolve(typeof location === "string" ? location : fileURLToPath(location));

/** Where the code cache of a bundle is kept. */
export const cacheOf = (file: string) => `${file}.cache`;

export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
}

/** Runs the CommonJS bundle at `location` (a path or file: URL) as Node runs a module, with its code cache if V8 accepts it. */
export function loadBundle(location: string | URL): LoadedBundle {
  const file = pathOf(location);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheOf(file));
  } catch {
    // No cache (a bundle built without one): compiled as any module.
  }
  // Node's own module wrapper, on the source's first line so that line numbers stay those of the file.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}

/** Writes the code cache of a loaded bundle, with what has been compiled in this process so far. */
export function writeCodeCache(location: string | URL, bundle: LoadedBundle): void {
  writeFileSync(cacheOf(pathOf(location)), bundle.script.createCachedData());
}
