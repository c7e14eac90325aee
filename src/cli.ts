// The command line: parses options, wires files and streams to the runner. Written as a function
// (argv, io) → exit code so that tests call it directly.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isUtf8 } from "node:buffer";
import { availableParallelism, tmpdir } from "node:os";
import { createReadStream } from "node:fs";
import { join, resolve } from "node:path";
import { ARTICLE_EXTENSIONS, collectInputs, fileJobs, inShard, NDJSON_EXTENSIONS, ndjsonJobs, type Shard } from "./inputs.js";
import { type FailedInput, IndexBuilder } from "./merge.js";
import { ArticleSpool, batched, ensureDir, indexJsonParts, indexYamlParts, toJson, writeScattered } from "./output.js";
import { indexLine, Progress, summaryLine, wantsProgress } from "./progress.js";
import { runAll } from "./runner.js";
import { SCHEMAS } from "./schema.js";
import { isValidDay } from "./util/calendar.js";
import { VERSION } from "./version.js";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** Environment for the progress display (CI, TERM); none: no progress. */
  env?: NodeJS.ProcessEnv;
  /** Aborted on SIGINT: the run stops taking inputs, writes what it finished, and exits 130. */
  signal?: AbortSignal;
  /**
   * The arguments as the bytes the process was given, one per element of argv (rawArgvOf). Node decodes
   * them as UTF-8: a file name in Latin-1 that the shell expanded (`archive/*.txt`) arrives with U+FFFD
   * in it, a path that does not exist; its bytes still name the file.
   */
  rawArgv?: readonly Uint8Array[];
}

/**
 * The bytes of the last `args.length` arguments in a NUL-separated command line (Linux's
 * /proc/self/cmdline: the runtime and its options first, the bin's own arguments last), or undefined when
 * they are not what Node made of them (another count, or bytes that decode to another string).
 */
export function rawArgvOf(args: readonly string[], cmdline: Uint8Array): Uint8Array[] | undefined {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let at = 0; at < cmdline.length; at++) {
    if (cmdline[at] !== 0) continue;
    parts.push(cmdline.subarray(start, at));
    start = at + 1;
  }
  if (parts.length < args.length) return undefined;
  const raw = args.length === 0 ? [] : parts.slice(-args.length);
  const utf8 = new TextDecoder();
  return raw.every((bytes, i) => utf8.decode(bytes) === args[i]) ? raw : undefined;
}

/** For each input, its bytes where they are not valid UTF-8 (found in argv from the left, as the parser took them). */
function rawInputsOf(inputs: readonly string[], argv: readonly string[], rawArgv: readonly Uint8Array[] | undefined): (Uint8Array | undefined)[] {
  if (!rawArgv || !inputs.some((input) => input.includes("\ufffd"))) return [];
  let from = 0;
  return inputs.map((input) => {
    const at = argv.indexOf(input, from);
    if (at < 0) return undefined;
    from = at + 1;
    const bytes = rawArgv[at];
    return bytes && !isUtf8(bytes) ? bytes : undefined;
  });
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

function shard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) throw new InvalidArgumentError("expected K/N with 1 ≤ K ≤ N, e.g. 2/8");
  return { k, n };
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
  inputFormat: "files" | "ndjson";
  shard?: Shard;
}

/** Writes to a stream and resolves when it is flushed (or at once if the reader went away). */
function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  return new Promise((done) => {
    if (!stream.write(text)) stream.once("drain", done);
    else done();
  });
}

async function extractCommand(inputs: string[], raw: readonly (Uint8Array | undefined)[], options: Options, io: Io): Promise<number> {
  if (options.json && options.ndjson) {
    io.stderr.write("nrw-extract: --json and --ndjson cannot be combined\n");
    return 2;
  }
  const ndjsonInput = options.inputFormat === "ndjson";
  const { files, failed } = await collectInputs(inputs, ndjsonInput ? NDJSON_EXTENSIONS : ARTICLE_EXTENSIONS, raw);
  const streaming = options.json || options.ndjson;
  const outDir = options.out ?? (streaming ? null : DEFAULT_OUT);
  const needsIndex = outDir !== null || options.json === true;
  const outputs = { yamlDir: outDir, indexItems: needsIndex, ndjson: options.ndjson === true };
  const settings = { referenceDate: options.referenceDate ?? null, maxBytes: options.maxBytes, shard: options.shard, outputs };
  const jobs = ndjsonInput
    ? ndjsonJobs(files, io.stdin, settings)
    : fileJobs(files, settings, files.some((f) => f.source === "-") ? await readStdin(io.stdin) : undefined);
  const total = ndjsonInput ? null : files.filter((_, position) => inShard(position, options.shard)).length;
  if (outDir) {
    try {
      await ensureDir(outDir);
    } catch (error) {
      io.stderr.write(`nrw-extract: cannot create output directory ${outDir}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  // Records go to disk as they finish; the index keeps only its aggregates and is assembled at the end.
  // The spool writes to a file only past a few MB (a long run): where that fails, the run says so below.
  const spool = needsIndex ? new ArticleSpool(outDir ?? tmpdir()) : null;
  const index = new IndexBuilder();
  const allFailed: FailedInput[] = [...failed];
  for (const f of failed) io.stderr.write(`nrw-extract: ${f.source}: ${f.error}\n`);
  const progress = new Progress(io.stderr, wantsProgress(io.stderr, options.quiet, io.env ?? {}));
  let extracted = 0;
  try {
    await runAll(jobs, { workers: options.jobs, signal: io.signal }, async (outcome) => {
      if (!outcome.ok) {
        allFailed.push({ source: outcome.source, error: outcome.error });
        progress.clear();
        io.stderr.write(`nrw-extract: ${outcome.source}: ${outcome.error}\n`);
      } else {
        extracted++;
        // One string for the id in both: each copy of it cost ~60 bytes per article.
        const id = index.add(outcome.entry, outcome.copied === true);
        if (outcome.printed !== null) spool?.add(id, outcome.printed);
        if (outcome.ndjson !== null) await write(io.stdout, outcome.ndjson);
      }
      progress.update({ done: extracted + allFailed.length - failed.length, failed: allFailed.length, total });
    });
    progress.clear();
    // The index comes last: an interrupted run still gets one over the records it finished.
    if (spool) {
      progress.show(indexLine(extracted));
      const order = index.order();
      if (outDir) {
        // Both at once, from one pass over the spool that frees its pages for theirs (ArticleSpool.scatter).
        const aggregates = spool.printedAggregates(index.aggregates(allFailed), true);
        writeScattered(outDir, spool, [
          { name: "index.yaml", parts: indexYamlParts(spool.articleRefs(order, "yaml"), aggregates) },
          { name: "index.json", parts: indexJsonParts(spool.articleRefs(order, "json"), aggregates) },
        ]);
        // The spool is used up: --json copies the file just written.
        if (options.json) for await (const chunk of createReadStream(join(outDir, "index.json"), { highWaterMark: 1 << 20 })) await write(io.stdout, chunk as Buffer);
      } else if (options.json) {
        const aggregates = spool.printedAggregates(index.aggregates(allFailed));
        for (const part of batched(indexJsonParts(spool.articles(order, "json"), aggregates))) await write(io.stdout, part);
      }
      progress.clear();
    }
  } catch (error) {
    progress.clear();
    io.stderr.write(`nrw-extract: cannot write output: ${(error as Error).message}\n`);
    return 1;
  } finally {
    spool?.dispose();
  }
  const interrupted = io.signal?.aborted === true;
  if (!options.quiet || interrupted) {
    const where = outDir ? resolve(outDir) : null;
    io.stderr.write(`${summaryLine({ extracted, failed: allFailed.length, ms: progress.elapsed(), interrupted, where })}\n`);
  }
  if (interrupted) return 130;
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
    .addOption(new Option("--input-format <format>", "files: one article per file; ndjson: one {id, text|html, url?} per line of each input (or stdin)").choices(["files", "ndjson"]).default("files"))
    .option("--shard <K/N>", "process only the K-th of N slices of the inputs (position modulo N), for spreading a corpus over machines", shard)
    .option("-q, --quiet", "no progress and no summary on stderr (errors are still reported)")
    .addHelpText("after", EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action(async (inputs: string[], options: Options) => {
      exitCode = await extractCommand(inputs, rawInputsOf(inputs, argv, io.rawArgv), options, io);
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
