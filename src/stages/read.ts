// read: bytes → NFC text. Detects the format and the encoding (UTF-8, else the charset an HTML page
// declares, else Windows-1252, the superset of Latin-1 that German pages use), and refuses input that
// is empty or binary.
import { InputError } from "../errors.js";
import type { Article, Stage } from "../types.js";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
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

const JSON_LD_TYPE = /\btype\s*=\s*["']?\s*application\/ld\+json/i;
const [LT, GT, SLASH, EQUALS, DOUBLE_QUOTE, SINGLE_QUOTE] = [0x3c, 0x3e, 0x2f, 0x3d, 0x22, 0x27];
const isSpace = (byte: number | undefined) => byte === 0x20 || (byte !== undefined && byte >= 0x09 && byte <= 0x0d);

/** Where the tag opened at `from` ends (after its ">"), reading quoted attribute values as htmlparser2 does; -1 if it does not. */
function tagEnd(page: Buffer, from: number): number {
  let quote = 0;
  for (let at = from; at < page.length; at++) {
    const byte = page[at] as number;
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === GT) return at + 1;
    else if (byte === EQUALS) {
      let next = at + 1;
      while (isSpace(page[next])) next++;
      if (page[next] === DOUBLE_QUOTE || page[next] === SINGLE_QUOTE) {
        quote = page[next] as number;
        at = next;
      }
    }
  }
  return -1;
}

/** The element among `names` whose name starts at `at`, compared without case, followed by space, "/" or ">"; or null. */
function elementAt<Name extends string>(page: Buffer, at: number, names: readonly Name[]): Name | null {
  for (const name of names) {
    let same = true;
    for (let i = 0; i < name.length && same; i++) same = ((page[at + i] as number) | 0x20) === name.charCodeAt(i);
    const after = page[at + name.length];
    if (same && (isSpace(after) || after === SLASH || after === GT)) return name;
  }
  return null;
}

/** Elements whose content htmlparser2 reads as text up to their closing tag; that of script and style is dropped. */
const RAW_TEXT_ELEMENTS = ["script", "style", "title", "textarea"] as const;
const [BANG, DASH, QUESTION] = [0x21, 0x2d, 0x3f];
const isAsciiLetter = (byte: number | undefined) => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);

/**
 * The page's bytes without what its <script> (other than JSON-LD) and <style> elements hold: about 30 %
 * and 10 % of a news page, never read, yet decoded, normalised and tokenised like the rest. The elements
 * themselves stay, empty. Tags are ASCII in any encoding a page may declare, so the bytes are read
 * directly, tag by tag as htmlparser2 reads them (comments, quoted attribute values, the raw text of
 * <title> and <textarea>, "<script/>"), so that nothing else changes: a property test compares the trees.
 * An unterminated element stays as it is.
 */
export function withoutCode(bytes: Uint8Array): Uint8Array {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let keptUpTo = 0;
  for (let at = page.indexOf(LT); at >= 0; at = page.indexOf(LT, at)) {
    const next = page[at + 1];
    let end: number;
    if (next === BANG && page[at + 2] === DASH && page[at + 3] === DASH) {
      end = page.indexOf("-->", at + 4, "latin1");
      if (end >= 0) end += 3;
    } else if (next === BANG && page.toString("latin1", at + 2, at + 9) === "[CDATA[") {
      end = page.indexOf("]]>", at + 9, "latin1");
      if (end >= 0) end += 3;
    } else if (next === BANG || next === QUESTION || next === SLASH) {
      // A declaration, a processing instruction, a closing tag, or "</" before anything else: up to ">".
      end = page.indexOf(GT, at + 2);
      if (end >= 0) end += 1;
    } else if (isAsciiLetter(next)) {
      end = tagEnd(page, at + 1);
      const element = elementAt(page, at + 1, RAW_TEXT_ELEMENTS);
      // htmlparser2 reads what follows "<script/>" as markup, not as the element's text.
      if (end >= 0 && element && page[end - 2] !== SLASH) {
        const close = closingTag(page, element, end);
        if (close < 0) break;
        const code = element === "style" || (element === "script" && !JSON_LD_TYPE.test(page.toString("latin1", at, end)));
        if (code && close > end) {
          kept.push(bytes.subarray(keptUpTo, end));
          keptUpTo = close;
        }
        end = close;
      }
    } else {
      end = at + 1;
    }
    if (end < 0) break;
    at = end;
  }
  if (kept.length === 0) return bytes;
  kept.push(bytes.subarray(keptUpTo));
  return Buffer.concat(kept);
}

/** Where the closing tag of `element` (followed by space, "/" or ">", as the parser wants) starts from `from` on; -1 if nowhere. */
function closingTag(page: Buffer, element: string, from: number): number {
  for (let at = page.indexOf("</", from, "latin1"); at >= 0; at = page.indexOf("</", at + 2, "latin1")) {
    if (elementAt(page, at + 2, [element]) === element) return at;
  }
  return -1;
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
  const decoded = decode(htmlBeforeDecoding(article) ? withoutCode(bytes) : bytes, warnings).replace(/^\uFEFF/, "");
  // Most pages have no carriage return; looking costs a tenth of replacing.
  const text = (decoded.includes("\r") ? decoded.replace(/\r\n?/g, "\n") : decoded).normalize("NFC");
  if (text.trim().length === 0) throw new InputError("no text (only white space)");
  return { ...article, raw: text, format: article.declaredFormat ?? (looksLikeHtml(article.source, text) ? "html" : "text"), warnings };
};
