// parse: page text → blocks. A text page gives one block per line (blank lines are empty blocks, since
// they separate paragraphs); an HTML page goes through cheerio: metadata from JSON-LD and meta tags,
// furniture removed, and the block elements of the densest content container.
import type { CheerioAPI } from "cheerio/slim";
import { findTemporal } from "../grammar/temporal.js";
import { MONTHS } from "../locales/de/calendar.js";
import { CREDIT_LABELS } from "../locales/de/page.js";
import type { Block, PageMeta, Stage } from "../types.js";
import { SUBHEADING_TAGS } from "../util/page.js";
import { DIGIT, LETTER, LOWER } from "../util/letters.js";
import type { ReadAttribute } from "../util/markup.js";

type CheerioLoad = (html: string, options?: never) => CheerioAPI;
let cheerioLoad: CheerioLoad | null = null;

/**
 * cheerio is loaded only when an HTML input arrives, and as "cheerio/slim": the htmlparser2 build that
 * the options below select anyway. The full entry also loads parse5 and undici (for fetching URLs):
 * 150 ms to import against 70, in every worker that meets a page.
 */
export async function loadHtmlParser(): Promise<void> {
  if (!cheerioLoad) cheerioLoad = (await import("cheerio/slim")).load;
}

const MONTH_WORDS = Object.keys(MONTHS).flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1)]).map((m) => m.replace(".", "\\."));
const NOT_A_NUMBERED_ITEM = new RegExp(`^\\s*\\d{1,2}\\.\\s+(?:[${LOWER}]|(?:${MONTH_WORDS.join("|")}|Quartal|Halbjahr)(?![${LETTER}]))`, "u");
const BULLET = /^\s*(?:[•·▪◦*–-]|\d{1,2}\.)\s+/;
const EMPTY_META: PageMeta = { title: null, date: null, author: null, publisher: null, keywords: [], description: null, h1: null, standfirst: null };

// Whitespace other than a single space, or two spaces in a row.
const UNCOLLAPSED_SPACE = /[^\S ]| {2}/;
/**
 * Runs of white space as one space, none at either end. Five lines in six need no change: telling
 * that by a test (and the two ends) costs a third of the replace that copies the line.
 */
export const collapse = (text: string) =>
  text.length === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !UNCOLLAPSED_SPACE.test(text))
    ? text
    : text.replace(/\s+/g, " ").trim();

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

function jsonLdArticle(scripts: readonly DomNode[]): Record<string, unknown> | null {
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
  for (const script of scripts) {
    try {
      visit(JSON.parse(textOf(script)));
    } catch {
      // A broken JSON-LD block is common and not the article's fault; the meta tags still count.
    }
  }
  return found[0] ?? null;
}

// Kicker elements inside a headline ("<h1><span class=kicker>Klimaschutz</span> Bohren, …</h1>").
const KICKER_CLASS = /kicker|dachzeile|topline|overline|roofline|spitzmarke|supertitle|super-title|eyebrow|flag|label|ressort/i;

const SCREEN_READER_CLASS = /sr-only|visually-hidden|visuallyhidden/i;
const SEPARATOR_TEXT = /^[\s:|–—-]+$/;

/**
 * The h1's text without its kicker span and without screen-reader separators (": ", " - "), read off
 * the tree: what a copy of the h1 without those elements would hold.
 */
export function headlineOf(h1: DomNode | null): string | null {
  if (!h1) return null;
  const elements = elementsNamed(h1, null);
  const left = new Set<DomNode>();
  // "<span>Coronavirus und andere Zoonosen</span><span aria-hidden="true"> – </span><span>Wie …</span>":
  // a separator hidden from screen readers sets the kicker off the headline; the headline is what follows it.
  const separator = elements.find((el) => el.attribs?.["aria-hidden"] === "true" && SEPARATOR_TEXT.test(textOf(el)) && textOf(el).trim() !== "");
  if (separator) {
    left.add(separator);
    for (let sibling = separator.prev; sibling; sibling = sibling.prev) if (isElement(sibling)) left.add(sibling);
  }
  for (const el of elements) {
    const className = el.attribs?.class ?? "";
    if (KICKER_CLASS.test(className) || SCREEN_READER_CLASS.test(className)) left.add(el);
  }
  return collapse(textWithout(h1, left)).replace(/^[:\-–|]\s*/, "") || null;
}

/** textOf() without the text of the nodes in `left`. */
function textWithout(node: DomNode, left: ReadonlySet<DomNode>): string {
  if (left.has(node)) return "";
  if (node.type === "text") return node.data ?? "";
  if (node.type === "comment") return "";
  let text = "";
  for (const child of node.children ?? []) text += textWithout(child, left);
  return text;
}

/**
 * The h1 that heads the article when a page has several (the site's logo, a section name): the one whose
 * words the page's own title repeats most. One h1 is taken as it is.
 */
function articleHeadline(h1s: readonly (string | null)[], share: TitleShare | null): number {
  const first = h1s.findIndex((h) => h !== null);
  if (first < 0 || !share) return first;
  let best = first;
  for (let i = first + 1; i < h1s.length; i++) if (share(h1s[i] ?? null) > share(h1s[best] ?? null)) best = i;
  return best;
}

/** The share of a heading's words that the page title repeats. */
type TitleShare = (heading: string | null) => number;

function titleShare(pageTitle: string): TitleShare {
  const titleWords = new Set(wordsOf(pageTitle));
  return (heading) => {
    const words = heading ? wordsOf(heading) : [];
    return words.length === 0 ? 0 : words.filter((w) => titleWords.has(w)).length / words.length;
  };
}

/** A heading that repeats this share of its words from the page title names the page's article. */
const TITLE_SHARE = 0.5;
/** The headings of the single articles on a feed page (deeper ones head parts of an article). */
const FEED_HEADING_TAGS: ReadonlySet<string> = new Set(["h2", "h3"]);

/**
 * The h2 or h3 that heads the article when no h1 does: a feed page's h1 names the section ("Aktuelle
 * Artikel") and each article on it has its own heading; the page title says which one the page is about.
 */
function subheadingNamed(root: DomNode, share: TitleShare): DomNode | null {
  return elementsNamed(root, FEED_HEADING_TAGS).find((el) => share(collapse(textOf(el))) >= TITLE_SHARE) ?? null;
}

const WORD_OR_NUMBER = new RegExp(`[${LETTER}${DIGIT}]+`, "gu");
const wordsOf = (text: string) => text.toLowerCase().match(WORD_OR_NUMBER) ?? [];

/** A site name appended to a document title ("… | Seekurier", "… - FAZ.NET"). */
const stripSiteName = (title: string | null) => (title ? title.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, "").trim() : null);

// Meta tags as "attribute=value" keys, the attribute naming the tag (name, property or itemprop).
const DATE_METAS = [
  "property=article:published_time", "property=og:article:published_time", "name=article:published_time",
  "name=date", "name=publish-date", "name=publishdate", "name=pubdate", "name=DC.date.issued",
  "name=dcterms.date", "name=DC.date", "name=dc.date", "itemprop=datePublished",
  "name=parsely-pub-date", "name=sailthru.date", "property=og:published_time", "name=last-modified",
];

/** Every meta tag's content by "attribute=value", the first of each kept: one pass over the page. */
function metaContents(metas: readonly DomNode[]): Map<string, string> {
  const contents = new Map<string, string>();
  for (const el of metas) {
    const attribs = el.attribs ?? {};
    const content = collapse(attribs.content ?? "");
    if (!content) continue;
    for (const attribute of ["name", "property", "itemprop"] as const) {
      const value = attribs[attribute];
      const key = `${attribute}=${value}`;
      if (value && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** The elements the page's metadata comes from, found in one walk (a selector each went over the whole page). */
interface PageElements {
  /** script[type="application/ld+json"] (the type compared without case, as CSS does for it in HTML). */
  ldScripts: DomNode[];
  metas: DomNode[];
  /** The page's first h1 elements (a site logo is an h1 on some pages). */
  h1s: DomNode[];
  title: DomNode | null;
  /** The first [itemprop=datePublished] and the first time[datetime]. */
  datePublished: DomNode | null;
  timeWithDatetime: DomNode | null;
}

const MAX_H1S = 8;

function pageElements(root: DomNode): PageElements {
  const found: PageElements = { ldScripts: [], metas: [], h1s: [], title: null, datePublished: null, timeWithDatetime: null };
  for (const el of elementsNamed(root, null)) {
    const tag = tagOf(el);
    const attribs = el.attribs ?? {};
    if (tag === "script" && (attribs.type ?? "").toLowerCase() === "application/ld+json") found.ldScripts.push(el);
    else if (tag === "meta") found.metas.push(el);
    else if (tag === "h1" && found.h1s.length < MAX_H1S) found.h1s.push(el);
    else if (tag === "title") found.title ??= el;
    else if (tag === "time" && "datetime" in attribs) found.timeWithDatetime ??= el;
    if (attribs.itemprop === "datePublished") found.datePublished ??= el;
  }
  return found;
}

/** How far (in characters of page text) from the headline a date may stand and still be the article's. */
const NEAR_HEADLINE = 1500;
const SKIPPED_TEXT_TAGS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template"]);

/** A text that may print a date, and how far from the headline it stands; `order` is its place in the document. */
interface DateCandidate {
  text: string;
  distance: number;
  order: number;
}

/**
 * The day printed closest to the headline — in a byline ("VON MORITZ GATHMANN am 21. April 2020"), a
 * dateline above the h1 or a data-date attribute. A date below the headline counts at its distance in
 * characters of page text, one above it at twice that: pages print the page's own date and teasers
 * above the article more often than below its headline. Only the texts within reach are visited, walking
 * back and on from the headline; a headline inside a script or template, whose text the page does not
 * show, has no place in the text, and dates are then read from the top of the page.
 */
export function dateNearHeadline(root: DomNode, headline: DomNode): string | null {
  const hidden = ancestors(headline).some((node) => SKIPPED_TEXT_TAGS.has(tagOf(node)));
  // Hidden: every text from the top of the page, one character further than its offset there.
  const first = root.children?.[0];
  const candidates = hidden ? (first ? datesFrom(first, 1) : []) : [...datesBefore(headline), ...datesFrom(headline, 0)];
  // Nearest first, the earlier of two at the same distance first: the first day found wins, and the date
  // grammar runs on as few texts as that takes.
  candidates.sort((a, b) => a.distance - b.distance || a.order - b.order);
  for (const { text, distance } of candidates) {
    if (distance > NEAR_HEADLINE) break;
    const day = findTemporal(text, null).find((t) => t.precision === "day" && !t.inferred);
    if (day) return day.start;
  }
  return null;
}

const ancestors = (node: DomNode) => {
  const found: DomNode[] = [];
  for (let parent = elementParent(node); parent; parent = elementParent(parent)) found.push(parent);
  return found;
};

/** A text node's text as it counts towards distances, or null for a node that holds no counted text. */
const countedText = (node: DomNode) => (node.type === "text" ? collapse(node.data ?? "") : null);
/** Whether the walk reads a node's attributes and goes into its children. */
const isReadElement = (node: DomNode) => isElement(node) && !SKIPPED_TEXT_TAGS.has(tagOf(node));
/** A text that may be a date: short, with a digit. */
const mayBeDate = (text: string) => text.length >= 6 && text.length <= 120 && /\d/.test(text);
const dateAttribute = (node: DomNode) => {
  const value = node.attribs?.["data-date"];
  return value && /\d/.test(value) ? value : null;
};

/** The candidates from `start` on, in document order, until they are out of reach; `offset` is where `start` counts from. */
function datesFrom(start: DomNode, offset: number): DateCandidate[] {
  const found: DateCandidate[] = [];
  let order = 0;
  for (let node: DomNode | null = start; node; ) {
    const text = countedText(node);
    if (text !== null) {
      if (mayBeDate(text)) found.push({ text, distance: offset, order: order++ });
      offset += text.length;
    } else if (isReadElement(node)) {
      const value = dateAttribute(node);
      if (value) found.push({ text: value, distance: offset, order: order++ });
      if (offset > NEAR_HEADLINE) break;
      const first: DomNode | undefined = node.children?.[0];
      if (first) {
        node = first;
        continue;
      }
    }
    node = nextAfterSubtree(node);
  }
  return found;
}

/** The node after `node` and its children in document order: its next sibling, or an ancestor's. */
function nextAfterSubtree(node: DomNode): DomNode | null {
  for (let current: DomNode | null = node; current; current = elementParent(current)) {
    if (current.next) return current.next;
  }
  return null;
}

/** The candidates before the headline, walking back through the document until they are out of reach (they count double). */
function datesBefore(headline: DomNode): DateCandidate[] {
  const found: DateCandidate[] = [];
  // Characters of page text between the node reached and the headline.
  let between = 0;
  let order = 0;
  for (let node = previousInDocument(headline); node && 2 * between <= NEAR_HEADLINE; node = previousInDocument(node)) {
    const text = countedText(node);
    if (text !== null) {
      between += text.length;
      if (mayBeDate(text)) found.push({ text, distance: 2 * between, order: --order });
    } else if (isReadElement(node)) {
      const value = dateAttribute(node);
      if (value) found.push({ text: value, distance: 2 * between, order: --order });
    }
  }
  return found;
}

/** The node before `node` in document order (the walk goes into the children of read elements only). */
function previousInDocument(node: DomNode): DomNode | null {
  let previous: DomNode | null | undefined = node.prev;
  if (!previous) return elementParent(node);
  while (isReadElement(previous)) {
    const last: DomNode | undefined = previous.children?.at(-1);
    if (!last) break;
    previous = last;
  }
  return previous;
}

/** The elements after `node` in document order (its own children first), at most `limit` of them. */
function* elementsAfter(node: DomNode, limit: number): Generator<DomNode> {
  let count = 0;
  let current: DomNode | null = node;
  let descend = false;
  while (current && count < limit) {
    const firstChild: DomNode | undefined = descend ? current.children?.find(isElement) : undefined;
    if (firstChild) current = firstChild;
    else {
      let climb: DomNode | null = current;
      let next: DomNode | null = null;
      while (climb && !next) {
        next = climb.next ?? null;
        while (next && !isElement(next)) next = next.next ?? null;
        if (!next) climb = climb.parent ?? null;
      }
      current = next;
    }
    descend = true;
    if (!current) return;
    if (SKIPPED_TEXT_TAGS.has(tagOf(current)) || isFurniture(current)) {
      descend = false;
      continue;
    }
    count++;
    yield current;
  }
}

const STANDFIRST_TAGS: ReadonlySet<string> = new Set(["p", "h2", "div", "strong"]);
/** How many elements after the headline the standfirst may stand (past kicker, byline, date, image). */
const STANDFIRST_REACH = 40;

/**
 * The paragraph right under the headline ("<h2>" deck, "div.intro", the teaser "<p>"): the first element
 * after the h1 that holds one or a few sentences of running text and few links.
 */
function standfirstAfter(headline: DomNode, headlineText: string | null): string | null {
  let first = true;
  for (const el of elementsAfter(headline, STANDFIRST_REACH)) {
    if (!STANDFIRST_TAGS.has(tagOf(el))) continue;
    const text = collapse(textOf(el));
    if (text.length > 700) return null;
    // A deck set as the h2 right under the headline needs no full stop ("In den Vereinigten Staaten trommeln …").
    const deck = first && tagOf(el) === "h2" && text.length >= 60;
    if (text.length > 0) first = false;
    if (!deck && (text.length < 80 || !/[.!?…“"]$/.test(text) || linkTextLength(el) / text.length > 0.3)) continue;
    // An image caption with its credit, or a second heading that repeats the headline, is no standfirst.
    if (CREDIT_START.test(text) || (headlineText && text.includes(headlineText))) continue;
    return text;
  }
  return null;
}

// "Foto: …", and a caption that opens with its copyright ("© stock.adobe.com/… Die dünnen Äste …").
const CREDIT_START = new RegExp(`^(?:©|\\(c\\)\\s|(?:${CREDIT_LABELS.join("|")})\\s*:)`, "i");

/** A date printed in an element named for it ("<span class=date>21.04.2020</span>"), for pages without metadata. */
// What "[class*=date i], [class*=datum i], [class*=publish i], [class*=time i], [id*=date i], time" selects:
// css-select tests such attributes with a regex that ignores case. Walked here, since cheerio's selectors
// compare every element they find with every other (quadratic on a page of 40,000 top-level paragraphs).
const DATE_CLASS = /date|datum|publish|time/i;
const DATE_ID = /date/i;
const isDateElement = (el: DomNode) => tagOf(el) === "time" || DATE_CLASS.test(el.attribs?.class ?? "") || DATE_ID.test(el.attribs?.id ?? "");
/** Elements of the page a date is printed in that selectors would visit, at most this many. */
const DATE_ELEMENTS = 20;

export const dateElementsOf = (document: DomNode): DomNode[] => elementsNamed(document, null).filter(isDateElement).slice(0, DATE_ELEMENTS);

function visibleDate(document: DomNode): string | null {
  for (const el of dateElementsOf(document)) {
    const text = collapse(textOf(el));
    if (text.length > 0 && text.length < 80 && /\d/.test(text)) return text;
  }
  return null;
}

function pageMeta(document: DomNode): { meta: PageMeta; headline: Headline | null } {
  const elements = pageElements(document);
  const contents = metaContents(elements.metas);
  const meta = (key: string) => contents.get(key) ?? null;
  const ld = jsonLdArticle(elements.ldScripts);
  const documentTitle = meta("property=og:title") ?? (collapse(elements.title ? textOf(elements.title) : "") || null);
  const title = firstString(ld?.headline) ?? stripSiteName(documentTitle);
  const h1Texts = elements.h1s.map(headlineOf);
  const share = title ? titleShare(title) : null;
  const headlineIndex = articleHeadline(h1Texts, share);
  let headline = elements.h1s[headlineIndex] ?? null;
  let headlineText = h1Texts[headlineIndex] ?? null;
  // Only a headline the page title confirms is the article's; an h1 sharing no word with it is a section's.
  const headlineShare = share ? share(headlineText) : 0;
  let confirmed = headlineShare >= TITLE_SHARE;
  let inFeed = false;
  if (share && headline && headlineShare === 0) {
    const subheading = subheadingNamed(document, share);
    if (subheading) {
      headline = subheading;
      headlineText = collapse(textOf(subheading));
      confirmed = true;
      inFeed = true;
    }
  }
  const keywords = ld?.keywords ?? meta("name=keywords") ?? meta("name=news_keywords");
  const keywordList = Array.isArray(keywords) ? keywords.map(String) : typeof keywords === "string" ? keywords.split(",") : [];
  const found: PageMeta = {
    title,
    // The day printed by the headline is the one readers see; metadata often holds a first-publication or
    // re-indexing stamp a day or more off it (on boilerplate-de: 69 → 75 of 78 dates right).
    date:
      (headline ? dateNearHeadline(document, headline) : null) ??
      firstString(ld?.datePublished) ??
      DATE_METAS.map(meta).find((value) => value !== null) ??
      (elements.datePublished?.attribs?.datetime || elements.datePublished?.attribs?.content || null) ??
      (elements.timeWithDatetime?.attribs?.datetime || null) ??
      visibleDate(document),
    author: firstString(ld?.author) ?? meta("name=author"),
    publisher: firstString(ld?.publisher) ?? meta("property=og:site_name"),
    keywords: keywordList.map(collapse).filter(Boolean),
    description: meta("name=description") ?? meta("property=og:description"),
    h1: headlineText,
    standfirst: headline ? standfirstAfter(headline, headlineText) : null,
  };
  return { meta: found, headline: confirmed && headline ? { node: headline, inFeed } : null };
}

/** Page furniture, never article text: these elements, roles, classes and ids go before scoring. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select", "figure", "figcaption"]);
const FURNITURE_ROLES: ReadonlySet<string> = new Set(["navigation", "banner", "contentinfo"]);
export const FURNITURE_CLASSES = ["comments", "related", "teaser", "share", "social"];
// One of them among an element's white-space separated class names; a regex instead of splitting the
// class attribute of every element of the page.
export const FURNITURE_CLASS = new RegExp(`(?:^|\\s)(?:${FURNITURE_CLASSES.join("|")})(?![^\\s])`);
const FURNITURE_IDS: ReadonlySet<string> = new Set(["comments"]);

const INLINE_TAGS = new Set(["a", "span", "strong", "em", "b", "i", "u", "small", "sup", "sub", "abbr", "time", "mark", "cite", "q", "font", "code", "s", "del", "ins", "label", "bdi", "wbr", "nobr"]);

const TEXT_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"]);

// Only the attributes the read stage leaves a value to (util/markup.ts): the type lets no other be read.
type DomNode = { type: string; data?: string; tagName?: string; attribs?: Partial<Record<ReadAttribute, string>>; children?: DomNode[]; parent?: DomNode | null; prev?: DomNode | null; next?: DomNode | null };

/** Elements that never hold content, so never add depth. */
const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Open tags beyond this depth are dropped before parsing (the parser's own stack is quadratic there). */
const MAX_SOURCE_DEPTH = 1000;

/**
 * Drops the tags (not the text) that would nest deeper than MAX_SOURCE_DEPTH. htmlparser2 shifts its
 * stack of open elements per tag, so 200,000 nested <div>s would take minutes; real pages stay far
 * below the limit and pass through unchanged.
 */
export function limitNesting(html: string): string {
  if (nestingBound(html, MAX_SOURCE_DEPTH) <= MAX_SOURCE_DEPTH) return html;
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (VOID_TAGS.has((m[2] as string).toLowerCase()) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_SOURCE_DEPTH) break;
  }
  if (deepest <= MAX_SOURCE_DEPTH) return html;
  depth = 0;
  return html.replace(tag, (whole, close: string, name: string, selfClosing: string) => {
    if (VOID_TAGS.has(name.toLowerCase()) || selfClosing) return whole;
    const level = close ? depth-- : ++depth;
    return level > MAX_SOURCE_DEPTH ? " " : whole;
  });
}

const [SLASH_CODE, LOWER_A, LOWER_Z] = [0x2f, 0x61, 0x7a];

/**
 * An upper bound of the depth limitNesting() finds, up to where it passes `limit`: the same tags (a "<",
 * maybe "/", a letter, and a ">" later), but void and self-closing ones count as open too, so only the
 * names of closing tags are read. Three times faster than the tag regex; real pages stay below 500, so
 * the regex never runs.
 */
export function nestingBound(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let at = html.indexOf("<"); at >= 0; at = html.indexOf("<", at + 1)) {
    const closing = html.charCodeAt(at + 1) === SLASH_CODE;
    const letter = html.charCodeAt(at + (closing ? 2 : 1)) | 0x20;
    if (letter < LOWER_A || letter > LOWER_Z) continue;
    const end = html.indexOf(">", at);
    if (end < 0) break;
    if (!closing) depth++;
    // A closing tag counts where limitNesting() counts it: not for a void element, nor as "</x/>".
    else if (html.charCodeAt(end - 1) !== SLASH_CODE && !VOID_TAGS.has(tagNameAt(html, at + 2).toLowerCase())) depth--;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
    at = end;
  }
  return deepest;
}

const TAG_NAME_REST = /[\w:-]*/y;

/** The tag name (a letter, then word characters, ":" and "-") that starts at `at`. */
function tagNameAt(html: string, at: number): string {
  TAG_NAME_REST.lastIndex = at + 1;
  TAG_NAME_REST.test(html);
  return html.slice(at, TAG_NAME_REST.lastIndex);
}

/** Deeper than any real page layout; only hostile input gets here. */
const MAX_DEPTH = 256;

/**
 * Flattens whatever lies deeper than MAX_DEPTH into its ancestor at that depth, in document order.
 * The selector engine keeps a stack as deep as the tree and shifts it per node, so a page nested
 * 50,000 levels deep would take minutes; flattened, it takes milliseconds and keeps all its text.
 */
function flattenDeepNodes(root: DomNode): void {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    const children = node.children ?? [];
    if (depth < MAX_DEPTH) {
      for (const child of children) stack.push([child, depth + 1]);
      continue;
    }
    const flat: DomNode[] = [];
    const pending = [...children].reverse();
    while (pending.length > 0) {
      const next = pending.pop() as DomNode;
      flat.push(next);
      if (next.children && next.children.length > 0) {
        for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i] as DomNode);
        next.children = [];
      }
    }
    flat.forEach((child, i) => {
      child.parent = node;
      child.prev = flat[i - 1] ?? null;
      child.next = flat[i + 1] ?? null;
    });
    node.children = flat;
  }
}

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
  // An explicit stack instead of recursion: a page nested 50,000 elements deep must not overflow.
  type Frame = { children: DomNode[]; next: number; inLink: boolean; outer: [string, boolean] | null };
  const stack: Frame[] = [{ children: root.children ?? [], next: 0, inLink: false, outer: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.children[frame.next++];
    if (!child) {
      stack.pop();
      if (frame.outer) {
        flush();
        [tag, listItem] = frame.outer;
      }
      continue;
    }
    if (child.type === "text") {
      text += child.data ?? "";
      if (frame.inLink) linkChars += collapse(child.data ?? "").length;
      continue;
    }
    if (child.type !== "tag" && child.type !== "script" && child.type !== "style") continue;
    const name = tagOf(child);
    if (name === "br") text += "\n";
    else if (INLINE_TAGS.has(name)) stack.push({ children: child.children ?? [], next: 0, inLink: frame.inLink || isLink(child), outer: null });
    else {
      flush();
      stack.push({ children: child.children ?? [], next: 0, inLink: frame.inLink, outer: [tag, listItem] });
      tag = name;
      listItem = name === "li";
    }
  }
  flush();
  return blocks;
}

const SCORED_TAGS: ReadonlySet<string> = new Set(["p", "div", "td"]);
const LINK_TAG: ReadonlySet<string> = new Set(["a"]);
/** An anchor that leads somewhere; <a name="…"> only marks a jump target in the text and is text. */
const isLink = (node: DomNode) => tagOf(node) === "a" && node.attribs?.href !== undefined;
/** The characters of a container's text that are link text. */
const linkTextLength = (node: DomNode) => collapse(elementsNamed(node, LINK_TAG).filter(isLink).map(textOf).join("")).length;
const isElement = (node: DomNode) => node.type === "tag" || node.type === "script" || node.type === "style";
// htmlparser2 gives tag names in small letters in HTML mode (lowerCaseTags), which parse() selects.
const tagOf = (node: DomNode) => node.tagName ?? "";
/** The parent element, or null at the top (cheerio's .parent() leaves the document out too). */
const elementParent = (node: DomNode) => (node.parent && node.parent.type !== "root" ? node.parent : null);

/** The elements below `root` with one of `names` (null: all), in document order, as a selector lists them. */
function elementsNamed(root: DomNode, names: ReadonlySet<string> | null): DomNode[] {
  const found: DomNode[] = [];
  const pending = [...(root.children ?? [])].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (isElement(node) && (names === null || names.has(tagOf(node)))) found.push(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as DomNode);
  }
  return found;
}

function isFurniture(node: DomNode): boolean {
  if (FURNITURE_TAGS.has(tagOf(node))) return true;
  const attributes = node.attribs ?? {};
  if (FURNITURE_ROLES.has(attributes.role ?? "") || attributes["aria-hidden"] === "true" || "hidden" in attributes) return true;
  if (FURNITURE_IDS.has(attributes.id ?? "")) return true;
  return attributes.class !== undefined && FURNITURE_CLASS.test(attributes.class);
}

/**
 * Removes the furniture, and the headers outside any <article> (the site's, not the article's), in one
 * walk: a selector per kind of furniture went over the whole tree two dozen times.
 */
function removeFurniture(root: DomNode): void {
  const doomed: DomNode[] = [];
  const pending: [DomNode, boolean][] = [[root, false]];
  while (pending.length > 0) {
    const [node, inArticle] = pending.pop() as [DomNode, boolean];
    for (const child of node.children ?? []) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (isFurniture(child) || (tag === "header" && !inArticle)) doomed.push(child);
      else pending.push([child, inArticle || tag === "article"]);
    }
  }
  for (const node of doomed) detach(node);
}

/** Takes a node out of the tree, mending its siblings' links (what cheerio's .remove() does). */
function detach(node: DomNode): void {
  if (node.prev) node.prev.next = node.next ?? null;
  if (node.next) node.next.prev = node.prev ?? null;
  const siblings = node.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(node), 1);
  node.prev = null;
  node.next = null;
  node.parent = null;
}

/** All text below a node, comments left out: what cheerio's .text() gives. */
function textOf(node: DomNode): string {
  if (node.type === "text") return node.data ?? "";
  if (node.type === "comment") return "";
  let text = "";
  for (const child of node.children ?? []) text += textOf(child);
  return text;
}

/** The article's headline element, and whether it is one article's heading among several (a feed page). */
interface Headline {
  node: DomNode;
  inFeed: boolean;
}

/** Characters of text set straight into a div that make it a container or a paragraph. */
const MIN_OWN_TEXT = 80;

function htmlBlocks(document: DomNode, headline: Headline | null): Block[] {
  removeFurniture(document);
  // Score containers by the prose they hold (links discounted), as Readability does: paragraphs count
  // for their parent and half for the grandparent; text set straight into a div counts for the div.
  const scores = new Map<unknown, number>();
  const credit = (el: unknown, score: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  // One walk over the tree instead of a selector per question: the same elements in the same
  // (document) order, the same texts as cheerio's .text(), a third of the cost of the stage.
  const elements = elementsNamed(document, SCORED_TAGS);
  for (const p of elements) {
    if (tagOf(p) !== "p") continue;
    const text = collapse(textOf(p));
    if (text.length < 40) continue;
    const linkText = linkTextLength(p);
    const score = text.length - 2 * linkText;
    const parent = elementParent(p);
    credit(parent, score);
    credit(parent && elementParent(parent), score / 2);
  }
  // Pages that set paragraphs straight into a div have no <p> to count: a div of text lines separated
  // by <br> is a container itself, a div holding one long text is a paragraph ("div.absatz").
  for (const el of elements) {
    if (tagOf(el) === "p") continue;
    const children = el.children ?? [];
    // Collapsing only shortens a text: too little of it before, too little after (most divs hold none).
    let ownRaw = 0;
    for (const child of children) if (child.type === "text") ownRaw += (child.data ?? "").length;
    if (ownRaw < MIN_OWN_TEXT) continue;
    const own = collapse(
      children
        .filter((child) => child.type === "text")
        .map((child) => child.data ?? "")
        .join(""),
    );
    if (own.length < MIN_OWN_TEXT) continue;
    if (children.filter((child) => isElement(child) && tagOf(child) === "br").length >= 2) credit(el, own.length);
    else {
      const parent = elementParent(el);
      credit(parent, own.length);
      credit(parent && elementParent(parent), own.length / 2);
    }
  }
  let best: unknown = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  if (best) {
    const container = headline ? containerUnder(headline, best as DomNode, bestScore, scores, document) : (best as DomNode);
    // On a feed page the containers beside the article's are the other articles.
    return blocksOf(headline?.inFeed ? container : withSiblings(container, scores.get(container) ?? bestScore, scores));
  }
  const node = articleElementOf(document);
  return node ? blocksOf(node) : [];
}

/** A container after the headline with this share of the best one's prose is the article rather than it. */
const UNDER_HEADLINE_SHARE = 0.3;

/**
 * The container of the article the headline heads. The best-scored one may stand before the headline —
 * on a feed page that prints several articles in full, it is another article — or, under an article's
 * own subheading on such a page, after the next article's. Then the first container after the headline
 * with a fair share of the best one's prose is taken.
 */
function containerUnder(headline: Headline, best: DomNode, bestScore: number, scores: ReadonlyMap<unknown, number>, document: DomNode): DomNode {
  // A container around the headline holds the article, unless the page holds several (then it holds them all).
  if (!headline.inFeed) for (let node: DomNode | null = headline.node; node; node = elementParent(node)) if (node === best) return best;
  const position = new Map<unknown, number>(elementsNamed(document, null).map((el, i) => [el, i]));
  const at = position.get(headline.node);
  if (at === undefined || (!headline.inFeed && (position.get(best) ?? -1) > at)) return best;
  let choice: DomNode | null = null;
  for (const [el, score] of scores) {
    const where = position.get(el);
    if (where === undefined || where < at || score < bestScore * UNDER_HEADLINE_SHARE) continue;
    if (!choice || where < (position.get(choice) ?? 0)) choice = el as DomNode;
  }
  return choice ?? best;
}

/** How many single-child wrappers the sibling search climbs through. */
const MAX_WRAPPER_LEVELS = 2;

/** A sibling's share of the best container's score that makes it part of the article (Readability's 0.2). */
const SIBLING_SHARE = 0.2;

/**
 * The best container and those of its siblings that hold a good share of prose too, as Readability
 * joins them: articles split into several containers ("absatz-1", "absatz-2", a lead box beside the
 * text) lose their other parts otherwise. A node whose children are the chosen elements, in page order.
 */
function withSiblings(top: DomNode, topScore: number, scores: ReadonlyMap<unknown, number>): DomNode {
  // A container that is its wrapper's only child ("div.html > div.text"): its siblings are the wrapper's.
  let best = top;
  let bestScore = topScore;
  for (let level = 0; level < MAX_WRAPPER_LEVELS; level++) {
    const wrapper = elementParent(best);
    // A section's subheading beside the text does not make its wrapper more than a wrapper ("div.paragraph >
    // h2 + div.textflow", one such section per part of the article).
    const other = (child: DomNode) => child !== best && isElement(child) && !isFurniture(child) && !SUBHEADING_TAGS.has(tagOf(child)) && collapse(textOf(child)).length > 0;
    if (!wrapper || (wrapper.children ?? []).some(other)) break;
    best = wrapper;
    bestScore = Math.max(bestScore, scores.get(wrapper) ?? 0);
  }
  const parent = elementParent(best);
  if (!parent) return best;
  const threshold = Math.max(10, bestScore * SIBLING_SHARE);
  const chosen = (parent.children ?? []).filter((sibling) => {
    if (sibling === best) return true;
    if (!isElement(sibling) || isFurniture(sibling)) return false;
    if ((scores.get(sibling) ?? 0) >= threshold) return true;
    if (tagOf(sibling) !== "p") return false;
    const text = collapse(textOf(sibling));
    const linkText = linkTextLength(sibling);
    return text.length >= 80 && linkText / text.length < 0.25;
  });
  return chosen.length === 1 ? best : ({ children: chosen } as DomNode);
}

/** What "article, [itemprop=articleBody]" selects first, else "body", walked (see DATE_CLASS). */
export function articleElementOf(document: DomNode): DomNode | undefined {
  const all = elementsNamed(document, null);
  return all.find((el) => tagOf(el) === "article" || el.attribs?.itemprop === "articleBody") ?? all.find((el) => tagOf(el) === "body");
}

export const parse: Stage = (article) => {
  if (article.format === "text") return { ...article, blocks: textBlocks(article.raw), pageMeta: EMPTY_META };
  if (!cheerioLoad) throw new Error("HTML parser not loaded: call loadHtmlParser() before extracting HTML");
  // htmlparser2 (cheerio's `xml` option with xmlMode off) instead of parse5: several times faster, and
  // parse5's tree builder scans its open-element stack per tag, which is quadratic on deep nesting.
  const $ = cheerioLoad(limitNesting(article.raw), { xml: { xmlMode: false, decodeEntities: true } } as never);
  const document = $.root().get(0) as unknown as DomNode;
  flattenDeepNodes(document);
  // Metadata first: the blocks stage removes the furniture (scripts with JSON-LD among it) from the tree.
  const { meta, headline } = pageMeta(document);
  return { ...article, blocks: htmlBlocks(document, headline), pageMeta: meta };
};
