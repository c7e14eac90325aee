// Turns the command line's inputs into a list of files (directories walked recursively), and
// gives every input an id that is safe as a file name and unique within the run.
import type { Dirent } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { basename, extname, join, sep } from "node:path";
import { createInterface } from "node:readline";
import type { FailedInput } from "./merge.js";
import type { Job, Outputs } from "./runner.js";
import { DIGIT, LETTER } from "./util/letters.js";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm"]);
export const NDJSON_EXTENSIONS = new Set([".ndjson", ".jsonl"]);

export interface InputFile {
  source: string;
  /**
   * The path's bytes, for a path that is not valid UTF-8 (a file name in Latin-1 from an old archive):
   * `source` then shows it decoded as Windows-1252, and the file is opened by these bytes.
   */
  path?: Uint8Array;
  id: string;
  /**
   * Named on the command line, and neither a regular file nor a directory: a pipe (`<(…)`, a FIFO) or a
   * device, read as a stream. Found inside a directory, such a file is refused instead: nobody asked for
   * it, and reading it could wait for ever.
   */
  stream?: true;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  return (error as Error).message;
}

/** A path as the walk shows it (`display`, joined as strings) and opens it (its bytes, kept once a name on it is not valid UTF-8). */
interface WalkedPath {
  display: string;
  bytes: Buffer | null;
}

// Made when first needed: few runs meet such a name, and every run starts ~0.1 ms sooner without it.
let windows1252: InstanceType<typeof TextDecoder> | null = null;
function asWindows1252(bytes: Buffer): string {
  windows1252 ??= new TextDecoder("windows-1252");
  return windows1252.decode(bytes);
}

/** The input file at `path`: opened by its bytes where the walk kept them. */
const fileAt = (path: WalkedPath): InputFile => (path.bytes ? { source: path.display, id: "", path: path.bytes } : { source: path.display, id: "" });

function childOf(parent: WalkedPath, name: Buffer): WalkedPath {
  const valid = isUtf8(name);
  const display = join(parent.display, valid ? name.toString("utf8") : asWindows1252(name));
  if (valid && parent.bytes === null) return { display, bytes: null };
  return { display, bytes: Buffer.concat([parent.bytes ?? Buffer.from(parent.display), Buffer.from(sep), name]) };
}

/**
 * Collects the article files under `dir`, in sorted order. A directory reached again by another path (a
 * link to a sibling) is walked once, silently; one that leads back to a directory the walk is inside of
 * is a symbolic link loop and is reported.
 */
async function walk(dir: WalkedPath, extensions: ReadonlySet<string>, seen: Set<string>, files: InputFile[], failed: FailedInput[], inside: readonly string[] = []): Promise<void> {
  const at = dir.bytes ?? dir.display;
  let real: string;
  try {
    // As Latin-1, one character per byte: two paths that differ only in bytes invalid in UTF-8 stay apart.
    real = (await realpath(at, { encoding: "buffer" })).toString("latin1");
  } catch (error) {
    failed.push({ source: dir.display, error: reason(error) });
    return;
  }
  if (inside.includes(real)) {
    failed.push({ source: dir.display, error: `symbolic link loop (back to ${Buffer.from(real, "latin1").toString("utf8")})` });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const typed = (entry: Dirent<string> | Dirent<Buffer>) => (entry.isDirectory() ? true : entry.isFile() ? false : null);
  let named: Dirent<string>[];
  let raw: Dirent<Buffer>[] | null = null;
  try {
    // The directory's own record of each entry's type: a stat() per file (through the thread pool) was
    // 4.7 s of listing 100,000 files. Links and types the file system does not record are stat()ed.
    named = await readdir(at, { withFileTypes: true });
    // A name that is not valid UTF-8 comes back with U+FFFD in it, a path that does not exist: such a
    // directory is read again, as bytes (every directory as bytes took 60 MB more for 100,000 files).
    if (named.some((entry) => entry.name.includes("\ufffd"))) raw = await readdir(at, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    failed.push({ source: dir.display, error: `cannot read directory: ${reason(error)}` });
    return;
  }
  const visit = async (path: WalkedPath, directory: boolean | null) => {
    let isDirectory = directory;
    if (isDirectory === null) {
      try {
        isDirectory = (await stat(path.bytes ?? path.display)).isDirectory();
      } catch (error) {
        failed.push({ source: path.display, error: reason(error) });
        return;
      }
    }
    if (isDirectory) await walk(path, extensions, seen, files, failed, [...inside, real]);
    else if (extensions.has(extname(path.display).toLowerCase())) files.push(fileAt(path));
  };
  const byDisplay = (a: { display: string }, b: { display: string }) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  if (raw) {
    for (const { path, directory } of raw.map((entry) => ({ path: childOf(dir, entry.name), directory: typed(entry) })).sort((a, b) => byDisplay(a.path, b.path))) await visit(path, directory);
    return;
  }
  // All names share the directory's prefix: sorting them sorts the paths.
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of named) await visit(dir.bytes === null ? { display: join(dir.display, entry.name), bytes: null } : childOf(dir, Buffer.from(entry.name)), typed(entry));
}

/** A file-name-safe id from a path: letters, digits, dot, dash and underscore only, no leading dot. */
export function safeId(source: string): string {
  if (source === "-") return "stdin";
  return fileNameSafe(basename(source).replace(/\.(?:txt|text|html?|htm|ndjson|jsonl)$/i, ""));
}

const NOT_IN_FILE_NAME = new RegExp(`[^${LETTER}${DIGIT}._-]+`, "gu");
/** Letters, digits, dot, dash and underscore only, no leading dot, never the index's own name. */
function fileNameSafe(name: string): string {
  const safe = name.normalize("NFC").replace(NOT_IN_FILE_NAME, "_").replace(/^[._]+/, "").slice(0, 120);
  return safe.length > 0 && safe !== "index" ? safe : `article_${safe || "x"}`;
}

/**
 * The files the arguments name, directories walked. `raw[i]`, where given, is the bytes of `args[i]`
 * that are not valid UTF-8 (Io.rawArgv): that input is opened by them and shown decoded as Windows-1252,
 * as a name found in a directory walk is.
 */
export async function collectInputs(
  args: readonly string[],
  extensions: ReadonlySet<string> = ARTICLE_EXTENSIONS,
  raw: readonly (Uint8Array | undefined)[] = [],
): Promise<{ files: InputFile[]; failed: FailedInput[] }> {
  const failed: FailedInput[] = [];
  const paths: InputFile[] = [];
  for (const [position, arg] of args.entries()) {
    if (arg === "-") {
      paths.push({ source: "-", id: "" });
      continue;
    }
    const bytes = raw[position] ? Buffer.from(raw[position]) : null;
    const path: WalkedPath = { display: bytes ? asWindows1252(bytes) : arg, bytes };
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(bytes ?? arg);
    } catch (error) {
      failed.push({ source: path.display, error: reason(error) });
      continue;
    }
    if (info.isDirectory()) {
      const found: InputFile[] = [];
      await walk(path, extensions, new Set(), found, failed);
      if (found.length === 0) failed.push({ source: path.display, error: `no articles (${[...extensions].join(", ")}) in directory` });
      // A loop, not push(...found): a directory of a million files would overflow the call stack.
      for (const file of found) paths.push(file);
    } else paths.push(info.isFile() ? fileAt(path) : { ...fileAt(path), stream: true });
  }
  const used = new Map<string, number>();
  const files = paths.map((file) => {
    const base = safeId(file.source);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { ...file, id: count === 1 ? base : `${base}-${count}` };
  });
  // A later "x-2" could collide with a file really named "x-2": make every id unique in one more pass.
  const seen = new Set<string>();
  for (const file of files) {
    let id = file.id;
    for (let n = 2; seen.has(id); n++) id = `${file.id}-${n}`;
    file.id = id;
    seen.add(id);
  }
  return { files, failed };
}

/** `--shard K/N`: the inputs whose position (0-based, in input order) is K-1 modulo N. */
export interface Shard {
  k: number;
  n: number;
}

export const inShard = (position: number, shard: Shard | undefined) => !shard || position % shard.n === shard.k - 1;

export interface JobSettings {
  referenceDate: string | null;
  maxBytes: number;
  outputs: Outputs;
  shard?: Shard | undefined;
}

/**
 * One job per file, in order, ids fixed over all inputs first so that every shard names an article alike.
 * The list is used up as it goes, each entry let go once its job is made:
 * 100,000 names and ids are ~15 MB that the main thread's heap otherwise kept (and let grow to twice that
 * between full collections) to the end of the run.
 */
export function* fileJobs(files: (InputFile | undefined)[], settings: JobSettings, stdinBytes?: Uint8Array): Generator<Job> {
  for (let position = 0; position < files.length; position++) {
    const file = files[position];
    files[position] = undefined;
    if (!file || !inShard(position, settings.shard)) continue;
    yield {
      source: file.source,
      ...(file.path ? { path: file.path } : {}),
      ...(file.stream ? { stream: true as const } : {}),
      id: file.id,
      referenceDate: settings.referenceDate,
      maxBytes: settings.maxBytes,
      outputs: settings.outputs,
      ...(file.source === "-" && stdinBytes ? { bytes: stdinBytes } : {}),
    };
  }
}

function lineFailure(source: string, failure: string, settings: JobSettings): Job {
  return { source, id: "", referenceDate: settings.referenceDate, maxBytes: settings.maxBytes, outputs: settings.outputs, failure };
}

/** Reads `{"id", "text"|"html", "url"?}` from one NDJSON line; a string is the reason it is not an article. */
function parseLine(line: string): { id: string | null; content: string; format: "text" | "html"; url: string | null } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const { id, text, html, url } = value as Record<string, unknown>;
  if (typeof text === "string" && typeof html === "string") return 'both "text" and "html"';
  const content = typeof text === "string" ? text : typeof html === "string" ? html : null;
  if (content === null) return 'no "text" or "html" string';
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") return '"id" is neither a string nor a number';
  if (url !== undefined && url !== null && typeof url !== "string") return '"url" is not a string';
  return { id: id === undefined ? null : String(id), content, format: typeof text === "string" ? "text" : "html", url: typeof url === "string" ? url : null };
}

/**
 * One job per line of NDJSON files or stdin, read as a stream: a crawler's output or a shard of a
 * corpus can be piped in whatever its size. Lines that are not articles become failures, not errors.
 */
export async function* ndjsonJobs(files: readonly Pick<InputFile, "source" | "path">[], stdin: NodeJS.ReadableStream, settings: JobSettings): AsyncGenerator<Job> {
  const usedIds = new Set<string>();
  let position = 0;
  for (const { source, path } of files) {
    const name = source === "-" ? "stdin" : source;
    let input: NodeJS.ReadableStream;
    if (source === "-") input = stdin;
    else {
      try {
        input = (await open(path ? Buffer.from(path) : source)).createReadStream();
      } catch (error) {
        yield lineFailure(source, reason(error), settings);
        continue;
      }
    }
    let lineNo = 0;
    try {
      for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
        lineNo++;
        if (line.trim().length === 0) continue;
        const at = `${name}:${lineNo}`;
        if (!inShard(position++, settings.shard)) continue;
        if (Buffer.byteLength(line) > settings.maxBytes) {
          yield lineFailure(at, `line too large (${Buffer.byteLength(line)} bytes > --max-bytes ${settings.maxBytes})`, settings);
          continue;
        }
        const parsed = parseLine(line);
        if (typeof parsed === "string") {
          yield lineFailure(at, parsed, settings);
          continue;
        }
        const base = parsed.id !== null ? fileNameSafe(parsed.id) : `${safeId(name)}-${lineNo}`;
        let id = base;
        for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
        usedIds.add(id);
        yield {
          source: parsed.url ?? at,
          id,
          referenceDate: settings.referenceDate,
          maxBytes: settings.maxBytes,
          outputs: settings.outputs,
          bytes: Buffer.from(parsed.content, "utf8"),
          format: parsed.format,
        };
      }
    } catch (error) {
      yield lineFailure(`${name}:${lineNo + 1}`, `cannot read: ${reason(error)}`, settings);
    }
  }
}
