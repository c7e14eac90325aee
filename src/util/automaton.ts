// Every occurrence of many fixed words in one pass over a text (Aho–Corasick): for word lists that a
// regex alternation would try at every position of the text, one alternative after the other.

export class WordAutomaton {
  /** Character class of each UTF-16 code unit: 0 for a unit no word holds. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly classes: number;
  /** The state after state s and class c, at s * classes + c; state 0 is the start. */
  private readonly next: Int32Array;
  /** The words ending in state s: outputs[outputStart[s] … outputStart[s + 1]), longest first. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  readonly words: readonly string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((word) => word.length > 0);
    let classes = 1;
    for (const word of this.words) for (let i = 0; i < word.length; i++) if (this.classOf[word.charCodeAt(i)] === 0) this.classOf[word.charCodeAt(i)] = classes++;
    this.classes = classes;
    // The trie first (a child of 0 means none), with room for a state per character of the words.
    let room = 1;
    for (const word of this.words) room += word.length;
    const trie = new Int32Array(room * classes);
    const ends: number[][] = [[]];
    for (const [w, word] of this.words.entries()) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const at = state * classes + (this.classOf[word.charCodeAt(i)] as number);
        if (trie[at] === 0) {
          trie[at] = ends.length;
          ends.push([]);
        }
        state = trie[at] as number;
      }
      (ends[state] as number[]).push(w);
    }
    // Breadth first, each state's fallback (its longest proper suffix that is a state, done before it)
    // completes its transitions and adds the words that end there.
    const next = trie.slice(0, ends.length * classes);
    const fallback = new Int32Array(ends.length);
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) if (next[c] !== 0) queue.push(next[c] as number);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      const back = fallback[state] as number;
      (ends[state] as number[]).push(...(ends[back] as number[]));
      for (let c = 0; c < classes; c++) {
        const child = trie[state * classes + c] as number;
        if (child === 0) next[state * classes + c] = next[back * classes + c] as number;
        else {
          fallback[child] = next[back * classes + c] as number;
          queue.push(child);
        }
      }
    }
    this.next = next;
    this.outputStart = new Int32Array(ends.length + 1);
    for (let state = 0; state < ends.length; state++) this.outputStart[state + 1] = (this.outputStart[state] as number) + (ends[state] as number[]).length;
    this.outputs = Int32Array.from(ends.flat());
  }

  /** For each word found in `text`, the places where it begins, in order, the first `max` of them. */
  placesIn(text: string, max: number): Map<string, number[]> {
    const { classOf, classes, next, outputStart, outputs, words } = this;
    const places = new Map<string, number[]>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * classes + (classOf[text.charCodeAt(i)] as number)] as number;
      const last = outputStart[state + 1] as number;
      for (let o = outputStart[state] as number; o < last; o++) {
        const word = words[outputs[o] as number] as string;
        const from = i - word.length + 1;
        const at = places.get(word);
        if (!at) places.set(word, [from]);
        else if (at.length < max) at.push(from);
      }
    }
    return places;
  }
}
