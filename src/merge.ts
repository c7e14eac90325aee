// The merged index over all articles: people, places, the deadline timeline, amounts, failures.
import type { ArticleRecord } from "./record.js";

export interface FailedInput {
  source: string;
  error: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Articles sorted by date (undated last), then id: the order of `articles` in the index. */
export function sortArticles(records: readonly ArticleRecord[]): ArticleRecord[] {
  return [...records].sort((a, b) => byText(a.date ?? "9999", b.date ?? "9999") || byText(a.id, b.id));
}

export function buildIndex(records: readonly ArticleRecord[], failed: readonly FailedInput[]) {
  const articles = sortArticles(records);
  const people = new Map<string, { name: string; roles: string[]; articles: string[] }>();
  const places = new Map<string, { name: string; type: string; articles: string[] }>();
  for (const article of articles) {
    for (const person of article.people) {
      const entry = people.get(person.name) ?? { name: person.name, roles: [], articles: [] };
      if (person.role && !entry.roles.includes(person.role)) entry.roles.push(person.role);
      if (!entry.articles.includes(article.id)) entry.articles.push(article.id);
      people.set(person.name, entry);
    }
    for (const place of article.places.filter((p) => !p.adjectival)) {
      const entry = places.get(place.name) ?? { name: place.name, type: place.type, articles: [] };
      if (!entry.articles.includes(article.id)) entry.articles.push(article.id);
      places.set(place.name, entry);
    }
  }
  const deadlines = articles
    .flatMap((a) => a.deadlines.map((d) => ({ date: d.date, text: d.text, what: d.what, article: a.id })))
    .sort((a, b) => byText(a.date, b.date) || byText(a.article, b.article) || byText(a.text, b.text));
  const amounts = articles.flatMap((a) => a.amounts.map((m) => ({ value: m.value, min: m.min, max: m.max, currency: m.currency, text: m.text, article: a.id })));
  const totals = articles.flatMap((a) => {
    const sums = new Map<string, number>();
    for (const m of a.amounts) if (m.value !== null) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.value);
    return [...sums].sort(([x], [y]) => byText(x, y)).map(([currency, total]) => ({ article: a.id, currency, total }));
  });
  return {
    articles,
    people: [...people.values()].sort((a, b) => byText(a.name, b.name)),
    places: [...places.values()].sort((a, b) => byText(a.name, b.name)),
    deadlines,
    amounts,
    amountTotals: totals,
    failed: [...failed].sort((a, b) => byText(a.source, b.source)),
  };
}

export type MergedIndex = ReturnType<typeof buildIndex>;
