// Property tests: whatever text or HTML comes in, extract() returns a record that satisfies the
// published JSON Schema, with every offset pointing at the text it names — or refuses the input
// with an InputError, never anything else.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { extract } from "../src/extract.js";
import { buildIndex } from "../src/merge.js";
import { AMOUNT_WITH_CURRENCY, BARE_SCALED, COMPOUND, CURRENCY_FIRST, CURRENCY_WORD, DIGIT_COUNT_WORD, ELLIPSIS, REACH_AFTER, REACH_BEFORE, SCALE_WORD, VAGUE } from "../src/grammar/money.js";
import { COMPANY, FORM_AFTER_SPACE, MINISTRY, MINISTRY_WORD } from "../src/stages/organizations.js";
import { NAME_SHAPE, PARTY_IN_BRACKETS, SURNAME_THEN_PARTY, firstNameHits, firstNamesOf, withAddresses } from "../src/stages/people.js";
import { ADJECTIVE, ADJECTIVE_END, TOWN_ADJECTIVE, TOWN_ADJECTIVE_END } from "../src/stages/places.js";
import { ROLE_ANCHOR, ROLE_OR_ADDRESS_ANCHOR, ROLE_THEN_NAME, ROLE_THEN_SURNAME } from "../src/stages/people.js";
import type { ArticleRecord } from "../src/record.js";
import { SCHEMAS } from "../src/schema.js";
import { CREDIT_LINES, OUTLETS, TEASER_END } from "../src/locales/de/page.js";
import { PRESENCE_READ, VALUE_READ, withoutUnread } from "../src/util/markup.js";
import { FURNITURE_CLASS, FURNITURE_CLASSES, articleElementOf, collapse, dateElementsOf, dateNearHeadline, headlineOf, nestingBound } from "../src/stages/parse.js";
import { findTemporal } from "../src/grammar/temporal.js";
import { load } from "cheerio/slim";
import { countMentions } from "../src/util/mentions.js";
import { isProse, isTeaser } from "../src/util/page.js";
import { LETTER, LOWER } from "../src/util/letters.js";
import { WORD_END, WORD_START, alternation, anchorPositions, anchoredMatches, compiledForTwoByte, cutWindows, escapeRegex, windowedMatches } from "../src/util/regex.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(SCHEMAS, "nrw");
const validRecord = ajv.getSchema("nrw#/$defs/record");
const validIndex = ajv.getSchema("nrw#/$defs/index");

// Words the grammars react to, so random text reaches money, dates, people and places.
const WORDS = [
  "bis", "Ende", "Anfang", "Mitte", "2021", "2025", "1.", "15.", "März", "Jan.", "Mio.", "Millionen", "Milliarden", "Euro", "€", "EUR",
  "Dr.", "Herr", "Frau", "Bürgermeister", "Anna", "Müller", "Köln", "Kreis", "Düsseldorf", "in", "der", "die", "Stadt", "z. B.",
  "Quartal", "ersten", "Jahres", "kommenden", "spätestens", "ab", "seit", "heute", "gestern", "Montag", "„", "“", "(", ")", ",", ".",
  ":", "–", "-", "/", "Prozent", "3,5", "1.000", "½", "zwei", "hundert", "Frist", "soll", "werden", "NRW", "SPD", "GmbH", "\n", "\n\n",
];
const germanish = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((words) => words.join(" "));
const unicode = fc.string({ unit: "binary", maxLength: 400 });
const text = fc.oneof(germanish, unicode, fc.tuple(germanish, unicode, germanish).map((parts) => parts.join("")));

const TAGS = ["div", "p", "span", "article", "main", "h1", "h2", "a", "li", "ul", "nav", "footer", "script", "time", "br", "table", "td", "header", "figure"];
const attribute = fc.constantFrom("", ' class="date"', ' class="kicker"', ' itemprop="articleBody"', ' href="/x"', ' datetime="2024-05-01"', ' aria-hidden="true"');
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), attribute, fc.array(tie("node"), { maxLength: 4 }), fc.boolean()).map(
      // Sometimes leave the tag unclosed, as broken pages do.
      ([tag, attrs, children, closed]) => `<${tag}${attrs}>${children.join("")}${closed ? `</${tag}>` : ""}`,
    ),
  ),
})).node;
const page = fc
  .tuple(fc.option(fc.constantFrom('<script type="application/ld+json">{"@type":"NewsArticle","headline":"X","datePublished":"2024-05-01"}</script>', '<meta property="og:title" content="Titel">', '<script type="application/ld+json">{broken</script>')), html)
  .map(([head, body]) => `<!doctype html><html><head>${head ?? ""}</head><body>${body}</body></html>`);

type Located = { text: string; field: "title" | "lead" | "body"; offset: number[] };

/** Every located item's offset must cut its own text out of the field it names. */
function offsetsPointAtTheirText(record: ArticleRecord): boolean {
  const located: Located[] = [...record.amounts, ...record.quantities, ...record.dates, ...record.deadlines];
  return located.every((item) => {
    const field = record[item.field] ?? "";
    const [from, to] = item.offset as [number, number];
    return from <= to && to <= field.length && field.slice(from, to) === item.text;
  });
}

async function checkInput(input: string, source: string): Promise<void> {
  let record: ArticleRecord;
  try {
    record = await extract(input, { source, referenceDate: "2024-05-01" });
  } catch (error) {
    // Refusing is allowed only as an InputError (empty, blank, binary), never as a crash.
    expect(error).toBeInstanceOf(InputError);
    return;
  }
  if (!validRecord?.(record)) throw new Error(`invalid record: ${JSON.stringify(validRecord?.errors)}\ninput: ${JSON.stringify(input)}`);
  expect(offsetsPointAtTheirText(record)).toBe(true);
  if (!validIndex?.(buildIndex([record], []))) throw new Error(`invalid index: ${JSON.stringify(validIndex?.errors)}`);
}

/** Random pages of markup pieces, and how the parse stage loads one. */
const pagesOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
const loadPage = (html: string) => load(html, { xml: { xmlMode: false, decodeEntities: true } } as never);

describe("extract() on random input", () => {
  it("returns a valid record for any text, or refuses it with an InputError", async () => {
    await fc.assert(fc.asyncProperty(text, (input) => checkInput(input, "random.txt")), { numRuns: 400, seed: 20261123 });
  }, 120_000);

  it("returns a valid record for any HTML, broken or not", async () => {
    await fc.assert(fc.asyncProperty(page, (input) => checkInput(input, "random.html")), { numRuns: 200, seed: 20261123 });
  }, 120_000);

  it("the schema validator itself rejects a broken record (the property can fail)", async () => {
    const record = await extract("Die Stadt Köln zahlt 5 Millionen Euro.", { referenceDate: "2024-05-01" });
    expect(validRecord?.(record)).toBe(true);
    expect(validRecord?.({ ...record, amounts: [{ ...record.amounts[0], currency: "euro" }] })).toBe(false);
    expect(offsetsPointAtTheirText({ ...record, amounts: [{ ...(record.amounts[0] as ArticleRecord["amounts"][number]), offset: [0, 3] }] })).toBe(false);
  });
});

describe("fast finders give what the plain regex gives", () => {
  const plainMatches = (re: RegExp, input: string) => {
    const found: [number, string][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(input); m; m = re.exec(input)) found.push([m.index, m[0]]);
    return found;
  };
  const PIECES = ["GmbH", "gGmbH", "mbH", "e. V.", "e.V.", "AG", "KG", "SE", "eG", "AöR", "& Co. KG", "Co.", "&", " ", "  ", "\n", "\u00a0", "Stadt", "der", "für", "x", "Ö", "(", ")", "-", ".", "1", "s", "Förderverein", "con", "terra", "ministerium", "Innen", "NRW-", "Bundes"];
  const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
  const input = fc.oneof(pieces, fc.string({ maxLength: 60 }));
  const fastMatches = (pattern: RegExp, anchor: RegExp, chunks: number, text: string) => [...anchoredMatches(pattern, anchor, chunks, text)].map((m): [number, string] => [m.index, m[0]]);

  it("anchoredMatches finds the matches of COMPANY and MINISTRY, at the same places", () => {
    fc.assert(
      fc.property(input, (text) => {
        expect(fastMatches(COMPANY, FORM_AFTER_SPACE, 3, text)).toEqual(plainMatches(COMPANY, text));
        expect(fastMatches(MINISTRY, MINISTRY_WORD, 1, text)).toEqual(plainMatches(MINISTRY, text));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    // Not vacuous: such inputs do contain matches.
    expect(fastMatches(COMPANY, FORM_AFTER_SPACE, 3, "Die con terra GmbH und der Förderverein e. V.").map(([, m]) => m)).toEqual(["Die con terra GmbH", "und der Förderverein e. V."]);
    expect(fastMatches(MINISTRY, MINISTRY_WORD, 1, "Das NRW-Innenministerium und das Bundesministerium für X").map(([, m]) => m)).toEqual(["NRW-Innenministerium"]);
  });

  it("anchoredMatches finds the town adjectives, at the same places", () => {
    const TOWN_PIECES = ["Kölner", "Münchner", "Bauerer", "Dom", "Hof", "er", "Er", "der", "-", " ", "  ", "\n", "Ä", "ü", "K", "x"];
    const townText = fc.array(fc.constantFrom(...TOWN_PIECES), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(townText, fc.string({ maxLength: 40 })), (text) => {
        expect(fastMatches(TOWN_ADJECTIVE, TOWN_ADJECTIVE_END, 1, text)).toEqual(plainMatches(TOWN_ADJECTIVE, text));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    expect(fastMatches(TOWN_ADJECTIVE, TOWN_ADJECTIVE_END, 1, "Der Kölner Dom, die Bauerer Hof-Kölner Zeit").map(([, m]) => m)).toEqual(["Kölner", "Bauerer"]);
  });

  it("anchoredMatches finds the place adjectives, at the same places", () => {
    const ADJECTIVE_PIECES = ["bayerisch", "Bayerisch", "deutsch", "Deutsch", "mecklenburg-vorpommersch", "Mecklenburg-", "hessisch", "e", "en", "er", "es", "em", "Menschen", "sch", "isch", "-", " ", "\n", "ü", "x"];
    const adjectiveText = fc.array(fc.constantFrom(...ADJECTIVE_PIECES), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(adjectiveText, fc.string({ maxLength: 40 })), (text) => {
        expect(fastMatches(ADJECTIVE, ADJECTIVE_END, 1, text)).toEqual(plainMatches(ADJECTIVE, text));
      }),
      { numRuns: 5000, seed: 20261124 },
    );
    expect(fastMatches(ADJECTIVE, ADJECTIVE_END, 1, "die bayerische und mecklenburg-vorpommerschen Menschen, Deutschen-hessischer").map(([, m]) => m)).toEqual(["bayerische", "mecklenburg-vorpommerschen", "Deutschen"]);
  });

  it("compiledForTwoByte() leaves a pattern's lastIndex and matches as they were, global, sticky or neither", () => {
    const SOURCES = [`${WORD_START}(?:Mio\\.|Millionen)${WORD_END}`, "^\\s*(\\d+)", "(\\d+),\\s+$", "„[^“]*“"];
    const text = fc.array(fc.constantFrom("Mio.", "Millionen", " ", "12", ",", "„", "“", "ä", "x"), { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.constantFrom("u", "gu", "yu", "giu"), text, fc.nat(20), (source, flags, subject, lastIndex) => {
        const plain = new RegExp(source, flags);
        const compiled = new RegExp(source, flags);
        plain.lastIndex = lastIndex;
        compiled.lastIndex = lastIndex;
        expect(compiledForTwoByte(compiled)).toBe(compiled);
        expect(compiled.lastIndex).toBe(lastIndex);
        expect(compiled.exec(subject)).toEqual(plain.exec(subject));
        expect(compiled.lastIndex).toBe(plain.lastIndex);
      }),
      { numRuns: 300 },
    );
  });

  it("cutWindows() marks exactly the windows that hold a run of 32 letters or digits (any non-ASCII unit counting as one)", () => {
    // The mark keeps the word-start look-behind in a window with a long run, where scanning without it
    // is quadratic; the matches are the same either way, so only this pins it.
    const piece = fc.constantFrom("a", "Z", "7", "ä", "„", " ", ".", "-", "ab".repeat(8), "x".repeat(31));
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(400), fc.nat(80)), { maxLength: 5 }), (input, spans) => {
        const windows = spans.map(([at, length]): [number, number] => [Math.min(at, input.length), Math.min(at + length, input.length)]);
        for (const window of cutWindows(windows, input)) {
          expect(window.longRun).toBe(/[A-Za-z0-9\u0080-\uffff]{32}/.test(window.slice));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("alternation() as a prefix tree matches what the list of entries, longest first, matches", () => {
    const WORDS = ["Mio", "Mio.", "mio", "mio.", "Million", "Millionen", "Mrd.", "M", "mi", "€", "US-$", "$", "a", "ab", "abc", "aBd", "b.", "ä", "äb", "Äb", "(x)", "x"];
    const listed = (entries: string[]) => [...new Set(entries)].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
    const entries = fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 });
    const text = fc.array(fc.constantFrom(...WORDS, " ", "n", "o"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(entries, text, fc.constantFrom("gu", "giu"), (words, input, flags) => {
        // A suffix after the alternation makes the engine backtrack into shorter entries, as the finders do.
        for (const after of ["", "(?=n)", "\\.?(?![\\p{L}])"]) {
          const plain = plainMatches(new RegExp(`(?:${listed(words)})${after}`, flags), input);
          expect(plainMatches(new RegExp(`(?:${alternation(words)})${after}`, flags), input)).toEqual(plain);
          // Told how the regex compares letters, alternation() always writes a tree: it must match the same.
          const letters = flags.includes("i") ? "ignoring case" : "exact";
          expect(plainMatches(new RegExp(`(?:${alternation(words, letters)})${after}`, flags), input)).toEqual(plain);
        }
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    expect(alternation(["Mio", "Mio.", "Million", "Millionen"])).toBe("Mi(?:llion(?:en)?|o(?:\\.)?)");
    // An entry that extends another only in case, without the other's casing: the plain list.
    expect(alternation(["mi", "M", "Mio"])).toBe("Mio|mi|M");
    expect(alternation(["mi", "M", "Mio"], "exact")).toBe("M(?:io)?|mi");
    expect(alternation(["mi", "M", "Mio"], "ignoring case")).toBe("m(?:i(?:o)?)?");
  });

  // Sentences of money words between filler that no money pattern can cross, so that every match is
  // shorter than the reach; texts of several sentences are longer than a window.
  const MONEY_PIECES = ["5", "1.000", "2,5", "91", "zwei", "hundert", "und", "bis", "zwischen", "der", "von", "Millionen", "Mio.", "mio", "Mrd.", "Tausend", "Euro", "euro", "€", "EUR", "Cent", "kanadische", "Dollar", "US-$", "-", "–", "Projekt", "mittleren", "dreistelligen", "Millionenbetrag", "Summe", " ", "  ", "\n", ".", ","];
  const FILLER = " Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy tempor. ";
  const moneySentence = fc.tuple(fc.array(fc.constantFrom(...MONEY_PIECES), { maxLength: 14 }), fc.constantFrom("", " ")).map(([parts, between]) => parts.join(between));
  const moneyText = fc.array(moneySentence, { maxLength: 8 }).map((sentences) => sentences.join(FILLER));
  const windowed = (pattern: RegExp, anchor: RegExp, text: string) => [...windowedMatches(pattern, anchor, REACH_BEFORE, REACH_AFTER, text)].map((m): [number, string] => [m.index, m[0]]);

  it("windowedMatches finds the matches of the money patterns, at the same places, around their anchors only", () => {
    const finders: [RegExp, RegExp][] = [[AMOUNT_WITH_CURRENCY, CURRENCY_WORD], [CURRENCY_FIRST, CURRENCY_WORD], [COMPOUND, SCALE_WORD], [BARE_SCALED, SCALE_WORD], [ELLIPSIS, SCALE_WORD], [VAGUE, DIGIT_COUNT_WORD]];
    fc.assert(
      fc.property(moneyText, (text) => {
        for (const [pattern, anchor] of finders) expect(windowed(pattern, anchor, text)).toEqual(plainMatches(pattern, text));
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    // Not vacuous: windows start and end inside the text, and the matches are found at their offsets.
    const text = `${FILLER.repeat(4)}rund 5 bis 10 Mio. Euro${FILLER.repeat(4)}€ 2,5 Mrd.${FILLER}`;
    expect(windowed(AMOUNT_WITH_CURRENCY, CURRENCY_WORD, text)).toEqual([[FILLER.length * 4 + 5, "5 bis 10 Mio. Euro"]]);
    expect(windowed(CURRENCY_FIRST, CURRENCY_WORD, text).map(([at, m]) => [text.slice(at, at + m.length), m])).toEqual([["€ 2,5 Mrd.", "€ 2,5 Mrd."]]);
    // A match longer than the reach before its anchor is not found: the reach is a real limit.
    const long = `${"zwei und ".repeat(30)}drei Euro`;
    expect(plainMatches(AMOUNT_WITH_CURRENCY, long)).toHaveLength(1);
    expect(windowed(AMOUNT_WITH_CURRENCY, CURRENCY_WORD, long)).not.toEqual(plainMatches(AMOUNT_WITH_CURRENCY, long));
  });

  const PEOPLE_PIECES = ["Landrat", "Bundes-", "und", "Landesministerin", "Minister", "MINISTER", "OB", "ob", "Job", "Anna", "Müller", "Schmitt-Wolf", "Herr", "Herrn", "Frau", "Dr.", "Prof.", ",", ".", " ", "  ", "\n", "(CDU)", "sagt", "der", "Bürgermeisterin", "Chefredakteur", "ä", "-"];
  const peopleText = fc.oneof(fc.array(fc.constantFrom(...PEOPLE_PIECES), { maxLength: 30 }).map((parts) => parts.join("")), fc.array(fc.constantFrom(...PEOPLE_PIECES), { maxLength: 20 }).map((parts) => parts.join(" ")));

  it("anchoredMatches finds the matches of the role and party patterns of people, at the same places", () => {
    fc.assert(
      fc.property(peopleText, (text) => {
        expect(fastMatches(ROLE_THEN_NAME, ROLE_ANCHOR, 3, text)).toEqual(plainMatches(ROLE_THEN_NAME, text));
        expect(fastMatches(ROLE_THEN_SURNAME, ROLE_OR_ADDRESS_ANCHOR, 3, text)).toEqual(plainMatches(ROLE_THEN_SURNAME, text));
        expect(fastMatches(SURNAME_THEN_PARTY, PARTY_IN_BRACKETS, 1, text)).toEqual(plainMatches(SURNAME_THEN_PARTY, text));
        expect(withAddresses(anchorPositions(ROLE_ANCHOR, text), text)).toEqual(anchorPositions(ROLE_OR_ADDRESS_ANCHOR, text));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    expect(fastMatches(ROLE_THEN_NAME, ROLE_ANCHOR, 3, "Die Bundes- und Landesministerin Anna Müller sagt").map(([, m]) => m)).toEqual(["Bundes- und Landesministerin Anna Müller"]);
    expect(fastMatches(ROLE_THEN_SURNAME, ROLE_OR_ADDRESS_ANCHOR, 3, "Das sagt Herr Müller.").map(([, m]) => m)).toEqual(["Herr Müller"]);
    expect(fastMatches(SURNAME_THEN_PARTY, PARTY_IN_BRACKETS, 1, "Das sagt Müller\n(CDU), nicht Schmitt-Wolf (SPD).").map(([, m]) => m)).toEqual(["Müller\n(CDU)", "Schmitt-Wolf (SPD)"]);
  });
});

describe("withoutUnread", () => {
  // The page as the parse stage reads it: script (but JSON-LD) and style elements emptied, the attributes
  // it does not read taken out and the values of those it reads the presence of emptied.
  const valuesRead: ReadonlySet<string> = new Set(VALUE_READ);
  const presenceRead: ReadonlySet<string> = new Set(PRESENCE_READ);
  const asParsed = (html: string) => {
    const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } } as never);
    $("script, style").each((_, element) => {
      if (!(element.tagName === "script" && ($(element).attr("type") ?? "").toLowerCase() === "application/ld+json")) $(element).empty();
    });
    $("*").each((_, element) => {
      const { attribs } = element as unknown as { attribs: Record<string, string> };
      for (const name of Object.keys(attribs)) {
        if (presenceRead.has(name)) attribs[name] = "";
        else if (!valuesRead.has(name)) delete attribs[name];
      }
    });
    return $.html();
  };
  const PIECES = ["<script>", "<script type=\"application/ld+json\">", "<script type=application/ld+json>", "<script type=\"text/x\" type=\"application/ld+json\">", "<script type type=\"application/ld+json\">", "<SCRIPT defer>", "<script src='a>b'>", "<script/>", "<script / >", "<script a=b/>", "<p / title=\"x\">", "<b/x>", "<i / async>", "</script>", "</script >", "</script/>", "</SCRIPT>", "</scripts>", "<scripts>", "<style>", "</style>", "<style media=\"x\">", "<xmp>", "</xmp>", "<!--", "-->", "<!-->", "<!--->", "<p>", "</p>", "<p title=\"", "\">", "<p =x>", "<p title=x=\"y>", "<a HREF='", "<a href = \"", "<A Title=\"x\" class=\"y\">", "<svg d=\"M0 0\"/>", "<meta name=\"date\" content=\"", "<p class\u000b=\"a\">", "&quot;", "&amp;", "&#34;", "<title>", "</title>", "<textarea>", "</textarea >", "<!DOCTYPE html>", "<?x?>", "<a href = '", "</a", "<b", "</", "<1", "<![CDATA[", "]]>", "<!-", "</ ", "<div class='", "'>", "Text", "Köln", "„ä“", "\"", "'", "=", ">", "<", "/", " ", "\n", "{\"a\":1}"];
  const page = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

  it("changes nothing the parser reads: the tree is the same but for the emptied elements and the attributes taken out or emptied", () => {
    fc.assert(
      fc.property(page, (html) => {
        const stripped = Buffer.from(withoutUnread(Buffer.from(html, "utf8"))).toString("utf8");
        expect(asParsed(stripped)).toBe(asParsed(html));
      }),
      { numRuns: 6000, seed: 20261123 },
    );
    // Not vacuous: such pages do lose bytes, of code and of attributes.
    expect(withoutUnread(Buffer.from("<p>a</p><script>b()</script>")).length).toBeLessThan(28);
    expect(Buffer.from(withoutUnread(Buffer.from(`<a href="/x" title="t" class="y">a</a>`))).toString()).toBe(`<a href=""  class="y">a</a>`);
  });
});

describe("firstNameHits", () => {
  // The loop it replaces: every name-shaped match, and after one whose first word is no first name, on
  // from that word's end. (It placed a name at -1 when a line break stood between first and second name.)
  const isFirstName = (word: string | undefined) => word !== undefined && firstNamesOf().has(word.split("-")[0] ?? "");
  const plainHits = (text: string) => {
    const found: { name: string; from: number }[] = [];
    NAME_SHAPE.lastIndex = 0;
    for (let m = NAME_SHAPE.exec(text); m; m = NAME_SHAPE.exec(text)) {
      const [, full = "", first, second] = m;
      if (!isFirstName(first)) {
        NAME_SHAPE.lastIndex = m.index + m[0].indexOf(full) + (first?.length ?? 1);
        continue;
      }
      const name = second !== undefined && !isFirstName(second) ? `${first} ${second}` : full;
      const from = m.index + m[0].indexOf(name);
      if (name !== full) NAME_SHAPE.lastIndex = from + name.length;
      if (text[from - 1] !== "-") found.push({ name, from });
    }
    return found;
  };
  const PIECES = ["Anna", "Hans-Peter", "Peter", "Müller", "Schmidt-Wolf", "von", "de", "Dr.", "Prof.", "Herr", "Frau", "Stadt", "Die", "Landrat", "McDonald", "Ärztin", "sagte", "-", ",", ".", "(CDU)", "Mittelschule", "O’Neill"];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).chain((words) => fc.constantFrom(words.join(" "), words.join("")));

  it("finds what the name-shape loop found, at the same places", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(firstNameHits(input)).toEqual(plainHits(input));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    expect(firstNameHits("Die Stadt Anna Müller und Dr. Hans-Peter Schmidt sagte")).toEqual([{ name: "Anna Müller", from: 10 }, { name: "Hans-Peter Schmidt", from: 30 }]);
    // A line break between first and second name: the name starts where it starts.
    expect(firstNameHits("Anna\nSchmidt Müller")).toEqual([{ name: "Anna Schmidt", from: 0 }]);
  });
});

describe("outlet markers", () => {
  it("the KOMMUNAL markers with their context as a look-behind match where the plain line patterns match", () => {
    const plain = [/\|[ \t]*KOMMUNAL[ \t]*$/m, /^[ \t]*•?[ \t]*Messe KOMMUNAL[ \t]*$/m];
    const markers = OUTLETS.find((outlet) => outlet.name === "KOMMUNAL")?.markers ?? [];
    const line = fc.array(fc.constantFrom("|", " ", "\t", "\n", "•", "Messe ", "KOMMUNAL", "x", "Ü"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(line, (text) => {
        for (const [i, marker] of markers.entries()) expect(marker.test(text)).toBe(plain[i]?.test(text));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    expect(markers.length).toBe(2);
    expect(markers.map((marker) => ["Start | KOMMUNAL", "  • Messe KOMMUNAL \nx", "Die Messe KOMMUNAL tagt", "KOMMUNAL | Start"].map((text) => marker.test(text)))).toEqual([
      [true, false, false, false],
      [false, true, false, false],
    ]);
  });
});

describe("page patterns written for speed", () => {
  it("match where their plain forms match: a teaser's closing link, a caption's credit", () => {
    const plainTeaserEnd = /(?:\s|^)(?:mehr\s*(?:\.\.\.|…)|Mehr\s*(?:\.\.\.|…)|weiterlesen|Weiterlesen)\s*$/;
    const plainCaptionCredit = /^[^©]{3,140}[.!?]\s+©\s*([^©]{2,60})$/;
    const captionCredit = CREDIT_LINES.at(-1) as RegExp;
    const line = fc.array(fc.constantFrom("mehr", "Mehr", "weiterlesen", "Weiterlesen", "...", "…", ".", "!", "©", " ", "\n", "Text", "x", "ü"), { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ maxLength: 30 })), (text) => {
        expect(TEASER_END.test(text)).toBe(plainTeaserEnd.test(text));
        expect(captionCredit.exec(text)?.slice(0)).toEqual(plainCaptionCredit.exec(text)?.slice(0));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    expect(["Ein Teaser. mehr...", "Ein Teaser Weiterlesen ", "Ein Teasermehr…"].map((text) => TEASER_END.test(text))).toEqual([true, true, false]);
    expect(captionCredit.exec("Ski-Star aus der Schweiz. © AFP / Marco")?.[1]).toBe("AFP / Marco");
  });
});

describe("nestingBound", () => {
  // The depth limitNesting() counts: its tag regex, void and self-closing tags left out.
  const VOID = new Set(["br", "img", "meta", "hr", "input", "link"]);
  const depthOf = (html: string) => {
    let depth = 0;
    let deepest = 0;
    for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
      if (VOID.has((m[2] as string).toLowerCase()) || m[3]) continue;
      depth += m[1] ? -1 : 1;
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };
  const PIECES = ["<div>", "</div>", "<div", "</div", "<p class='a>b'>", "<br>", "<br/>", "<img src=x>", "</br>", "<a </b>", "< a>", "</ a>", "<1>", "<Ä>", "<", ">", "/", "text", " "];
  const html = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

  it("is never below the depth limitNesting counts", () => {
    fc.assert(fc.property(html, (page) => {
        expect(nestingBound(page, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(depthOf(page));
      }), { numRuns: 5000, seed: 20261123 });
    expect(nestingBound("<div><div><br></div><p>x</p></div>", 100)).toBe(3);
    expect(depthOf("<div><div><br></div><p>x</p></div>")).toBe(2);
  });
});

describe("dateNearHeadline", () => {
  // The walk it replaces: every text of the page from the top, each at its offset in the page text.
  type Node = { type: string; data?: string; name?: string; attribs?: Record<string, string>; children?: Node[] };
  const SKIPPED = new Set(["script", "style", "noscript", "template"]);
  const fromTop = (root: Node, headline: Node) => {
    const candidates: { text: string; at: number }[] = [];
    let offset = 0;
    let headlineAt = -1;
    const pending = [...(root.children ?? [])].reverse();
    while (pending.length > 0) {
      const node = pending.pop() as Node;
      if (node === headline) headlineAt = offset;
      if (node.type === "text") {
        const text = collapse(node.data ?? "");
        if (text.length >= 6 && text.length <= 120 && /\d/.test(text)) candidates.push({ text, at: offset });
        offset += text.length;
        continue;
      }
      if (!["tag", "script", "style"].includes(node.type) || SKIPPED.has(node.name ?? "")) continue;
      const attribute = node.attribs?.["data-date"];
      if (attribute && /\d/.test(attribute)) candidates.push({ text: attribute, at: offset });
      for (const child of [...(node.children ?? [])].reverse()) pending.push(child);
    }
    const byDistance = candidates.map(({ text, at }) => ({ text, distance: at >= headlineAt ? at - headlineAt : 2 * (headlineAt - at) })).sort((a, b) => a.distance - b.distance);
    for (const { text, distance } of byDistance) {
      if (distance > 1500) break;
      const day = findTemporal(text, null).find((t) => t.precision === "day" && !t.inferred);
      if (day) return day.start;
    }
    return null;
  };
  const FILLER = "Die Stadt plant den Umbau des Rathauses und lädt alle zur Beratung ein. ".repeat(4);
  const PIECES = ["<h1>", "</h1>", "<h2>", "</h2>", "<div>", "</div>", "<p>", "</p>", "<span data-date='2023-04-05'>", "</span>", "<noscript>", "</noscript>", "<template>", "</template>", "<script>", "</script>", "<!-- 1.2.2020 -->",
    "Titel", "am 3. Mai 2024", "12.05.2023", "Stand: 21.03.2025 06:22 Uhr", "1. Januar 2019", "Seite 2", FILLER, FILLER, " ", "\n  "];

  it("finds the day the walk from the top finds, for every heading as the headline", () => {
    let found = 0;
    fc.assert(
      fc.property(pagesOf(PIECES), (html) => {
        const $ = loadPage(html);
        const root = $.root().get(0) as unknown as Node;
        for (const heading of $("h1, h2").toArray()) {
          const expected = fromTop(root, heading as unknown as Node);
          if (expected) found++;
          expect(dateNearHeadline(root as never, heading as never)).toBe(expected);
        }
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    // Not vacuous: headlines with a day near them, and one out of reach above.
    expect(found).toBeGreaterThan(300);
    const $ = load(`<p>am 3. Mai 2024</p><p>${FILLER.repeat(3)}</p><h1>Titel</h1><p>${FILLER}</p><p>12.05.2023</p>`, { xml: { xmlMode: false, decodeEntities: true } } as never);
    expect(dateNearHeadline($.root().get(0) as never, $("h1").get(0) as never)).toBe("2023-05-12");
  });
});

describe("headlineOf", () => {
  // What it replaces: a copy of the h1 with cheerio, its separator, the elements before that and kicker spans removed.
  const withCheerio = (html: string) => {
    const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } } as never);
    const h1 = $("h1").first().clone();
    const separator = h1.find("[aria-hidden=true]").filter((_, el) => /^[\s:|–—-]+$/.test($(el).text()) && $(el).text().trim() !== "").first();
    if (separator.length > 0) {
      separator.prevAll().remove();
      separator.remove();
    }
    h1.find("*").each((_, el) => {
      const node = $(el);
      if (/kicker|dachzeile|topline|overline|roofline|spitzmarke|supertitle|super-title|eyebrow|flag|label|ressort/i.test(node.attr("class") ?? "") || /sr-only|visually-hidden|visuallyhidden/i.test(node.attr("class") ?? "")) node.remove();
    });
    return collapse(h1.text()).replace(/^[:\-–|]\s*/, "") || null;
  };
  const PIECES = ["<span>", "</span>", "<span aria-hidden=\"true\">", "<span aria-hidden=\"false\">", "<b class=\"kicker\">", "<span class=\"sr-only\">", "<i class=\"Label x\">", "</b>", "</i>", "<em>", "</em>", "<!-- – -->", "<br>",
    "Klimaschutz", "Wie es weitergeht", " – ", ": ", " | ", "-", " ", "\n", "Köln"];
  const heading = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => `<div><h1>${parts.join("")}</h1></div>`);

  it("reads the headline a copy without separator and kicker holds", () => {
    fc.assert(
      fc.property(heading, (html) => {
        const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } } as never);
        expect(headlineOf($("h1").get(0) as never)).toBe(withCheerio(html));
      }),
      { numRuns: 4000, seed: 20261123 },
    );
    const $ = load(`<h1><span>Coronavirus</span><span aria-hidden="true"> – </span><span class="kicker">Neu</span>Wie es weitergeht</h1>`, { xml: { xmlMode: false, decodeEntities: true } } as never);
    expect(headlineOf($("h1").get(0) as never)).toBe("Wie es weitergeht");
  });
});

describe("selectors walked", () => {
  const PIECES = ["<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<body>", "<span class=\"Datum\">", "<span class=\"pubDATE x\">", "<i class=\"timeline\">", "<b id=\"update\">", "<b id=\"UPD\">", "<time>", "</time>",
    "<div itemprop=\"articleBody\">", "<div itemprop=\"articlebody\">", "<p class=\"publisher\">", "<p class=\"da te\">", "</span>", "</i>", "</b>", "Text 1", " "];

  it("find what cheerio's selectors for dates and the article find", () => {
    let dated = 0;
    fc.assert(
      fc.property(pagesOf(PIECES), (html) => {
        const $ = loadPage(html);
        const root = $.root().get(0) as never;
        const selected = $('[class*="date" i], [class*="datum" i], [class*="publish" i], [class*="time" i], [id*="date" i], time').slice(0, 20).toArray();
        if (selected.length > 0) dated++;
        expect(dateElementsOf(root)).toEqual(selected);
        const article = $("article, [itemprop=articleBody]").first();
        expect(articleElementOf(root)).toBe((article.length ? article : $("body")).get(0));
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    expect(dated).toBeGreaterThan(1000);
  });
});

describe("collapse", () => {
  it("gives what replacing every run of white space by one space and trimming gives", () => {
    const PIECES = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u202f", "\ufeff", "\u3000", "a", "Ä", "ß", ".", "x y", "\u200b"];
    const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(fc.property(line, (text) => {
        expect(collapse(text)).toBe(text.replace(/\s+/g, " ").trim());
      }), { numRuns: 5000, seed: 20261123 });
  });
});

describe("FURNITURE_CLASS", () => {
  it("finds what splitting the class attribute at white space and looking the names up finds", () => {
    const PIECES = [...FURNITURE_CLASSES, " ", "\t", "\n", "-", "x", "share-bar", "is-related", "\u00a0", "Comments"];
    const attribute = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(fc.property(attribute, (value) => {
        expect(FURNITURE_CLASS.test(value)).toBe(value.split(/\s+/).some((name) => FURNITURE_CLASSES.includes(name)));
      }), { numRuns: 5000, seed: 20261123 });
  });
});

describe("isProse", () => {
  // The plain form: words by split(), letters by code point and class.
  const letter = new RegExp(`[${LETTER}]`, "u");
  const lower = new RegExp(`[${LOWER}]`, "u");
  const end = new RegExp(`[.!?:;“"”»«›‹’'…)${LETTER}\\d]$`, "u");
  const plain = (text: string, linkDensity: number) => {
    if (text.length < 80 || linkDensity > 0.5 || isTeaser({ text, tag: "line", linkDensity, listItem: false })) return false;
    if (text.split(/\s+/).length < 10) return false;
    const chars = [...text];
    const letters = chars.filter((ch) => letter.test(ch)).length;
    const small = chars.filter((ch) => letter.test(ch) && lower.test(ch)).length;
    return letters > 0 && small / letters > 0.6 && end.test(text);
  };
  it("says what counting words by split() and letters by code point says", () => {
    // Words near the thresholds (ten words, 80 characters, three in five letters small).
    const WORDS = ["stadtrat", "Köln", "über", "ÄRGERLICH", "straße", "ªµº", "éłżń", "ŁÓDŹ", "ΩМЖ", "жизнь", "\u{1D400}\u{1D401}", "東京", "1234", "…", "mehr...", "Verwaltung", "DIGITAL", "Digitalisierungsstrategie", "verwaltungsmodernisierung"];
    const SPACES = [" ", " ", " ", "  ", "\t", " \u00a0"];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { minLength: 6, maxLength: 16 })
      .chain((words) => fc.constantFrom("", ".", " ", "!").map((end) => words.map(([word, space]) => word + space).join("").trimEnd() + end));
    fc.assert(fc.property(text, fc.constantFrom(0, 0.2, 0.6), (value, linkDensity) => {
        expect(isProse({ text: value, tag: "line", linkDensity, listItem: false })).toBe(plain(value, linkDensity));
      }), { numRuns: 5000, seed: 20261123 });
  });
});

describe("countMentions", () => {
  it("counts what a whole-word regex with an optional genitive -s counts", () => {
    const PIECES = ["Müller", "Müllers", "A-A", "A", "-", "s", " ", "x", "1", "ü", "(", "Stadt", "\u{1D400}"];
    const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.constantFrom("Müller", "A-A", "A", "s", "Stadt"), piecesText, (word, text) => {
        const re = new RegExp(`${WORD_START}${escapeRegex(word)}s?${WORD_END}`, "gu");
        expect(countMentions([{ field: "body", text }], word)).toBe(text.match(re)?.length ?? 0);
      }),
      { numRuns: 5000, seed: 20261123 },
    );
    expect(countMentions([{ field: "body", text: "Müller sagt, Müllers Plan sei gut; Müllerstraße nicht." }], "Müller")).toBe(2);
  });
});
