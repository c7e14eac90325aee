// Runs the pipeline over many inputs, in this thread or on a worker_threads pool, and hands results
// back in input order whatever the number of workers. Inputs are pulled as workers get free and at
// most a small window of results waits for its turn, so memory does not grow with the input.
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { MessagePort, Worker } from "node:worker_threads";
import { InputError } from "./errors.js";
import { prepareFor, runStages } from "./pipeline.js";
import { articleItemsOf, type IndexEntry, indexEntryOf } from "./merge.js";
import { ndjsonLine, type PrintedArticle, printArticle, toYaml, writeAtomicSync, yamlBytesOf } from "./output.js";
import { toRecord } from "./record.js";
import type { InputFormat } from "./types.js";

export interface Job {
  source: string;
  /** The path's bytes where they are not valid UTF-8 (InputFile.path); the file is opened by them. */
  path?: Uint8Array;
  id: string;
  referenceDate: string | null;
  maxBytes: number;
  /** Bytes already read (stdin, an NDJSON line); files are read by whoever runs the job. */
  bytes?: Uint8Array;
  /** A pipe or device named on the command line (InputFile.stream): read as a stream, up to maxBytes. */
  stream?: true;
  /** The format the input declares (an NDJSON line's "html"/"text"); otherwise it is detected. */
  format?: InputFormat;
  /** The input was refused before it reached a worker (an NDJSON line that is not a valid article). */
  failure?: string;
  /** Which serialised forms the run writes; they are made where the article is extracted (a worker). */
  outputs: Outputs;
}

export interface Outputs {
  /**
   * Where <id>.yaml goes, or null. Whoever extracts the article writes it (a worker): the open, write and
   * rename of 100,000 small files then run on every core, not on the thread that keeps the order.
   */
  yamlDir: string | null;
  /** What the index prints of the article (PrintedArticle). */
  indexItems: boolean;
  ndjson: boolean;
}

/**
 * A finished article as the main thread needs it: the serialised forms to write, as UTF-8 bytes, and
 * what the index aggregates. Bytes cross from a worker more cheaply than the record object would, and
 * they stay out of the main thread's heap: as strings they piled up there until a full collection
 * (100,000 articles at --jobs 2 peaked at 1.1 GB).
 */
export interface Extracted {
  ok: true;
  id: string;
  entry: IndexEntry;
  printed: PrintedArticle | null;
  ndjson: Uint8Array | null;
  /**
   * Set where the outcome came from a worker: its strings were made afresh from the message, so the index
   * may keep them as they are (an entry made in this thread holds substrings of the article's text).
   */
  copied?: true;
}

export type Outcome = Extracted | { ok: false; source: string; error: string };

/** Fewer inputs than this per worker are not worth a thread's start-up (~40 ms). */
const MIN_INPUTS_PER_WORKER = 8;
/**
 * --jobs 1 over more inputs than this runs the stages on one worker thread, the main thread keeping only
 * the index's aggregates. In one thread, V8 let the heap grow to four times what was live, because
 * collecting cost it little: 100,000 articles peaked at 598 MB that way, 362 MB on a worker (and took
 * 245 → 270 s).
 */
const ONE_WORKER_FROM = 1000;

// node:worker_threads is loaded with the first worker: a run in this thread (a few inputs) does without
// it, and a cold start is ~0.5 ms shorter.
const requireBuiltin = createRequire(import.meta.url);
let workerThreads: typeof import("node:worker_threads") | null = null;
const workerThreadsModule = () => (workerThreads ??= requireBuiltin("node:worker_threads") as typeof import("node:worker_threads"));
/**
 * Jobs sent to a worker before its previous result is back, so that it never waits for the main thread.
 * The main thread runs on the same two cores as the workers and, woken by a result, may wait a few ms for
 * one (the scheduler lets a running thread finish its slice): with two jobs in flight each worker waited
 * for its next 3.4 % of the time (its event loop's idle time, 20,000 articles), with eight 0.2 %, and the
 * run took 1,252–1,272 → 1,287–1,314 articles/s (three alternating runs each).
 */
const IN_FLIGHT_PER_WORKER = 8;
/**
 * Input bytes that may wait in a worker's queue besides the job it is on (NDJSON lines and stdin come with
 * their bytes; files are read by the worker): eight 20 MB lines per worker would otherwise be in memory twice.
 */
const QUEUED_BYTES_PER_WORKER = 8 * 1024 * 1024;
/** Finished results that may wait for an earlier, slower one, per worker. */
const WINDOW_PER_WORKER = 16;

// Synchronous: the thread that reads is the one that extracts next, and a news article is a few
// kilobytes, read faster than the four thread-pool round trips of an async readFile. The path is looked up
// once (open, then fstat): a stat() by path first took 90 ms beside open's 55 and read's 63 in a profile
// of 5,000 articles. Opened without blocking: a pipe found in a directory would otherwise wait for a
// writer before fstat() could refuse it.
function readInput(job: Job): Uint8Array {
  return job.bytes ?? (readFileInput(job) as Uint8Array);
}

/** The input file's bytes, or null (left unread) when it is larger than `limit`. */
function readFileInput(job: Job, limit = Number.POSITIVE_INFINITY): Uint8Array | null {
  const fd = openSync(job.path ? Buffer.from(job.path) : job.source, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputError("not a regular file");
    if (info.size > job.maxBytes) throw new InputError(`file too large (${info.size} bytes > --max-bytes ${job.maxBytes})`);
    return info.size > limit ? null : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A pipe or device, read to its end or one byte past maxBytes (/dev/zero never ends). Asynchronous: a
 * pipe whose writer is slow must not hold up the thread, whose SIGINT handler would then never run.
 */
async function readStream(job: Job): Promise<Uint8Array> {
  const file = await open(job.path ? Buffer.from(job.path) : job.source, "r");
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 16, job.maxBytes + 1 - size));
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      size += bytesRead;
      if (size > job.maxBytes) throw new InputError(`input too large (more than --max-bytes ${job.maxBytes} bytes)`);
    }
    return Buffer.concat(chunks, size);
  } finally {
    await file.close();
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory";
  return error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
}

/** A record that cannot be written is that input's failure, with the reason. */
function writeYaml(dir: string, id: string, yaml: Uint8Array): void {
  try {
    writeAtomicSync(dir, `${id}.yaml`, yaml);
  } catch (error) {
    throw new InputError(`cannot write ${join(dir, `${id}.yaml`)}: ${(error as Error).message}`);
  }
}

/**
 * What extractOne() leaves to do: the outcome, and the record to write before the outcome may be passed
 * on — its YAML a view of a buffer that the next extraction reuses.
 */
interface Extraction {
  outcome: Outcome;
  record: { dir: string; id: string; yaml: Uint8Array } | null;
}

/**
 * Everything of an input's processing but writing its record. `onStages` is called just before the
 * stages run, after the input is read (an await, during which another job may have started).
 */
async function extractOne(job: Job, onStages?: () => void): Promise<Extraction> {
  if (job.failure) return { outcome: { ok: false, source: job.source, error: job.failure }, record: null };
  try {
    const bytes = job.stream ? await readStream(job) : readInput(job);
    if (bytes.length > job.maxBytes) throw new InputError(`input too large (${bytes.length} bytes > --max-bytes ${job.maxBytes})`);
    await prepareFor(bytes, job.source, job.format);
    onStages?.();
    const article = runStages({ id: job.id, source: job.source, bytes, referenceDate: job.referenceDate, format: job.format });
    const record = toRecord(article);
    const yaml = job.outputs.yamlDir !== null || job.outputs.indexItems ? yamlBytesOf(toYaml(record)) : null;
    const items = articleItemsOf(record);
    return {
      outcome: {
        ok: true,
        id: record.id,
        entry: indexEntryOf(record, items),
        printed: job.outputs.indexItems && yaml !== null ? printArticle(record, yaml, items) : null,
        ndjson: job.outputs.ndjson ? ndjsonLine(record) : null,
      },
      record: job.outputs.yamlDir !== null && yaml !== null ? { dir: job.outputs.yamlDir, id: record.id, yaml } : null,
    };
  } catch (error) {
    return { outcome: { ok: false, source: job.source, error: describe(error) }, record: null };
  }
}

/** The outcome once its record is written; a record that cannot be written fails its input. */
function written(job: Job, { outcome, record }: Extraction): Outcome {
  if (!record) return outcome;
  try {
    writeYaml(record.dir, record.id, record.yaml);
    return outcome;
  } catch (error) {
    return { ok: false, source: job.source, error: describe(error) };
  }
}

export async function processOne(job: Job): Promise<Outcome> {
  return written(job, await extractOne(job));
}

export interface RunOptions {
  workers: number;
  /** Once aborted, no further input is started; those already running finish and are handed back. */
  signal?: AbortSignal;
}

/** Processes jobs and calls `onOutcome` in input order as soon as each next result is ready. */
export async function runAll(
  jobs: Iterable<Job> | AsyncIterable<Job>,
  options: RunOptions,
  onOutcome: (outcome: Outcome, index: number) => void | Promise<void>,
): Promise<void> {
  const iterator = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : (jobs as Iterable<Job>)[Symbol.iterator]();
  // Look ahead far enough to know whether a pool pays off; a stream longer than that gets the full pool.
  const head: Job[] = [];
  let exhausted = false;
  while (head.length < lookaheadFor(options.workers)) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  let taken = 0;
  let queue: Promise<unknown> = Promise.resolve();
  /** The next job with its position; calls are serialised so positions follow the input order. */
  const take = (): Promise<{ job: Job; index: number } | null> => {
    const result = queue.then(async () => {
      if (options.signal?.aborted) return null;
      let job = head.shift();
      if (!job && !exhausted) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else job = next.value;
      }
      return job ? { job, index: taken++ } : null;
    });
    queue = result;
    return result;
  };
  const pool = poolSize(options.workers, head.length, exhausted);
  if (pool === 0) {
    for (let next = await take(); next; next = await take()) await onOutcome(await processOne(next.job), next.index);
    return;
  }
  await runPool(pool, take, onOutcome);
}

/** How many inputs runAll() looks at before it chooses where to run them. */
const lookaheadFor = (workers: number) => (workers === 1 ? ONE_WORKER_FROM : workers * MIN_INPUTS_PER_WORKER);

/**
 * How many worker threads run the inputs (0: the main thread), given how many were looked ahead at and
 * whether that was all of them: --jobs N gets N workers for a long input and, for a short one, as many as
 * have MIN_INPUTS_PER_WORKER inputs each (one is not worth it); --jobs 1 gets one worker from ONE_WORKER_FROM on.
 */
export function poolSize(workers: number, lookedAhead: number, exhausted: boolean): number {
  if (!exhausted) return workers;
  const pool = Math.min(workers, Math.floor(lookedAhead / MIN_INPUTS_PER_WORKER));
  return pool <= 1 ? 0 : pool;
}

async function runPool(
  pool: number,
  take: () => Promise<{ job: Job; index: number } | null>,
  onOutcome: (outcome: Outcome, index: number) => void | Promise<void>,
): Promise<void> {
  const results = new Map<number, Outcome>();
  let nextToEmit = 0;
  let started = 0;
  let emitting = Promise.resolve();
  let waiting: (() => void)[] = [];
  const flush = () => {
    emitting = emitting.then(async () => {
      while (results.has(nextToEmit)) {
        const outcome = results.get(nextToEmit) as Outcome;
        results.delete(nextToEmit);
        await onOutcome(outcome, nextToEmit);
        nextToEmit++;
      }
      const wake = waiting;
      waiting = [];
      for (const resolve of wake) resolve();
    });
  };
  const room = async () => {
    while (started - nextToEmit >= pool * WINDOW_PER_WORKER) await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const serve = async (worker: PoolWorker) => {
    for (;;) {
      await room();
      const next = await take();
      if (!next) break;
      started++;
      let outcome: Outcome;
      try {
        outcome = await worker.ask(next.job);
      } catch (error) {
        // A worker that dies (out of memory on one input, say) fails that input, not the run.
        outcome = { ok: false, source: next.job.source, error: `internal error: ${(error as Error).message}` };
      }
      results.set(next.index, outcome);
      flush();
    }
  };
  const workers = Array.from({ length: pool }, () => new PoolWorker());
  try {
    // Several jobs in flight per worker: the next one is already there when a result goes back.
    await Promise.all(workers.flatMap((worker) => Array.from({ length: IN_FLIGHT_PER_WORKER }, () => serve(worker))));
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
  flush();
  await emitting;
}

/** A worker's answer to one job; a worker sends them in arrays. */
interface Answer {
  seq: number;
  outcome: Outcome;
}

interface Pending {
  job: Job;
  resolve: (outcome: Outcome) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread with several jobs in flight, answered by sequence number. When the thread dies, the
 * job it was working on fails; the others go to a fresh thread.
 */
export class PoolWorker {
  private worker!: Worker;
  private readonly pending = new Map<number, Pending>();
  /** Jobs asked for and not yet sent: their bytes would pass QUEUED_BYTES_PER_WORKER. */
  private backlog: Pending[] = [];
  private sequence = 0;
  private closed = false;
  /** The job the thread is on (serveJobs' `working`), or -1. */
  private working!: Int32Array;

  constructor(private readonly script: URL = new URL("./worker.js", import.meta.url)) {
    this.start();
  }

  ask(job: Job): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.backlog.push({ job, resolve, reject });
      this.postWhatFits();
    });
  }

  /** Sends backlogged jobs while their bytes fit beside those pending; a job alone always goes. */
  private postWhatFits(): void {
    // At most IN_FLIGHT_PER_WORKER are pending: their bytes are summed afresh rather than kept in step.
    let carried = 0;
    for (const { job } of this.pending.values()) carried += job.bytes?.length ?? 0;
    while (this.backlog.length > 0) {
      const size = (this.backlog[0] as Pending).job.bytes?.length ?? 0;
      if (this.pending.size > 0 && carried + size > QUEUED_BYTES_PER_WORKER) return;
      carried += size;
      this.post(this.backlog.shift() as Pending);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private post(pending: Pending): void {
    const seq = this.sequence++;
    this.pending.set(seq, pending);
    this.worker.postMessage({ seq, job: pending.job });
  }

  private start(): void {
    // A smaller young generation than V8's default: text articles are small and short-lived, and each
    // worker then holds ~15 MB less (20,000 articles at --jobs 2: 265 → 231 MB peak, no slower). HTML
    // pages of ~180 KB pay ~12% in more scavenges (32 MB: no cost, no saving).
    this.working = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
    const worker = new (workerThreadsModule().Worker)(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 16 }, workerData: { working: this.working } });
    worker.on("message", (answers: Answer[]) => {
      for (const { seq, outcome } of answers) {
        const pending = this.pending.get(seq);
        this.pending.delete(seq);
        if (outcome.ok) outcome.copied = true;
        pending?.resolve(outcome);
      }
      this.postWhatFits();
    });
    worker.on("error", (error: Error) => this.died(worker, error));
    worker.on("exit", (code: number) => this.died(worker, new Error(`worker stopped (exit code ${code})`)));
    this.worker = worker;
  }

  private died(worker: Worker, error: Error): void {
    if (this.closed || worker !== this.worker) return;
    // The job the thread said it was on, else the oldest (a Map keeps insertion order, which is sequence
    // order). Jobs extracted and not yet answered are done again.
    const on = Atomics.load(this.working, 0);
    const culprit = this.pending.get(on) ?? this.pending.values().next().value;
    const rest = [...this.pending.values()].filter((pending) => pending !== culprit);
    this.pending.clear();
    void worker.terminate();
    this.start();
    culprit?.reject(error);
    this.backlog = [...rest, ...this.backlog];
    this.postWhatFits();
  }
}

/** The --ndjson line's buffer: moved to the main thread rather than copied. */
function buffersOf(outcome: Outcome): ArrayBuffer[] {
  return outcome.ok && outcome.ndjson && outcome.ndjson.buffer instanceof ArrayBuffer ? [outcome.ndjson.buffer] : [];
}

/**
 * Records a worker writes in one go, then answers their jobs: creating, writing and renaming a file cost
 * ~72 µs between two articles' stages, which leave the kernel's paths cold, and ~36 µs each four in a row
 * (29 µs eight in a row; 5,000 articles in one thread). Fewer than IN_FLIGHT_PER_WORKER, so that the
 * worker still has jobs queued while the main thread sends the next ones.
 */
const RECORDS_PER_WRITE = 4;

/**
 * The worker's side of PoolWorker: runs each job that comes through `port` and answers with its sequence
 * number, its record written (RECORDS_PER_WRITE at a time, or fewer when no job is queued). What the index
 * prints of an article (~17 KB) goes as a string of its bytes, not as a buffer moved across: every such
 * buffer was memory outside the main thread's heap until a collection there found it unused, which over
 * 100,000 articles was 10–33 MB at a time and started a full collection about every 0.4 s; a string is
 * young garbage on the main thread's heap, gone at its next scavenge. `working` (shared with the pool)
 * holds the sequence number of the job whose input is being read, extracted or written, or -1: the pool
 * fails that job if the thread dies, not one extracted earlier and waiting to be written.
 */
export function serveJobs(port: MessagePort, working?: Int32Array): void {
  const mark = (seq: number) => {
    if (working) Atomics.store(working, 0, seq);
  };
  /** Writes the records of `extracted` and answers for them. */
  const answer = (extracted: readonly { seq: number; job: Job; extraction: Extraction }[]) => {
    const answers: Answer[] = [];
    for (const { seq, job, extraction } of extracted) {
      mark(seq);
      const outcome = written(job, extraction);
      mark(-1);
      if (outcome.ok && outcome.printed && typeof outcome.printed.bytes !== "string") {
        const { bytes } = outcome.printed;
        outcome.printed.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
      }
      answers.push({ seq, outcome });
    }
    // One message for them all: the main thread is woken once.
    if (answers.length > 0) port.postMessage(answers, answers.flatMap(({ outcome }) => buffersOf(outcome)));
  };
  const queued: { seq: number; job: Job }[] = [];
  let busy = false;
  /** The queued jobs, RECORDS_PER_WRITE at a time: their inputs read, their stages run, their records written. */
  const work = async () => {
    while (queued.length > 0) {
      const batch = queued.splice(0, RECORDS_PER_WRITE);
      const inputs = readTogether(batch, mark);
      const extracted: { seq: number; job: Job; extraction: Extraction }[] = [];
      for (const [i, { seq, job }] of batch.entries()) {
        mark(seq);
        const input = inputs[i];
        const extraction = await extractOne(input ? { ...job, bytes: input } : job, () => mark(seq));
        mark(-1);
        // The record's bytes are a view of a buffer that the next extraction reuses (yamlBytesOf()): copied
        // (a Buffer's slice() would be another view).
        if (extraction.record) extraction.record.yaml = Buffer.from(extraction.record.yaml);
        extracted.push({ seq, job, extraction });
      }
      answer(extracted);
    }
    busy = false;
  };
  port.on("message", (message: { seq: number; job: Job }) => {
    queued.push(message);
    // Messages that have already come are queued before an immediate runs: a batch takes them together.
    if (!busy) {
      busy = true;
      setImmediate(work);
    }
  });
}

/** Input bytes read ahead per batch, at most: a larger file is read when its turn comes. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * The batch's input files read one after the other, ahead of their stages: ~37 µs a file between two
 * articles' stages, ~17 µs four in a row (5,000 articles in one thread). Null for an input that comes with
 * its bytes or from a stream, that does not fit the READ_AHEAD_BYTES left, or that cannot be read: it is
 * read (and its error reported) when its turn comes.
 */
export function readTogether(batch: readonly { seq: number; job: Job }[], mark: (seq: number) => void, room = READ_AHEAD_BYTES): (Uint8Array | null)[] {
  return batch.map(({ seq, job }) => {
    if (job.bytes || job.stream || job.failure) return null;
    mark(seq);
    try {
      const bytes = readFileInput(job, room);
      room -= bytes?.length ?? 0;
      return bytes;
    } catch {
      return null;
    } finally {
      mark(-1);
    }
  });
}
