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
  roles: Seen<string>[];
  articles: ArticleKey[];
}

interface PlaceEntry {
  name: string;
  type: string;
  key: ArticleKey;
  articles: ArticleKey[];
}

/** The part of a record the index aggregates; a worker sends this instead of the whole record. */
export interface IndexEntry {
  id: string;
  date: string | null;
  people: { name: string; role: string | null }[];
  places: { name: string; type: string; adjectival: boolean }[];
  deadlines: { date: string; text: string; what: string | null }[];
  amounts: { value: number | null; min: number | null; max: number | null; currency: string; text: string }[];
}

export function indexEntryOf(record: ArticleRecord): IndexEntry {
  return {
    id: record.id,
    date: record.date,
    people: record.people.map((p) => ({ name: p.name, role: p.role })),
    places: record.places.map((p) => ({ name: p.name, type: p.type, adjectival: p.adjectival })),
    deadlines: record.deadlines.map((d) => ({ date: d.date, text: d.text, what: d.what })),
    amounts: record.amounts.map((m) => ({ value: m.value, min: m.min, max: m.max, currency: m.currency, text: m.text })),
  };
}

type IndexAmount = { value: number | null; min: number | null; max: number | null; currency: string; text: string; article: string };
type IndexDeadline = { date: string; text: string; what: string | null; article: string };

/**
 * Collects the aggregates article by article, in any order: every list is sorted when the index is
 * made, so the result does not depend on which worker finished first.
 */
export class IndexBuilder {
  private readonly keys: ArticleKey[] = [];
  private readonly people = new Map<string, PersonEntry>();
  private readonly places = new Map<string, PlaceEntry>();
  private readonly deadlines: IndexDeadline[] = [];
  private readonly amounts = new Map<string, IndexAmount[]>();

  add(entry: IndexEntry): void {
    // A fresh copy: the names and phrases kept here are substrings of an article's body, and V8 lets a
    // substring keep its whole parent alive (100,000 articles kept 400 MB of bodies).
    const record = structuredClone(entry);
    const key: ArticleKey = { id: record.id, date: record.date };
    this.keys.push(key);
    record.people.forEach((person, position) => {
      let entry = this.people.get(person.name);
      if (!entry) {
        entry = { name: person.name, roles: [], articles: [] };
        this.people.set(person.name, entry);
      }
      if (person.role) entry.roles.push({ value: person.role, key, position });
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
    for (const d of record.deadlines) this.deadlines.push({ date: d.date, text: d.text, what: d.what, article: record.id });
    if (record.amounts.length > 0) {
      this.amounts.set(
        record.id,
        record.amounts.map((m) => ({ value: m.value, min: m.min, max: m.max, currency: m.currency, text: m.text, article: record.id })),
      );
    }
  }

  /** The articles' ids in index order. */
  order(): string[] {
    return sortArticles(this.keys).map((k) => k.id);
  }

  /** Everything in the index except the articles themselves, in its key order. */
  aggregates(failed: readonly FailedInput[]) {
    const ids = (keys: ArticleKey[]) => sortArticles(keys).map((k) => k.id);
    const people = [...this.people.values()]
      .map((p) => ({ name: p.name, roles: [...new Set([...p.roles].sort(bySeen).map((r) => r.value))], articles: ids(p.articles) }))
      .sort((a, b) => byText(a.name, b.name));
    const places = [...this.places.values()]
      .map((p) => ({ name: p.name, type: p.type, articles: ids(p.articles) }))
      .sort((a, b) => byText(a.name, b.name));
    const deadlines = [...this.deadlines].sort((a, b) => byText(a.date, b.date) || byText(a.article, b.article) || byText(a.text, b.text));
    const order = this.order();
    const amounts = order.flatMap((id) => this.amounts.get(id) ?? []);
    const amountTotals = order.flatMap((id) => {
      const sums = new Map<string, number>();
      for (const m of this.amounts.get(id) ?? []) if (m.value !== null) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.value);
      return [...sums].sort(([x], [y]) => byText(x, y)).map(([currency, total]) => ({ article: id, currency, total }));
    });
    return {
      people,
      places,
      deadlines,
      amounts,
      amountTotals,
      failed: [...failed].sort((a, b) => byText(a.source, b.source)),
    };
  }
}

export type IndexAggregates = ReturnType<IndexBuilder["aggregates"]>;

/** The whole index in memory, for the API and small runs; the CLI streams the same bytes from disk. */
export function buildIndex(records: readonly ArticleRecord[], failed: readonly FailedInput[]) {
  const builder = new IndexBuilder();
  for (const record of records) builder.add(record);
  return { articles: sortArticles(records), ...builder.aggregates(failed) };
}

export type MergedIndex = ReturnType<typeof buildIndex>;
