// Currency words and qualifiers for German money expressions; written for this project.

/**
 * Currency words and symbols → ISO 4217 code. Words are matched case-insensitively ("euro", "EURO");
 * symbols and codes as printed. XBT is the unofficial code for Bitcoin.
 */
export const CURRENCIES: Readonly<Record<string, string>> = {
  Euro: "EUR", Euros: "EUR", "€uro": "EUR", EUR: "EUR", "€": "EUR",
  Cent: "EUR", Cents: "EUR", ct: "EUR", cts: "EUR", "¢": "EUR",
  Dollar: "USD", Dollars: "USD", Dollarn: "USD", "US-Dollar": "USD", "US-$": "USD", "us$": "USD", "usd$": "USD", $: "USD",
  "Can$": "CAD", "cad$": "CAD", "aud$": "AUD", "nzd$": "NZD", "mxn$": "MXN",
  Franken: "CHF", Frankens: "CHF", CHF: "CHF",
  Pfund: "GBP", "Pfd.": "GBP", "£": "GBP", Penny: "GBP", Pennies: "GBP", Pence: "GBP",
  Yen: "JPY", "¥": "JPY", Yuan: "CNY", Renminbi: "CNY", Won: "KRW", "₩": "KRW",
  Rubel: "RUB", "₽": "RUB", Rupie: "INR", Rupien: "INR", "₹": "INR", Riel: "KHR",
  Bitcoin: "XBT", Bitcoins: "XBT", "₿": "XBT",
  Mark: "DEM", DM: "DEM", Pfennig: "DEM", Pfennige: "DEM",
  USD: "USD", GBP: "GBP", JPY: "JPY", CAD: "CAD", AUD: "AUD", NZD: "NZD", HKD: "HKD", SEK: "SEK", DKK: "DKK",
  NOK: "NOK", PLN: "PLN", CZK: "CZK", HUF: "HUF", CNY: "CNY", INR: "INR", RUB: "RUB", TRY: "TRY", BRL: "BRL",
  MXN: "MXN", KRW: "KRW", ZAR: "ZAR", SGD: "SGD", XBT: "XBT", BTC: "XBT",
};

/** Adjectives that pick the currency of an ambiguous noun ("kanadische Dollar", "dänischen Kronen"). */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = {
  kanadisch: "CAD", australisch: "AUD", neuseeländisch: "NZD", "hongkong": "HKD", mexikanisch: "MXN",
  amerikanisch: "USD", "us": "USD", singapurisch: "SGD", schweizer: "CHF", schweizerisch: "CHF",
  dänisch: "DKK", norwegisch: "NOK", schwedisch: "SEK", isländisch: "ISK", tschechisch: "CZK",
  russisch: "RUB", indisch: "INR", pakistanisch: "PKR", kambodschanisch: "KHR", britisch: "GBP",
  japanisch: "JPY", chinesisch: "CNY", südkoreanisch: "KRW",
};

/** Nouns that name a currency only together with an adjective ("Kronen" alone could be any of three). */
export const ADJECTIVE_ONLY_CURRENCIES: readonly string[] = ["Krone", "Kronen", "KRONE", "KRONEN"];

/** Currency words that divide the value (a Cent is a hundredth of a Euro). */
export const CURRENCY_DIVISORS: Readonly<Record<string, number>> = {
  cent: 100, cents: 100, ct: 100, cts: 100, "¢": 100, penny: 100, pennies: 100, pence: 100, pfennig: 100, pfennige: 100,
};

/** Minor units that may follow a major amount ("zwei Euro und fünfzig Cent"). */
export const MINOR_UNITS: readonly string[] = ["Cent", "Cents", "ct", "Pence", "Penny", "Pennies", "Pfennig", "Pfennige", "¢", "c"];

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
