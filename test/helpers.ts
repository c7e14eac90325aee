import { PassThrough, Readable } from "node:stream";
import { runCli } from "../src/cli.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(args: string[], stdin = ""): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c) => out.push(String(c)));
  stderr.on("data", (c) => err.push(String(c)));
  const code = await runCli(args, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
