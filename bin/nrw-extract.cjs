#!/usr/bin/env node
// No V8 flags set from here: `--no-regexp-tier-up` set at run time (v8.setFlagsFromString) made 2 of 600
// runs crash with SIGSEGV, and Node documents run-time flag changes as unsafe.
// CommonJS, as the bundle it loads: Node starts a CommonJS entry ~8 ms sooner than an ES module.
// The CLI bundled into one script, compiled from its code cache (scripts/bundle.ts, src/bundle-loader.cts).
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "../dist/bundle/nrw-extract.cjs");
// A checkout that was never built (or whose build failed) has no dist/: say so instead of a stack trace.
if (!existsSync(bundle)) {
  process.stderr.write(`nrw-extract: ${bundle} is missing: run \`npm run build\` (or \`npm ci\`) in ${join(__dirname, "..")}\n`);
  process.exit(1);
}
const { loadBundle } = require("../dist/src/bundle-loader.cjs");

const { rawArgvOf, runCli } = loadBundle(bundle).exports;
const args = process.argv.slice(2);

/**
 * Arguments that are not valid UTF-8 (Latin-1 file names from a shell glob) come to Node with U+FFFD in
 * them; Linux keeps the bytes in /proc/self/cmdline. Read only then: most runs have none.
 */
function rawArgv() {
  if (!args.some((arg) => arg.includes("\ufffd"))) return undefined;
  try {
    return rawArgvOf(args, readFileSync("/proc/self/cmdline"));
  } catch {
    return undefined;
  }
}

// A reader that stops early (`| head -1`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
// The first Ctrl-C lets the run finish the articles in flight and write the index; a second one quits.
const interrupt = new AbortController();
process.on("SIGINT", () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});
runCli(args, {
  rawArgv: rawArgv(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: interrupt.signal,
}).then((code) => {
  process.exitCode = code;
});
