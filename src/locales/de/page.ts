import { LETTER, LOWER, UPPER } from "../../util/letters.js";
// What German news pages print around an article: section labels, UI strings, credits.
// Written for this project from the structure of German news sites; no third-party data.

/** A line that starts one of these ends the article: what follows belongs to other articles or the site. */
export const END_MARKERS: readonly RegExp[] = [
  /^Weitere (?:Meldungen|Artikel|Nachrichten|Beiträge)/i,
  /^(?:Lesen Sie auch|Lesen Sie mehr|Lesen Sie hier|Auch interessant|Das könnte Sie auch interessieren|Mehr zum Thema|Mehr aus)/i,
  /^(?:Neuester Inhalt|Neueste Artikel|Aktuelle Meldungen|Meistgelesen|Meist gelesen|Top-Themen|Verwandte Artikel|Ähnliche Artikel)/i,
  /^Auch von\s/i,
  /^(?:Stichwörter|Schlagwörter|Schlagworte|Themen|Tags)\s*:?\s*$/i,
  /^(?:Druckversion|Artikel drucken|Drucken)\b/i,
  /^(?:Anzeige|Werbung)\s*$/i,
  /^Suchen\.\.\.$/,
  /^(?:Kommentare|Kommentar schreiben|Kommentieren)\b/i,
  /^\d+\s+Kommentare?\b/i,
  /^(?:Der|Unser) Newsletter\b/i,
  /^(?:ZURÜCK ZUR STARTSEITE|Zurück zur Startseite|Zur Startseite)/i,
  /^Footer\b/i,
  /^(?:Teilen|Artikel teilen|Diesen Artikel teilen)\s*:?\s*$/i,
];

/** Lines that are page furniture wherever they stand. */
export const UI_LINES: readonly RegExp[] = [
  /^(?:Druckversion|PDF|Link mailen|Anzeige|Werbung|Suchen\.\.\.|Home|Menü|Menu|Navigation|Startseite)\s*$/i,
  /^(?:Direkt zum Inhalt|Zum Inhalt springen|Zum Hauptinhalt|Skip to content)\s*$/i,
  /^(?:Main|Secondary|Mobile|Footer\s+\w+)\s+Navigation\s*$/i,
  /^Lesezeit:?\s*\d+\s*(?:Min|Minuten)\.?\s*$/i,
  /^\d+\s+Kommentare?(?:\s+lesen)?\s*$/i,
  /^(?:Mehr erfahren|Weiterlesen|mehr\.\.\.|mehr…|Video starten\.?|Kommentieren|Reduzieren|ALLE NEWS|LikeLike)\s*$/i,
  /^(?:Anmelden|Abmelden|Registrieren|Login|Abonnieren|Newsletter|Kontakt|Impressum|Datenschutz|AGB)\s*$/i,
  /^(?:Inhaltsverzeichnis|close notice|Artikel vorlesen|vorlesen)\s*$/i,
  // A toolbar printed as one line: "vorlesen Druckansicht 200 Kommentare lesen".
  /^(?:(?:vorlesen|Druckansicht|Drucken|Teilen|Merken|Speichern|\d+\s+Kommentare?(?:\s+lesen)?)(?:\s+|$)){2,}$/i,
  /^This article is also available in English\b/,
  // Share and follow bars: "Auf Facebook teilen In Messenger teilen …", "Folge mir Entfolgen Folge … auf Twitter".
  new RegExp(`^(?:(?:Auf|In|Via|Per|Bei)\\s+[${LETTER}-]+\\s+teilen\\s*){2,}$`, "iu"),
  /^Folge mir\s+Entfolgen\b/i,
  /^(?:Akzeptieren|Alle akzeptieren|Ablehnen|Alle ablehnen|Einstellungen|Zustimmen|OK)\s*$/i,
];

/** Words that label an image credit ("Foto: …"). */
export const CREDIT_LABELS: readonly string[] = ["Bildquelle", "Bildquellen", "Foto", "Fotos", "Bild", "Bilder", "Bildnachweis", "Quelle Bild", "Copyright", "Titelbild"];

/** Image credits: the credit text is captured. */
export const CREDIT_LINES: readonly RegExp[] = [
  new RegExp(`^\\(?\\s*(?:${CREDIT_LABELS.join("|")})\\s*:\\s*(.+?)\\s*\\)?$`, "i"),
  /^\(?\s*©\s*(.+?)\s*\)?$/,
  // An image caption that ends with its credit: "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO".
  // The look-ahead for a "©" fails a line without one at once instead of after trying 140 lengths.
  /^(?=[^©]*©)[^©]{3,140}[.!?]\s+©\s*([^©]{2,60})$/,
];

/** Keyword lines: the list is captured (comma separated), or follows as list items when empty. */
export const KEYWORD_LINES: readonly RegExp[] = [/^(?:Stichwörter|Schlagwörter|Schlagworte|Tags|Themen)\s*:?\s*(.*)$/i];

/**
 * A teaser of another article: its summary ends with a "more" link. The space or line start before the
 * link is a look-behind after it, so V8 looks for the words, not at every space.
 */
export const TEASER_END = /(?:[Mm]ehr\s*(?:\.\.\.|…)|[Ww]eiterlesen)(?<=(?:\s|^)(?:[Mm]ehr\s*(?:\.\.\.|…)|[Ww]eiterlesen))\s*$/;

/** Content-type labels printed next to teaser and article titles; not part of a title, not a kicker. */
export const CONTENT_LABELS: readonly string[] = [
  "Bericht", "Interview", "Kommentar", "Analyse", "Reportage", "Porträt", "Portrait", "News", "Meldung",
  "Video", "Podcast", "Gastbeitrag", "Hintergrund", "Exklusiv", "Plus", "Serie",
];

/**
 * Labels of the line that names a document's subject in a council information system or a letter
 * ("Auszug - Information zum Stand …", "Betreff: Neubau …"): under a header of form fields it is the title.
 */
export const SUBJECT_LABELS: readonly string[] = ["Auszug", "Betreff", "Betr.", "Gegenstand", "Titel", "Thema"];

/** Generic headings set under a headline; they head a part of the page and are never its headline. */
export const GENERIC_HEADINGS: readonly string[] = [
  "Projektbeschreibung", "Beschreibung", "Zusammenfassung", "Übersicht", "Inhalt", "Inhaltsverzeichnis", "Details",
  "Kurzbeschreibung", "Sachverhalt", "Einleitung",
];

/** Lines that give the publication date; the date expression is captured. */
export const DATE_LINE_PREFIXES: readonly RegExp[] = [
  /^(?:veröffentlicht|Veröffentlicht|Erschienen|erschienen|Publiziert)(?:\s+am)?\s*:?\s*(.+)$/,
  /^(?:Stand|Datum|Aktualisiert|Zuletzt aktualisiert)\s*:?\s*(.+)$/,
];

/** A byline: "von Rebecca Piron", "Von Klaus Schieder, Bad Tölz", "Autor: …", "Redakteur: …". */
export const BYLINE = new RegExp(`^(?:[Vv]on|VON|Autor(?:in)?:|Redakteur(?:in)?:|Text:)\\s+([${UPPER}][${LETTER}.'-]*(?:\\s+(?:von\\s+|de\\s+|van\\s+)?[${UPPER}][${LETTER}'-]*){1,3})(?:\\s*[,|(].*)?$`, "u");

/** "Von" or "Autoren" alone on a line, the names following as a list. */
export const BYLINE_LABEL = /^(?:[Vv]on|VON|Autor(?:in|en|innen)?:?)\s*$/;

/**
 * How an outlet names itself in its own article; the name is captured. The name must not run on into a
 * second capitalised word, which would make it a person ("auf Nachfrage von Dirk Schrödter").
 */
export const SELF_REFERENCES: readonly RegExp[] = [
  new RegExp(`\\b[Aa]uf\\s+([${UPPER}][${LETTER}\\d]*)-(?:Nachfrage|Anfrage)\\b`, "u"),
  new RegExp(`\\((?:die|der|das)\\s+([${UPPER}][${LETTER}\\d]*)\\s+(?:berichtete|hatte berichtet)\\)`, "u"),
  new RegExp(`\\b[Aa]uf\\s+(?:Nachfrage|Anfrage)\\s+(?:von|der|des)\\s+([${LETTER}][${LETTER}\\d]*)(?=\\s*[.,;:)]|\\s+[${LOWER}])`, "u"),
];

/** Editorial initials at the end of an article: "(ve)", "(sib)", "(ba/dpa)". */
export const AUTHOR_CODE = new RegExp(`\\s*\\(([${LOWER}]{2,4}(?:\\/[${LETTER}]+)?)\\)\\s*$`, "u");

/**
 * Known outlets and the page-template lines that identify them when the name itself is not printed.
 * Markers are only tested, so a line's context may follow its words as a look-behind: "KOMMUNAL(?<=\|…)"
 * lets V8 skip to the words, where "\|[ \t]*KOMMUNAL" tries every "|" and "^[ \t]*•?…" every line
 * (0.85 ms on a 180 KB page, 0.06 ms so).
 */
export const OUTLETS: readonly { name: string; markers: readonly RegExp[] }[] = [
  { name: "Kommune21", markers: [/\bKommune21\b/, /^Weitere Meldungen und Beiträge aus dem Bereich/m, /^Druckversion\s+PDF\s+Link mailen$/m] },
  // Horizontal space only: "^\s*" runs on over line ends.
  { name: "KOMMUNAL", markers: [/KOMMUNAL(?<=\|[ \t]*KOMMUNAL)[ \t]*$/m, /Messe KOMMUNAL(?<=^[ \t]*•?[ \t]*Messe KOMMUNAL)[ \t]*$/m] },
  { name: "eGovernment", markers: [/\beGovernment Computing\b/] },
  { name: "heise online", markers: [/\bheise online\b/] },
  { name: "c't", markers: [/^c't \d+\/\d{4}/m] },
];

/** Section names that news sites print above a headline; on their own line they are the kicker. */
export const SECTION_LABELS: readonly string[] = [
  "Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Region", "Lokales", "Regional", "Inland", "Ausland",
  "Deutschland", "Welt", "Gesellschaft", "Wissen", "Digital", "Netzwelt", "Technik", "Gesundheit", "Bildung",
  "Verkehr", "Finanzen", "Meinung", "Kommunen", "Verwaltung", "Praxis",
];
