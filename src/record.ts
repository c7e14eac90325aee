// The one place that fixes the public record's keys and their order.
import type { Article } from "./types.js";

export type ArticleRecord = ReturnType<typeof toRecord>;

export function toRecord(a: Article) {
  return {
    id: a.id,
    source: a.source,
    sha256: a.sha256,
    format: a.format,
    publisher: a.publisher,
    kicker: a.kicker,
    title: a.title,
    date: a.date,
    author: a.author ? { name: a.author.name, role: a.author.role } : null,
    authorCode: a.authorCode,
    lead: a.lead,
    body: a.body,
    keywords: [...a.keywords],
    imageCredit: a.imageCredit,
    links: [...a.links],
    people: a.people.map((p) => ({ name: p.name, role: p.role, mentions: p.mentions, field: p.field, offset: [...p.offset] })),
    places: a.places.map((p) => ({ name: p.name, type: p.type, adjectival: p.adjectival, mentions: p.mentions, field: p.field, offset: [...p.offset] })),
    organizations: a.organizations.map((o) => ({ name: o.name, mentions: o.mentions, field: o.field, offset: [...o.offset] })),
    amounts: a.amounts.map((m) => ({
      text: m.text, value: m.value, currency: m.currency, approximate: m.approximate, qualifier: m.qualifier,
      min: m.min, max: m.max, implicitCurrency: m.implicitCurrency, sentence: m.sentence, field: m.field, offset: [...m.offset],
    })),
    quantities: a.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit, field: q.field, offset: [...q.offset] })),
    dates: a.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, precision: d.precision, field: d.field, offset: [...d.offset] })),
    deadlines: a.deadlines.map((d) => ({
      text: d.text, date: d.date, precision: d.precision, kind: d.kind, what: d.what, passed: d.passed, sentence: d.sentence, field: d.field, offset: [...d.offset],
    })),
    related: a.related.map((r) => ({ date: r.date, title: r.title, summary: r.summary })),
    warnings: a.warnings.map((w) => `${w.origin}: ${w.text}`),
  };
}
