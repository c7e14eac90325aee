// Serialisation and atomic file writes. YAML and JSON carry the same keys in the same order.
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { yamlOf, yamlPiecesOf } from "./util/yaml.js";

export function toYaml(value: unknown): string {
  return yamlOf(value);
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An article's YAML as an item of index.yaml's `articles` list. */
export function yamlListItem(yaml: string): string {
  return yaml
    .replace(/\n$/, "")
    .split("\n")
    .map((line, i) => (i === 0 ? `  - ${line}` : line.length > 0 ? `    ${line}` : line))
    .join("\n");
}

/** An article's JSON as an element of index.json's `articles` array (JSON strings hold no raw newline). */
export function jsonListItem(record: unknown): string {
  return `    ${JSON.stringify(record, null, 2).replace(/\n/g, "\n    ")}`;
}

/**
 * index.yaml from its article items (already indented) and the aggregates, piece by piece. Items may be
 * bytes (the CLI's spool): a large index then never passes through strings.
 */
export function* indexYamlParts<Item extends string | Uint8Array>(items: Iterable<Item>, aggregates: object): Generator<Item | string> {
  let any = false;
  for (const item of items) {
    yield any ? "\n" : "articles:\n";
    yield item;
    any = true;
  }
  yield any ? "\n" : "articles: []\n";
  yield* yamlPiecesOf(aggregates as Record<string, unknown>);
}

/** index.json from its article elements (already indented) and the aggregates (never empty): the bytes of toJson(index). */
export function* indexJsonParts<Item extends string | Uint8Array>(items: Iterable<Item>, aggregates: object): Generator<Item | string> {
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
function* jsonMembersOf(map: Record<string, unknown>): Generator<string> {
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined || typeof value === "function") continue;
    if (!Array.isArray(value) || value.length === 0) {
      yield `,\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`;
      continue;
    }
    yield `,\n  ${JSON.stringify(key)}: [`;
    for (let i = 0; i < value.length; i++) {
      // JSON.stringify prints undefined and functions in an array as null.
      const json = JSON.stringify(value[i], null, 2) ?? "null";
      yield `${i === 0 ? "" : ","}\n    ${json.replace(/\n/g, "\n    ")}`;
    }
    yield "\n  ]";
  }
}

/** index.yaml in memory (API, tests): the same bytes the CLI streams. */
export function indexYaml(index: { articles: readonly unknown[] } & Record<string, unknown>): string {
  const { articles, ...aggregates } = index;
  return [...indexYamlParts(articles.map((a) => yamlListItem(toYaml(a))), aggregates)].join("");
}

/** Writes through a temporary file in the same directory and renames it: readers never see half a file. */
export async function writeAtomic(dir: string, name: string, content: string | Iterable<string | Uint8Array>): Promise<void> {
  const tmp = join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    if (typeof content === "string") await writeFile(tmp, content, "utf8");
    else {
      const file = await open(tmp, "w");
      try {
        for (const batch of batched(content)) await file.write(batch);
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
  const tmp = join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Joins small pieces into ~1 MB buffers: one write call per piece would dominate a large index. Bytes,
 * not strings: 1 MB strings live in V8's old space until a full collection, and the 1.6 GB of a
 * 100,000-article index took the run's peak from 400 to 855 MB that way.
 */
export function* batched(parts: Iterable<string | Uint8Array>, size = 1 << 20): Generator<Buffer> {
  let pieces: Buffer[] = [];
  let length = 0;
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    pieces.push(bytes);
    length += bytes.length;
    if (length >= size) {
      yield Buffer.concat(pieces, length);
      pieces = [];
      length = 0;
    }
  }
  if (pieces.length > 0) yield Buffer.concat(pieces, length);
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/**
 * The articles' serialised forms on disk while a run goes on, so that memory does not grow with the
 * number of articles; the index is assembled from it at the end, in index order.
 */
export class ArticleSpool {
  private readonly path: string;
  private readonly fd: number;
  private size = 0;
  private readonly entries = new Map<string, { at: number; lengths: number[] }>();

  constructor(dir: string) {
    this.path = join(dir, `.nrw-extract-spool.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
    this.fd = openSync(this.path, "w+");
  }

  /** Stores the pieces (e.g. the JSON and the YAML item) of one article. */
  add(id: string, pieces: readonly (string | Uint8Array)[]): void {
    const buffers = pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p));
    const joined = Buffer.concat(buffers);
    writeSync(this.fd, joined, 0, joined.length, this.size);
    this.entries.set(id, { at: this.size, lengths: buffers.map((b) => b.length) });
    this.size += joined.length;
  }

  /** The `which`-th piece of every article in the given order, as the UTF-8 bytes it was stored as. */
  *pieces(order: readonly string[], which: number): Generator<Uint8Array> {
    for (const id of order) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const at = entry.at + entry.lengths.slice(0, which).reduce((s, n) => s + n, 0);
      const length = entry.lengths[which] ?? 0;
      const buffer = Buffer.alloc(length);
      readSync(this.fd, buffer, 0, length, at);
      yield buffer;
    }
  }

  dispose(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
