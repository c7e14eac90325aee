// Whole-article golden checks: each seed against its gold file in fixtures/gold.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extract } from "../src/extract.js";

const goldFiles = readdirSync("fixtures/gold").filter((f) => f.endsWith(".yaml")).sort();

describe.each(goldFiles)("gold %s", (file) => {
  const gold = parse(readFileSync(`fixtures/gold/${file}`, "utf8"));
  const load = () => extract(readFileSync(gold.file), { source: gold.file, id: gold.id });

  it("has the title, kicker, date, publisher and author", async () => {
    const r = await load();
    expect(r.title).toBe(gold.title);
    expect(r.kicker).toBe(gold.kicker);
    expect(r.date).toBe(gold.date);
    expect(r.publisher).toBe(gold.publisher);
    expect(r.author?.name ?? null).toBe(gold.author);
    expect(r.keywords).toEqual(gold.keywords);
  });

  it("finds every gold person with the role", async () => {
    const r = await load();
    for (const person of gold.people) {
      const found = r.people.find((p) => p.name === person.name);
      expect(found, person.name).toBeDefined();
      expect(found?.role).toBe(person.role);
    }
  });

  it("finds the gold places and no place outside the gold list; adjectives only as adjectival", async () => {
    const r = await load();
    const names = r.places.filter((p) => !p.adjectival).map((p) => p.name);
    for (const place of gold.places) expect(names).toContain(place);
    for (const name of names) expect(gold.places).toContain(name);
    const adjectival = r.places.filter((p) => p.adjectival).map((p) => p.name);
    expect(adjectival.sort()).toEqual([...(gold.places_adjectival_only ?? [])].sort());
  });

  it("finds exactly the gold amounts and deadlines", async () => {
    const r = await load();
    expect(r.amounts.map((a) => [a.value, a.min, a.max, a.currency])).toEqual(
      gold.amounts.map((a: { value: number | null; value_min?: number; value_max?: number; currency: string }) => [a.value, a.value_min ?? null, a.value_max ?? null, a.currency]),
    );
    expect(r.deadlines.map((d) => d.date).sort()).toEqual(gold.deadlines.map((d: { date: string }) => d.date).sort());
  });

  it("keeps teasers of other articles out of the body", async () => {
    const r = await load();
    // Every seed page lists teasers of other articles; they must land in `related`.
    if (String(gold.file).startsWith("fixtures/seeds/")) expect(r.related.length).toBeGreaterThan(0);
    for (const teaser of r.related) expect(r.body).not.toContain(teaser.title);
  });
});
