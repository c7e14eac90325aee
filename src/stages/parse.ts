// parse: page text → blocks. A text page gives one block per line (blank lines are empty blocks, since
// they separate paragraphs); an HTML page goes through cheerio: metadata from JSON-LD and meta tags,
// furniture removed, and the block elements of the densest content container.
import type { CheerioAPI } from "cheerio";
import { MONTHS } from "../locales/de/calendar.js";
import type { Block, PageMeta, Stage } from "../types.js";

type CheerioLoad = (html: string) => CheerioAPI;
let cheerioLoad: CheerioLoad | null = null;

/** cheerio costs ~150 ms to import, so it is loaded only when an HTML input arrives. */
export async function loadHtmlParser(): Promise<void> {
  if (!cheerioLoad) cheerioLoad = (await import("cheerio")).load;
}

const MONTH_WORDS = Object.keys(MONTHS).flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1)]).map((m) => m.replace(".", "\\."));
const NOT_A_NUMBERED_ITEM = new RegExp(`^\\s*\\d{1,2}\\.\\s+(?:\\p{Ll}|(?:${MONTH_WORDS.join("|")}|Quartal|Halbjahr)(?![\\p{L}]))`, "u");
const BULLET = /^\s*(?:[•·▪◦*–-]|\d{1,2}\.)\s+/;
const EMPTY_META: PageMeta = { title: null, date: null, author: null, publisher: null, keywords: [], description: null, h1: null };

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

function textBlocks(raw: string): Block[] {
  return raw.split("\n").map((line) => {
    // "15. Januar 2018" and "3. quartal" start with a number and a dot but are dates, not numbered items.
    const listItem = BULLET.test(line) && !NOT_A_NUMBERED_ITEM.test(line);
    const text = collapse(listItem ? line.replace(BULLET, "") : line);
    return { text, tag: "line", linkDensity: 0, listItem };
  });
}

function firstString(value: unknown): string | null {
  if (typeof value === "string") return collapse(value) || null;
  if (Array.isArray(value)) return firstString(value[0]);
  if (value && typeof value === "object" && "name" in value) return firstString((value as { name: unknown }).name);
  return null;
}

function jsonLdArticle($: CheerioAPI): Record<string, unknown> | null {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      const type = record["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && /Article|BlogPosting|Report/.test(t))) found.push(record);
      if (record["@graph"]) visit(record["@graph"]);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // A broken JSON-LD block is common and not the article's fault; the meta tags still count.
    }
  });
  return found[0] ?? null;
}

// Kicker elements inside a headline ("<h1><span class=kicker>Klimaschutz</span> Bohren, …</h1>").
const KICKER_CLASS = /kicker|dachzeile|topline|overline|roofline|spitzmarke|supertitle|super-title|eyebrow|flag|label|ressort/i;

/** The first h1 without its kicker span, and without screen-reader separators (": ", " - "). */
function headlineOf($: CheerioAPI): string | null {
  const h1 = $("h1").first().clone();
  if (h1.length === 0) return null;
  h1.find("*").each((_, el) => {
    const node = $(el);
    if (KICKER_CLASS.test(node.attr("class") ?? "") || /sr-only|visually-hidden|visuallyhidden/i.test(node.attr("class") ?? "")) node.remove();
  });
  return collapse(h1.text()).replace(/^[:\-–|]\s*/, "") || null;
}

/** A site name appended to a document title ("… | Seekurier", "… - FAZ.NET"). */
const stripSiteName = (title: string | null) => (title ? title.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, "").trim() : null);

const DATE_METAS = [
  'meta[property="article:published_time"]', 'meta[property="og:article:published_time"]', 'meta[name="article:published_time"]',
  'meta[name="date"]', 'meta[name="publish-date"]', 'meta[name="publishdate"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]', 'meta[name="DC.date"]', 'meta[name="dc.date"]', 'meta[itemprop="datePublished"]',
  'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]', 'meta[property="og:published_time"]', 'meta[name="last-modified"]',
];

/** A date printed in an element named for it ("<span class=date>21.04.2020</span>"), for pages without metadata. */
function visibleDate($: CheerioAPI): string | null {
  const candidates = $('[class*="date" i], [class*="datum" i], [class*="publish" i], [class*="time" i], [id*="date" i], time').slice(0, 20);
  for (const el of candidates.toArray()) {
    const text = collapse($(el).text());
    if (text.length > 0 && text.length < 80 && /\d/.test(text)) return text;
  }
  return null;
}

function pageMeta($: CheerioAPI): PageMeta {
  const meta = (selector: string) => collapse($(selector).first().attr("content") ?? "") || null;
  const ld = jsonLdArticle($);
  const keywords = ld?.keywords ?? meta('meta[name="keywords"]') ?? meta('meta[name="news_keywords"]');
  const keywordList = Array.isArray(keywords) ? keywords.map(String) : typeof keywords === "string" ? keywords.split(",") : [];
  return {
    title: firstString(ld?.headline) ?? stripSiteName(meta('meta[property="og:title"]')) ?? stripSiteName(collapse($("title").first().text()) || null),
    date:
      firstString(ld?.datePublished) ??
      DATE_METAS.map((selector) => meta(selector)).find((value) => value !== null) ??
      ($("[itemprop=datePublished]").first().attr("datetime") || $("[itemprop=datePublished]").first().attr("content") || null) ??
      ($("article time[datetime], time[datetime]").first().attr("datetime") || null) ??
      visibleDate($),
    author: firstString(ld?.author) ?? meta('meta[name="author"]'),
    publisher: firstString(ld?.publisher) ?? meta('meta[property="og:site_name"]'),
    keywords: keywordList.map(collapse).filter(Boolean),
    description: meta('meta[name="description"]') ?? meta('meta[property="og:description"]'),
    h1: headlineOf($),
  };
}

const FURNITURE = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, select, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], .comments, #comments, .related, .teaser, .share, .social";

const INLINE_TAGS = new Set(["a", "span", "strong", "em", "b", "i", "u", "small", "sup", "sub", "abbr", "time", "mark", "cite", "q", "font", "code", "s", "del", "ins", "label", "bdi", "wbr", "nobr"]);

const TEXT_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"]);

type DomNode = { type: string; data?: string; tagName?: string; children?: DomNode[] };

/**
 * The root's text as blocks: block elements and double line breaks end a block, inline elements and
 * single breaks do not. Pages that set text straight into a div with <br> keep it this way.
 */
function blocksOf(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let text = "";
  let linkChars = 0;
  let tag = "div";
  let listItem = false;
  const flush = () => {
    for (const part of text.split(/\n\s*\n/)) {
      const clean = collapse(part);
      // Short loose text in a generic container is widget furniture ("Anzeige", "Teilen"); text blocks
      // (p, h2–h6, li, …) keep their short lines, which may be headings.
      if (!clean || (!TEXT_TAGS.has(tag) && clean.length < 60)) continue;
      blocks.push({ text: clean, tag, linkDensity: Math.min(1, linkChars / clean.length), listItem });
      blocks.push({ text: "", tag: "gap", linkDensity: 0, listItem: false });
    }
    text = "";
    linkChars = 0;
  };
  const walk = (node: DomNode, inLink: boolean) => {
    for (const child of node.children ?? []) {
      if (child.type === "text") {
        text += child.data ?? "";
        if (inLink) linkChars += collapse(child.data ?? "").length;
        continue;
      }
      if (child.type !== "tag" && child.type !== "script" && child.type !== "style") continue;
      const name = (child.tagName ?? "").toLowerCase();
      if (name === "br") text += "\n";
      else if (INLINE_TAGS.has(name)) walk(child, inLink || name === "a");
      else {
        flush();
        const [outerTag, outerList] = [tag, listItem];
        tag = name;
        listItem = name === "li";
        walk(child, inLink);
        flush();
        [tag, listItem] = [outerTag, outerList];
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}

function htmlBlocks($: CheerioAPI): Block[] {
  $(FURNITURE).remove();
  $("header").filter((_, el) => $(el).closest("article").length === 0).remove();
  // Score containers by the prose they hold (links discounted), as Readability does: paragraphs count
  // for their parent and half for the grandparent; text set straight into a div counts for the div.
  const scores = new Map<unknown, number>();
  const credit = (el: unknown, score: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  $("p").each((_, p) => {
    const text = collapse($(p).text());
    if (text.length < 40) return;
    const linkText = collapse($(p).find("a").text()).length;
    const score = text.length - 2 * linkText;
    credit($(p).parent().get(0), score);
    credit($(p).parent().parent().get(0), score / 2);
  });
  // Pages that set paragraphs straight into a div, separated by <br>, have no <p> to count.
  $("div, td").each((_, el) => {
    if ($(el).children("br").length < 2) return;
    const own = collapse($(el).contents().filter((_, node) => node.type === "text").text());
    if (own.length >= 80) credit(el, own.length);
  });
  let best: unknown = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  const article = $("article, [itemprop=articleBody]").first();
  const root = best ? $(best as never) : article.length ? article : $("body");
  const node = root.get(0) as DomNode | undefined;
  return node ? blocksOf(node) : [];
}

export const parse: Stage = (article) => {
  if (article.format === "text") return { ...article, blocks: textBlocks(article.raw), pageMeta: EMPTY_META };
  if (!cheerioLoad) throw new Error("HTML parser not loaded: call loadHtmlParser() before extracting HTML");
  const $ = cheerioLoad(article.raw);
  const meta = pageMeta($);
  return { ...article, blocks: htmlBlocks($), pageMeta: meta };
};
