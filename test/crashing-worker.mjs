// A stand-in for src/worker.ts that dies on an input named "crash", for the pool's crash test.
import { parentPort } from "node:worker_threads";

parentPort?.on("message", ({ seq, job }) => {
  if (job.source === "crash") process.exit(3);
  if (job.source === "ok") {
    const entry = { id: job.id, date: null, people: [], places: [], deadlineDates: [], amounts: 0, amountTotals: 0 };
    parentPort?.postMessage({ seq, outcome: { ok: true, id: job.id, entry, printed: null, ndjson: null } });
    return;
  }
  parentPort?.postMessage({ seq, outcome: { ok: false, source: job.source, error: "answered" } });
});
