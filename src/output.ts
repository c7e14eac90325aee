// Serialisation and atomic file writes. YAML and JSON carry the same keys in the same order.
import { randomBytes } from "node:crypto";
import { type Stats, closeSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { type ArticleItems, ITEM_LISTS, type ItemList, type ItemRef } from "./merge.js";
import type { ArticleRecord } from "./record.js";
import { yamlItemOf, yamlListKey, yamlOf, yamlPiecesOf } from "./util/yaml.js";

export function toYaml(value: unknown): string {
  return yamlOf(value);
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An article's YAML as an item of index.yaml's `articles` list. */
export function yamlListItem(yaml: string): string {
  // Every line but the first goes four spaces in, except an empty one (in a literal block).
  return `  - ${yaml.replace(/\n$/, "").replace(/\n(?!\n|$)/g, "\n    ")}`;
}

/**
 * A value as an element of one of index.json's arrays, as JSON.stringify(index, null, 2) prints it (JSON
 * strings hold no raw newline; undefined and functions print as null in an array).
 */
export function jsonListItem(value: unknown): string {
  // As the element of an array inside an array, JSON.stringify indents it as index.json's lists need it;
  // re-indenting its own output afterwards took a third longer.
  return (JSON.stringify([[value]], null, 2) as string).slice(LIST_IN_LIST_OPENING.length, -LIST_IN_LIST_CLOSING.length);
}
const LIST_IN_LIST_OPENING = "[\n  [\n";
const LIST_IN_LIST_CLOSING = "\n  ]\n]";

/** The two printed forms of the index: index.json and index.yaml. */
export type IndexForm = "json" | "yaml";

/**
 * A list of the index whose items were printed beforehand (the CLI prints them where the article is
 * extracted and keeps them on disk), each as an element of its index.json array (jsonListItem) and as an
 * item of its index.yaml list (yamlItemOf).
 */
export class PrintedList {
  constructor(
    readonly length: number,
    readonly items: (form: IndexForm) => Iterable<string | Uint8Array>,
  ) {}
}

/**
 * index.yaml from its article items (already indented) and the aggregates, piece by piece. Items may be
 * bytes (the CLI's spool): a large index then never passes through strings.
 */
export function* indexYamlParts<Item extends string | Uint8Array>(items: Iterable<Item>, aggregates: object): Generator<Item | string | Uint8Array> {
  let any = false;
  for (const item of items) {
    yield any ? "\n" : "articles:\n";
    yield item;
    any = true;
  }
  yield any ? "\n" : "articles: []\n";
  for (const [key, value] of Object.entries(aggregates)) {
    if (!(value instanceof PrintedList)) yield* yamlPiecesOf({ [key]: value });
    else if (value.length === 0) yield yamlOf({ [key]: [] });
    else {
      yield yamlListKey(key);
      yield* value.items("yaml");
    }
  }
}

/** index.json from its article elements (already indented) and the aggregates (never empty): the bytes of toJson(index). */
export function* indexJsonParts<Item extends string | Uint8Array>(items: Iterable<Item>, aggregates: object): Generator<Item | string | Uint8Array> {
  let any = false;
  for (const item of items) {
    yield any ? ",\n" : '{\n  "articles": [\n';
    yield item;
    any = true;
  }
  yield any ? "\n  ]" : '{\n  "articles": []';
  yield* jsonMembersOf(aggregates as Record<string, unknown>);
  yield "\n}\n";
}

/**
 * The members of a top-level object as JSON.stringify(value, null, 2) prints them after a first member,
 * a list item at a time: the aggregates of a large run are too big to build as one string.
 */
function* jsonMembersOf(map: Record<string, unknown>): Generator<string | Uint8Array> {
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined || typeof value === "function") continue;
    const list = value instanceof PrintedList ? value : Array.isArray(value) ? value : null;
    if (list === null || list.length === 0) {
      yield `,\n  ${JSON.stringify(key)}: ${JSON.stringify(list === null ? value : [], null, 2).replace(/\n/g, "\n  ")}`;
      continue;
    }
    yield `,\n  ${JSON.stringify(key)}: [`;
    const items = list instanceof PrintedList ? list.items("json") : mapped(list, jsonListItem);
    let first = true;
    for (const item of items) {
      yield first ? "\n" : ",\n";
      yield item;
      first = false;
    }
    yield "\n  ]";
  }
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** index.yaml in memory (API, tests): the same bytes the CLI streams. */
export function indexYaml(index: { articles: readonly unknown[] } & Record<string, unknown>): string {
  const { articles, ...aggregates } = index;
  return [...indexYamlParts(articles.map((a) => yamlListItem(toYaml(a))), aggregates)].join("");
}

/**
 * Random per thread, then counted: a name no other writer in the directory uses (another process or
 * thread has its own tag). Six random bytes per file cost ~25 µs each, about 1 % of an article.
 */
let threadTag: string | null = null;
let temporaries = 0;
function temporaryName(name: string): string {
  threadTag ??= randomBytes(6).toString("hex");
  return `.${name}.${threadTag}-${(temporaries++).toString(36)}.tmp`;
}

/** Writes through a temporary file in the same directory and renames it: readers never see half a file. */
export async function writeAtomic(dir: string, name: string, content: string | Iterable<string | Uint8Array>): Promise<void> {
  const tmp = join(dir, temporaryName(name));
  try {
    if (typeof content === "string") await writeFile(tmp, content, "utf8");
    else {
      const file = await open(tmp, "w");
      // The next batch is made while the last one is written. Both cost about the same: making reads the
      // spool, and writing is mostly the kernel's first touch of fresh page-cache pages (on this VM ~3 ms
      // per MB). With both files made at once (cli.ts), the two of 100,000 articles: 9.6 → 7.1 s.
      let writing: Promise<unknown> | null = null;
      try {
        for (const batch of batched(content)) {
          if (writing) await writing;
          writing = file.write(batch);
        }
        if (writing) await writing;
      } catch (error) {
        await writing?.catch(() => undefined);
        throw error;
      } finally {
        await file.close();
      }
    }
    await rename(tmp, join(dir, name));
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * writeAtomic for one article's record, synchronously: a few kilobytes through the thread pool cost
 * more in round trips (open, write, close, rename) than the write itself, and held up the next article.
 */
export function writeAtomicSync(dir: string, name: string, content: string | Uint8Array): void {
  const tmp = join(dir, temporaryName(name));
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Copies small pieces into ~1 MB buffers: one write call per piece would dominate a large index. Bytes,
 * not strings: 1 MB strings live in V8's old space until a full collection, and the 1.6 GB of a
 * 100,000-article index took the run's peak from 400 to 855 MB that way. Each piece is copied before the
 * next is asked for, so a piece may be a view of a buffer its maker reuses (ArticleSpool's).
 */
export function* batched(parts: Iterable<string | Uint8Array>, size = 1 << 20): Generator<Buffer> {
  let batch = Buffer.allocUnsafe(size);
  let length = 0;
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    if (length > 0 && length + bytes.length > size) {
      yield batch.subarray(0, length);
      batch = Buffer.allocUnsafe(size);
      length = 0;
    }
    if (bytes.length >= size) yield Buffer.from(bytes);
    else {
      batch.set(bytes, length);
      length += bytes.length;
    }
  }
  if (length > 0) yield batch.subarray(0, length);
}

/**
 * `mkdir -p`, a level at a time. Node's own recursive mkdir never returns where a directory exists but
 * cannot hold the one asked for: under /proc, mkdir answers ENOENT for the child and EEXIST for its
 * parent, and Node 20 goes back and forth between the two for ever (`--out /proc/x` hung at full CPU).
 * Here each missing level is made once, from the top; the first that cannot be made is the error.
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    let info: Stats;
    try {
      info = await stat(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(at) === at) throw error;
      missing.push(at);
      continue;
    }
    if (missing.length === 0 && !info.isDirectory()) throw new Error(`not a directory: ${dir}`);
    break;
  }
  for (const level of missing.reverse()) {
    try {
      await mkdir(level);
    } catch (error) {
      // Made meanwhile by another run writing to the same place.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/**
 * What a worker prints of an article for the index, as one buffer of UTF-8 pieces: the article's element
 * of index.json and item of index.yaml, then each item of its deadlines, amounts and totals in both forms.
 */
export interface PrintedArticle {
  bytes: Uint8Array;
  /** The byte length of each piece. */
  lengths: number[];
  /** How many items each of ITEM_LISTS has. */
  counts: number[];
}

const utf8 = new TextEncoder();

/** An article's line of `--ndjson` output. */
export const ndjsonLine = (record: ArticleRecord): Uint8Array => utf8.encode(`${JSON.stringify(record)}\n`);

/** Where printArticle encodes the pieces before it copies them out; grown for a large article, then let go. */
const PRINT_SCRATCH = 1 << 16;
let printScratch = new Uint8Array(PRINT_SCRATCH);

export function printArticle(record: ArticleRecord, yaml: string, items: ArticleItems): PrintedArticle {
  const pieces = [jsonListItem(record), yamlListItem(yaml)];
  for (const list of ITEM_LISTS) for (const item of items[list]) pieces.push(jsonListItem(item), yamlItemOf(item));
  // Each piece encoded once, its length what the encoder wrote: joining, encoding and measuring each
  // piece again took a third of printing an article.
  const lengths: number[] = [];
  let size = 0;
  for (const piece of pieces) {
    // A UTF-16 unit becomes at most three bytes.
    if (size + 3 * piece.length > printScratch.length) {
      const grown = new Uint8Array(Math.max(2 * printScratch.length, size + 3 * piece.length));
      grown.set(printScratch.subarray(0, size));
      printScratch = grown;
    }
    const { written } = utf8.encodeInto(piece, printScratch.subarray(size));
    lengths.push(written);
    size += written;
  }
  const bytes = printScratch.slice(0, size);
  // A 20 MB input grows it to ~100 MB: kept, the worker would hold that for the rest of the run.
  if (printScratch.length > 16 * PRINT_SCRATCH) printScratch = new Uint8Array(PRINT_SCRATCH);
  return { bytes, lengths, counts: ITEM_LISTS.map((list) => items[list].length) };
}

/**
 * Bytes of printed articles the spool keeps in memory before it moves them to a file: about 250 articles,
 * so that a run over a few files writes no spool at all, and --json works where the temporary directory
 * cannot be written.
 */
const SPILL_BYTES = 4 * 1024 * 1024;

/** Where one reader of the spool reads its pieces. */
interface Scratch {
  buffer: Buffer | null;
}

/**
 * The articles' printed pieces, on disk once they pass `spillBytes`, while a run goes on: memory does not
 * grow with the number of articles or the text of their items; the index is assembled from it at the end,
 * in index order. The file is created in `dir` when it is first needed.
 */
export class ArticleSpool {
  private readonly path: string;
  private fd: number | null = null;
  /** What has not gone to the file: every piece, until the spool spills. */
  private memory: Buffer | null = Buffer.alloc(1 << 16);
  private size = 0;
  /**
   * Per article from its start (`starts`): the count of each of ITEM_LISTS, then the offset of each
   * piece and the end of the last. One flat array of small integers: an array per article cost ~60 bytes more.
   */
  private readonly layout: number[] = [];
  private readonly starts = new Map<string, number>();

  constructor(
    dir: string,
    private readonly spillBytes = SPILL_BYTES,
  ) {
    this.path = join(dir, `.nrw-extract-spool.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  }

  add(id: string, printed: PrintedArticle): void {
    this.store(printed.bytes);
    this.starts.set(id, this.layout.length);
    this.layout.push(...printed.counts, this.size);
    for (const length of printed.lengths) {
      this.size += length;
      this.layout.push(this.size);
    }
  }

  /** Keeps `bytes` at offset `size`, in memory while the spool stays under spillBytes, else in the file. */
  private store(bytes: Uint8Array): void {
    const end = this.size + bytes.length;
    if (this.memory && end > this.spillBytes) {
      // Opened here: a spool that never spills never touches the directory.
      this.fd = openSync(this.path, "w+");
      writeSync(this.fd, this.memory, 0, this.size, 0);
      this.memory = null;
    }
    if (this.fd !== null) {
      writeSync(this.fd, bytes, 0, bytes.length, this.size);
      return;
    }
    let memory = this.memory as Buffer;
    if (end > memory.length) {
      const grown = Buffer.alloc(Math.max(end, 2 * memory.length));
      memory.copy(grown, 0, 0, this.size);
      this.memory = memory = grown;
    }
    memory.set(bytes, this.size);
  }

  /** Whether the pieces have gone to a file. */
  get spilled(): boolean {
    return this.fd !== null;
  }

  /** IndexBuilder's aggregates with their deadlines, amounts and totals read from here. */
  printedAggregates<A extends Record<ItemList, readonly ItemRef[]>>(aggregates: A): Omit<A, ItemList> & Record<ItemList, PrintedList> {
    const printed = (list: ItemList) => new PrintedList(aggregates[list].length, (form) => this.items(list, aggregates[list], form));
    return { ...aggregates, deadlines: printed("deadlines"), amounts: printed("amounts"), amountTotals: printed("amountTotals") };
  }

  /**
   * The articles' index.json elements or index.yaml items, in the given order. Each is a view: copy it
   * before the next. Every call reads into its own buffer, so index.json and index.yaml can be made at once.
   */
  *articles(order: readonly string[], form: IndexForm): Generator<Uint8Array> {
    const scratch: Scratch = { buffer: null };
    for (const id of order) {
      const start = this.starts.get(id);
      if (start !== undefined) yield this.piece(start, form === "json" ? 0 : 1, scratch);
    }
  }

  /** The items `refs` point to in one of the lists, printed in one form. Each is a view, as from articles(). */
  *items(list: ItemList, refs: readonly ItemRef[], form: IndexForm): Generator<Uint8Array> {
    const at = ITEM_LISTS.indexOf(list);
    const scratch: Scratch = { buffer: null };
    for (const ref of refs) {
      const start = this.starts.get(ref.article);
      if (start === undefined) continue;
      let before = ref.rank;
      for (let l = 0; l < at; l++) before += this.layout[start + l] as number;
      yield this.piece(start, 2 + 2 * before + (form === "json" ? 0 : 1), scratch);
    }
  }

  private piece(start: number, which: number, scratch: Scratch): Uint8Array {
    const at = this.layout[start + ITEM_LISTS.length + which] as number;
    const length = (this.layout[start + ITEM_LISTS.length + which + 1] as number) - at;
    if (this.memory) return this.memory.subarray(at, at + length);
    if (scratch.buffer === null || length > scratch.buffer.length) scratch.buffer = Buffer.alloc(Math.max(length, 1 << 16));
    readSync(this.fd as number, scratch.buffer, 0, length, at);
    return scratch.buffer.subarray(0, length);
  }

  dispose(): void {
    this.memory = null;
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.path, { force: true });
  }
}
