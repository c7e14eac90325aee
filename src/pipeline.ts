// The ordered list of stages; nothing is discovered by magic.
import { amounts } from "./stages/amounts.js";
import { boilerplate } from "./stages/boilerplate.js";
import { dates } from "./stages/dates.js";
import { metadata } from "./stages/metadata.js";
import { organizations } from "./stages/organizations.js";
import { loadHtmlParser, parse } from "./stages/parse.js";
import { people } from "./stages/people.js";
import { places } from "./stages/places.js";
import { looksLikeHtml, read } from "./stages/read.js";
import type { Article, InputFormat, Stage } from "./types.js";
import { createHash } from "node:crypto";

export const STAGES: readonly Stage[] = [read, parse, boilerplate, metadata, dates, amounts, people, places, organizations];

export interface ExtractInput {
  id: string;
  source: string;
  bytes: Uint8Array;
  referenceDate?: string | null;
  /** Skips format detection (an NDJSON line says whether it holds text or HTML). */
  format?: InputFormat | undefined;
}

export function emptyArticle(input: ExtractInput): Article {
  return {
    id: input.id,
    source: input.source,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    format: input.format ?? "text",
    declaredFormat: input.format ?? null,
    bytes: input.bytes,
    raw: "",
    referenceDate: input.referenceDate ?? null,
    blocks: [],
    pageMeta: { title: null, date: null, author: null, publisher: null, keywords: [], description: null, h1: null, standfirst: null },
    region: null,
    publisher: null,
    kicker: null,
    title: null,
    date: null,
    author: null,
    authorCode: null,
    lead: null,
    body: "",
    keywords: [],
    imageCredit: null,
    links: [],
    people: [],
    places: [],
    organizations: [],
    amounts: [],
    quantities: [],
    dates: [],
    deadlines: [],
    related: [],
    warnings: [],
  };
}

/** Runs every stage over one input. Throws InputError for input that cannot be extracted. */
export function runStages(input: ExtractInput): Article {
  return STAGES.reduce((article, stage) => stage(article), emptyArticle(input));
}

/** Loads what the input needs that is too costly to load at start-up (cheerio for HTML). */
export async function prepareFor(bytes: Uint8Array, source: string, format?: InputFormat): Promise<void> {
  if (format) {
    if (format === "html") await loadHtmlParser();
    return;
  }
  // A BOM or leading white space may precede the markup; the read stage strips the BOM the same way.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).replace(/^\u00ef\u00bb\u00bf/, "");
  if (looksLikeHtml(source, head)) await loadHtmlParser();
}
