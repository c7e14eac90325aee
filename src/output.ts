// Serialisation and atomic file writes. YAML and JSON carry the same keys in the same order.
import { randomBytes } from "node:crypto";
import { type Stats, closeSync, ftruncateSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync, writevSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
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
    readonly items: (form: IndexForm) => Iterable<string | Uint8Array | SpoolPiece>,
  ) {}
}

/**
 * A piece of the spool named by its place in the spool's layout, not read: ArticleSpool.scatter() copies
 * it to where it goes in an index file.
 */
export class SpoolPiece {
  constructor(readonly at: number) {}
}

/** A part of an index file: text, bytes, or a piece of the spool that scatter() fetches. */
export type IndexPart = string | Uint8Array | SpoolPiece;

/**
 * index.yaml from its article items (already indented) and the aggregates, piece by piece. Items may be
 * bytes (the CLI's spool): a large index then never passes through strings.
 */
export function* indexYamlParts<Item extends IndexPart>(items: Iterable<Item>, aggregates: object): Generator<Item | IndexPart> {
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
export function* indexJsonParts<Item extends IndexPart>(items: Iterable<Item>, aggregates: object): Generator<Item | IndexPart> {
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
function* jsonMembersOf(map: Record<string, unknown>): Generator<IndexPart> {
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

/**
 * Index files made at once by ArticleSpool.scatter(), each through a temporary file in `dir` that is
 * renamed into place when all are written.
 */
export function writeScattered(dir: string, spool: ArticleSpool, files: readonly { name: string; parts: Iterable<IndexPart> }[]): void {
  const temporaries = files.map((file) => join(dir, temporaryName(file.name)));
  try {
    spool.scatter(files.map((file, i) => ({ path: temporaries[i] as string, parts: file.parts })));
    files.forEach((file, i) => {
      renameSync(temporaries[i] as string, join(dir, file.name));
    });
  } catch (error) {
    for (const tmp of temporaries) rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * One article's record, written through a temporary file in the same directory that is renamed into
 * place: readers never see half a file. Synchronously: a few kilobytes through the thread pool cost more
 * in round trips (open, write, close, rename) than the write itself, and held up the next article.
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
export function* batched(parts: Iterable<IndexPart>, size = 1 << 20): Generator<Buffer> {
  let batch = Buffer.allocUnsafe(size);
  let length = 0;
  for (const part of parts) {
    if (part instanceof SpoolPiece) throw new Error("internal error: a spool piece to batch (only ArticleSpool.scatter() writes them)");
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
  /**
   * The pieces' UTF-8, or the same bytes as a string of one character per byte (Latin-1) where they came
   * from a worker (runner.ts, serveJobs).
   */
  bytes: Uint8Array | string;
  /** The byte length of each piece. */
  lengths: number[];
  /** How many items each of ITEM_LISTS has. */
  counts: number[];
}

const utf8 = new TextEncoder();

/** An article's line of `--ndjson` output. */
export const ndjsonLine = (record: ArticleRecord): Uint8Array => utf8.encode(`${JSON.stringify(record)}\n`);

/** A scratch buffer for UTF-8 that grows for a large article and is let go of afterwards. */
class Utf8Scratch {
  private buffer: Buffer;

  constructor(private readonly initial: number) {
    this.buffer = Buffer.allocUnsafe(initial);
  }

  /** The buffer with room for `more` bytes after the first `used`, which it keeps. */
  room(used: number, more: number): Buffer {
    if (used + more > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, used + more));
      this.buffer.copy(grown, 0, 0, used);
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** Back to its initial size once done with a large article: a 20 MB input grows it to ~100 MB. */
  shrink(): void {
    if (this.buffer.length > 16 * this.initial) this.buffer = Buffer.allocUnsafe(this.initial);
  }
}

const yamlScratch = new Utf8Scratch(1 << 15);

/**
 * A record's YAML as UTF-8, for its file and for printArticle(): a view of a buffer that the next call
 * reuses. Encoded once: the file was written from the string and the index's copy encoded again.
 */
export function yamlBytesOf(yaml: string): Uint8Array {
  yamlScratch.shrink();
  // A UTF-16 unit becomes at most three bytes.
  const buffer = yamlScratch.room(0, 3 * yaml.length);
  return buffer.subarray(0, buffer.write(yaml, 0, "utf8"));
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * yamlListItem() on UTF-8 (where a newline byte is always a newline): `yaml` as an item of index.yaml's
 * `articles` list, written into `out` at `at`, which has room for 4 + 5 × yaml.length bytes. Returns the end.
 */
export function writeYamlListItem(yaml: Uint8Array, out: Uint8Array, at: number): number {
  const end = yaml.length > 0 && yaml[yaml.length - 1] === NEWLINE ? yaml.length - 1 : yaml.length;
  out[at] = SPACE;
  out[at + 1] = SPACE;
  out[at + 2] = 0x2d; // "-"
  out[at + 3] = SPACE;
  let to = at + 4;
  for (let from = 0; from < end; from++) {
    const byte = yaml[from] as number;
    out[to++] = byte;
    // Every line but the first goes four spaces in, except an empty one (in a literal block).
    if (byte === NEWLINE && from + 1 < end && yaml[from + 1] !== NEWLINE) {
      out[to] = SPACE;
      out[to + 1] = SPACE;
      out[to + 2] = SPACE;
      out[to + 3] = SPACE;
      to += 4;
    }
  }
  return to;
}

/** Where printArticle encodes the pieces before it copies them out. */
const printScratch = new Utf8Scratch(1 << 16);

/** `yaml`: the record's YAML as UTF-8 (yamlBytesOf). */
export function printArticle(record: ArticleRecord, yaml: Uint8Array, items: ArticleItems): PrintedArticle {
  printScratch.shrink();
  // Each piece encoded once, its length what the encoder wrote: joining, encoding and measuring each
  // piece again took a third of printing an article.
  const lengths: number[] = [];
  let size = 0;
  const append = (piece: string) => {
    // A UTF-16 unit becomes at most three bytes.
    const written = printScratch.room(size, 3 * piece.length).write(piece, size, "utf8");
    lengths.push(written);
    size += written;
  };
  append(jsonListItem(record));
  const end = writeYamlListItem(yaml, printScratch.room(size, 4 + 5 * yaml.length), size);
  lengths.push(end - size);
  size = end;
  for (const list of ITEM_LISTS) {
    for (const item of items[list]) {
      append(jsonListItem(item));
      append(yamlItemOf(item));
    }
  }
  return { bytes: new Uint8Array(printScratch.room(size, 0).subarray(0, size)), lengths, counts: ITEM_LISTS.map((list) => items[list].length) };
}

/**
 * Bytes of printed articles the spool keeps in memory before it moves them to a file: about 250 articles,
 * so that a run over a few files writes no spool at all, and --json works where the temporary directory
 * cannot be written.
 */
const SPILL_BYTES = 4 * 1024 * 1024;

/**
 * How much of the spool scatter() reads, and then cuts off, at a time. Each cut costs the file system more
 * once the spool has gone to disk: over 100,000 articles the index files took 4.1 and 3.5 s after the last
 * record with 1 MB stretches, 3.3 and 3.4 s with 8 MB, 4.0 s with 32 MB (one run each).
 */
const SCATTER_STRETCH = 1 << 23;

/** The prefixes of scatter(): most are one of a few separators, kept once each. */
class Prefixes {
  private readonly list: Buffer[] = [];
  private readonly ids = new Map<string, number>();
  private readonly textIds = new Map<string, number>();

  /** A prefix that is one text part: encoded once per distinct text. */
  idOfText(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.idOf(Buffer.from(text, "utf8"));
      // Long texts (an aggregate's key and first items) are not kept for look-up.
      if (text.length <= 64) this.textIds.set(text, id);
    }
    return id;
  }

  idOf(bytes: Buffer): number {
    const key = bytes.length <= 64 ? bytes.toString("latin1") : null;
    const known = key === null ? undefined : this.ids.get(key);
    if (known !== undefined) return known;
    this.list.push(bytes);
    if (key !== null) this.ids.set(key, this.list.length - 1);
    return this.list.length - 1;
  }

  get(id: number): Buffer | null {
    return id < 0 ? null : (this.list[id] as Buffer);
  }
}

/** writevSync() until every byte is written. */
function writeAllAt(fd: number, buffers: readonly Uint8Array[], position: number): void {
  let written = writevSync(fd, buffers as Uint8Array[], position);
  let total = 0;
  for (const buffer of buffers) total += buffer.length;
  if (written === total) return;
  // A short write (a full disk fails on the next call with its reason): the rest one buffer at a time.
  let skip = written;
  for (const buffer of buffers) {
    const from = Math.min(skip, buffer.length);
    skip -= from;
    for (let at = from; at < buffer.length; ) {
      const n = writeSync(fd, buffer, at, buffer.length - at, position + written);
      at += n;
      written += n;
    }
  }
}

/** readSync() until `length` bytes are read; the spool is never shorter than its layout says. */
function readAllAt(fd: number, buffer: Buffer, length: number, position: number): void {
  for (let read = 0; read < length; ) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) throw new Error("internal error: the spool ended early");
    read += n;
  }
}

/**
 * Numbers appended one at a time, kept in chunks off V8's heap. The spool's layout grows by ~14 numbers
 * per article: as a plain array, 100,000 articles made it 11 MB of the main thread's live heap, which the
 * collector lets grow to about twice what is live between full collections.
 */
export class NumberLog {
  private static readonly CHUNK = 1 << 12;
  private readonly chunks: Float64Array[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    const at = this.count % NumberLog.CHUNK;
    if (at === 0) this.chunks.push(new Float64Array(NumberLog.CHUNK));
    (this.chunks[this.chunks.length - 1] as Float64Array)[at] = value;
    this.count++;
  }

  get(index: number): number {
    return (this.chunks[Math.floor(index / NumberLog.CHUNK)] as Float64Array)[index % NumberLog.CHUNK] as number;
  }

  /** Every number, in one array. */
  toArray(): Float64Array {
    const all = new Float64Array(this.count);
    for (const [c, chunk] of this.chunks.entries()) all.set(chunk.subarray(0, Math.min(NumberLog.CHUNK, this.count - c * NumberLog.CHUNK)), c * NumberLog.CHUNK);
    return all;
  }
}

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
   * piece and the end of the last. One flat log of numbers: an array per article cost ~60 bytes more.
   */
  private readonly layout = new NumberLog();
  private readonly starts = new Map<string, number>();
  /** Set by scatter(), which leaves nothing to read. */
  private scattered = false;

  constructor(
    dir: string,
    private readonly spillBytes = SPILL_BYTES,
  ) {
    this.path = join(dir, `.nrw-extract-spool.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  }

  add(id: string, printed: PrintedArticle): void {
    this.store(printed.bytes);
    this.starts.set(id, this.layout.length);
    for (const count of printed.counts) this.layout.push(count);
    this.layout.push(this.size);
    for (const length of printed.lengths) {
      this.size += length;
      this.layout.push(this.size);
    }
  }

  /** Keeps `bytes` (a string: one byte per character) at offset `size`, in memory while the spool stays under spillBytes, else in the file. */
  private store(bytes: Uint8Array | string): void {
    const end = this.size + bytes.length;
    if (this.memory && end > this.spillBytes) {
      // Opened here: a spool that never spills never touches the directory.
      this.fd = openSync(this.path, "w+");
      writeSync(this.fd, this.memory, 0, this.size, 0);
      this.memory = null;
    }
    if (this.fd !== null) {
      for (let written = 0; written < bytes.length; ) {
        written +=
          typeof bytes === "string"
            ? writeSync(this.fd, written === 0 ? bytes : bytes.slice(written), this.size + written, "latin1")
            : writeSync(this.fd, bytes, written, bytes.length - written, this.size + written);
      }
      return;
    }
    let memory = this.memory as Buffer;
    if (end > memory.length) {
      const grown = Buffer.alloc(Math.max(end, 2 * memory.length));
      memory.copy(grown, 0, 0, this.size);
      this.memory = memory = grown;
    }
    if (typeof bytes === "string") memory.write(bytes, this.size, "latin1");
    else memory.set(bytes, this.size);
  }

  /** Whether the pieces have gone to a file. */
  get spilled(): boolean {
    return this.fd !== null;
  }

  /**
   * IndexBuilder's aggregates with their deadlines, amounts and totals read from here: as bytes, or (`refs`)
   * as the spool pieces that scatter() copies.
   */
  printedAggregates<A extends Record<ItemList, readonly ItemRef[]>>(aggregates: A, refs = false): Omit<A, ItemList> & Record<ItemList, PrintedList> {
    const printed = (list: ItemList) =>
      new PrintedList(aggregates[list].length, (form) => (refs ? this.itemRefs(list, aggregates[list], form) : this.items(list, aggregates[list], form)));
    return { ...aggregates, deadlines: printed("deadlines"), amounts: printed("amounts"), amountTotals: printed("amountTotals") };
  }

  /** The layout places of the articles' index.json elements (form "json") or index.yaml items, in the given order. */
  private *articlePlaces(order: readonly string[], form: IndexForm): Generator<number> {
    for (const id of order) {
      const start = this.starts.get(id);
      if (start !== undefined) yield start + ITEM_LISTS.length + (form === "json" ? 0 : 1);
    }
  }

  /** The layout places of the items `refs` point to in one of the lists, in one form. */
  private *itemPlaces(list: ItemList, refs: readonly ItemRef[], form: IndexForm): Generator<number> {
    const at = ITEM_LISTS.indexOf(list);
    for (const ref of refs) {
      const start = this.starts.get(ref.article);
      if (start === undefined) continue;
      let before = ref.rank;
      for (let l = 0; l < at; l++) before += this.layout.get(start + l);
      yield start + ITEM_LISTS.length + 2 + 2 * before + (form === "json" ? 0 : 1);
    }
  }

  /** articles() as spool pieces, for scatter(). */
  *articleRefs(order: readonly string[], form: IndexForm): Generator<SpoolPiece> {
    for (const place of this.articlePlaces(order, form)) yield new SpoolPiece(place);
  }

  /** items() as spool pieces, for scatter(). */
  private *itemRefs(list: ItemList, refs: readonly ItemRef[], form: IndexForm): Generator<SpoolPiece> {
    for (const place of this.itemPlaces(list, refs, form)) yield new SpoolPiece(place);
  }

  /**
   * The articles' index.json elements or index.yaml items, in the given order. Each is a view: copy it
   * before the next. Every call reads into its own buffer, so index.json and index.yaml can be made at once.
   */
  *articles(order: readonly string[], form: IndexForm): Generator<Uint8Array> {
    const scratch: Scratch = { buffer: null };
    for (const place of this.articlePlaces(order, form)) yield this.piece(place, scratch);
  }

  /** The items `refs` point to in one of the lists, printed in one form. Each is a view, as from articles(). */
  *items(list: ItemList, refs: readonly ItemRef[], form: IndexForm): Generator<Uint8Array> {
    const scratch: Scratch = { buffer: null };
    for (const place of this.itemPlaces(list, refs, form)) yield this.piece(place, scratch);
  }

  /** The piece whose offset is at `place` of the layout (its end is at the next place). */
  private piece(place: number, scratch: Scratch): Uint8Array {
    if (this.scattered) throw new Error("internal error: the spool was read by scatter() already");
    const at = this.layout.get(place);
    const length = this.layout.get(place + 1) - at;
    if (this.memory) return this.memory.subarray(at, at + length);
    if (scratch.buffer === null || length > scratch.buffer.length) scratch.buffer = Buffer.alloc(Math.max(length, 1 << 16));
    readSync(this.fd as number, scratch.buffer, 0, length, at);
    return scratch.buffer.subarray(0, length);
  }

  /**
   * Writes files at `paths` whose parts name spool pieces (articleRefs(), printedAggregates(…, true)),
   * reading the spool once, from its end, and cutting it short behind each stretch read. The spool cannot
   * be read afterwards.
   *
   * Why not in file order: on this kind of VM the kernel's first touch of a page-cache page costs ~2–3 ms
   * per MB, a page just freed an eighth of that (300 MB written: 0.6 s of system time, 0.08 s while another
   * file is cut short as much). In index order the index files took fresh pages for all their bytes while
   * every page of the spool stayed taken until the end; here the pages each stretch of the spool frees are
   * the ones the index files take next, and a stretch is read with one call, not one per piece.
   */
  scatter(files: readonly { path: string; parts: Iterable<IndexPart> }[], stretch = SCATTER_STRETCH): void {
    if (this.scattered) throw new Error("internal error: the spool was read by scatter() already");
    this.scattered = true;
    const layout = this.layout.toArray();
    // Per piece, by its place in the layout: the file it goes to, where it goes there (its prefix first),
    // and its prefix: the text parts (separators, keys) between it and the part before it in that file.
    const target = new Float64Array(layout.length).fill(-1);
    const fileOf = new Uint8Array(layout.length);
    const prefixOf = new Int32Array(layout.length).fill(-1);
    const prefixes = new Prefixes();
    const fds: number[] = [];
    try {
      for (const { path } of files) fds.push(openSync(path, "w"));
      files.forEach(({ parts }, f) => {
        const fd = fds[f] as number;
        let offset = 0;
        // Text parts stay strings until written: most prefixes are one separator ("\n", ",\n"), looked up
        // as such rather than encoded anew for each of the ~100,000 pieces.
        let pending: (string | Buffer)[] = [];
        let pendingLength = 0;
        const pendingBytes = () => Buffer.concat(pending.map((text) => (typeof text === "string" ? Buffer.from(text, "utf8") : text)), pendingLength);
        for (const part of parts) {
          if (part instanceof SpoolPiece) {
            target[part.at] = offset - pendingLength;
            fileOf[part.at] = f;
            const [only] = pending;
            if (pending.length === 1 && typeof only === "string") prefixOf[part.at] = prefixes.idOfText(only);
            else if (pendingLength > 0) prefixOf[part.at] = prefixes.idOf(pendingBytes());
            pending = [];
            pendingLength = 0;
            offset += (layout[part.at + 1] as number) - (layout[part.at] as number);
            continue;
          }
          // Bytes are copied: a part may be a view of a buffer its maker reuses.
          const text = typeof part === "string" ? part : Buffer.from(part);
          const length = typeof text === "string" ? Buffer.byteLength(text, "utf8") : text.length;
          pending.push(text);
          pendingLength += length;
          offset += length;
          // A long run of text (the people and places lists) is written as it comes.
          if (pendingLength >= stretch) {
            writeAllAt(fd, [pendingBytes()], offset - pendingLength);
            pending = [];
            pendingLength = 0;
          }
        }
        if (pendingLength > 0) writeAllAt(fd, [pendingBytes()], offset - pendingLength);
      });
      this.copyBackwards(layout, stretch, (place, bytes) => {
        const at = target[place] as number;
        if (at < 0) return;
        const prefix = prefixes.get(prefixOf[place] as number);
        writeAllAt(fds[fileOf[place] as number] as number, prefix ? [prefix, bytes] : [bytes], at);
      });
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }

  /** Hands every piece to `copy`, last first, a stretch of at most `stretch` bytes (or one piece) read at a time, and frees what was read. */
  private copyBackwards(layout: Float64Array, stretch: number, copy: (place: number, bytes: Uint8Array) => void): void {
    const articles = [...this.starts.values()];
    let buffer: Buffer | null = null;
    let places: number[] = [];
    let stretchEnd = this.size;
    const copyStretch = () => {
      const last = places.at(-1);
      if (last === undefined) return;
      const stretchStart = layout[last] as number;
      const length = stretchEnd - stretchStart;
      let bytes: Uint8Array;
      if (this.memory) bytes = this.memory.subarray(stretchStart, stretchEnd);
      else {
        if (buffer === null || buffer.length < length) buffer = Buffer.allocUnsafe(Math.max(length, stretch));
        readAllAt(this.fd as number, buffer, length, stretchStart);
        bytes = buffer.subarray(0, length);
      }
      for (const place of places) copy(place, bytes.subarray((layout[place] as number) - stretchStart, (layout[place + 1] as number) - stretchStart));
      // What was read is freed now, for the pages the copies take next.
      if (this.fd !== null) ftruncateSync(this.fd, stretchStart);
      places = [];
      stretchEnd = stretchStart;
    };
    for (let a = articles.length - 1; a >= 0; a--) {
      const start = articles[a] as number;
      let items = 0;
      for (let l = 0; l < ITEM_LISTS.length; l++) items += layout[start + l] as number;
      const first = start + ITEM_LISTS.length;
      for (let place = first + 2 + 2 * items - 1; place >= first; place--) {
        if (places.length > 0 && stretchEnd - (layout[place] as number) > stretch) copyStretch();
        places.push(place);
      }
    }
    copyStretch();
  }

  dispose(): void {
    this.memory = null;
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.path, { force: true });
  }
}
