// The merged index over all articles: people, places, the deadline timeline, amounts, failures.
// Built incrementally: a run over 100,000 articles keeps only these aggregates, never the records.
import type { ArticleRecord } from "./record.js";

export interface FailedInput {
  source: string;
  error: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the index needs to place an article: its order is by date (undated last), then id. */
export interface ArticleKey {
  id: string;
  date: string | null;
}

export const compareArticles = (a: ArticleKey, b: ArticleKey) => byText(a.date ?? "9999", b.date ?? "9999") || byText(a.id, b.id);

/** Articles sorted by date (undated last), then id: the order of `articles` in the index. */
export function sortArticles<T extends ArticleKey>(records: readonly T[]): T[] {
  return [...records].sort(compareArticles);
}

interface Seen<T> {
  value: T;
  /** The article it was first seen in, and its position there: aggregates list things in index order. */
  key: ArticleKey;
  position: number;
}

const bySeen = <T>(a: Seen<T>, b: Seen<T>) => compareArticles(a.key, b.key) || a.position - b.position;

interface PersonEntry {
  name: string;
  /**
   * Each of the person's roles where it is first seen in index order, which is all the index needs to
   * order them: a mayor named in 10,000 articles keeps one entry, not 10,000 (a list of every mention
   * held 60 % of the builder's memory over 100,000 articles).
   */
  roles: Map<string, Seen<string>>;
  articles: ArticleKey[];
}

interface PlaceEntry {
  name: string;
  type: string;
  key: ArticleKey;
  articles: ArticleKey[];
}

/** An item of the index's `deadlines`. */
export type IndexDeadline = { date: string; text: string; what: string | null; article: string };
/** An item of the index's `amounts`. */
export type IndexAmount = { value: number | null; min: number | null; max: number | null; currency: string; text: string; article: string };
/** An item of the index's `amountTotals`. */
export type IndexTotal = { article: string; currency: string; total: number };

/**
 * An article's items of the index's three long lists, each in the order it has there. The index orders
 * deadlines by date, article, text: an article's own are sorted here by date and text, so that the index
 * needs only their dates and this rank to place them.
 */
export interface ArticleItems {
  deadlines: IndexDeadline[];
  amounts: IndexAmount[];
  amountTotals: IndexTotal[];
}

/** The lists, in the order the index prints them. */
export const ITEM_LISTS = ["deadlines", "amounts", "amountTotals"] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

export function articleItemsOf(record: ArticleRecord): ArticleItems {
  const article = record.id;
  const deadlines = record.deadlines
    .map((d) => ({ date: d.date, text: d.text, what: d.what, article }))
    .sort((a, b) => byText(a.date, b.date) || byText(a.text, b.text));
  const amounts = record.amounts.map((m) => ({ value: m.value, min: m.min, max: m.max, currency: m.currency, text: m.text, article }));
  const sums = new Map<string, number>();
  for (const m of amounts) if (m.value !== null) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.value);
  const amountTotals = [...sums].sort(([x], [y]) => byText(x, y)).map(([currency, total]) => ({ article, currency, total }));
  return { deadlines, amounts, amountTotals };
}

/**
 * The part of a record the index keeps in memory; a worker sends this instead of the whole record. Of
 * the long lists only what places their items: the items themselves wait on disk (the CLI's spool; buildIndex keeps
 * them in a map), so that a run's memory does not grow with their text.
 */
export interface IndexEntry {
  id: string;
  date: string | null;
  people: { name: string; role: string | null }[];
  places: { name: string; type: string; adjectival: boolean }[];
  /** The dates of the article's deadlines, in the order of ArticleItems.deadlines. */
  deadlineDates: string[];
  amounts: number;
  amountTotals: number;
}

export function indexEntryOf(record: ArticleRecord, items: ArticleItems = articleItemsOf(record)): IndexEntry {
  return {
    id: record.id,
    date: record.date,
    people: record.people.map((p) => ({ name: p.name, role: p.role })),
    places: record.places.map((p) => ({ name: p.name, type: p.type, adjectival: p.adjectival })),
    deadlineDates: items.deadlines.map((d) => d.date),
    amounts: items.amounts.length,
    amountTotals: items.amountTotals.length,
  };
}

/** Item `rank` of an article's list `list`: where the index's aggregates point to the items they list. */
export interface ItemRef {
  article: string;
  rank: number;
}

/** An article as the index keeps it: where it goes, and how many amounts and totals it lists. */
interface KeptArticle extends ArticleKey {
  amounts: number;
  amountTotals: number;
}

interface DeadlineRef {
  date: string;
  article: string;
  rank: number;
}

/**
 * Collects the aggregates article by article, in any order: every list is sorted when the index is
 * made, so the result does not depend on which worker finished first.
 */
export class IndexBuilder {
  private readonly keys: KeptArticle[] = [];
  private readonly people = new Map<string, PersonEntry>();
  private readonly places = new Map<string, PlaceEntry>();
  private readonly deadlines: DeadlineRef[] = [];
  /** The keys in index order, until the next add(): order() and aggregates() both need them at the end of a run. */
  private sortedKeys: KeptArticle[] | null = null;

  /**
   * Dates as one string each: 100,000 articles name a few thousand distinct dates, and a string per
   * article and deadline cost ~40 bytes each.
   */
  private readonly dates = new Map<string, string>();

  private date(date: string): string {
    const kept = this.dates.get(date);
    if (kept !== undefined) return kept;
    this.dates.set(date, date);
    return date;
  }

  /**
   * Adds an article's entry and returns its id as the builder keeps it, for others to share (the spool).
   * `copied`: the entry's strings are copies already (it came from a worker's message), kept as they are.
   */
  add(entry: IndexEntry, copied = false): string {
    // Otherwise a fresh copy: the names and phrases kept here are substrings of an article's body, and V8
    // lets a substring keep its whole parent alive (100,000 articles kept 400 MB of bodies).
    const record = copied ? entry : structuredClone(entry);
    const date = record.date === null ? null : this.date(record.date);
    const key: KeptArticle = { id: record.id, date, amounts: record.amounts, amountTotals: record.amountTotals };
    this.keys.push(key);
    this.sortedKeys = null;
    record.people.forEach((person, position) => {
      let entry = this.people.get(person.name);
      if (!entry) {
        entry = { name: person.name, roles: new Map(), articles: [] };
        this.people.set(person.name, entry);
      }
      if (person.role) {
        const seen = entry.roles.get(person.role);
        if (!seen || (compareArticles(key, seen.key) || position - seen.position) < 0) entry.roles.set(person.role, { value: person.role, key, position });
      }
      if (entry.articles.at(-1) !== key) entry.articles.push(key);
    });
    for (const place of record.places) {
      if (place.adjectival) continue;
      let entry = this.places.get(place.name);
      if (!entry) {
        entry = { name: place.name, type: place.type, key, articles: [] };
        this.places.set(place.name, entry);
      } else if (compareArticles(key, entry.key) < 0) {
        // The type comes from the first article in index order, as if the articles had been read sorted.
        entry.type = place.type;
        entry.key = key;
      }
      if (entry.articles.at(-1) !== key) entry.articles.push(key);
    }
    for (const [rank, date] of record.deadlineDates.entries()) this.deadlines.push({ date: this.date(date), article: key.id, rank });
    return key.id;
  }

  private sorted(): KeptArticle[] {
    this.sortedKeys ??= sortArticles(this.keys);
    return this.sortedKeys;
  }

  /** The articles' ids in index order. */
  order(): string[] {
    return this.sorted().map((k) => k.id);
  }

  /**
   * Everything in the index except the articles themselves, in its key order; the deadlines, amounts and
   * totals as references to the articles' items, in the order the index lists them.
   */
  aggregates(failed: readonly FailedInput[]) {
    const ids = (keys: ArticleKey[]) => sortArticles(keys).map((k) => k.id);
    const people = [...this.people.values()]
      .map((p) => ({ name: p.name, roles: [...p.roles.values()].sort(bySeen).map((r) => r.value), articles: ids(p.articles) }))
      .sort((a, b) => byText(a.name, b.name));
    const places = [...this.places.values()]
      .map((p) => ({ name: p.name, type: p.type, articles: ids(p.articles) }))
      .sort((a, b) => byText(a.name, b.name));
    // Sorting is stable and an article's deadlines were added in rank order: that orders them by text.
    const deadlines: ItemRef[] = [...this.deadlines].sort((a, b) => byText(a.date, b.date) || byText(a.article, b.article));
    const refs = (list: "amounts" | "amountTotals"): ItemRef[] =>
      this.sorted().flatMap((key) => Array.from({ length: key[list] }, (_, rank) => ({ article: key.id, rank })));
    return {
      people,
      places,
      deadlines,
      amounts: refs("amounts"),
      amountTotals: refs("amountTotals"),
      failed: [...failed].sort((a, b) => byText(a.source, b.source)),
    };
  }
}

/** The whole index in memory, for the API and small runs; the CLI streams the same bytes from disk. */
export function buildIndex(records: readonly ArticleRecord[], failed: readonly FailedInput[]) {
  const builder = new IndexBuilder();
  const items = new Map<string, ArticleItems>();
  for (const record of records) {
    const own = articleItemsOf(record);
    items.set(record.id, own);
    builder.add(indexEntryOf(record, own));
  }
  const aggregates = builder.aggregates(failed);
  const resolved = <L extends ItemList>(list: L) => aggregates[list].map((ref) => items.get(ref.article)?.[list][ref.rank] as ArticleItems[L][number]);
  return {
    articles: sortArticles(records),
    ...aggregates,
    deadlines: resolved("deadlines"),
    amounts: resolved("amounts"),
    amountTotals: resolved("amountTotals"),
  };
}

export type MergedIndex = ReturnType<typeof buildIndex>;
