/**
 * Which characters of a text are taken by a match already. Checking a span costs its length, not the
 * number of matches so far, so that a page with thousands of amounts stays linear.
 *
 * One bit per character, 16 to an element of a plain array: a Uint8Array of a text's length lies outside
 * V8's heap (over 64 bytes), and the ~10 per article cost a malloc and a free each and more work for
 * the collector than an array on the heap.
 */
export class Coverage {
  private readonly bits: number[];
  private readonly length: number;

  constructor(length: number) {
    this.length = length + 1;
    this.bits = new Array<number>((this.length >> 4) + 1).fill(0);
  }

  overlaps(from: number, to: number): boolean {
    const end = Math.min(to, this.length);
    for (let i = Math.max(0, from); i < end; i++) if (((this.bits[i >> 4] as number) >> (i & 15)) & 1) return true;
    return false;
  }

  mark(from: number, to: number): void {
    const end = Math.min(to, this.length);
    for (let i = Math.max(0, from); i < end; i++) this.bits[i >> 4] = (this.bits[i >> 4] as number) | (1 << (i & 15));
  }

  static of(length: number, spans: Iterable<{ from: number; to: number }>): Coverage {
    const coverage = new Coverage(length);
    for (const span of spans) coverage.mark(span.from, span.to);
    return coverage;
  }
}
