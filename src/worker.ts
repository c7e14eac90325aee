// A worker thread of the --jobs pool: runs the pipeline on the inputs the main thread sends.
import { parentPort, workerData } from "node:worker_threads";
import { serveJobs } from "./runner.js";

if (parentPort) serveJobs(parentPort, (workerData as { working?: Int32Array } | null)?.working);
