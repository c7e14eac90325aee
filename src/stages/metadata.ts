// metadata: what the page says about the article — publisher, kicker, title, date, author, keywords,
// image credit, links and editorial initials. Text pages are read from the lines above the article
// (headline block) and below it (keyword and credit lines); HTML pages first from their metadata.
import { parseStandaloneDate, findTemporal } from "../grammar/temporal.js";
import { NAME_TITLES } from "../locales/de/people.js";
import { AUTHOR_CODE, BYLINE, BYLINE_LABEL, CONTENT_LABELS, DATE_LINE_PREFIXES, GENERIC_HEADINGS, KEYWORD_LINES, OUTLETS, SECTION_LABELS, SELF_REFERENCES, SUBJECT_LABELS } from "../locales/de/page.js";
import { PLACES } from "../locales/de/places.js";
import type { Author, Block, Stage } from "../types.js";
import { STARTS_CAPITAL, alternation } from "../util/regex.js";
import { lexiconOf } from "./places.js";
import { DATELINE, URL_LINE, creditOf, isEmpty, isEnd, isProse, isTeaser, isUi, nextFilled } from "../util/page.js";
import { LETTER, LOWER, UPPER } from "../util/letters.js";

const HEADER_LINES = 12;
const RELATED_SECTION = /^(?:Weitere (?:Meldungen|Artikel|Nachrichten|Beiträge)|Lesen Sie|Auch von|Neuester Inhalt|Mehr zum Thema|Das könnte Sie)/i;
// Kickers glued to a headline without a separator are place names or content labels ("NRWE-Government…").
const GLUED_KICKERS = new Set([...PLACES.flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...CONTENT_LABELS]);
const LONGEST_KICKER = Math.max(...[...GLUED_KICKERS].map((k) => k.length));

interface Header {
  /** A short line at the very top of the page above the headline ("Staatskanzlei"). */
  masthead: string | null;
  kicker: string | null;
  title: string | null;
  date: string | null;
  pageDate: string | null;
  author: Author | null;
  publisher: string | null;
}

function dateInLine(text: string): string | null {
  // A dateline names its day and year in digits; every header line without one skips the ~60 finders.
  if (!/\d/.test(text)) return null;
  for (const prefix of DATE_LINE_PREFIXES) {
    const m = prefix.exec(text);
    if (m?.[1]) {
      const day = findTemporal(m[1], null).find((t) => t.precision === "day");
      if (day) return day.start;
    }
  }
  return parseStandaloneDate(text);
}

const KICKER_COLON_TITLE = new RegExp(`^([${UPPER}][${LETTER}-]{2,30}):\\s*(?=[${UPPER}„"“»])(.{8,})$`, "u");
function splitGluedKicker(title: string): { kicker: string | null; title: string } {
  // Longest known place or label that the headline starts with and that an upper-case letter follows.
  for (let length = Math.min(LONGEST_KICKER, title.length - 4); length >= 2; length--) {
    const kicker = title.slice(0, length);
    if (!GLUED_KICKERS.has(kicker) || !STARTS_CAPITAL.test(title.slice(length))) continue;
    return { kicker: CONTENT_LABELS.includes(kicker) ? null : kicker, title: title.slice(length) };
  }
  // "E-Government in EuropaDer Blick gen Norden": a kicker glued to a headline that starts with a function word.
  const glued = GLUED_FUNCTION_WORD.exec(title);
  if (glued?.[1] && glued[2]) return { kicker: glued[1], title: title.slice(glued[1].length) };
  // "Landeshauptstadt: Das Rathaus …", "Digitialisierung:\"Zeitenwende\" …": one word and a colon lead the line.
  const colon = KICKER_COLON_TITLE.exec(title);
  if (colon?.[1] && colon[2]) return { kicker: CONTENT_LABELS.includes(colon[1]) ? null : colon[1], title: colon[2] };
  return { kicker: null, title };
}

const GLUED_FUNCTION_WORD = new RegExp(`^(.{3,60}?[${LOWER}])((?:Der|Die|Das|Den|Dem|Ein|Eine|Wie|Was|Wer|Wo|Warum|Wenn|Mit|Im|Neue|Neuer|Mehr|Kein|Keine)\\s.*)$`, "u");

/**
 * The lines of the headline block that can be kicker or headline: a headline repeated on the next line
 * (breadcrumb and h1) counts once, and labels set below the headline — a category after a bar
 * ("|Bildung und Forschung"), a generic heading ("Projektbeschreibung") — are not the headline.
 */
function headlineLines(lines: readonly string[]): string[] {
  const heads = lines.filter((line, i) => line !== lines[i - 1]);
  while (heads.length > 1 && isLabelBelowHeadline(heads.at(-1) as string)) heads.pop();
  // A label that introduces the text ("Beschlussvorschlag:", "Sachverhalt:") right above it: a document's
  // section, not an article's headline block.
  if (/:$/.test(heads.at(-1) ?? "")) return [];
  return heads;
}

/**
 * A row of a form ("Gremium: Kreisausschuss Beschlussart: zur Kenntnis genommen", "Einreicher:Arnold",
 * "Zeit: 15:00 - 17:00"): two labels on a line, a label glued to its value, or a label before a number.
 * "Nordrhein-Westfalen: Land beschließt …" (a kicker before its headline) is none of these.
 */
const FORM_LABEL = `[${UPPER}][${LETTER}/-]*(?:-[${LETTER}]+)?:`;
const FORM_ROW = new RegExp(`^${FORM_LABEL}(?:\\S|\\s+(?:[${UPPER}]{1,3}\\s+|[${UPPER}][${LOWER}],?\\s+)?\\d)|^${FORM_LABEL}\\s.*\\s${FORM_LABEL}(?:\\s|$)`, "u");
const SUBJECT_LINE = new RegExp(`^(?:${alternation(SUBJECT_LABELS)})\\s*(?:-|–|:)\\s*(.+)$`, "u");
/** A header with this many form rows is a document's form: its title is the subject line, or none. */
const FORM_ROWS = 3;

const LABEL_BAR = new RegExp(`^\\|\\s*[${LETTER}]`, "u");
const isLabelBelowHeadline = (line: string) => LABEL_BAR.test(line) || GENERIC_HEADINGS.includes(line);

const HEADLINE_START = new RegExp(`^[${UPPER}„"“»]`, "u");
/**
 * Kicker, headline and deck stacked above the lead ("Digitalisierung in Dänemark" / "Zwangsdigitalisiert" /
 * "Wie Dänemark zum Vorreiter … wurde"): a headline of one to three words between two longer lines, the lower
 * one a phrase of five words or more. A two-line block stays kicker and headline.
 */
function threeDeck(heads: readonly string[]): { kicker: string; title: string } | null {
  if (heads.length < 3) return null;
  const [kicker, title, deck] = heads.slice(-3) as [string, string, string];
  const words = (s: string) => s.split(/\s+/).length;
  const headlineLike = (s: string) => HEADLINE_START.test(s) && !/[:|]/.test(s) && !/\d/.test(s);
  if (!headlineLike(title) || !headlineLike(deck) || SECTION_LABELS.includes(title)) return null;
  if (words(title) > 3 || words(deck) < 5 || deck.length < 2 * title.length || kicker.length <= title.length) return null;
  return { kicker, title };
}

/** Reads the headline block: the lines right above the article, up to a list, a teaser or prose. */
function readHeader(blocks: readonly Block[], regionFrom: number): Header {
  const lines: string[] = [];
  let formRows = 0;
  for (let i = regionFrom - 1; i >= 0 && lines.length - formRows < HEADER_LINES; i--) {
    const b = blocks[i] as Block;
    if (isEmpty(b)) continue;
    // "• Dienstag, 6. Februar 2024": a date set as a list item belongs to the headline block.
    if (b.listItem && dateInLine(b.text)) {
      lines.unshift(b.text);
      continue;
    }
    if (b.listItem || isTeaser(b) || isProse(b) || isEnd(b)) break;
    if (isUi(b) || creditOf(b) !== null || b.linkDensity > 0.5) continue;
    lines.unshift(b.text);
    // The fields of a form are one block of the header, however many rows it has.
    if (FORM_ROW.test(b.text)) formRows++;
  }
  const header: Header = { masthead: null, kicker: null, title: null, date: null, pageDate: null, author: null, publisher: null };
  const rest: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    const date = dateInLine(line);
    if (date) {
      // A date below the headline is the article's; one above it is usually the page's (crawl) date.
      if (rest.length === 0) header.date ??= date;
      else header.pageDate ??= date;
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline?.[1] && !header.author) {
      const roleLine = lines[i + 1];
      const [role, outlet] = roleLine?.includes("|") ? roleLine.split("|").map((s) => s.trim()) : [null, null];
      header.author = { name: byline[1], role: role || null };
      header.publisher = outlet || null;
      if (roleLine?.includes("|") && rest[0] === roleLine) rest.shift();
      continue;
    }
    rest.unshift(line);
  }
  if (formRows >= FORM_ROWS) {
    const subject = rest.map((line) => SUBJECT_LINE.exec(line)?.[1]?.trim()).find((title) => title);
    return { ...header, title: subject ?? null };
  }
  const heads = headlineLines(rest);
  const titleLine = heads.at(-1);
  if (titleLine) {
    const deck = threeDeck(heads);
    const above = deck ? deck.kicker : heads.at(-2);
    const glued = splitGluedKicker(deck ? deck.title : titleLine);
    header.title = glued.title;
    // A kicker ends with a colon ("Nordrhein-Westfalen:") or is a place or region on its own line ("Münsterland").
    const kickerAbove = above && above.length <= 60 && (deck || /:$/.test(above) || GLUED_KICKERS.has(above) || SECTION_LABELS.includes(above)) ? above.replace(/\s*:$/, "") : null;
    header.kicker = glued.kicker ?? kickerAbove;
    // A place name alone above the text is a topic line ("Altenburger Land"), not a headline.
    if (heads.length === 1 && !glued.kicker && lexiconOf().byName.has(titleLine)) {
      header.kicker = titleLine;
      header.title = null;
    }
    const top = heads[0];
    const firstOfPage = blocks[nextFilled(blocks, 0)]?.text;
    if (top && heads.length >= (kickerAbove ? 3 : 2) && top === firstOfPage && top.length <= 40 && !/\d/.test(top)) header.masthead = top;
  }
  return header;
}

/** A byline on its own line inside the article ("Von Christian Wölbert" between lead and body). */
function bylineIn(blocks: readonly Block[], from: number, to: number): Author | null {
  for (let i = from; i < to; i++) {
    const text = blocks[i]?.text ?? "";
    const m = text.length < 90 ? BYLINE.exec(text) : null;
    if (m?.[1]) return { name: m[1], role: null };
  }
  return null;
}

const NAME_TITLE_PREFIX = new RegExp(`^(?:(?:${alternation(NAME_TITLES)})\\s+)+`, "u");
const PERSON_NAME = new RegExp(`^[${UPPER}][${LETTER}'-]*(?:\\s+[${UPPER}][${LETTER}'-]*){1,3}$`, "u");

/** "Von" on its own line with the authors as list items under it ("• Prof. Dennis-Kenji Kipker"): the first. */
function listByline(blocks: readonly Block[], regionFrom: number): Author | null {
  const near = HEADER_LINES * 2;
  for (let i = Math.max(0, regionFrom - near); i < Math.min(blocks.length, regionFrom + near); i++) {
    if (!BYLINE_LABEL.test(blocks[i]?.text ?? "")) continue;
    const first = blocks[nextFilled(blocks, i + 1)];
    const name = first?.listItem ? first.text.replace(NAME_TITLE_PREFIX, "") : "";
    return PERSON_NAME.test(name) ? { name, role: null } : null;
  }
  return null;
}

/** The outlet as the article names itself: "auf LZ-Nachfrage", "(die LVZ berichtete)", "auf Nachfrage von eGovernment". */
function selfReferenceOf(text: string): string | null {
  for (const re of SELF_REFERENCES) {
    const name = re.exec(text)?.[1];
    if (name && OUTLET_LIKE.test(name)) return name;
  }
  return null;
}

// An outlet's short name has capitals inside or a digit ("LVZ", "eGovernment", "Kommune21"); a plain noun
// ("auf Nachfrage von Bürgern", "auf Anfrage der Grünen") is not one.
const OUTLET_LIKE = new RegExp(`^(?:[${UPPER}]{2}|[${LOWER}]+[${UPPER}]|[${LETTER}]+\\d|[${UPPER}][${LOWER}]*[${UPPER}])`, "u");

function outletOf(raw: string): string | null {
  return OUTLETS.find((outlet) => outlet.markers.some((marker) => marker.test(raw)))?.name ?? null;
}

/** Keywords, credit and links from the lines between the article and the related-articles section. */
function readTail(blocks: readonly Block[], from: number) {
  let keywords: string[] = [];
  let imageCredit: string | null = null;
  const links: string[] = [];
  let inRelated = false;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    // Credits and links below the related-articles section belong to the teasers; keywords may stand there.
    if (RELATED_SECTION.test(b.text)) inRelated = true;
    const credit = inRelated ? null : creditOf(b);
    if (credit && !imageCredit) imageCredit = credit;
    if (!inRelated && URL_LINE.test(b.text)) links.push(b.text);
    for (const re of KEYWORD_LINES) {
      const m = re.exec(b.text);
      if (!m || keywords.length > 0) continue;
      if (m[1]) keywords = m[1].split(/\s*[,;]\s*/).filter(Boolean);
      else {
        for (let k = nextFilled(blocks, i + 1); k >= 0 && blocks[k]?.listItem; k = nextFilled(blocks, k + 1)) keywords.push(blocks[k]?.text ?? "");
      }
    }
  }
  return { keywords, imageCredit, links };
}

/** Calendar day of an HTML date value, read in Berlin time when it carries a time and zone. */
function htmlDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))?/.exec(value.trim());
  if (iso?.[2]) {
    const instant = new Date(value.trim());
    if (!Number.isNaN(instant.getTime())) return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(instant);
  }
  if (iso?.[1]) return iso[1];
  // Slashes in a date meta tag are the US order: "11/01/2023" is the first of November.
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value.trim());
  if (us) return `${us[3]}-${(us[1] ?? "").padStart(2, "0")}-${(us[2] ?? "").padStart(2, "0")}`;
  return findTemporal(value, null).find((t) => t.precision === "day")?.start ?? null;
}

export const metadata: Stage = (article) => {
  const { blocks, region, pageMeta } = article;
  const regionFrom = region?.from ?? 0;
  const header = readHeader(blocks, regionFrom);
  const firstText = blocks[regionFrom]?.text ?? "";
  const dateline = DATELINE.exec(firstText) ?? DATELINE.exec(blocks[nextFilled(blocks, 0)]?.text ?? "");
  const datelineDate = dateline ? parseStandaloneDate(dateline[1] ?? "") : null;
  const tail = readTail(blocks, regionFrom);

  const isHtml = article.format === "html";
  let body = article.body;
  let lead = article.lead;
  // An HTML page's standfirst often sits outside the text container: printed under the headline, or
  // else said by the page's description.
  const printed = `${lead ?? ""} ${body}`;
  const missing = (text: string | null) => text !== null && text.length >= 80 && !printed.includes(text.slice(0, 60));
  const standfirst = !isHtml ? null : [pageMeta.standfirst, pageMeta.description].find(missing) ?? null;
  if (standfirst) {
    if (lead) body = `${lead}\n\n${body}`;
    lead = standfirst;
  }
  let authorCode: string | null = null;
  // The initials close the text: without a ")" at its end, the regex need not try every position.
  const code = body.trimEnd().endsWith(")") ? AUTHOR_CODE.exec(body) : null;
  if (code?.[1]) {
    authorCode = code[1];
    body = body.slice(0, code.index);
  }
  // The JSON-LD headline is the outlet's own statement of the title; a kicker in the h1 is cut off.
  const title = isHtml ? (pageMeta.title && pageMeta.h1?.endsWith(pageMeta.title) ? pageMeta.title : (pageMeta.h1 ?? pageMeta.title ?? header.title)) : header.title;
  const date = datelineDate ?? header.date ?? (isHtml ? htmlDate(pageMeta.date) : null) ?? header.pageDate;
  const author = header.author ?? bylineIn(blocks, regionFrom, region?.to ?? regionFrom) ?? listByline(blocks, regionFrom) ?? (pageMeta.author ? { name: pageMeta.author, role: null } : null);
  return {
    ...article,
    publisher: header.publisher ?? pageMeta.publisher ?? outletOf(article.raw) ?? header.masthead ?? selfReferenceOf(`${lead ?? ""}\n${body}`),
    kicker: header.kicker,
    title,
    date,
    author,
    authorCode,
    lead,
    body,
    keywords: tail.keywords.length > 0 ? tail.keywords : pageMeta.keywords,
    imageCredit: tail.imageCredit,
    links: [...new Set(tail.links)],
  };
};
