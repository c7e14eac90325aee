// boilerplate: finds the article among the page's blocks. The article is the run of blocks with the
// most running prose; a run goes on over intermediate headings (a short line followed by prose),
// lists that prose follows, credits and link lines, and stops at a section marker ("Weitere Meldungen",
// "Stichwörter"), a teaser ("… mehr...") or a short line that no prose follows. Teasers of other
// articles anywhere on the page become `related`.
import { CONTENT_LABELS } from "../locales/de/page.js";
import type { Block, RelatedTeaser, Stage } from "../types.js";
import { fullYear, isValidDay, isoDay } from "../util/calendar.js";
import { BYLINE, BYLINE_LABEL } from "../locales/de/page.js";
import { DATELINE, SUBHEADING_TAGS, creditOf, isEmpty, isEnd, isProse, isTeaser, isUi, isUrl, nextFilled, previousFilled } from "../util/page.js";

/** "Von Klaus Schieder, Bad Tölz-Wolfratshausen" on its own line: the author, read by the metadata stage. */
const isByline = (b: Block) => b.text.length < 90 && (BYLINE.test(b.text) || BYLINE_LABEL.test(b.text));

interface Run {
  from: number;
  to: number;
  score: number;
  /** Blocks inside the run that are not the article's: a teaser box set between two paragraphs. */
  skipped: ReadonlySet<number>;
}

/** How many short lines (teaser titles) a box labelled "Lesen Sie auch" may hold between two paragraphs. */
const MAX_BOX_LINES = 2;

/**
 * The blocks after a section label that make an inline box when prose follows them: "Lesen Sie auch",
 * one or two teaser titles, then the article goes on. Null when the label ends the article.
 */
function inlineBox(blocks: readonly Block[], label: number): number[] | null {
  const box = [label];
  for (let k = nextFilled(blocks, label + 1); k >= 0; k = nextFilled(blocks, k + 1)) {
    const b = blocks[k] as Block;
    if (isProse(b) && !b.listItem && !isEnd(b)) return box;
    if (isEnd(b) || isTeaser(b) || b.text.length > 160 || box.length > MAX_BOX_LINES) return null;
    box.push(k);
  }
  return null;
}

/** The longest line of prose read as an image caption when a credit follows it. */
const MAX_CAPTION = 100;

/** True for a short line that only labels an image: the next filled line is a credit, or starts with it. */
function isCaption(blocks: readonly Block[], i: number): boolean {
  const next = nextFilled(blocks, i + 1);
  const nextBlock = blocks[next];
  if (!nextBlock) return false;
  const text = blocks[i]?.text ?? "";
  // A paragraph of prose before a credit is text, the image sits after it.
  return (creditOf(nextBlock) !== null && (text.length <= MAX_CAPTION || !isProse(blocks[i] as Block))) || (text.length < 80 && nextBlock.text.startsWith(text) && nextBlock.text !== text);
}

/** Short lines (a heading, a repeated headline, an interview's closing and credit) that may stand between two paragraphs. */
const MAX_SHORT_LINES = 3;

/** A short line belongs to the article when prose follows it within a few short lines (past credits and captions). */
function proseFollows(blocks: readonly Block[], i: number): boolean {
  let shortLines = 0;
  for (let k = nextFilled(blocks, i + 1); k >= 0 && k < blocks.length; k = nextFilled(blocks, k + 1)) {
    const b = blocks[k] as Block;
    if (creditOf(b) !== null || isUrl(b) || isCaption(blocks, k) || isUi(b)) continue;
    if (b.listItem) continue;
    if (isProse(b)) return !isEnd(b);
    if (isEnd(b) || isTeaser(b) || b.text.length > 200 || ++shortLines >= MAX_SHORT_LINES) return false;
  }
  return false;
}

function runFrom(blocks: readonly Block[], start: number): Run {
  let last = start;
  let score = 0;
  const skipped = new Set<number>();
  for (let k = start; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (isEmpty(b)) continue;
    if (isTeaser(b)) break;
    if (isEnd(b)) {
      // An ad slot or teaser box inside the article ("Lesen Sie auch", a teaser title, then the next
      // paragraph) is followed by more prose; a real section label is followed by teasers or links.
      const box = inlineBox(blocks, k);
      if (!box) break;
      for (const i of box) skipped.add(i);
      k = box.at(-1) as number;
      continue;
    }
    if (isProse(b)) {
      score += b.text.length;
      last = k;
      continue;
    }
    if (creditOf(b) !== null || isUrl(b) || isUi(b) || isCaption(blocks, k)) continue;
    // A paragraph element of the chosen HTML container is article text however short ("Gerne. Bis morgen.").
    if (b.tag === "p" && b.linkDensity < 0.5 && !b.listItem) {
      last = k;
      continue;
    }
    if (b.text.length <= 200 && proseFollows(blocks, k)) continue;
    break;
  }
  return { from: start, to: last + 1, score, skipped };
}

function bestRun(blocks: readonly Block[]): Run | null {
  let best: Run | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (!isProse(b) || b.listItem) continue;
    const run = runFrom(blocks, i);
    if (!best || run.score > best.score) best = run;
    i = Math.max(i, run.to - 1);
  }
  return best;
}

/** A list item that is all link: a teaser of another article set inside the text, never a paragraph of it. */
const isLinkItem = (b: Block) => b.listItem && b.linkDensity >= LINK_ITEM_DENSITY;
const LINK_ITEM_DENSITY = 0.9;

/** The article's paragraphs: prose, headings and list items of the run, without credits and captions. */
function paragraphs(blocks: readonly Block[], run: Run): string[] {
  const kept: Block[] = [];
  for (let k = run.from; k < run.to; k++) {
    const b = blocks[k] as Block;
    if (run.skipped.has(k) || isEmpty(b) || creditOf(b) !== null || isUrl(b) || isUi(b) || isCaption(blocks, k) || isByline(b) || isLinkItem(b)) continue;
    kept.push(b);
  }
  // A heading heads what follows it: one that ends the text heads the box after the article.
  while (kept.length > 1 && SUBHEADING_TAGS.has(kept.at(-1)?.tag ?? "")) kept.pop();
  return kept.map((b) => b.text);
}

function parseDateline(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), fullYear(m[3] ?? "")];
  return isValidDay(y, mo, d) ? isoDay(y, mo, d) : null;
}

const LABEL_SUFFIX = new RegExp(`\\s+(?:${CONTENT_LABELS.join("|")})$`, "i");
const cleanTitle = (title: string) => title.replace(LABEL_SUFFIX, "").trim();

/** Teasers of other articles: "[date] summary mehr..." under a title line, or a list entry above a byline. */
function relatedTeasers(blocks: readonly Block[], article: Run | null): RelatedTeaser[] {
  const related: RelatedTeaser[] = [];
  const outside = (i: number) => !article || i < article.from || i >= article.to;
  blocks.forEach((b, i) => {
    if (!outside(i)) return;
    if (isTeaser(b)) {
      const dateline = DATELINE.exec(b.text);
      const summary = b.text.replace(DATELINE, "").replace(/\s*(?:mehr|Mehr|weiterlesen|Weiterlesen)\s*(?:\.\.\.|…)?\s*$/, "").trim();
      const titleAt = previousFilled(blocks, i - 1);
      const titleBlock = blocks[titleAt];
      if (!titleBlock || isTeaser(titleBlock) || isUi(titleBlock)) return;
      related.push({ date: dateline ? parseDateline(dateline[1] ?? "") : null, title: cleanTitle(titleBlock.text), summary: summary || null });
      return;
    }
    if (BYLINE.test(b.text) && b.text.length < 80) {
      const titleAt = previousFilled(blocks, i - 1);
      const titleBlock = blocks[titleAt];
      const nextAt = nextFilled(blocks, i + 1);
      // A byline that ends a list entry (the next line is another entry or a section label) closes a teaser.
      const closesEntry = nextAt < 0 || (blocks[nextAt]?.listItem ?? false) || isEnd(blocks[nextAt] as Block);
      if (titleBlock && closesEntry && article && i > article.to && !isProse(titleBlock)) {
        related.push({ date: null, title: cleanTitle(titleBlock.text), summary: null });
      }
    }
  });
  return related;
}

export const boilerplate: Stage = (article) => {
  const { blocks } = article;
  const run = bestRun(blocks);
  const related = relatedTeasers(blocks, run);
  if (!run) {
    // No running prose (a short notice, a single sentence): keep every line that is not page furniture.
    const lines = blocks.filter((b) => !isEmpty(b) && !isUi(b) && !isTeaser(b) && creditOf(b) === null && b.linkDensity <= 0.5).map((b) => b.text);
    const region = lines.length > 0 ? { from: 0, to: blocks.length } : null;
    return { ...article, region, lead: null, body: lines.join("\n\n"), related };
  }
  const kept = paragraphs(blocks, run);
  const first = (kept[0] ?? "").replace(DATELINE, "");
  const hasLead = kept.length >= 2;
  const lead = hasLead ? first : null;
  const body = (hasLead ? kept.slice(1) : [first, ...kept.slice(1)]).join("\n\n");
  return { ...article, region: { from: run.from, to: run.to }, lead, body, related };
};
