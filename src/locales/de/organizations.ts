// Bodies, institutions and company forms that German public-sector news names; written for this project.

/** Names of bodies that stand on their own. */
export const KNOWN_BODIES: readonly string[] = [
  "Landesregierung", "Bundesregierung", "Staatsregierung", "Kabinett", "Landtag", "Bundestag", "Bundesrat",
  "IT-Planungsrat", "Nationale Normenkontrollrat", "Nationaler Normenkontrollrat", "Normenkontrollrat",
  "KGSt", "FITKO", "Bitkom", "Vitako", "Staatskanzlei", "Senatskanzlei", "Bezirksregierung",
  "Bezirksregierungen", "Deutscher Städtetag", "Deutsche Städtetag", "Städtetag", "Landkreistag",
  "Deutscher Landkreistag", "Städte- und Gemeindebund", "Deutscher Städte- und Gemeindebund",
  "Europäische Union", "EU", "Europäische Kommission", "EU-Kommission", "Bundesamt für Sicherheit in der Informationstechnik",
  "BSI", "Bundesverfassungsgericht", "Bundesnetzagentur", "Stadtrat", "Gemeinderat", "Kreistag",
  "Stadtverwaltung", "Kreisverwaltung", "Landesverwaltung", "dbb Beamtenbund und Tarifunion", "Verdi",
  "CDU", "CSU", "SPD", "FDP", "AfD", "Die Linke", "Bündnis 90/Die Grünen",
];

/** Stems of ministry compounds: "Wirtschaftsministerium", "Digitalministerium". */
export const MINISTRY_SUFFIX = "ministerium";

/** Legal-form suffixes of companies and associations. */
export const COMPANY_FORMS: readonly string[] = ["GmbH & Co. KG", "gGmbH", "GmbH", "AG", "SE", "KG", "e. V.", "e.V.", "eG", "AöR", "mbH"];

/** Institution nouns followed by a place or name: "Uni Siegen", "Hochschule Bremen". */
export const INSTITUTION_HEADS: readonly string[] = [
  "Universität", "Uni", "Hochschule", "Fachhochschule", "Technische Universität", "TU", "TH", "Fraunhofer-Institut",
];
