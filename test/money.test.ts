import { describe, expect, it } from "vitest";
import { findMoney } from "../src/grammar/money.js";
import { extract } from "../src/extract.js";

const one = (text: string) => findMoney(text).map((m) => ({ text: m.text, value: m.value, currency: m.currency, qualifier: m.qualifier, min: m.min, max: m.max }));

describe("money grammar", () => {
  it.each([
    ["Mit 91 Millionen Euro", "91 Millionen Euro", 91_000_000, "EUR"],
    ["kostet 1.234,56 €", "1.234,56 €", 1234.56, "EUR"],
    ["€ 8,2 Millionen", "€ 8,2 Millionen", 8_200_000, "EUR"],
    ["EUR 10 Mio", "EUR 10 Mio", 10_000_000, "EUR"],
    ["2,3 Mrd. Euro", "2,3 Mrd. Euro", 2_300_000_000, "EUR"],
    ["12 500 EUR", "12 500 EUR", 12_500, "EUR"],
    ["drei Milliarden Euro", "drei Milliarden Euro", 3_000_000_000, "EUR"],
    ["zweihundertfünfzig Euro", "zweihundertfünfzig Euro", 250, "EUR"],
    ["eine halbe Million Euro", "eine halbe Million Euro", 500_000, "EUR"],
    ["50 Cent", "50 Cent", 0.5, "EUR"],
    ["16,4 Millionen kanadischen Dollar", "16,4 Millionen kanadischen Dollar", 16_400_000, "CAD"],
    ["280-Millionen-Euro-Vertrag", "280-Millionen-Euro", 280_000_000, "EUR"],
  ])("%s", (input, text, value, currency) => {
    expect(one(input)[0]).toMatchObject({ text, value, currency });
  });

  it("reads qualifiers, ranges and vague magnitudes", () => {
    expect(one("rund 60 Millionen Euro")[0]).toMatchObject({ value: 60_000_000, qualifier: "about" });
    expect(one("knapp anderthalb Mio. Euro")[0]).toMatchObject({ value: 1_500_000, qualifier: "almost" });
    expect(one("zwischen 73 und 82 Millionen Euro")[0]).toMatchObject({ value: null, min: 73_000_000, max: 82_000_000, qualifier: "range" });
    expect(one("5 bis 10 Mio. €")[0]).toMatchObject({ min: 5_000_000, max: 10_000_000 });
    expect(one("ein mittlerer dreistelliger Millionenbetrag")[0]).toMatchObject({ min: 400_000_000, max: 699_000_000, qualifier: "vague" });
    expect(one("eine sechsstellige Summe")[0]).toMatchObject({ min: 100_000, max: 999_999 });
  });

  it.each(["55 Millionen Einwohner", "12,5 Prozent", "im Jahr 2025", "§ 3.1", "Version 2.0", "Millionen sparen", "500-Euro-Scheine", "Tel. 0211 123456"])(
    "finds no money in %s",
    (text) => expect(one(text)).toEqual([]),
  );

  it("carries the currency to a bare amount in the same sentence", async () => {
    const r = await extract("Zusätzlich zu den bereits geplanten 400 Millionen stellt das Land weitere 600 Millionen Euro bereit. Das Land hat 18 Millionen Einwohner.");
    expect(r.amounts.map((a) => [a.value, a.implicitCurrency])).toEqual([[400_000_000, true], [600_000_000, false]]);
  });
});

describe("currencies, cents and written-apart number words", () => {
  it.each([
    ["20 euros", 20, "EUR"],
    ["800 dollar", 800, "USD"],
    ["674 australische dollar", 674, "AUD"],
    ["Fünf schweizer Franken", 5, "CHF"],
    ["siebzehn tausend dänischen kronen", 17_000, "DKK"],
    ["drei und zwanzig ₹", 23, "INR"],
    ["einhundert fünf dollar", 105, "USD"],
    ["dreissig Euro", 30, "EUR"],
    ["zwei Euro und fünfzig Cent", 2.5, "EUR"],
    ["acht Pfund und zehn Pence", 8.1, "GBP"],
    ["achthundert cent", 8, "EUR"],
    ["es kostet nur 15 Dollar 50.", 15.5, "USD"],
    ["€1'049,95", 1049.95, "EUR"],
    ["siebenhundert-Euro", 700, "EUR"],
    ["eines HKD", 1, "HKD"],
  ])("%s", (input, value, currency) => {
    expect(one(input)[0]).toMatchObject({ value, currency });
  });

  it("does not read a bare Krone as money without the country", () => {
    expect(one("Die Krone des Königs")).toEqual([]);
  });
});

describe("currency carried beyond the sentence", () => {
  it("takes the currency of a value already named as money and of an ellipsis", async () => {
    const r = await extract("Titel\n\n[01.04.2025] Der Bund legt ein Sondervermögen von 500 Milliarden Euro auf. Länder und Kommunen fordern mehr.\n\nDoch der Bund gibt nur 100 der 500 Milliarden weiter. Das Land erhält davon 21 Milliarden.");
    expect(r.amounts.map((a) => [a.text, a.value, a.implicitCurrency])).toEqual([
      ["500 Milliarden Euro", 500_000_000_000, false],
      ["100 der 500 Milliarden", 100_000_000_000, true],
      ["21 Milliarden", 21_000_000_000, true],
    ]);
  });

  it("takes the currency of an explicit amount in the same paragraph, not counts", async () => {
    const r = await extract("Die Stadt investiert 12 Millionen Euro in Schulen. Weitere vier Millionen fließen in den Ratssaal. Die Region hat 1,2 Millionen Einwohner.");
    expect(r.amounts.map((a) => [a.value, a.implicitCurrency])).toEqual([[12_000_000, false], [4_000_000, true]]);
  });
});

describe("more shapes from the press", () => {
  it.each([
    ["3–5 Mrd. Euro", null, 3e9, 5e9, "range"],
    ["ein zweistelliger Milliardenbetrag", null, 10e9, 99e9, "vague"],
    ["ein Millionen-Euro-Projekt", null, 1e6, 999e6, "vague"],
  ])("%s", (text, value, min, max, qualifier) => {
    expect(one(text)[0]).toMatchObject({ value, min, max, qualifier });
  });

  it("coordinates a bare amount with a later currency and keeps counts out", async () => {
    const r = await extract("Das Land plant Einnahmen von 16,64 Milliarden und Ausgaben von 17 Milliarden Euro. Rund 116 Millionen davon gehen an die Kommunen. In 48155 Münster leben 320.000 Menschen.");
    expect(r.amounts.map((a) => [a.value, a.implicitCurrency, a.qualifier])).toEqual([
      [16_640_000_000, true, null],
      [17_000_000_000, false, null],
      [116_000_000, true, "about"],
    ]);
    expect(r.quantities.map((q) => [q.value, q.unit])).toEqual([[320_000, "Menschen"]]);
  });

  it("counts things readers care about", async () => {
    const r = await extract("Brandenburg hat 100 neue digitale Verwaltungsdienste eingeführt, 550 Landesbehörden sind angeschlossen.");
    expect(r.quantities.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["100 neue digitale Verwaltungsdienste", 100, "Verwaltungsdienste"],
      ["550 Landesbehörden", 550, "Landesbehörden"],
    ]);
  });

  it("parses back every amount written with German number formatting", () => {
    for (const value of [0.5, 7, 12.5, 999, 1000, 1234.56, 20_000, 176_000, 1_234_567.89]) {
      const text = `${value.toLocaleString("de-DE")} Euro`;
      expect(one(text)[0]?.value, text).toBe(value);
    }
  });
});

describe("compounds with a spaced number", () => {
  it("reads '500 Milliarden-Euro-Sondervermögen' as 500 billion euros", () => {
    expect(one("ein 500 Milliarden-Euro-Sondervermögen")[0]).toMatchObject({ value: 500e9, currency: "EUR" });
  });
});
