// A stand-in for src/worker.ts that dies on an input named "crash", for the pool's crash test; an input
// named "slow…" is answered after a while, with how many jobs were waiting for an answer when it came.
import { parentPort } from "node:worker_threads";

let unanswered = 0;
parentPort?.on("message", ({ seq, job }) => {
  if (job.source === "crash") process.exit(3);
  if (job.source.startsWith("slow")) {
    const waiting = unanswered++;
    setTimeout(() => {
      unanswered--;
      parentPort?.postMessage({ seq, outcome: { ok: false, source: job.source, error: String(waiting) } });
    }, 30);
    return;
  }
  if (job.source === "ok") {
    const entry = { id: job.id, date: null, people: [], places: [], deadlineDates: [], amounts: 0, amountTotals: 0 };
    parentPort?.postMessage({ seq, outcome: { ok: true, id: job.id, entry, printed: null, ndjson: null } });
    return;
  }
  parentPort?.postMessage({ seq, outcome: { ok: false, source: job.source, error: "answered" } });
});
