// read: bytes → NFC text. Detects the format and the encoding (UTF-8, else the charset an HTML page
// declares, else Windows-1252, the superset of Latin-1 that German pages use), and refuses input that
// is empty or binary.
import { InputError } from "../errors.js";
import type { Article, Stage } from "../types.js";
import { withoutUnread } from "../util/markup.js";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes of the start of a file that tell text from binary. */
const SNIFFED = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFFED);
  let control = 0;
  // An indexed loop: for…of over the bytes went through an iterator, a tenth of the read stage's time.
  for (let at = 0; at < end; at++) {
    const byte = bytes[at] as number;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > end * 0.05;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** HTML by its file name or by the markup it starts with; the one test both the read stage and the loader use. */
export function looksLikeHtml(source: string, text: string): boolean {
  return /\.html?$/i.test(source) || /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

function decode(bytes: Uint8Array, warnings: Article["warnings"]): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const charset = declaredCharset(bytes);
    const label = charset && charset !== "utf-8" && charset !== "utf8" ? charset : "windows-1252";
    try {
      const text = new TextDecoder(label).decode(bytes);
      warnings.push({ origin: "nrw-extract:read", text: `not valid UTF-8; decoded as ${label}` });
      return text;
    } catch {
      throw new InputError(`not valid UTF-8 and the declared charset "${label}" is unknown`);
    }
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Whether the input is HTML, told before decoding: by its declared format, its name or its first bytes. */
function htmlBeforeDecoding(article: Article): boolean {
  if (article.declaredFormat) return article.declaredFormat === "html";
  const { bytes } = article;
  const bom = UTF8_BOM.every((byte, at) => bytes[at] === byte) ? UTF8_BOM.length : 0;
  return looksLikeHtml(article.source, Buffer.from(bytes.buffer, bytes.byteOffset + bom, Math.min(512, bytes.byteLength - bom)).toString("latin1"));
}

export const read: Stage = (article) => {
  const { bytes } = article;
  if (bytes.length === 0) throw new InputError("empty file");
  if (looksBinary(bytes)) throw new InputError("binary file (not text or HTML)");
  const warnings = [...article.warnings];
  const decoded = decode(htmlBeforeDecoding(article) ? withoutUnread(bytes) : bytes, warnings).replace(/^\uFEFF/, "");
  // Most pages have no carriage return; looking costs a tenth of replacing.
  const text = (decoded.includes("\r") ? decoded.replace(/\r\n?/g, "\n") : decoded).normalize("NFC");
  if (text.trim().length === 0) throw new InputError("no text (only white space)");
  return { ...article, raw: text, format: article.declaredFormat ?? (looksLikeHtml(article.source, text) ? "html" : "text"), warnings };
};
