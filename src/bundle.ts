// What the bin's bundle (scripts/bundle.ts) holds: the CLI for the main thread and the job loop for
// the worker threads, in one script so that one V8 code cache serves both.
export { rawArgvOf, runCli } from "./cli.js";
export { serveJobs } from "./runner.js";
