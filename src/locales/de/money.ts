// Currency words and qualifiers for German money expressions; written for this project.

/** Currency words and symbols → ISO 4217 code (keys are matched case-sensitively, as printed). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  Euro: "EUR", EURO: "EUR", "€uro": "EUR", EUR: "EUR", "€": "EUR", Eur: "EUR",
  Cent: "EUR",
  "kanadische Dollar": "CAD", "kanadischen Dollar": "CAD", "australische Dollar": "AUD",
  "australischen Dollar": "AUD", "US-Dollar": "USD", Dollar: "USD", USD: "USD", $: "USD", "US-$": "USD",
  Franken: "CHF", "Schweizer Franken": "CHF", CHF: "CHF", Fr: "CHF",
  Pfund: "GBP", "britische Pfund": "GBP", "britischen Pfund": "GBP", GBP: "GBP", "£": "GBP",
  Yen: "JPY", JPY: "JPY", "¥": "JPY",
  Kronen: "SEK", SEK: "SEK", DKK: "DKK", NOK: "NOK",
  "Mark": "DEM", DM: "DEM",
};

/** Currency words that divide the value (Cent is a hundredth of a Euro). */
export const CURRENCY_DIVISORS: Readonly<Record<string, number>> = { Cent: 100 };

/** Words before an amount that make it approximate, with the qualifier they express. */
export const QUALIFIERS: Readonly<Record<string, "about" | "more_than" | "at_least" | "up_to" | "almost">> = {
  rund: "about", etwa: "about", "ca.": "about", circa: "about", zirka: "about", geschätzt: "about",
  geschätzte: "about", geschätzten: "about", ungefähr: "about", annähernd: "about", gut: "more_than",
  "gut über": "more_than", über: "more_than", "mehr als": "more_than", "weit über": "more_than",
  mindestens: "at_least", "bis zu": "up_to", maximal: "up_to", höchstens: "up_to",
  fast: "almost", knapp: "almost", nahezu: "almost", beinahe: "almost",
};

/** Words right after a number that make it a count of something, not money. */
export const NON_MONEY_UNITS: readonly string[] = [
  "Einwohner", "Einwohnerinnen", "Einwohnern", "Menschen", "Bürger", "Bürgerinnen", "Personen",
  "Beschäftigte", "Beschäftigten", "Mitarbeiter", "Mitarbeiterinnen", "Mitarbeitende", "Nutzer",
  "Prozent", "%", "Quadratmeter", "Kilometer", "km", "Stunden", "Tage", "Jahre", "Euro-Scheine",
];
