// Runs the pipeline over many inputs, in this thread or on a worker_threads pool, and hands results
// back in input order whatever the number of workers.
import { readFile, stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { InputError } from "./errors.js";
import type { InputFile } from "./inputs.js";
import { prepareFor, runStages } from "./pipeline.js";
import { type ArticleRecord, toRecord } from "./record.js";

export interface Job {
  file: InputFile;
  referenceDate: string | null;
  maxBytes: number;
  /** Bytes already read (stdin); files are read by whoever runs the job. */
  bytes?: Uint8Array;
}

export type Outcome = { ok: true; record: ArticleRecord } | { ok: false; source: string; error: string };

/** Fewer inputs than this per worker are not worth a thread's start-up (~40 ms). */
const MIN_INPUTS_PER_WORKER = 8;

async function readInput(job: Job): Promise<Uint8Array> {
  if (job.bytes) return job.bytes;
  const info = await stat(job.file.source);
  if (!info.isFile()) throw new InputError("not a regular file");
  if (info.size > job.maxBytes) throw new InputError(`file too large (${info.size} bytes > --max-bytes ${job.maxBytes})`);
  return readFile(job.file.source);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory";
  return error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
}

export async function processOne(job: Job): Promise<Outcome> {
  try {
    const bytes = await readInput(job);
    if (bytes.length > job.maxBytes) throw new InputError(`input too large (${bytes.length} bytes > --max-bytes ${job.maxBytes})`);
    await prepareFor(bytes, job.file.source);
    const article = runStages({ id: job.file.id, source: job.file.source, bytes, referenceDate: job.referenceDate });
    return { ok: true, record: toRecord(article) };
  } catch (error) {
    return { ok: false, source: job.file.source, error: describe(error) };
  }
}

/** Processes jobs and calls `onOutcome` in input order as soon as each next result is ready. */
export async function runAll(jobs: readonly Job[], workers: number, onOutcome: (outcome: Outcome, index: number) => void | Promise<void>): Promise<void> {
  const pool = Math.min(workers, Math.floor(jobs.length / MIN_INPUTS_PER_WORKER));
  if (pool <= 1) {
    for (const [index, job] of jobs.entries()) await onOutcome(await processOne(job), index);
    return;
  }
  const results = new Map<number, Outcome>();
  let nextToEmit = 0;
  let nextToSend = 0;
  let emitting = Promise.resolve();
  const flush = () => {
    emitting = emitting.then(async () => {
      while (results.has(nextToEmit)) {
        const outcome = results.get(nextToEmit) as Outcome;
        results.delete(nextToEmit);
        await onOutcome(outcome, nextToEmit);
        nextToEmit++;
      }
    });
  };
  await Promise.all(
    Array.from({ length: pool }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./worker.js", import.meta.url));
      let current = -1;
      const sendNext = () => {
        if (nextToSend >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = nextToSend++;
        worker.postMessage(jobs[current]);
      };
      worker.on("message", (outcome: Outcome) => {
        results.set(current, outcome);
        flush();
        sendNext();
      });
      worker.on("error", reject);
      sendNext();
    })),
  );
  flush();
  await emitting;
}
