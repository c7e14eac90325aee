// A worker thread of the --jobs pool: runs the pipeline on the inputs the main thread sends.
import { parentPort } from "node:worker_threads";
import { type Job, type Outcome, processOne } from "./runner.js";

/** The serialised forms' buffers: moved to the main thread rather than copied (~15 KB per article). */
function buffersOf(outcome: Outcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  return [outcome.printed?.bytes, outcome.ndjson].flatMap((bytes) => (bytes && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []));
}

parentPort?.on("message", async ({ seq, job }: { seq: number; job: Job }) => {
  const outcome = await processOne(job);
  parentPort?.postMessage({ seq, outcome }, buffersOf(outcome));
});
