// A worker thread of the --jobs pool: runs the pipeline on the inputs the main thread sends.
import { parentPort } from "node:worker_threads";
import { processOne, type Job } from "./runner.js";

parentPort?.on("message", async ({ seq, job }: { seq: number; job: Job }) => {
  parentPort?.postMessage({ seq, outcome: await processOne(job) });
});
