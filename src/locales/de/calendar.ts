import { LETTER } from "../../util/letters.js";
// German calendar words. Written for this project from general knowledge of the language;
// no third-party data.

/** Month names and their abbreviations (lower case, with and without the dot) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, jaenner: 1, jan: 1, "jan.": 1,
  februar: 2, feber: 2, feb: 2, "feb.": 2, "febr.": 2,
  märz: 3, maerz: 3, marz: 3, mär: 3, "mär.": 3, "mrz.": 3,
  april: 4, apr: 4, "apr.": 4,
  mai: 5,
  juni: 6, jun: 6, "jun.": 6,
  juli: 7, jul: 7, "jul.": 7,
  august: 8, aug: 8, "aug.": 8,
  september: 9, sep: 9, "sep.": 9, "sept.": 9, sept: 9,
  oktober: 10, okt: 10, "okt.": 10,
  november: 11, nov: 11, "nov.": 11,
  dezember: 12, dez: 12, "dez.": 12,
};

/** Weekday names and abbreviations; two-letter ones ("Fr") are only read before a date. */
export const WEEKDAYS: readonly string[] = [
  "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
  "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So",
];

/** Ordinal words for quarters and halves ("im ersten Quartal"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  erste: 1, ersten: 1, erstes: 1, erster: 1,
  zweite: 2, zweiten: 2, zweites: 2, zweiter: 2,
  dritte: 3, dritten: 3, drittes: 3, dritter: 3,
  vierte: 4, vierten: 4, viertes: 4, vierter: 4,
  letzte: 4, letzten: 4, letztes: 4, letzter: 4,
};

/** Parts of a year named by a position word: the months they cover. */
export const YEAR_PARTS: Readonly<Record<string, { from: number; to: number; precision: "month" | "quarter" | "year" }>> = {
  anfang: { from: 1, to: 3, precision: "quarter" },
  beginn: { from: 1, to: 3, precision: "quarter" },
  "zu beginn": { from: 1, to: 3, precision: "quarter" },
  mitte: { from: 6, to: 6, precision: "month" },
  ende: { from: 12, to: 12, precision: "year" },
  jahresende: { from: 12, to: 12, precision: "year" },
  jahresanfang: { from: 1, to: 3, precision: "quarter" },
  jahresmitte: { from: 6, to: 6, precision: "month" },
};

/**
 * Seasons as meteorological months; the end month of Winter lies in the following year
 * (GUIDELINES §5 of the development set uses the same convention).
 */
export const SEASONS: Readonly<Record<string, { from: number; to: number }>> = {
  frühjahr: { from: 3, to: 5 },
  frühling: { from: 3, to: 5 },
  sommer: { from: 6, to: 8 },
  herbst: { from: 9, to: 11 },
  winter: { from: 12, to: 14 },
};

/** Relative year words → offset from the reference year. */
export const RELATIVE_YEAR: Readonly<Record<string, number>> = {
  "kommenden jahres": 1, "nächsten jahres": 1, "des kommenden jahres": 1, "des nächsten jahres": 1,
  "im kommenden jahr": 1, "im nächsten jahr": 1, "kommendes jahr": 1, "nächstes jahr": 1,
  "dieses jahres": 0, "diesen jahres": 0, "in diesem jahr": 0, "des jahres": 0, "dieses jahr": 0,
  "im laufenden jahr": 0, "laufenden jahres": 0,
  "vergangenen jahres": -1, "letzten jahres": -1, "im vergangenen jahr": -1, "im letzten jahr": -1,
  "vorigen jahres": -1, "im vorigen jahr": -1,
};

/** Relative day words → offset in days from the reference date. */
export const RELATIVE_DAY: Readonly<Record<string, number>> = {
  heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2,
};

/** Number words used in durations ("in zwei Wochen"). */
export const SMALL_NUMBER_WORDS: Readonly<Record<string, number>> = {
  ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, achtzehn: 18, vierundzwanzig: 24,
};

/** Markers of the common era after a year ("85 n. Chr.", "88 uZ"). */
export const ERA_MARKERS: readonly string[] = [
  "n. Chr.", "n.Chr.", "nach Christus", "n. u. Z.", "n.u.Z.", "nuZ", "u. Z.", "u.Z.", "uZ", "d. g. Z.", "d.g.Z.", "dgZ",
  "nC", "n. C.", "ndZ", "n.d.Z.", "ndgZ", "n.d.g.Z.",
];

/** Words before a number that make it a count, not a year ("davon 2000", "rund 2000"). */
export const COUNT_WORDS_BEFORE: readonly string[] = [
  "davon", "rund", "ca.", "circa", "fast", "knapp", "mehr als", "weniger als", "bis zu", "insgesamt", "jeweils",
];

/** Units and counted nouns after a number that make it a quantity, not a year ("2000 Quadratmeter"). */
export const QUANTITY_UNITS: readonly string[] = [
  "%", "Prozent", "Euro", "EUR", "€", "Mio", "Mill", "Mrd", "Millionen", "Milliarden", "Tsd", "Mark", "DM", "Dollar", "Franken",
  "Schilling", "Lire", "Meter", "Kilometer", "km", "Quadratmeter", "qm", "m²", "Hektar", "Tonnen", "Kilogramm", "kg", "Liter",
  "Grad", "Menschen", "Einwohner", "Personen", "Mitarbeiter", "Beschäftigte", "Stück", "Exemplare", "Besucher", "Teilnehmer",
  "Stimmen", "Fälle", "Kinder", "Schüler", "Wohnungen", "Flüchtlinge", "Jahre", "Jahren",
];

/** Holidays that are also given names ("Nikolaus der Zweite"): a date only after a preposition. */
export const HOLIDAYS_THAT_ARE_NAMES: readonly string[] = ["nikolaus"];

/** Two-letter weekday abbreviations that are also German words when written without their dot ("so"). */
export const ABBREVIATIONS_THAT_ARE_WORDS: readonly string[] = ["so"];

/** Weekday names → ISO weekday index (Monday = 0). */
export const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  montag: 0, dienstag: 1, mittwoch: 2, donnerstag: 3, freitag: 4, samstag: 5, sonnabend: 5, sonntag: 6,
};

/** Ordinal words for days of the month and weeks ("am vierten Dezember", "erste Woche"). */
export const DAY_ORDINALS: Readonly<Record<string, number>> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
  elft: 11, zwölft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, sechzehnt: 16, siebzehnt: 17, achtzehnt: 18,
  neunzehnt: 19, zwanzigst: 20, einundzwanzigst: 21, zweiundzwanzigst: 22, dreiundzwanzigst: 23,
  vierundzwanzigst: 24, fünfundzwanzigst: 25, sechsundzwanzigst: 26, siebenundzwanzigst: 27,
  achtundzwanzigst: 28, neunundzwanzigst: 29, dreißigst: 30, dreissigst: 30, einunddreißigst: 31, einunddreissigst: 31,
  letzt: -1,
};

/** Words around a weekday that say the text looks back ("hat am Montag beschlossen") or ahead. */
export const PAST_TENSE = new RegExp(`(?:^|[^${LETTER}])(?:hat|haben|hatte|hatten|war|waren|wurde|wurden|sagte|sagten|erklärte|erklärten|teilte|berichtete|kündigte|stellte|stellten|gab|traf|trafen|beschloss|beschlossen|fand|fanden|eröffnete|verabschiedete|gestern|vergangenen|vergangene|letzten|letzte)(?![${LETTER}])`, "u");
export const FUTURE_TENSE = new RegExp(`(?:^|[^${LETTER}])(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|kommenden|kommende|nächsten|nächste|morgen)(?![${LETTER}])`, "u");

/** Nouns after which a year is part of a name, not a date ("Digitalstrategie 2021", "Haushalt 2025"). */
export const YEAR_NAME_HEADS: readonly string[] = [
  "strategie", "programm", "gesetz", "haushalt", "haushaltsplan", "plan", "konzept", "agenda", "bericht",
  "studie", "initiative", "paket", "pakt", "offensive", "charta", "vision", "projekt", "version", "ausgabe",
  "modell", "verordnung", "richtlinie", "messe", "expo", "gartenschau", "gartenausstellung", "kampagne",
];

/**
 * Holidays and named days: a fixed month and day, or an offset in days from Easter Sunday, or the
 * nth weekday of a month ("Muttertag": second Sunday in May).
 */
export const HOLIDAYS: Readonly<Record<string, { month?: number; day?: number; easter?: number; nth?: [number, number, number] }>> = {
  neujahr: { month: 1, day: 1 }, neujahrstag: { month: 1, day: 1 }, "heilige drei könige": { month: 1, day: 6 },
  dreikönigstag: { month: 1, day: 6 }, valentinstag: { month: 2, day: 14 }, "tag der arbeit": { month: 5, day: 1 },
  maifeiertag: { month: 5, day: 1 }, weltkindertag: { month: 6, day: 1 }, johannistag: { month: 6, day: 24 },
  "peter und paul": { month: 6, day: 29 }, "augsburger friedensfest": { month: 8, day: 8 },
  "mariä himmelfahrt": { month: 8, day: 15 }, "tag der deutschen einheit": { month: 10, day: 3 },
  reformationstag: { month: 10, day: 31 }, halloween: { month: 10, day: 31 }, allerheiligen: { month: 11, day: 1 },
  martinstag: { month: 11, day: 11 }, barbaratag: { month: 12, day: 4 }, nikolaus: { month: 12, day: 6 },
  nikolaustag: { month: 12, day: 6 }, heiligabend: { month: 12, day: 24 }, "heiliger abend": { month: 12, day: 24 },
  weihnachten: { month: 12, day: 25 }, weihnachtstag: { month: 12, day: 25 }, "ersten weihnachtsfeiertag": { month: 12, day: 25 },
  "erster weihnachtsfeiertag": { month: 12, day: 25 }, "zweiten weihnachtstag": { month: 12, day: 26 },
  "zweiter weihnachtstag": { month: 12, day: 26 }, "zweiten weihnachtsfeiertag": { month: 12, day: 26 },
  stephanstag: { month: 12, day: 26 }, silvester: { month: 12, day: 31 },
  fastnachtssamstag: { easter: -50 }, fastnachtssonntag: { easter: -49 }, rosenmontag: { easter: -48 },
  fastnacht: { easter: -47 }, aschermittwoch: { easter: -46 }, palmsonntag: { easter: -7 }, gründonnerstag: { easter: -3 },
  karfreitag: { easter: -2 }, karsamstag: { easter: -1 }, ostern: { easter: 0 }, ostersonntag: { easter: 0 },
  ostermontag: { easter: 1 }, "christi himmelfahrt": { easter: 39 }, pfingsten: { easter: 49 },
  pfingstsonntag: { easter: 49 }, pfingstmontag: { easter: 50 }, fronleichnam: { easter: 60 },
  muttertag: { nth: [5, 6, 2] }, vatertag: { easter: 39 }, erntedankfest: { nth: [10, 6, 1] }, erntedank: { nth: [10, 6, 1] },
};
