import { InputError } from "./errors.js";
import { prepareFor, runStages } from "./pipeline.js";
import { type ArticleRecord, toRecord } from "./record.js";
import type { InputFormat } from "./types.js";

export interface ExtractOptions {
  /** Used for the id and for telling HTML from text by extension; default "-". */
  source?: string;
  id?: string;
  /** Anchor for relative expressions when the article states no date (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Treat the input as this format instead of detecting it. */
  format?: InputFormat;
}

/** Extracts one article record from text, HTML or raw bytes. Throws InputError for unusable input. */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<ArticleRecord> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const source = options.source ?? "-";
  await prepareFor(bytes, source, options.format);
  const article = runStages({ id: options.id ?? "article", source, bytes, referenceDate: options.referenceDate ?? null, format: options.format });
  return toRecord(article);
}

export { InputError };
