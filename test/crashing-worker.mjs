// A stand-in for src/worker.ts that dies on an input named "crash", for the pool's crash test. Inputs
// named "slow…" take 100 ms each, one after the other as a real worker's do, and are answered with how
// many jobs were waiting for an answer when they came. Inputs named "held…" are done at once but answered
// only 300 ms later, as a real worker holds extracted jobs until it writes their records; like it, this
// one says in the shared `working` slot which job it is on.
import { parentPort, workerData } from "node:worker_threads";

const working = workerData?.working;

let unanswered = 0;
let busyUntil = 0;
parentPort?.on("message", ({ seq, job }) => {
  if (working) Atomics.store(working, 0, seq);
  if (job.source === "crash") process.exit(3);
  if (working) Atomics.store(working, 0, -1);
  if (job.source.startsWith("held")) {
    setTimeout(() => parentPort?.postMessage([{ seq, outcome: { ok: false, source: job.source, error: "held" } }]), 300);
    return;
  }
  if (job.source.startsWith("slow")) {
    const waiting = unanswered++;
    busyUntil = Math.max(busyUntil, Date.now()) + 100;
    setTimeout(() => {
      unanswered--;
      parentPort?.postMessage([{ seq, outcome: { ok: false, source: job.source, error: String(waiting) } }]);
    }, busyUntil - Date.now());
    return;
  }
  if (job.source === "ok") {
    const entry = { id: job.id, date: null, people: [], places: [], deadlineDates: [], amounts: 0, amountTotals: 0 };
    parentPort?.postMessage([{ seq, outcome: { ok: true, id: job.id, entry, printed: null, ndjson: null } }]);
    return;
  }
  parentPort?.postMessage([{ seq, outcome: { ok: false, source: job.source, error: "answered" } }]);
});
