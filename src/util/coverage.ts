/**
 * Which characters of a text are taken by a match already. Checking a span costs its length, not the
 * number of matches so far, so that a page with thousands of amounts stays linear.
 */
export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  overlaps(from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < to && i < this.taken.length; i++) if (this.taken[i]) return true;
    return false;
  }

  mark(from: number, to: number): void {
    this.taken.fill(1, Math.max(0, from), Math.min(to, this.taken.length));
  }

  static of(length: number, spans: Iterable<{ from: number; to: number }>): Coverage {
    const coverage = new Coverage(length);
    for (const span of spans) coverage.mark(span.from, span.to);
    return coverage;
  }
}
