import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import * as api from "../src/index.js";
import { splitSentences } from "../src/util/sentences.js";
import { parseNumberWord } from "../src/util/numbers.js";
import { VERSION } from "../src/version.js";
import { withoutUnread } from "../src/util/markup.js";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { TEASER_END } from "../src/locales/de/page.js";
import type { Block } from "../src/types.js";
import { endsLikeTeaser, isProse, isTeaser } from "../src/util/page.js";
import { Coverage } from "../src/util/coverage.js";

describe("reading", () => {
  it("refuses as binary a file whose first 8 KB are more than 5 % control characters, NUL or not", async () => {
    const line = "Der Kreistag tagt am Montag im Rathaus.\n";
    const withControls = (share: number) => {
      const bytes = new TextEncoder().encode(line.repeat(400));
      // Control characters (not tab, line or page breaks) spread over the first 8 KB at the given share.
      const every = Math.round(1 / share);
      for (let at = 0; at < 8192; at += every) bytes[at] = 0x01;
      return bytes;
    };
    await expect(extract(withControls(0.08))).rejects.toThrow("binary file");
    expect((await extract(withControls(0.02))).body).toContain("Kreistag");
  });
});

describe("sentences", () => {
  it("does not split at abbreviations or ordinal dots", () => {
    const s = splitSentences("Dr. Müller kommt am 1. Mai 2019. Er bringt z. B. 3 Mio. Euro mit. Danach digitalisieren.Hierzu passt das.");
    expect(s.map((x) => x.text)).toEqual(["Dr. Müller kommt am 1. Mai 2019.", "Er bringt z. B. 3 Mio. Euro mit.", "Danach digitalisieren.", "Hierzu passt das."]);
  });
});

describe("number words", () => {
  it.each([["zweihundertfünfzig", 250], ["einundzwanzig", 21], ["anderthalb", 1.5], ["zweieinhalb", 2.5], ["dreitausendvierhundert", 3400], ["Tisch", null]])("%s", (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });
});

describe("people, places, organisations", () => {
  const page = "Kicker:\nTitel\n\n[05.03.2021] Wirtschaftsminister Andreas Pinkwart traf Michael Dreier, Bürgermeister von Paderborn, und Armin Laschet (CDU) in Essen. Pinkwart lobte die Franz-Liszt-Mittelschule in NRW. Die Uni Siegen und die con terra GmbH beraten das Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie. Das Essen war gut, die Lage in Bayerns Kommunen ruhig.";
  it("finds people with roles and merges surname mentions", async () => {
    const r = await extract(page);
    expect(r.people.map((p) => [p.name, p.role, p.mentions])).toEqual([
      ["Andreas Pinkwart", "Wirtschaftsminister", 2],
      ["Michael Dreier", "Bürgermeister von Paderborn", 1],
      ["Armin Laschet", "CDU", 1],
    ]);
  });
  it("finds places by canonical name and needs a cue for common words (\"Uni Siegen\" is one)", async () => {
    const r = await extract(page);
    expect(r.places.map((p) => [p.name, p.type, p.mentions])).toEqual([
      ["Paderborn", "city", 1],
      ["Essen", "city", 1],
      ["Nordrhein-Westfalen", "state", 1],
      ["Siegen", "city", 1],
      ["Bayern", "state", 1],
    ]);
  });
  it("finds organisations", async () => {
    const r = await extract(page);
    expect(r.organizations.map((o) => o.name)).toEqual(["Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie", "CDU", "Uni Siegen", "con terra GmbH"]);
  });
  it("gives offsets that point at the text", async () => {
    const r = await extract(page);
    for (const item of [...r.people, ...r.places, ...r.organizations, ...r.dates, ...r.amounts]) {
      const fieldText = item.field === "body" ? r.body : item.field === "lead" ? r.lead : r.title;
      const [from, to] = item.offset as [number, number];
      expect(fieldText?.slice(from, to).length).toBe(to - from);
    }
    const dreier = r.people[1];
    expect(dreier?.field).toBe("body");
    expect(r.body.slice(...(dreier?.offset ?? [0, 0]))).toBe("Michael Dreier");
  });
});

describe("public API", () => {
  it("exports only extract, the index builder, the schema, the error type and the version", () => {
    expect(Object.keys(api).sort()).toEqual(["InputError", "SCHEMAS", "buildIndex", "extract", "version"]);
    expect(VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});

describe("places from the gazetteer", () => {
  const placesOf = async (text: string) => (await extract(text)).places.map((p) => [p.name, p.type]);
  it("names districts with their type, also in lists and after a Landrat", async () => {
    expect(await placesOf("Beteiligt sind die Landkreise Bernkastel-Wittlich, Coesfeld und Potsdam-Mittelmark. Landrat Sven Hinterseh (Schwarzwald-Baar-Kreis) und Landrat Martin Kistler (Waldshut) sind dabei.")).toEqual([
      ["Landkreis Bernkastel-Wittlich", "district"],
      ["Landkreis Coesfeld", "district"],
      ["Landkreis Potsdam-Mittelmark", "district"],
      ["Schwarzwald-Baar-Kreis", "district"],
      ["Landkreis Waldshut", "district"],
    ]);
  });
  it("gives a bare 'Kreis' its official type and keeps the town apart", async () => {
    expect(await placesOf("Das Portal kommt von Stadt und Kreis Lüneburg und vom Kreis Segeberg.")).toEqual([
      ["Lüneburg", "city"],
      ["Landkreis Lüneburg", "district"],
      ["Kreis Segeberg", "district"],
    ]);
  });
  it("finds villages after a cue or in a list, and city districts after 'Stadtteilen'", async () => {
    expect(await placesOf("Die Samtgemeinden Amelinghausen und Scharnebeck sowie Bleckede machen mit. In den Stadtteilen Dierkow, Toitenwinkel und Gehlsdorf gibt es Glasfaser.")).toEqual([
      ["Amelinghausen", "city"],
      ["Scharnebeck", "city"],
      ["Bleckede", "city"],
      ["Dierkow", "other"],
      ["Toitenwinkel", "other"],
      ["Gehlsdorf", "other"],
    ]);
  });
  it("reads abbreviated names, slashes, and leaves sites and common words alone", async () => {
    // "Eislingen" alone is no name of the gazetteer: only its slashed form is.
    expect(await placesOf("In Rosbach v. d. Höhe, Eislingen/Fils und Heringen/Helme tagte man, dann ging es nach Kiel/Berlin. Das Schloss Raesfeld lag in der Lage, das Essen war gut.")).toEqual([
      ["Rosbach vor der Höhe", "city"],
      ["Eislingen/Fils", "city"],
      ["Heringen/Helme", "city"],
      ["Kiel", "city"],
      ["Berlin", "state"],
    ]);
  });
});

describe("people: surnames alone, reversed appositions, credits, bylines", () => {
  const peopleOf = async (text: string) => (await extract(text)).people.map((p) => [p.name, p.role]);
  it("finds a surname after a role or a form of address, or before a party", async () => {
    expect(await peopleOf("Im Gespräch mit Bundeskanzler Merz (CDU) einigte man sich. Herr Walker berichtete davon. Die Oberbürgermeisterin, Kalisch (Grüne), widersprach.")).toEqual([
      ["Merz", "Bundeskanzler"],
      ["Walker", null],
      ["Kalisch", "Grüne"],
    ]);
  });
  it("reads a role before the name, after 'ist', and an affiliation", async () => {
    expect(await peopleOf("Das sagte der Präsident des Deutschen Landkreistages, Reinhard Sager. Dennis-Kenji Kipker ist Professor für IT-Sicherheitsrecht. „Gut“, teilt Cathleen Bethge aus der Öffentlichkeitsarbeit mit.")).toEqual([
      ["Reinhard Sager", "Präsident des Deutschen Landkreistages"],
      ["Dennis-Kenji Kipker", "Professor für IT-Sicherheitsrecht"],
      ["Cathleen Bethge", "Öffentlichkeitsarbeit"],
    ]);
  });
  it("leaves photographers, nouns after roles and the byline author out", async () => {
    const r = await extract("Titel\n\nVon Klaus Schieder, Bad Tölz\n\nDer Oberbürgermeister von Leipzig, Burkhard Jung (SPD) (picture alliance / dpa / Martin Schutt), sprach mit dem Abteilungsleiter Informationstechnik Müller. Ein Foto: ©Siegfried Spengler.\n\nMitarbeit: Klaus Schieder");
    expect(r.author?.name).toBe("Klaus Schieder");
    expect(r.people.map((p) => p.name)).toEqual(["Burkhard Jung"]);
    expect(r.body).not.toContain("Von Klaus Schieder");
  });
});

describe("adjectival places", () => {
  it("lists a place named only as an adjective as adjectival, and not when the noun occurs too", async () => {
    const r = await extract("Die estnischen Behörden und die Rostocker Gesellschaft arbeiten mit Bayern. Die bayerische Staatsregierung stimmt zu.");
    expect(r.places.map((p) => [p.name, p.adjectival])).toEqual([
      ["Bayern", false],
      ["Estland", true],
      ["Rostock", true],
    ]);
  });
});

describe("scripts and styles are not read", () => {
  const strip = (html: string) => Buffer.from(withoutUnread(Buffer.from(html, "utf8"))).toString("utf8");

  it("empties script and style elements, keeps JSON-LD, and leaves everything else byte for byte", () => {
    expect(strip(`<p>Köln</p><script>var a = "<p>nein</p>";</script><style>p{}</style><p>ja</p>`)).toBe(`<p>Köln</p><script></script><style></style><p>ja</p>`);
    expect(strip(`<script type="application/ld+json">{"headline":"Titel"}</script>`)).toBe(`<script type="application/ld+json">{"headline":"Titel"}</script>`);
    expect(strip(`<SCRIPT src='a>b' defer>x()</Script ><p>ü</p>`)).toBe(`<SCRIPT  ></Script ><p>ü</p>`);
    // What the parser would not take for an element stays: inside a comment, in an attribute, another name, no end.
    for (const html of [`<!-- <script> --><p>Text</p></script>`, `<p class="<style>">Text</p></style>`, `<scripts>Text</scripts></script>`, `<p>Text</p><script>x(`, `<script>a</scriptx>b`]) {
      expect(strip(html)).toBe(html);
    }
    expect(strip(`<script>a</scriptx>b</script>c`)).toBe(`<script></script>c`);
  });

  it("takes out the attributes the parse stage does not read, empties those it reads the presence of, and keeps the others", () => {
    expect(strip(`<a href="/x?a=1&amp;b=2" class="teaser" data-track='{"a":1}' title=Köln>Text</a>`)).toBe(`<a href="" class="teaser"  >Text</a>`);
    expect(strip(`<details hidden="until-found" open>`)).toBe(`<details hidden="" >`);
    // After a "/" that does not end the tag, taking an attribute out would make the tag self-closing.
    expect(strip(`<path / d="M0 0"><p class=x / title=y>`)).toBe(`<path / d=""><p class=x / title=y>`);
    expect(strip(`<meta property="og:title" content="Köln"><time datetime="2024-05-06" itemprop="datePublished">`)).toBe(`<meta property="og:title" content="Köln"><time datetime="2024-05-06" itemprop="datePublished">`);
    // A second "type" is not the script's type to the parser, so the script is not JSON-LD.
    expect(strip(`<script type="text/x" type="application/ld+json">{}</script>`)).toBe(`<script type="text/x" type="application/ld+json"></script>`);
    // "<script / >" and "</script/>": htmlparser2 takes the first for self-closing, the second for no end.
    expect(strip(`<script / ><p>a</p></script>`)).toBe(`<script / ><p>a</p></script>`);
    expect(strip(`<script>a</script/>b</script>`)).toBe(`<script></script>`);
    // The parser decodes entities in a type: this one says JSON-LD.
    expect(strip(`<script type="application/ld&#43;json">{}</script>`)).toBe(`<script type="application/ld&#43;json">{}</script>`);
    // What the parser reads as an unquoted value or as an attribute's name goes, and what follows it stays as
    // text: U+000B is no white space to it, and a name may begin with "=".
    expect(strip(`<a b=\u000b"x>Text">`)).toBe(`<a >Text">`);
    expect(strip(`<p ="x>Text">`)).toBe(`<p >Text">`);
  });

  it("still finds the title and date in JSON-LD, and nothing of the scripts in the text", async () => {
    const body = "<p>Die Stadt Köln investiert drei Millionen Euro in ihre Bürgerbüros, wie die Verwaltung am Montag mitteilte.</p>".repeat(3);
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Köln digitalisiert Bürgerbüros","datePublished":"2024-05-06"}</script><script>document.write("<p>Werbung im Skript, die niemand lesen soll, mit genug Wörtern für einen Absatz.</p>")</script><style>.x::before{content:"Stil"}</style></head><body><article><h1>Köln digitalisiert Bürgerbüros</h1>${body}</article></body></html>`;
    const r = await extract(html, { source: "page.html" });
    expect(r.title).toBe("Köln digitalisiert Bürgerbüros");
    expect(r.date).toBe("2024-05-06");
    expect(`${r.lead ?? ""} ${r.body}`).not.toMatch(/Werbung|Stil/);
    expect(r.body).toContain("drei Millionen Euro");
  });
});

describe("HTML pages", () => {
  it("takes the standfirst from the description when the text container lacks it, and cuts the kicker off the h1", async () => {
    const html = `<html><head><meta name="description" content="Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag, sie belastet auch die Module."></head><body>
      <h1><span class="kicker">Energie</span> Schnee auf dem Dach</h1><div class="intro">Teaser</div>
      <div class="text"><p>Doch nicht nur der fehlende Stromertrag sorgt für Kopfzerbrechen. Wie der TÜV Rheinland berichtet, können Module brechen.</p>
      <p>Betreiber sollten die Anlage deshalb nach starkem Schneefall prüfen lassen, rät der Verband der Installateure.</p></div>
      <div class="news">Erster Absatz eines Textes ohne Absatzelemente, der nur mit Zeilenumbrüchen gesetzt ist und lang genug ist.<br><br>Zweiter Absatz desselben Textes, ebenfalls lang genug, um als Fließtext zu gelten, bitte sehr.<br><br></div></body></html>`;
    const r = await extract(html, { source: "page.html" });
    expect(r.title).toBe("Schnee auf dem Dach");
    expect(r.lead).toContain("Eine Schneedecke auf der Photovoltaikanlage");
    expect(r.body).toContain("Doch nicht nur der fehlende Stromertrag");
  });

  it("reads tags written in capitals as those in small letters", async () => {
    const html = `<html><head><meta name="description" content="Der Kreis baut bis 2027 vierzig Kilometer Radweg aus."></head><body>
      <NAV><A HREF="/">Start</A> <A HREF="/kreis">Kreis</A></NAV><ARTICLE><H1>Kreis baut Radwege aus</H1>
      <P>Bis 2027 sollen im Kreis Coesfeld vierzig Kilometer Radweg entstehen, sagte Landrat Christian Schulze Pellengahr.</P>
      <P>Das Land zahlt dafür 4,5 Millionen Euro, der Kreis trägt den Rest aus dem eigenen Haushalt des Jahres.</P></ARTICLE>
      <FOOTER><P>Impressum und Datenschutz der Seite, mit einem langen Satz, der nicht zum Artikel gehört.</P></FOOTER></body></html>`;
    const small = await extract(html.replace(/<(\/?)([A-Z]+)/g, (_, slash: string, name: string) => `<${slash}${name.toLowerCase()}`), { source: "small.html" });
    const capitals = await extract(html, { source: "capitals.html" });
    expect(capitals.title).toBe("Kreis baut Radwege aus");
    expect(capitals.body).toContain("4,5 Millionen Euro");
    expect(capitals.body).not.toContain("Impressum");
    expect({ ...capitals, source: "", sha256: "" }).toEqual({ ...small, source: "", sha256: "" });
  });

  it("finds the article the page title names on a page that prints several in full under a section h1", async () => {
    const article = (heading: string, sentence: string, times: number) =>
      `<h2>${heading}</h2><div class="content">${`<p>${sentence} Der Satz steht hier, damit der Absatz lang genug für Fließtext ist.</p>`.repeat(times)}</div>`;
    const html = `<html><head><meta property="og:title" content="Kreis baut Radwege aus"></head><body><h1>Aktuelle Artikel</h1>
      ${article("Neue Schulbusse für das Umland", "Der Kreis kauft zwölf neue Busse für den Schulverkehr.", 6)}
      ${article("Kreis baut Radwege aus", "Bis 2027 sollen vierzig Kilometer Radweg entstehen.", 3)}
      ${article("Theater spielt wieder", "Das Stadttheater öffnet nach der Sanierung im Herbst.", 8)}</body></html>`;
    const r = await extract(html, { source: "feed.html" });
    expect(r.title).toBe("Kreis baut Radwege aus");
    expect(r.body).toContain("vierzig Kilometer Radweg");
    expect(r.body).not.toContain("Schulbusse");
    expect(r.body).not.toContain("Stadttheater");
  });

  it("cuts a kicker off the h1 where a separator hidden from screen readers sets it off", async () => {
    const top = `<h1><span class="head">Haushalt 2025</span><span aria-hidden="true"> – </span><span>Kreistag beschließt den Haushalt</span></h1>`;
    expect((await extract(page("", top), { source: "h.html" })).title).toBe("Kreistag beschließt den Haushalt");
    // A hidden element that is no separator (an icon's label) leaves the headline whole.
    const icon = `<h1><span aria-hidden="true">Symbol</span> Kreistag beschließt den Haushalt</h1>`;
    expect((await extract(page("", icon), { source: "h.html" })).title).toBe("Symbol Kreistag beschließt den Haushalt");
  });

  it("joins the sections of an article that each wrap a subheading and their text", async () => {
    const section = (heading: string, sentence: string, times: number) =>
      `<div class="section"><h2>${heading}</h2><div class="textflow">${`<p>${sentence} Dazu kommt ein zweiter Satz, der den Absatz lang genug macht.</p>`.repeat(times)}</div></div>`;
    const html = `<html><head><title>Heizen mit Restholz</title></head><body><h1>Heizen mit Restholz</h1><div class="body">
      ${section("Die Idee", "Ein Landwirt presst dünne Äste zu Ballen.", 5)}
      ${section("Die Presse", "Die Hydraulik stammt aus einem alten Müllwagen.", 3)}
      ${section("Der Ertrag", "Ein Ballen wiegt rund zwölf Kilogramm.", 3)}</div>
      <div class="footer-note">Newsletter bestellen</div></body></html>`;
    const r = await extract(html, { source: "sections.html" });
    expect(r.body).toContain("dünne Äste");
    expect(r.body).toContain("alten Müllwagen");
    expect(r.body).toContain("zwölf Kilogramm");
  });

  it("leaves teaser links, share bars, follow bars and 'Lesen Sie hier' lines inside the text out of it", async () => {
    const p = (sentence: string) => `<p>${sentence} Ein zweiter Satz sorgt dafür, dass der Absatz als Fließtext gilt.</p>`;
    const html = `<html><head><title>Tauben im Dome</title></head><body><h1>Tauben im Dome</h1><div class="article">
      ${p("Die Feuerwehr hat am Dienstag mehrere Tauben aus den Netzen befreit.")}
      <ul><li><a href="/sport/123">Spielabbruch in der Kreisliga nach Rangelei</a></li></ul>
      <div>Auf Facebook teilen In Messenger teilen Auf Twitter teilen</div>
      <div>Folge mir Entfolgen Folge Ina Beispiel auf Twitter</div>
      ${p("Die Tierhilfe fand mehrere große Löcher in den Netzen.")}
      <p>Lesen Sie hier: Neue Regeln für Stadttauben</p>
      ${p("Die Stadt will die Netze bis zum Sommer ersetzen.")}</div></body></html>`;
    const r = await extract(html, { source: "dome.html" });
    expect(r.body).toContain("große Löcher");
    expect(r.body).toContain("bis zum Sommer ersetzen");
    for (const furniture of ["Spielabbruch", "teilen", "Entfolgen", "Neue Regeln für Stadttauben"]) expect(r.body).not.toContain(furniture);
  });

  const page = (head: string, top: string) => `<html><head>${head}</head><body>${top}
    <div class="text"><p>Der Kreistag hat am Abend den Haushalt für das kommende Jahr beschlossen, mit breiter Mehrheit und ohne Gegenstimmen.</p>
    <p>Die Verwaltung hatte den Entwurf im Herbst eingebracht; die Fraktionen hatten ihn in drei Sitzungen beraten.</p></div></body></html>`;

  it("leaves a heading that ends the text out of it: it heads the box after the article", async () => {
    const top = "<h1>Kreistag beschließt den Haushalt</h1>";
    const teaser = "<li><a href='/a'>Der Landrat erklärt im Interview, warum der Kreis trotz sinkender Einnahmen keine neuen Schulden aufnimmt.</a></li>";
    const html = page("", top).replace("</div></body>", `<h2>Haushalt 2025 im Überblick: alle Zahlen, Posten und Investitionen des Kreises für das kommende Jahr</h2><ul>${teaser}${teaser}</ul></div></body>`);
    const r = await extract(html, { source: "h2.html" });
    expect(r.body).toContain("in drei Sitzungen beraten");
    expect(r.body).not.toContain("alle Zahlen, Posten");
  });

  it("takes no caption that opens with its copyright as the standfirst", async () => {
    const head = `<meta name="description" content="Der Kreis legt einen Haushalt ohne neue Schulden vor und investiert in Schulen und Radwege.">`;
    const top = `<h1>Kreistag beschließt den Haushalt</h1><p>© Agentur Beispiel/Ina Muster Die Abgeordneten stimmten am Abend im großen Saal des Kreishauses ab, nach langer Debatte.</p>`;
    expect((await extract(page(head, top), { source: "c.html" })).lead).toBe("Der Kreis legt einen Haushalt ohne neue Schulden vor und investiert in Schulen und Radwege.");
  });

  it("takes the day printed by the headline over the metadata, and a date below the headline over one above it", async () => {
    const meta = `<meta property="article:published_time" content="2024-03-02T05:00:00+01:00">`;
    const top = `<div class="teaser">Haushalt 2023 <span>12. Dezember 2022</span></div><h1>Kreistag beschließt den Haushalt</h1>
      <p class="byline">VON INA BEISPIEL am 28. Februar 2024</p>`;
    expect((await extract(page(meta, top), { source: "p.html" })).date).toBe("2024-02-28");
    const attribute = `<h1>Kreistag beschließt den Haushalt</h1><div data-date="27. Februar 2024" class="timeline"></div>`;
    expect((await extract(page("", attribute), { source: "p.html" })).date).toBe("2024-02-27");
    expect((await extract(page(meta, "<h1>Kreistag beschließt den Haushalt</h1>"), { source: "p.html" })).date).toBe("2024-03-02");
  });

  it("takes the h1 the page title repeats when the site's name is an h1 too", async () => {
    const head = `<meta property="og:title" content="Kreistag beschließt den Haushalt - KREISBLATT">`;
    const r = await extract(page(head, "<h1>KREISBLATT</h1><h1>Kreistag beschließt den Haushalt</h1>"), { source: "p.html" });
    expect(r.title).toBe("Kreistag beschließt den Haushalt");
  });
});

describe("article containers and boxes", () => {
  const para = (n: number) =>
    `<p>Absatz ${n}: Der Kreistag hat über den Haushalt beraten und die Mittel für Schulen und Straßen im Kreis neu verteilt, so die Verwaltung.</p>`;

  it("joins sibling containers that hold a good share of the prose (an article split into parts)", async () => {
    const html = `<html><body><div class="story"><div class="part">${para(1)}${para(2)}${para(3)}</div><div class="ad">Anzeige</div>
      <div class="part">${para(4)}${para(5)}</div></div><div class="more"><a href="/x">Weitere Meldungen aus dem Kreis</a></div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(`${r.lead}\n${r.body}`).toContain("Absatz 1:");
    expect(r.body).toContain("Absatz 5:");
    expect(r.body).not.toContain("Anzeige");
  });

  it("counts divs that each hold one paragraph of text as paragraphs (no <p> on the page)", async () => {
    const div = (n: number) => `<div class="absatz">Absatz ${n}: Der Kreistag hat über den Haushalt beraten und die Mittel für Schulen und Straßen im Kreis neu verteilt.</div>`;
    const html = `<html><body><div class="promo"><p>Jetzt die digitale Ausgabe lesen, auf allen Geräten.</p></div>
      <div class="story">${div(1)}${div(2)}${div(3)}</div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(`${r.lead}\n${r.body}`).toContain("Absatz 1:");
    expect(r.body).toContain("Absatz 3:");
    expect(`${r.lead}\n${r.body}`).not.toContain("digitale Ausgabe");
  });

  it("takes the paragraph under the headline as the lead when it stands outside the text container", async () => {
    const html = `<html><body><header><h1>Kreistag beschließt den Haushalt</h1><p class="byline">Von Ina Beispiel</p>
      <h2>Mehr Geld für Schulen und Straßen: Der Kreistag hat den Haushalt mit breiter Mehrheit beschlossen.</h2></header>
      <div class="text">${para(1)}${para(2)}</div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(r.lead).toBe("Mehr Geld für Schulen und Straßen: Der Kreistag hat den Haushalt mit breiter Mehrheit beschlossen.");
    expect(r.body).toContain("Absatz 1:");
  });

  it("treats an anchor without href as text, not as a link", async () => {
    const html = `<html><body><div class="text">${para(1)}<p><strong>Frage: </strong><a name="q1">Wie lange hat der Kreistag über den Haushalt beraten, und welche Fraktionen haben am Ende zugestimmt, welche nicht, und warum eigentlich? Und was sagen die Bürgermeisterinnen und Bürgermeister der Gemeinden im Kreis dazu, dass die Umlage steigt?</a></p>${para(2)}</div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(r.body).toContain("Wie lange hat der Kreistag");
  });

  it("joins the parts of an article that each sit in a wrapper of their own, and a deck h2 without a full stop", async () => {
    const part = (a: number, b: number) => `<div class="html"><div class="text">${para(a)}${para(b)}</div></div><script>ad()</script>`;
    const html = `<html><body><h1>Kreistag beschließt den Haushalt</h1><h2>Mehr Geld für Schulen und Straßen im ganzen Kreis, neue Stellen im Amt und eine Umlage, die sinkt</h2>
      <div class="story">${part(1, 2)}${part(3, 4)}${part(5, 6)}</div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(r.lead).toBe("Mehr Geld für Schulen und Straßen im ganzen Kreis, neue Stellen im Amt und eine Umlage, die sinkt");
    for (const n of [1, 3, 6]) expect(r.body).toContain(`Absatz ${n}:`);
  });

  it("drops an image caption that ends with its credit, and keeps the paragraph before it", async () => {
    const long = "Eileen Gu (Freestyle): Seit 2019 startet die in den USA geborene Sportlerin für China; sie gilt als Musterschülerin und gewann in der Saison drei Weltcups.";
    const html = `<html><body><div class="text">${para(1)}<p>${long}</p><p>Eileen Gu, Freestylerin. © AGENTUR / INA BEISPIEL</p>${para(2)}</div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(r.body).toContain("gilt als Musterschülerin");
    expect(r.body).not.toContain("INA BEISPIEL");
  });

  it("keeps short paragraphs of the chosen HTML container (an interview's short answers)", async () => {
    const html = `<html><body><div class="text">${para(1)}<p>Wo waren Sie da?</p>${para(2)}<p>Gerne. Bis morgen.</p></div></body></html>`;
    const r = await extract(html, { source: "p.html" });
    expect(r.body).toContain("Wo waren Sie da?");
    expect(r.body).toContain("Gerne. Bis morgen.");
  });

  it("skips a 'Lesen Sie auch' box between two paragraphs and goes on with the article", async () => {
    const prose = (n: number) => `Absatz ${n}: Der Kreistag hat über den Haushalt beraten und die Mittel für Schulen und Straßen im Kreis neu verteilt.`;
    const text = `Kreistag beschließt den Haushalt\n\n${prose(1)}\n\n${prose(2)}\n\nLesen Sie auch\n\nNeue Busse für die Kreisstadt\n\n${prose(3)}\n\n${prose(4)}\n\nWeitere Meldungen\n\nStraßenbau im Süden`;
    const r = await extract(text);
    expect(r.body).toContain("Absatz 4:");
    expect(r.body).not.toContain("Neue Busse");
    expect(r.body).not.toContain("Lesen Sie auch");
    expect(r.body).not.toContain("Straßenbau im Süden");
  });
});

describe("authors among the people", () => {
  it("leaves the byline author out, but keeps an author the body writes about (an author box)", async () => {
    const text = (box: string) =>
      `Kreistag beschließt den Haushalt\n\nVon Ina Beispiel\n\nDer Kreistag hat am Abend den Haushalt für das kommende Jahr beschlossen, mit breiter Mehrheit und ohne Gegenstimmen.\n\nDie Verwaltung hatte den Entwurf im Herbst eingebracht, sagte Landrat Olaf Muster.${box}`;
    const names = async (box: string) => (await extract(text(box))).people.map((p) => p.name);
    expect(await names("")).toEqual(["Olaf Muster"]);
    expect(await names("\n\nIna Beispiel ist Redakteurin und schreibt seit zehn Jahren über die Kreispolitik.")).toContain("Ina Beispiel");
  });
});

describe("kickers on the headline line", () => {
  const head = async (firstLines: string) => {
    const r = await extract(`${firstLines}\n\nDie Stadt hat am Montag ein neues Portal für Anträge freigeschaltet, das die Verwaltung in zwei Jahren entwickelt hat.\n\nDie Bürgerinnen und Bürger können damit Anträge rund um die Uhr stellen, sagte die Bürgermeisterin bei der Vorstellung.`);
    return [r.kicker, r.title];
  };
  it.each([
    ["Landeshauptstadt: Das Rathaus digitalisiert sich", "Landeshauptstadt", "Das Rathaus digitalisiert sich"],
    ['Digitalisierung:"Zeitenwende" im Landratsamt', "Digitalisierung", '"Zeitenwende" im Landratsamt'],
    ["E-Government in EuropaDer Blick gen Norden", "E-Government in Europa", "Der Blick gen Norden"],
    ["NordthüringenAlternative zur Cloud", "Nordthüringen", "Alternative zur Cloud"],
    ["Interview: Was die Kommunen jetzt brauchen", null, "Was die Kommunen jetzt brauchen"],
    ["Digitale Verwaltung: NRW will Estland einholen", null, "Digitale Verwaltung: NRW will Estland einholen"],
  ])("%s", async (line, kicker, title) => {
    expect(await head(line)).toEqual([kicker, title]);
  });
});

describe("headline blocks", () => {
  const lead = "Die Stadt hat am Montag ein neues Portal für Anträge freigeschaltet, das die Verwaltung in zwei Jahren entwickelt hat.";
  const body = "Die Bürgerinnen und Bürger können damit Anträge rund um die Uhr stellen, sagte die Bürgermeisterin bei der Vorstellung.";
  const header = async (headerLines: string, bodyText = body) => {
    const r = await extract(`${headerLines}\n\n${lead}\n\n${bodyText}`);
    return { kicker: r.kicker, title: r.title, author: r.author?.name ?? null, publisher: r.publisher };
  };

  it("reads kicker, short headline and a long deck stacked above the lead", async () => {
    const r = await header("Digitales Rathaus in Münster\n\nAbgehakt\n\nWarum die Stadt ihre Anträge nur noch online annimmt");
    expect([r.kicker, r.title]).toEqual(["Digitales Rathaus in Münster", "Abgehakt"]);
  });

  it("keeps two lines as kicker and headline, and a masthead above a headline out of the title", async () => {
    expect((await header("Verwaltung\n\nMünster schaltet das Antragsportal frei")).title).toBe("Münster schaltet das Antragsportal frei");
    expect((await header("Stadtwerke\n\nAbgehakt\n\nMünster schaltet frei")).title).toBe("Münster schaltet frei");
  });

  it("skips a category after a bar and a generic heading under the headline, and a repeated headline", async () => {
    expect((await header("Münster schaltet das Antragsportal frei\n\n|Verwaltung und Digitales")).title).toBe("Münster schaltet das Antragsportal frei");
    expect((await header("Antragsportal Münster\nAntragsportal Münster\nProjektbeschreibung")).title).toBe("Antragsportal Münster");
  });

  it("reads no headline from a document's section label right above the text", async () => {
    expect((await header("Beschlussvorlage - 2024/BV/0815\n\nBeschlussvorschlag:")).title).toBeNull();
  });

  it("keeps an author box that follows the interview's closing lines", async () => {
    const r = await extract(`Titel\n\n${lead}\n\n${body}\n\nWir danken für das Gespräch.\n\nDas Gespräch führte Ina Beispiel\n\nDie Bürgermeisterin\n\nOlga Muster, Jahrgang 1971, ist seit 2015 Bürgermeisterin der Stadt und war vorher Kämmerin im Kreis.`);
    expect(r.body).toContain("Jahrgang 1971");
  });

  it("takes a form's subject line as the title, and never one of its fields", async () => {
    const form = [
      "Betreff: Sanierung der Sporthalle am Schulzentrum",
      "Sitzung des Bauausschusses",
      "Gremium: Bauausschuss Beschlussart: ungeändert beschlossen",
      "Datum: Di, 12.03.2024 Status: öffentlich",
      "Zeit: 17:00 - 19:30",
      "Einreicher:Bauamt",
      "Federführend:Hochbau Bearbeiter/-in: Muster, Ina",
    ];
    expect(await header(form.join("\n\n"))).toMatchObject({ title: "Sanierung der Sporthalle am Schulzentrum", kicker: null });
    expect((await header(form.slice(1).join("\n\n"))).title).toBeNull();
    // A kicker before its headline is no form field.
    expect(await header("Nordrhein-Westfalen: Land beschließt Glasfaserplan")).toMatchObject({ title: "Land beschließt Glasfaserplan" });
  });

  it("takes a place name alone above the text as the kicker, not the headline", async () => {
    expect(await header("Altenburger Land")).toMatchObject({ kicker: "Altenburger Land", title: null });
    expect(await header("Münster")).toMatchObject({ kicker: "Münster", title: null });
  });

  it("reads authors set as a list under a 'Von' line, without their academic titles", async () => {
    const r = await header("Münster schaltet das Antragsportal frei\n\nVon\n\n• Prof. Dr. Ina Beispiel\n• Jonas Muster");
    expect(r.author).toBe("Ina Beispiel");
  });

  it("names the publisher from the article's reference to itself, not from a person", async () => {
    expect((await header("Portal frei", `${body} Auf WN-Nachfrage nannte die Stadt keine Kosten.`)).publisher).toBe("WN");
    expect((await header("Portal frei", `${body} Das Portal kostet viel (die WN berichtete).`)).publisher).toBe("WN");
    expect((await header("Portal frei", `${body} Das sagte sie auf Nachfrage von Ina Beispiel.`)).publisher).toBeNull();
    expect((await header("Portal frei", `${body} Das sagte sie auf Nachfrage von Bürgern.`)).publisher).toBeNull();
  });
});

describe("teaser lines", () => {
  const block = (text: string): Block => ({ text, tag: "p", linkDensity: 0, listItem: false });
  it("knows a teaser by its last words, whatever white space follows them", () => {
    const teasers = ["Die Stadt stellt ihr Portal vor. mehr …", "Neue Förderung für Schulen Weiterlesen", "Kreis startet App mehr...", "Land zahlt 5 Mio. Euro Mehr …\n", "[12.03.2024] Bürgerbüro online weiterlesen \u00a0"];
    const others = ["Die Stadt stellt ihr Portal vor.", "Es gibt immer mehr", "Lesen Sie weiter", "Er fragte: mehr…?", "nichtmehr …"];
    expect(teasers.map((t) => isTeaser(block(t)))).toEqual(teasers.map(() => true));
    expect(others.map((t) => isTeaser(block(t)))).toEqual(others.map(() => false));
  });
  it("rules out by the text's end only blocks that the teaser pattern rejects too", () => {
    const piece = fc.constantFrom("mehr", "Mehr", " ", "\n", "\u00a0", "…", "...", "..", "Weiterlesen", "weiterlesen", "lesen", "x", "[1.2.24]");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        if (TEASER_END.test(text)) expect(endsLikeTeaser(text)).toBe(true);
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });
});

describe("coverage of matched spans", () => {
  it("answers as a list of the marked spans would, across the 16-character elements of its bits", () => {
    const span = fc.tuple(fc.integer({ min: -3, max: 70 }), fc.integer({ min: 0, max: 12 })).map(([from, width]) => [from, from + width] as const);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 }), fc.array(fc.tuple(fc.boolean(), span), { maxLength: 30 }), (length, steps) => {
        const coverage = new Coverage(length);
        const marked: (readonly [number, number])[] = [];
        for (const [mark, [from, to]] of steps) {
          // A span overlaps a marked one where they share a character of the text (0 … length).
          const expected = marked.some(([f, t]) => Math.max(from, f, 0) < Math.min(to, t, length + 1));
          expect(coverage.overlaps(from, to)).toBe(expected);
          if (mark) {
            coverage.mark(from, to);
            marked.push([from, to]);
          }
        }
      }),
      { numRuns: 2000, seed: 20261124 },
    );
  });
});

describe("prose blocks", () => {
  it("answers isProse() once per block and the same when asked again", () => {
    const prose: Block = { text: `${"Die Stadt hat den Antrag für das neue Rathaus gestellt und wartet. ".repeat(3)}`.trim(), tag: "line", linkDensity: 0, listItem: false };
    const menu: Block = { text: "Startseite", tag: "line", linkDensity: 0, listItem: false };
    expect([isProse(prose), isProse(prose), isProse(menu), isProse(menu)]).toEqual([true, true, false, false]);
    expect([prose.prose, menu.prose]).toEqual([true, false]);
    // The kept answer is the one given: the block is not read again.
    menu.prose = true;
    expect(isProse(menu)).toBe(true);
  });
});
