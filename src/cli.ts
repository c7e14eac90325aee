// The command line: parses options, wires files and streams to the runner. Written as a function
// (argv, io) → exit code so that tests call it directly.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { collectInputs, type InputFile } from "./inputs.js";
import { buildIndex, type FailedInput } from "./merge.js";
import { ensureDir, indexYaml, toJson, toYaml, writeAtomic } from "./output.js";
import type { ArticleRecord } from "./record.js";
import { type Job, runAll } from "./runner.js";
import { SCHEMAS } from "./schema.js";
import { isValidDay } from "./util/calendar.js";
import { VERSION } from "./version.js";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const DEFAULT_OUT = "nrw-extract-out";
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const EXAMPLES = `
Examples:
  $ nrw-extract fixtures/seeds                      write one YAML per article + index to ./${DEFAULT_OUT}
  $ nrw-extract fixtures/seeds --out records        … to ./records
  $ nrw-extract fixtures/seeds --json | jq '.articles[] | {title, date, amounts}'
  $ nrw-extract page.html --ndjson                  one JSON record per line
  $ cat article.txt | nrw-extract - --reference-date 2024-05-01 --json
  $ nrw-extract schema                              JSON Schema of the record and the index

Exit codes: 0 all inputs extracted, 1 at least one input failed (all others are still written), 2 usage error.`;

function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return Number(value);
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

interface Options {
  out?: string;
  json?: boolean;
  ndjson?: boolean;
  referenceDate?: string;
  jobs: number;
  quiet?: boolean;
  maxBytes: number;
}

/** Writes to a stream and resolves when it is flushed (or at once if the reader went away). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done) => {
    if (!stream.write(text)) stream.once("drain", done);
    else done();
  });
}

async function extractCommand(inputs: string[], options: Options, io: Io): Promise<number> {
  if (options.json && options.ndjson) {
    io.stderr.write("nrw-extract: --json and --ndjson cannot be combined\n");
    return 2;
  }
  const { files, failed } = await collectInputs(inputs);
  const stdinBytes = files.some((f) => f.source === "-") ? await readStdin(io.stdin) : undefined;
  const jobs: Job[] = files.map((file: InputFile) => ({ file, referenceDate: options.referenceDate ?? null, maxBytes: options.maxBytes, ...(file.source === "-" && stdinBytes ? { bytes: stdinBytes } : {}) }));
  const streaming = options.json || options.ndjson;
  const outDir = options.out ?? (streaming ? null : DEFAULT_OUT);
  if (outDir) {
    try {
      await ensureDir(outDir);
    } catch (error) {
      io.stderr.write(`nrw-extract: cannot create output directory ${outDir}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const records: ArticleRecord[] = [];
  // Each article's YAML is made once: for its own file and, indented, for index.yaml.
  const articleYaml = new Map<string, string>();
  const allFailed: FailedInput[] = [...failed];
  for (const f of failed) io.stderr.write(`nrw-extract: ${f.source}: ${f.error}\n`);
  try {
    await runAll(jobs, options.jobs, async (outcome) => {
      if (!outcome.ok) {
        allFailed.push({ source: outcome.source, error: outcome.error });
        io.stderr.write(`nrw-extract: ${outcome.source}: ${outcome.error}\n`);
        return;
      }
      records.push(outcome.record);
      if (outDir) {
        const yaml = toYaml(outcome.record);
        articleYaml.set(outcome.record.id, yaml);
        await writeAtomic(outDir, `${outcome.record.id}.yaml`, yaml);
      }
      if (options.ndjson) await write(io.stdout, `${JSON.stringify(outcome.record)}\n`);
    });
    const index = buildIndex(records, allFailed);
    if (outDir) {
      await writeAtomic(outDir, "index.yaml", indexYaml(index, articleYaml));
      await writeAtomic(outDir, "index.json", toJson(index));
    }
    if (options.json) await write(io.stdout, toJson(index));
  } catch (error) {
    io.stderr.write(`nrw-extract: cannot write output: ${(error as Error).message}\n`);
    return 1;
  }
  if (!options.quiet) {
    const where = outDir ? ` → ${resolve(outDir)}` : "";
    io.stderr.write(`nrw-extract: ${records.length} article${records.length === 1 ? "" : "s"} extracted, ${allFailed.length} failed${where}\n`);
  }
  return allFailed.length > 0 ? 1 : 0;
}

export async function runCli(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let exitCode = 0;
  const program = new Command("nrw-extract")
    .description("Turn German press articles (scraped text or HTML) into structured records: title, date, people, places, money, deadlines.")
    .version(VERSION, "-V, --version")
    .argument("<inputs...>", "files, directories (walked recursively: .txt .text .html .htm) or - for stdin")
    .option("-o, --out <dir>", `write <id>.yaml per article plus index.yaml and index.json here (default: ./${DEFAULT_OUT}, or none with --json/--ndjson)`)
    .option("--json", "print the merged index as one JSON document on stdout")
    .option("--ndjson", "print one JSON record per article and line on stdout, as articles finish")
    .option("--reference-date <YYYY-MM-DD>", "anchor for relative dates when an article states no date of its own", isoDate)
    .addOption(new Option("-j, --jobs <n>", "parallel worker threads").argParser(positiveInt).default(availableParallelism(), "number of cores"))
    .addOption(new Option("--max-bytes <n>", "refuse inputs larger than this").argParser(positiveInt).default(DEFAULT_MAX_BYTES, "20 MB"))
    .option("-q, --quiet", "no summary on stderr (errors are still reported)")
    .addHelpText("after", EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action(async (inputs: string[], options: Options) => {
      exitCode = await extractCommand(inputs, options, io);
    });
  program
    .command("schema")
    .description("print the JSON Schema of the article record and of the merged index")
    .action(() => {
      io.stdout.write(toJson(SCHEMAS));
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}
