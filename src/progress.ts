// The one-line progress display on a terminal and the summary line at the end of a run.
export interface ProgressCounts {
  done: number;
  failed: number;
  /** Inputs in the run when known in advance (files); an NDJSON stream has no total. */
  total: number | null;
}

const formatCount = (n: number) => n.toLocaleString("en-US");

export function rate(count: number, ms: number): string {
  return ms > 0 ? formatCount(Math.round((count * 1000) / ms)) : "–";
}

export function progressLine(counts: ProgressCounts, ms: number): string {
  const files = counts.total === null ? `${formatCount(counts.done)} articles` : `${formatCount(counts.done)}/${formatCount(counts.total)} articles`;
  return `nrw-extract: ${files} · ${rate(counts.done, ms)} articles/s · ${formatCount(counts.failed)} failed`;
}

/** The line that ends every run (unless --quiet), counts written as the progress line writes them. */
export function summaryLine(run: { extracted: number; failed: number; ms: number; interrupted: boolean; where: string | null }): string {
  const head = run.interrupted ? "interrupted: " : "";
  const articles = `${formatCount(run.extracted)} article${run.extracted === 1 ? "" : "s"}`;
  const where = run.where === null ? "" : ` → ${run.where}`;
  return `nrw-extract: ${head}${articles} extracted, ${formatCount(run.failed)} failed in ${(run.ms / 1000).toFixed(1)} s (${rate(run.extracted, run.ms)} articles/s)${where}`;
}

/** What the display says while the index is written: at 100,000 articles that takes seconds of no progress. */
export const indexLine = (articles: number) => `nrw-extract: ${formatCount(articles)} article${articles === 1 ? "" : "s"} extracted · writing the index …`;

/** Redraws at most ten times a second; does nothing unless it was enabled (a TTY, not --quiet, not CI). */
export class Progress {
  private last = 0;
  private shown = false;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly started: number = Date.now(),
  ) {}

  update(counts: ProgressCounts): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.show(progressLine(counts, now - this.started));
  }

  /** A line that stays until the next one or clear(), also for a step that has no counts to show. */
  show(line: string): void {
    if (!this.enabled) return;
    this.shown = true;
    // \r + "erase line": the line is rewritten in place however its length changed.
    this.stream.write(`\r\x1b[K${line}`);
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }

  elapsed(): number {
    return Date.now() - this.started;
  }
}

/** A progress line only for a person watching: a terminal, not --quiet, not a CI job. */
export function wantsProgress(stream: NodeJS.WritableStream, quiet: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return !quiet && (stream as { isTTY?: boolean }).isTTY === true && !env.CI && env.TERM !== "dumb";
}
