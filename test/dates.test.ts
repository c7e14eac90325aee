import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import { FINDERS, type Finder, finderMatches, findersThatMayMatch, findTemporal, neededWordPlaces, neededWordsFound } from "../src/grammar/temporal.js";
import { chunkWindows, cutWindows, isSpaceCode, matchesInWindows, matchesOf, whitespaceRunsOf } from "../src/util/regex.js";

const REF = "2018-12-21";
/** Every match as "text=start" (`starts`), "text=start..end" (`spans`), or "text=start" with "..end" only for a span (`days`). */
const starts = (text: string, ref: string) => findTemporal(text, ref).map((m) => `${m.text}=${m.start}`);
const spans = (text: string, ref: string) => findTemporal(text, ref).map((m) => `${m.text}=${m.start}..${m.end}`);
const days = (text: string, ref: string) => findTemporal(text, ref).map((m) => `${m.text}=${m.start}${m.end === m.start ? "" : `..${m.end}`}`);
const first = (text: string, ref: string | null = REF) => {
  const m = findTemporal(text, ref)[0];
  return m && { text: m.text, start: m.start, end: m.end, precision: m.precision, from: m.from };
};

describe("temporal grammar", () => {
  it.each([
    ["am 19.10.2017", "19.10.2017", "2017-10-19", "2017-10-19"],
    ["[19.10.2017] Nordrhein", "19.10.2017", "2017-10-19", "2017-10-19"],
    ["am 1.5.19", "1.5.19", "2019-05-01", "2019-05-01"],
    ["am 2017-10-19", "2017-10-19", "2017-10-19", "2017-10-19"],
    ["am 15. Januar 2018", "15. Januar 2018", "2018-01-15", "2018-01-15"],
    ["am 15. Jan. 2018", "15. Jan. 2018", "2018-01-15", "2018-01-15"],
    ["im Jänner 2018", "Jänner 2018", "2018-01-01", "2018-01-31"],
    ["Montag, 3. Februar 2025", "Montag, 3. Februar 2025", "2025-02-03", "2025-02-03"],
    // A weekday before a numeric date belongs to it, in any spelling the weekday table knows.
    ["Mo., 03.02.2025", "Mo., 03.02.2025", "2025-02-03", "2025-02-03"],
    ["Stand: Freitag, 7.3.2025", "Freitag, 7.3.2025", "2025-03-07", "2025-03-07"],
    ["Sa. 8.3.25", "Sa. 8.3.25", "2025-03-08", "2025-03-08"],
    ["am dienstag 4.3.2025", "dienstag 4.3.2025", "2025-03-04", "2025-03-04"],
    ["bis Ende 2021", "Ende 2021", "2021-12-01", "2021-12-31"],
    ["im ersten Quartal 2019", "ersten Quartal 2019", "2019-01-01", "2019-03-31"],
    ["Q3/2019", "Q3/2019", "2019-07-01", "2019-09-30"],
    ["im Frühjahr 2020", "im Frühjahr 2020", "2020-03-01", "2020-05-31"],
    ["vom 1. bis 15. März 2020", "vom 1. bis 15. März 2020", "2020-03-01", "2020-03-15"],
    ["Ende kommenden Jahres", "Ende kommenden Jahres", "2019-12-01", "2019-12-31"],
    ["heute", "heute", "2018-12-21", "2018-12-21"],
    ["in zwei Wochen", "in zwei Wochen", "2019-01-04", "2019-01-04"],
  ])("%s", (input, text, start, end) => {
    expect(first(input)).toMatchObject({ text, start, end });
  });

  it("keeps the position of the match", () => {
    expect(first("Der Plan soll bis 1. Mai 2019 stehen.")?.from).toBe(18);
  });

  it.each(["2.000 Euro", "Digitalstrategie 2021", "§ 3.1", "Fr. Müller", "Version 4.0", "32. Oktober 2015"])("finds no date in %s", (text) => {
    expect(findTemporal(text, REF)).toEqual([]);
  });
});

describe("deadlines", () => {
  const text = (body: string, date = "[21.12.2018] ") => `Titel\n\n${date}${body}`;
  it("turns planned times into deadlines with the last day of the period", async () => {
    const r = await extract(text("Das Ministerium strebt bis Ende 2021 die vollständige Digitalisierung an. Der Entwurf soll dem Kabinett im ersten Quartal 2019 vorgelegt werden. Ab 2026 gilt die Pflicht."));
    expect(r.deadlines.map((d) => [d.text, d.date, d.kind])).toEqual([
      ["bis Ende 2021", "2021-12-31", "due"],
      ["im ersten Quartal 2019", "2019-03-31", "due"],
      ["Ab 2026", "2026-12-31", "start"],
    ]);
    expect(r.deadlines[0]?.what).toBe("vollständige Digitalisierung");
  });

  it("does not take negated, past or forecast times for deadlines", async () => {
    const r = await extract(text("Die Verwaltung soll bis 2025 und nicht erst im Jahr 2031 digital sein. Bis 2015 wurden 20 Ämter geschlossen. Die Schulden steigen bis 2024 auf 5 Milliarden Euro. Bis heute fehlt ein Plan."));
    expect(r.deadlines.map((d) => d.date)).toEqual(["2025-12-31"]);
  });
});

describe("relative units and short forms", () => {
  it.each([
    ["15. februar", "2013-02-15", "2013-02-15"],
    ["am 15.2.", "2013-02-15", "2013-02-15"],
    ["nächstes jahr", "2014-01-01", "2014-12-31"],
    ["letzte Woche", "2013-02-04", "2013-02-10"],
    ["dieses Quartal", "2013-01-01", "2013-03-31"],
    ["übernächsten Monat", "2013-04-01", "2013-04-30"],
    ["bis zum ende des monats", "2013-02-16", "2013-02-28"],
  ])("%s", (text, start, end) => {
    expect(findTemporal(text, "2013-02-12")[0]).toMatchObject({ start, end });
  });
});

describe("weekdays, spans and spoken dates", () => {
  const REF13 = "2013-02-12"; // a Tuesday
  it.each([
    ["montag", "2013-02-18", "2013-02-18"],
    ["nächsten Mittwoch", "2013-02-13", "2013-02-13"],
    ["letzten Dienstag", "2013-02-05", "2013-02-05"],
    ["übernächsten Freitag", "2013-02-22", "2013-02-22"],
    ["Montag dieser Woche", "2013-02-11", "2013-02-11"],
    ["letzter Montag im März", "2013-03-25", "2013-03-25"],
    ["dritter Dienstag im September 2014", "2014-09-16", "2014-09-16"],
    ["die letzten 2 Tage", "2013-02-10", "2013-02-11"],
    ["in den nächsten drei Wochen", "2013-02-18", "2013-03-10"],
    ["vor zwei Wochen", "2013-01-29", "2013-01-29"],
    ["in 2 wochen", "2013-02-26", "2013-02-26"],
    ["am vierten Dezember", "2013-12-04", "2013-12-04"],
    ["14./15.10.", "2013-10-14", "2013-10-15"],
    ["vom 14.10. bis zum 15.10.2018", "2018-10-14", "2018-10-15"],
    ["Sonntag, Feb 10", "2013-02-10", "2013-02-10"],
    ["4tes Quartal 2018", "2018-10-01", "2018-12-31"],
    ["nächsten März", "2013-03-01", "2013-03-31"],
    ["übernächsten März", "2014-03-01", "2014-03-31"],
  ])("%s", (text, start, end) => {
    expect(findTemporal(text, REF13)[0]).toMatchObject({ start, end });
  });

  it("reads a bare weekday back in a past-tense sentence and ahead otherwise", () => {
    expect(findTemporal("Der Rat hat am Montag den Haushalt beschlossen.", REF13)[0]?.start).toBe("2013-02-11");
    expect(findTemporal("Der Rat wird am Montag entscheiden.", REF13)[0]?.start).toBe("2013-02-18");
  });
});

describe("years and days in running news text", () => {
  it.each([
    ["Das Unternehmen wurde 1998 gegründet und 2009 verkauft.", ["1998-01-01", "2009-01-01"]],
    ["Die Prognosen für 2014 und 2015 wurden gesenkt.", ["2014-01-01", "2015-01-01"]],
    ["Die Zahl stieg heuer deutlich, im Vorjahr war sie gesunken.", ["2015-01-01", "2014-01-01"]],
    ["In den fünfziger Jahren und den 1990er-Jahren wuchs die Stadt.", ["1950-01-01", "1990-01-01"]],
  ])("%s", (text, starts) => {
    expect(findTemporal(text, "2015-03-05").map((m) => m.start)).toEqual(starts);
  });

  it.each(["die Digitalstrategie 2021", "der Haushalt 2025", "2000 Menschen", "2015 Euro", "Nr. 2014"])("reads no year in %s", (text) => {
    expect(findTemporal(text, "2015-03-05")).toEqual([]);
  });

  it("takes last year's date for a day named months ahead of the article, in running text", () => {
    expect(findTemporal("Der Rat hatte am 21. Dezember darüber beraten.", "2016-01-14")[0]?.start).toBe("2015-12-21");
    expect(findTemporal("5. dezember", "2013-02-12")[0]?.start).toBe("2013-12-05");
  });
});

describe("deadline cues in news prose", () => {
  const deadlinesOf = async (body: string, date = "[01.06.2021] ") => (await extract(`Titel\n\n${date}${body}`)).deadlines.map((d) => [d.text, d.date]);
  it("takes completions and Konjunktiv plans, without and with a reference date", async () => {
    expect(await deadlinesOf("Das Bauamt rechnet mit einer Fertigstellung im Sommer 2026. Ein Drittel solle schon Anfang 2022 erreicht sein.", "")).toEqual([
      ["im Sommer 2026", "2026-08-31"],
      ["Anfang 2022", "2022-03-31"],
    ]);
  });
  it("leaves past events, budget years and negations alone", async () => {
    expect(await deadlinesOf("Im Mai 2022 war der Abschluss gefeiert worden. Für 2023 vorgesehene Mittel werden jetzt ausgegeben. Der Bund will die Hilfe nicht über das Jahr 2026 verlängern.")).toEqual([]);
  });
});

describe("holidays and shifted weekdays", () => {
  it.each([
    ["Weihnachten", "2013-12-25"],
    ["Ostermontag 2019", "2019-04-22"],
    ["Pfingsten 2022", "2022-06-05"],
    ["Palmsonntag 2019", "2019-04-14"],
    ["Muttertag", "2013-05-12"],
    ["Tag der Deutschen Einheit", "2013-10-03"],
    ["Mittwoch in zwei Wochen", "2013-02-27"],
    ["Mittwoch vor 2 Wochen", "2013-01-30"],
    ["Freitag nach dem nächsten", "2013-02-22"],
    ["in fast drei Wochen", "2013-03-05"],
    ["vorige Woche", "2013-02-04"],
  ])("%s", (text, start) => {
    expect(findTemporal(text, "2013-02-12")[0]?.start).toBe(start);
  });
});

describe("parts of days and the nearest year", () => {
  it.each([
    ["Die Sitzung endete am Dienstagabend mit einem Beschluss.", "2013-02-12"],
    ["Der Rat tagte am Nachmittag lange.", "2013-02-14"],
    ["Er war gestern Abend in der Stadt.", "2013-02-13"],
    ["Wir sehen uns am Morgen im Rathaus wieder, nicht morgen.", "2013-02-14"],
  ])("%s", (text, start) => {
    // 2013-02-14 is a Thursday.
    expect(findTemporal(text, "2013-02-14")[0]?.start ?? null).toBe(start);
  });
  it("reads a January day in a December article as next year's", () => {
    expect(findTemporal("Die Frist für die Anträge ist der 24. Jänner, sagte der Sprecher.", "2009-12-17")[0]?.start).toBe("2010-01-24");
  });
});

describe("slash, month-year and in-month days", () => {
  it.each([
    ["am 21/04/2016", "2016-04-21", "2016-04-21"],
    ["Bist du am 3-7-2017 frei?", "2017-07-03", "2017-07-03"],
    ["am 2015/08/12", "2015-08-12", "2015-08-12"],
    ["am 23/Sep/2020", "2020-09-23", "2020-09-23"],
    ["Ich bin 05/2016 nicht hier", "2016-05-01", "2016-05-31"],
    ["Ich bin 2016-05 nicht hier", "2016-05-01", "2016-05-31"],
    ["die Saison 2007/08", "2007-01-01", "2008-12-31"],
    ["Ich bin nächsten Monat vom 4. bis zum 23. weg", "2016-12-04", "2016-12-23"],
    ["Im November zwischen dem 19. und dem 20. bin ich nicht da.", "2016-11-19", "2016-11-20"],
  ])("%s", (text, start, end) => {
    expect(findTemporal(text, "2016-11-07").find((m) => m.precision !== "month" || m.shape === "numeric-month-year" || m.shape === "slash-date")).toMatchObject({ start, end });
  });
});

describe("lists and spans of days", () => {
  const all = (text: string, ref = "2012-09-18") => days(text, ref);

  it("gives each day of a list the month named after the list", () => {
    expect(all("Aufführungen sind am 29. September und am 3., 4. und 5. Oktober, jeweils um 20 Uhr.")).toEqual([
      "29. September=2012-09-29", "am 3.=2012-10-03", "4.=2012-10-04", "5. Oktober=2012-10-05",
    ]);
    expect(all("Die Sitzungen finden am 10. und 11. Februar und am 11., 18. und 25. März statt.")).toEqual([
      "am 10.=2012-02-10", "11. Februar=2012-02-11", "am 11.=2012-03-11", "18.=2012-03-18", "25. März=2012-03-25",
    ]);
    expect(all("Gewählt wird am 16. und 17. sowie am 23. und 24. Jänner 2013.")).toEqual([
      "am 16.=2013-01-16", "17.=2013-01-17", "am 23.=2013-01-23", "24. Jänner 2013=2013-01-24",
    ]);
    expect(all("In die 3. und 4. Klassen gehen 80 Kinder.")).toEqual([]);
  });

  it("joins two days written as the ends of one span, and leaves the end no deadline", async () => {
    expect(all("Juli 13 - Juli 15", "2013-02-12")).toEqual(["Juli 13 - Juli 15=2013-07-13..2013-07-15"]);
    expect(all("Ich bin vom 12. Januar 2016 bis zum 22.01.2016 weg.")).toEqual(["12. Januar 2016 bis zum 22.01.2016=2016-01-12..2016-01-22"]);
    expect(all("Ich bin zwischen dem 3. und dem 12. September nicht da")).toHaveLength(1);
    const r = await extract("Titel\n\nDie Ausstellung ist vom 2. März 2030 bis 30. April 2030 im Rathaus zu sehen, sagte die Stadt am Montag in einer Mitteilung.", { referenceDate: "2029-12-01" });
    expect(r.deadlines).toEqual([]);
    expect(r.dates.map((d) => [d.start, d.end])).toContainEqual(["2030-03-02", "2030-04-30"]);
  });

  it("puts a month named without a year in the year before when the sentence tells of the past", () => {
    expect(all("Ende Dezember war der Antrag noch gescheitert.", "2016-01-14")).toEqual(["Ende Dezember=2015-12-21..2015-12-31"]);
    expect(all("Im Dezember hatten die Experten noch mehr erwartet.", "2014-07-19")).toEqual(["Dezember=2013-12-01..2013-12-31"]);
    expect(all("Bis Ende Dezember soll der Antrag gestellt werden.", "2016-01-14")).toEqual(["Ende Dezember=2016-12-21..2016-12-31"]);
  });

  it("reads 'so' without its dot as the adverb, 'So.' as Sunday", () => {
    expect(all("so", "2013-02-12")).toEqual([]);
    expect(all("So.", "2013-02-12")).toEqual(["So.=2013-02-17"]);
  });
});

describe("yesterday, today and the weekend in running text", () => {
  const all = (text: string, ref = "2014-02-13") => starts(text, ref);

  it("reads 'gestern' after any word, and 'morgen' as tomorrow unless it is the morning", () => {
    expect(all("Die Bäume wurden gestern gepflanzt.")).toEqual(["gestern=2014-02-12"]);
    expect(all("So steht es in dem gestern veröffentlichten Bericht, den der Landtag gestern las.")).toEqual(["gestern=2014-02-12", "gestern=2014-02-12"]);
    expect(all("Bis gestern gab es keinen Hinweis.")).toEqual(["gestern=2014-02-12"]);
    expect(all("Wir sehen uns bis morgen.")).toEqual(["morgen=2014-02-14"]);
    expect(all("Jeden Morgen, guten Morgen.")).toEqual([]);
  });

  it("makes 'bis heute' a date but no deadline, and 'bis morgen' a deadline", async () => {
    const at = async (sentence: string) => extract(`Titel\n\n${sentence}`, { referenceDate: "2020-05-05" });
    const state = await at("Die Regel gilt bis heute, sagte der Sprecher der Stadt am Montag.");
    expect(state.deadlines).toEqual([]);
    expect(state.dates.map((d) => d.text)).toContain("heute");
    expect((await at("Die Anträge müssen bis morgen eingereicht werden, teilte die Stadt mit.")).deadlines.map((d) => d.date)).toEqual(["2020-05-06"]);
  });

  it("puts the weekend before the reference when the sentence tells of the past", () => {
    expect(all("Die Feuerwehr hatte noch am Wochenende die Brandstelle untersucht.", "2015-07-22")).toEqual(["Wochenende=2015-07-18"]);
    expect(all("Kein Wort verlieren die Wahlsieger vom Wochenende dazu.", "1996-03-29")).toEqual(["Wochenende=1996-03-23"]);
    expect(all("Am Wochenende wird gewählt.", "2015-07-22")).toEqual(["Wochenende=2015-07-25"]);
  });
});

describe("months of relative years, historic years and this season", () => {
  const all = (text: string, ref = "2002-07-11") => spans(text, ref);

  it("reads a month with a relative year as one month", () => {
    expect(all("die im August vorigen Jahres abging")).toEqual(["August vorigen Jahres=2001-08-01..2001-08-31"]);
    expect(all("gegenüber dem Juni des vergangenen Jahres")).toEqual(["Juni des vergangenen Jahres=2001-06-01..2001-06-30"]);
  });

  it("takes any four-digit year after a day and a month name, and any year after 'im Jahr'", () => {
    expect(all("Er stach am 6. Februar 1595 in See.")).toEqual(["6. Februar 1595=1595-02-06..1595-02-06"]);
    expect(all("der im Jahr 578 verstorbene Abt")).toEqual(["im Jahr 578=0578-01-01..0578-12-31"]);
    expect(all("Sie kamen im Jahr 2012 an.")).toEqual(["2012=2012-01-01..2012-12-31"]);
  });

  it("reads 'diesen Sommer' as this year's, and 'diesen Winter' in February as the winter under way", () => {
    expect(all("Viele verzichten in diesem Sommer auf Flugreisen.")).toEqual(["in diesem Sommer=2002-06-01..2002-08-31"]);
    expect(all("Nach diesem Winter war es schwer.", "2013-02-12")).toEqual(["diesem Winter=2012-12-01..2013-02-28"]);
  });

  it("lists a repeated deadline once and its later mention among the dates", async () => {
    const r = await extract("Titel\n\nDas Abkommen soll im Jahr 2032 in Kraft treten, sagte die Ministerin. Im Jahr 2032 soll auch die Prüfung abgeschlossen sein.", { referenceDate: "2030-01-01" });
    expect(r.deadlines.map((d) => d.date)).toEqual(["2032-12-31"]);
    expect(r.dates.map((d) => d.start)).toContain("2032-01-01");
  });
});

describe("counts, names and recurring days that are no dates", () => {
  const all = (text: string, ref = "2015-09-09") => spans(text, ref);

  it("reads a four-digit number after a count word or before a unit as a quantity", () => {
    expect(all("Verlegt wurden 2000 Quadratmeter Dachpaneele.")).toEqual([]);
    expect(all("Es starben 25.000 Menschen, davon 2000 im Jahr 2011.")).toEqual(["2011=2011-01-01..2011-12-31"]);
    expect(all("Der Lichtbogen erreicht 2000 bis 3000 Grad.")).toEqual([]);
    expect(all("Die Reise kostet von 1450 bis 1850 Mark.")).toEqual([]);
    expect(all("Die Wahl 2009 war knapp.")).toEqual(["2009=2009-01-01..2009-12-31"]);
  });

  it("reads a life span as a span of years, and 'zwischen 1200 und 1500' before 1900 as a count", () => {
    expect(all("der Bildhauer Georg Fuhg (1898-1976)")).toEqual(["1898-1976=1898-01-01..1976-12-31"]);
    expect(all("Es kamen zwischen 1200 und 1500 Gäste.")).toEqual([]);
  });

  it("reads a holiday that is a given name as the day only where no surname follows", () => {
    expect(all("c) Nikolaus der Zweite?")).toEqual([]);
    expect(all("Nikolaus Schmid sagte das.")).toEqual([]);
    expect(all("Wir feiern am Nikolaus.")).toEqual(["Nikolaus=2015-12-06..2015-12-06"]);
  });

  it("reads a dotless 'Jan' before a capitalised word as a first name", () => {
    expect(all("8. Stefan Muster (2); 9. Jan Beispiel (4).")).toEqual([]);
    expect(all("bis 9. Jan 2016")).toEqual(["9. Jan 2016=2016-01-09..2016-01-09"]);
  });

  it("gives no date to a recurring or an indefinite day", () => {
    expect(all("Helfer stehen an jedem Montagabend bereit.")).toEqual([]);
    expect(all("Für ihn war es ein Wochenende zum Vergessen.")).toEqual([]);
  });

  it("reads the night before a date as that date, and a season of a named year", () => {
    expect(all("Doch in der Nacht auf den 28. Juli kam es anders.")).toEqual(["28. Juli=2015-07-28..2015-07-28"]);
    expect(all("den er im Sommer des Jahres 2005 machte")).toEqual(["im Sommer des Jahres 2005=2005-06-01..2005-08-31"]);
    expect(all("Am 8. Mai dieses Jahres sprach sie.")).toEqual(["8. Mai dieses Jahres=2015-05-08..2015-05-08"]);
  });
});

describe("scheduled and adjective-named weekdays", () => {
  const all = (text: string, ref = "2013-02-12") => starts(text, ref);

  it("schedules a weekday given with a clock time unless the sentence tells of the past", () => {
    expect(all("Wir treffen uns am Donnerstag zwischen 9:30 und 11:00 im Rathaus.")).toEqual(["Donnerstag=2013-02-14"]);
    expect(all("Am Donnerstag um 19 Uhr hat der Rat lange getagt.")).toEqual(["Donnerstag=2013-02-07"]);
    expect(all("Die Sitzung endete am Dienstagabend mit einem Beschluss.")).toEqual(["Dienstagabend=2013-02-12"]);
  });

  it("reads 'am heutigen Samstag', 'am morgigen Sonntag' as the reference day and the next", () => {
    expect(all("Am heutigen Samstag beginnt um 11 Uhr der Blumenmarkt.", "2013-11-30")).toEqual(["heutigen Samstag=2013-11-30"]);
    expect(all("Der Markt ist am morgigen Sonntag geöffnet.", "2013-11-30")).toEqual(["morgigen Sonntag=2013-12-01"]);
  });

  it("reads the morning of a date as the date", () => {
    expect(all("am Morgen des 15. Februar")).toEqual(["15. Februar=2013-02-15"]);
  });
});

describe("eras, rests of units and working weeks", () => {
  const all = (text: string, ref = "2016-11-09") => spans(text, ref);

  it("reads a short year of the common era", () => {
    expect(all("am 10. August 85 n. Chr.")).toEqual(["10. August 85 n. Chr.=0085-08-10..0085-08-10"]);
    expect(all("10. August 88 uZ")).toEqual(["10. August 88 uZ=0088-08-10..0088-08-10"]);
  });

  it("reads the rest of a week or year as a span from the reference day", () => {
    expect(all("Das nimmt den Rest der Woche in Anspruch.")).toEqual(["Rest der Woche=2016-11-09..2016-11-13"]);
    expect(all("Für den Rest des Jahres bleibt das Amt zu.")).toEqual(["Rest des Jahres=2016-11-09..2016-12-31"]);
  });

  it("reads 'unter der Woche' and 'nächste Arbeitswoche' as Monday to Friday", () => {
    expect(all("Unter der Woche ist das Amt geöffnet.")).toEqual(["Unter der Woche=2016-11-07..2016-11-11"]);
    expect(all("Es wird nächste Arbeitswoche passieren.")).toEqual(["nächste Arbeitswoche=2016-11-14..2016-11-18"]);
  });
});

describe("weeks with a weekday, and a month with days inside it", () => {
  const all = (text: string, ref = "2016-11-07") => spans(text, ref);

  it("reads the weekday of a named week, and the Monday after the weekend", () => {
    expect(all("Übernächste Woche am Freitag ist er wieder da.")).toEqual(["Übernächste Woche am Freitag=2016-11-25..2016-11-25"]);
    expect(all("Das Treffen ist nächste Woche Montag.")).toEqual(["nächste Woche Montag=2016-11-14..2016-11-14"]);
    expect(all("Lass uns nach dem Wochenende reden.")).toEqual(["nach dem Wochenende=2016-11-14..2016-11-14"]);
  });

  it("joins a month and the days inside it into one date", () => {
    expect(all("Ich bin nächsten Monat vom 4. bis zum 23. weg.")).toEqual(["nächsten Monat vom 4. bis zum 23.=2016-12-04..2016-12-23"]);
    expect(all("Im November zwischen dem 19. und dem 20. bin ich nicht da.")).toEqual(["November zwischen dem 19. und dem 20.=2016-11-19..2016-11-20"]);
  });
});

describe("finders skip texts without the words they need", () => {
  // Every sentence this file tests, the fixtures, and random strings of date words: wherever a finder's
  // pattern matches, the text holds a word of each of its `needs` groups; otherwise skipping it would lose dates.
  const here = readFileSync(fileURLToPath(import.meta.url), "utf8");
  const sentences = [...here.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  const fixtures = ["fixtures/seeds", "fixtures/own"].flatMap((dir) => readdirSync(dir).map((name) => readFileSync(`${dir}/${name}`, "utf8")));
  const unmet = (text: string) =>
    FINDERS.filter((finder) => finder.needs && [...matchesOf(finder.pattern, text)].length > 0 && !finder.needs.every((group) => group.some((word) => text.toLowerCase().includes(word)))).map(
      (finder) => `${finder.shape}: ${text.slice(0, 80)}`,
    );

  it("holds for the sentences of this file and the fixtures", () => {
    expect(sentences.length).toBeGreaterThan(400);
    expect([...sentences, ...fixtures].flatMap(unmet)).toEqual([]);
  });

  it("holds for random strings of date words", () => {
    const PIECES = ["am", "im", "Im", "vom", "bis", "zum", "Ende", "ENDE", "Anfang", "Mitte", "des", "Jahres", "JAHRES", "Jahr", "Jahre", "nächsten", "letzten", "kommenden", "diesem", "Q", "Q3", "Quartal", "ersten", "2.", "Halbjahr",
      "Woche", "Wochenende", "Montag", "MONTAG", "Montagabend", "Sonnabend", "Tag", "Tagen", "Monat", "Monats", "heute", "Heute", "morgen", "Morgen", "übermorgen", "gestern", "Abend", "Nacht", "in der", "vor", "in", "Rest", "der",
      "Januar", "JANUAR", "Jänner", "Jan.", "Mär", "Mrz.", "Mai", "Sept.", "Dezember", "Sommer", "Frühjahr", "Weihnachten", "Ostern", "Pfingstmontag", "heuer", "Vorjahr", "zwanziger", "90er", "n. Chr.", "uZ",
      "1", "3.", "15", "15.", "2019", "85", "/", "-", " ", " ", ", ", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const text = parts.join(" ");
        expect(unmet(text)).toEqual([]);
      }),
      { numRuns: 4000, seed: 20261123 },
    );
  });

  it("the one-scan look-up of needed words finds what includes() finds", () => {
    const words = [...new Set(FINDERS.flatMap((finder) => (finder.needs ?? []).flat()))];
    const check = (text: string) => {
      const present = new Set(neededWordPlaces(text).places.keys());
      const lower = text.toLowerCase();
      expect(words.filter((word) => present.has(word) !== lower.includes(word))).toEqual([]);
    };
    for (const text of [...sentences, ...fixtures]) check(text);
    // Needed words inside and overlapping each other: "vorjahres" holds "vorjahr", "jahr" and "jahres".
    fc.assert(fc.property(fc.array(fc.constantFrom(...words, "vor", "es", "s", " ", "-", "Ä"), { maxLength: 10 }), (parts) => check(parts.join(""))), { numRuns: 3000, seed: 20261123 });
  });

  it("can fail: a finder whose needs miss a word it matches is found out", () => {
    const monthFinder = FINDERS.find((finder) => finder.shape === "month-year") as Finder;
    const wrong: Finder = { ...monthFinder, needs: [["quartal"]] };
    const text = "im Januar 2019";
    expect([...matchesOf(wrong.pattern, text)].length).toBe(1);
    expect(wrong.needs?.every((group) => group.some((word) => text.toLowerCase().includes(word)))).toBe(false);
  });
});

describe("deadline cues in long sentences", () => {
  it("reads the cues a few words before a date also at the end of a long sentence", async () => {
    const preamble = "und die Verwaltung der Stadt prüft die Anträge der Vereine ".repeat(8);
    const text = `Der Kreis ${preamble}und das neue Portal soll bis Ende 2025 fertig sein.`;
    const r = await extract(text, { referenceDate: "2024-03-01" });
    expect(r.deadlines.map((d) => [d.text, d.date, d.kind])).toEqual([["bis Ende 2025", "2025-12-31", "due"]]);
    const [from, to] = r.deadlines[0]?.offset ?? [0, 0];
    expect(r.body.slice(from, to)).toBe("bis Ende 2025");
    // Not vacuous: the date stands farther into its sentence than the cues are read back.
    expect(text.indexOf("2025")).toBeGreaterThan(300);
  });
});

describe("finders with needed words search only around them", () => {
  const here = readFileSync(fileURLToPath(import.meta.url), "utf8");
  const sentences = [...here.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  const fixtures = ["fixtures/seeds", "fixtures/own"].flatMap((dir) => readdirSync(dir).map((name) => readFileSync(`${dir}/${name}`, "utf8")));
  const at = (matches: Iterable<RegExpExecArray>) => [...matches].map((m): [number, string] => [m.index, m[0]]);
  /** The finders whose windowed matches differ from those of a scan of the whole text. */
  const differing = (text: string) => {
    const found = neededWordsFound(text);
    return FINDERS.filter((finder) => !finder.needs || finder.needs.every((group) => group.some((word) => found.places.has(word))))
      .filter((finder) => JSON.stringify(at(finderMatches(finder, text, found))) !== JSON.stringify(at(matchesOf(finder.pattern, text))))
      .map((finder) => `${finder.shape}: ${text.slice(0, 100)}`);
  };

  it("finds what a scan of the whole text finds, in this file's sentences and the fixtures", () => {
    expect([...sentences, ...fixtures].flatMap(differing)).toEqual([]);
  });

  it("finds what a scan of the whole text finds, in random runs of date words far apart and close", () => {
    const PIECES = ["am", "im", "Im", "vom", "bis", "bis zum", "bis Ende", "zum", "Ende", "Anfang", "Mitte", "des", "Jahres", "Jahr", "Jahre", "nächsten", "letzten", "kommenden", "diesem", "Q3", "Quartal", "ersten", "2.", "Halbjahr",
      "Woche", "Wochenende", "Montag", "Montagabend", "Tag", "Tagen", "Monat", "heute", "morgen", "übermorgen", "gestern", "Abend", "vor", "in", "Rest", "der", "den", "dem", "und", ",",
      "Januar", "Jänner", "Jan.", "März", "Mai", "Sept.", "Dezember", "Sommer", "Frühjahr", "Weihnachten", "Ostern", "Heilige Drei Könige", "heuer", "Vorjahr", "zwanziger", "90er", "n. Chr.",
      "1", "3.", "15", "15.", "2019", "2024", "/", "-", "–"];
    const SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\t \n", ""];
    const FILLER = "Der Rat der Stadt hat das Vorhaben nach langer Beratung angenommen und will es umsetzen.";
    const run = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SPACES)), { maxLength: 10 }).map((parts) => parts.map(([piece, space]) => piece + space).join(""));
    const text = fc.array(fc.tuple(run, fc.integer({ min: 0, max: 3 })), { maxLength: 5 }).map((runs) => runs.map(([words, fillers]) => words + ` ${FILLER}`.repeat(fillers)).join(" "));
    fc.assert(
      fc.property(text, (t) => {
        expect(differing(t)).toEqual([]);
      }),
      { numRuns: 4000, seed: 20261123 },
    );
  });

  it("counts a pattern's runs of white space, and spans of text in chunks", () => {
    const runs = (source: string) => whitespaceRunsOf(source);
    expect([runs("a\\s+b"), runs("bis zum"), runs("(?<!\\d\\.\\s*)x"), runs("\\s{2,}"), runs("[A-Za-z\\u00c0-\\u00d6]+"), runs("\\d{1,2}")]).toEqual([1, 1, 1, 1, 0, 0]);
    // Several runs from one atom: a group repeated a bounded number of times, a mixed atom repeated.
    expect([runs("(?:a\\s){2,3}"), runs("[,\\s]{2}"), runs("[\\u0000-\\u0030]"), runs("[\\u2003-\\u2004]+"), runs(".")]).toEqual([3, 2, 1, 1, 1]);
    // Any number of runs: nothing bounds the window.
    expect([runs("(?:\\s*,\\s*\\d)*"), runs("[,\\s]+"), runs("[^a]+"), runs(".*"), runs("(a)\\s+\\1")]).toEqual([null, null, null, null, null]);
    const notAsRegex = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => isSpaceCode(code) !== /\s/u.test(String.fromCharCode(code)));
    expect(notAsRegex).toEqual([]);
    const text = "aa bb  cc\ndd ee";
    expect(chunkWindows([[7, 9]], 0, text)).toEqual([[7, 9]]);
    expect(chunkWindows([[8, 9]], 1, text)).toEqual([[3, 12]]);
    expect(chunkWindows([[8, 9]], 9, text)).toEqual([[0, 15]]);
    // Windows that touch are one.
    expect(chunkWindows([[0, 2], [3, 5], [13, 15]], 0, text)).toEqual([[0, 2], [3, 5], [13, 15]]);
    expect(chunkWindows([[0, 2], [13, 15]], 1, text)).toEqual([[0, 5], [10, 15]]);
    expect(chunkWindows([[0, 2], [10, 12]], 1, text)).toEqual([[0, 5], [7, 15]]);
    expect(chunkWindows([[0, 2], [7, 9]], 1, text)).toEqual([[0, 12]]);
    // Anchors in one chunk share its window, also when that chunk is the whole text.
    expect(chunkWindows([[0, 1], [1, 2], [8, 9]], 0, text)).toEqual([[0, 2], [7, 9]]);
    const digits = "1".repeat(200_000);
    expect(chunkWindows(Array.from({ length: digits.length }, (_, at): [number, number] => [at, at + 1]), 3, digits)).toEqual([[0, 200_000]]);
  });

  it("cuts the same chunk windows as a walk over the characters, for any text, anchors and reach", () => {
    // The definition, character by character: back to the start of the anchor's chunk and `reach`
    // chunks further, on to the end of its chunk and `reach` chunks further; windows that touch are one.
    const walked = (anchors: [number, number][], reach: number, text: string) => {
      const space = (at: number) => isSpaceCode(text.charCodeAt(at));
      const windows: [number, number][] = [];
      for (const [anchorFrom, anchorTo] of anchors) {
        let from = anchorFrom;
        while (from > 0 && !space(from - 1)) from--;
        for (let chunk = 0; chunk < reach && from > 0; chunk++) {
          while (from > 0 && space(from - 1)) from--;
          while (from > 0 && !space(from - 1)) from--;
        }
        let to = anchorTo;
        while (to < text.length && !space(to)) to++;
        for (let chunk = 0; chunk < reach && to < text.length; chunk++) {
          while (to < text.length && space(to)) to++;
          while (to < text.length && !space(to)) to++;
        }
        const last = windows.at(-1);
        if (last && from <= last[1]) last[1] = Math.max(last[1], to);
        else windows.push([from, to]);
      }
      return windows;
    };
    const text = fc.array(fc.constantFrom("a", "Mai", "2024", " ", "  ", "\n", "\u00a0", ".", "-"), { maxLength: 40 }).map((parts) => parts.join(""));
    const drawn = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(fc.tuple(fc.nat(t.length), fc.integer({ min: 1, max: 4 })), { maxLength: 6 }).map((spans) =>
          spans
            .map(([from, length]): [number, number] => [Math.min(from, Math.max(0, t.length - 1)), Math.min(t.length, from + length)])
            // As the needed words: none starts or ends with white space.
            .filter(([from, to]) => from < to && !isSpaceCode(t.charCodeAt(from)) && !isSpaceCode(t.charCodeAt(to - 1)))
            .sort((a, b) => a[0] - b[0] || a[1] - b[1]),
        ),
        fc.integer({ min: 0, max: 5 }),
      ),
    );
    fc.assert(
      fc.property(drawn, ([t, anchors, reach]) => {
        expect(chunkWindows(anchors, reach, t)).toEqual(walked(anchors, reach, t));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    // One anchor, which may start or end on white space: the same window as the walk.
    const one = text.filter((t) => t.length > 0).chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length - 1), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })));
    fc.assert(
      fc.property(one, ([t, from, length, reach]) => {
        const anchor: [number, number] = [from, Math.min(t.length, from + length)];
        expect(chunkWindows([anchor], reach, t)).toEqual(walked([anchor], reach, t));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });

  it("tries a finder exactly when a word of each of its groups of needed words was found", () => {
    const words = [...new Set(FINDERS.flatMap((finder) => (finder.needs ?? []).flat()))];
    fc.assert(
      fc.property(fc.subarray(words), (found) => {
        const has = new Set(found);
        const rule = FINDERS.map((finder) => !finder.needs || finder.needs.every((group) => group.some((word) => has.has(word))));
        expect(findersThatMayMatch(found)).toEqual(rule);
      }),
      { numRuns: 500, seed: 20261124 },
    );
    // Nothing found: only the finders that need nothing.
    expect(findersThatMayMatch([])).toEqual(FINDERS.map((finder) => !finder.needs));
  });

  it("finds every needed word at the places a plain search finds it, also after some words are full", () => {
    const words = [...new Set(FINDERS.flatMap((finder) => (finder.needs ?? []).flat()))];
    // Every place where a needed word begins, the first thousand per word: what neededWordPlaces() promises.
    const plain = (text: string) => {
      const lower = text.toLowerCase();
      const places = new Map<string, number[]>();
      for (let p = 0; p < lower.length; p++) {
        for (const word of words) {
          if (!lower.startsWith(word, p)) continue;
          const at = places.get(word) ?? [];
          if (at.length < 1000) at.push(p);
          places.set(word, at);
        }
      }
      return places;
    };
    const sorted = (places: Map<string, number[]>) => [...places].sort(([a], [b]) => (a < b ? -1 : 1));
    // Runs long enough to fill digits (and sometimes "mai" or "20") before other words come.
    const piece = fc.constantFrom("1", "2024 ", "20", "0", "9.", "Mai ", "mai", "März", "Jahr ", "Ende ", " ", "bis ", "x", "Wochenende", "Ostermontag ", "Tag der Arbeit", "İ");
    const run = fc.tuple(piece, fc.integer({ min: 1, max: 700 })).map(([p, n]) => p.repeat(n));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), (runs) => {
        const text = runs.join("");
        expect(sorted(neededWordPlaces(text).places)).toEqual(sorted(plain(text)));
      }),
      { numRuns: 150, seed: 20261123 },
    );
    // A word is left out of the search only once it is full: "0" has 999 places when the full "1" is met.
    const zeros = `${"1".repeat(1000)}${"0".repeat(999)}10`;
    expect(neededWordPlaces(zeros).places.get("0")).toHaveLength(1000);
    // Digits fill first; the month and the year after them are still found where they stand.
    const text = `${"2024 ".repeat(1200)}bis Ende Mai 2026`;
    expect(neededWordPlaces(text).places.get("mai")).toEqual([text.indexOf("Mai")]);
    expect(sorted(neededWordPlaces(text).places)).toEqual(sorted(plain(text)));
  });

  it("lists a thousand places of a word at most, and then scans the whole text", () => {
    const text = `${"Tabelle 1111111111 ".repeat(150)}Frist: bis zum 3. Mai 2025.`;
    expect(neededWordPlaces(text).places.get("1")).toHaveLength(1000);
    const found = neededWordsFound(text);
    const numeric = FINDERS.filter((finder) => finder.needs?.[0]?.includes("0"));
    expect(numeric.length).toBeGreaterThan(5);
    for (const finder of numeric) expect(at(finderMatches(finder, text, found))).toEqual(at(matchesOf(finder.pattern, text)));
    expect(findTemporal(text, "2025-01-01").map((m) => m.text)).toContain("3. Mai 2025");
  });

  it("can fail: a window a chunk too short loses a match", () => {
    const text = `${"Der Rat tagt. ".repeat(40)}Am Montag, den 3.   März 2025 tagt er.`;
    const found = neededWordsFound(text);
    const dayMonth = FINDERS.find((finder) => finder.shape === "day-month") as Finder;
    const full = at(matchesOf(dayMonth.pattern, text));
    expect(full.map(([, m]) => m)).toEqual(["Montag, den 3.   März 2025"]);
    expect(at(finderMatches(dayMonth, text, found))).toEqual(full);
    // The same finder with a reach of one run of white space fewer than its pattern may cross.
    const places: [number, number][] = (found.places.get("mär") ?? []).map((p) => [p, p + 3]);
    const runs = whitespaceRunsOf(dayMonth.pattern.source) as number;
    const short = (reach: number) => at(matchesInWindows(dayMonth.pattern, cutWindows(chunkWindows(places, reach, text), text)));
    expect(short(runs)).toEqual(full);
    expect(short(2)).not.toEqual(full);
  });
});
