// Turns the command line's inputs into a list of files (directories walked recursively), and
// gives every input an id that is safe as a file name and unique within the run.
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { FailedInput } from "./merge.js";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm"]);

export interface InputFile {
  source: string;
  id: string;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  return (error as Error).message;
}

async function walk(dir: string, seen: Set<string>, files: string[], failed: FailedInput[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    failed.push({ source: dir, error: reason(error) });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (error) {
    failed.push({ source: dir, error: `cannot read directory: ${reason(error)}` });
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      failed.push({ source: path, error: reason(error) });
      continue;
    }
    if (info.isDirectory()) await walk(path, seen, files, failed);
    else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(path);
  }
}

/** A file-name-safe id from a path: letters, digits, dot, dash and underscore only, no leading dot. */
export function safeId(source: string): string {
  if (source === "-") return "stdin";
  const stem = basename(source).replace(/\.(?:txt|text|html?|htm)$/i, "");
  const safe = stem.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^[._]+/, "").slice(0, 120);
  return safe.length > 0 && safe !== "index" ? safe : `article_${safe || "x"}`;
}

export async function collectInputs(args: readonly string[]): Promise<{ files: InputFile[]; failed: FailedInput[] }> {
  const failed: FailedInput[] = [];
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === "-") {
      paths.push("-");
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(arg);
    } catch (error) {
      failed.push({ source: arg, error: reason(error) });
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(arg, new Set(), found, failed);
      if (found.length === 0) failed.push({ source: arg, error: "no articles (.txt, .text, .html, .htm) in directory" });
      paths.push(...found);
    } else paths.push(arg);
  }
  const used = new Map<string, number>();
  const files = paths.map((source) => {
    const base = safeId(source);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { source, id: count === 1 ? base : `${base}-${count}` };
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
