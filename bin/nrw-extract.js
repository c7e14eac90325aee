#!/usr/bin/env node
import { runCli } from "../dist/src/cli.js";

// A reader that stops early (`| head -1`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2));
