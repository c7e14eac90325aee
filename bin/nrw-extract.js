#!/usr/bin/env node
// No V8 flags set from here: `--no-regexp-tier-up` set at run time (v8.setFlagsFromString) made 2 of 600
// runs crash with SIGSEGV, and Node documents run-time flag changes as unsafe.
// The bundle of dist/src/cli.js (scripts/bundle.ts): one module to load instead of ~45.
import { runCli } from "../dist/bundle/cli.js";

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
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: interrupt.signal,
});
