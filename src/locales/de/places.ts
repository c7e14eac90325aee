// Gazetteer of places German public-sector news names. Hand-compiled for this project from general
// geographic knowledge (names of states, districts, cities and countries are facts, not copyrighted data).
import type { PlaceType } from "../../types.js";

export interface PlaceEntry {
  name: string;
  type: PlaceType;
  aliases?: readonly string[];
  /** The name is also a common German word ("Essen", "Lage"): needs a cue such as "in" or "Stadt". */
  needsCue?: boolean;
}

const STATES: PlaceEntry[] = [
  { name: "Baden-Württemberg", type: "state", aliases: ["BW"] },
  { name: "Bayern", type: "state", aliases: ["Freistaat Bayern"] },
  { name: "Berlin", type: "state" },
  { name: "Brandenburg", type: "state" },
  { name: "Bremen", type: "state" },
  { name: "Hamburg", type: "state" },
  { name: "Hessen", type: "state" },
  { name: "Mecklenburg-Vorpommern", type: "state", aliases: ["MV"] },
  { name: "Niedersachsen", type: "state" },
  { name: "Nordrhein-Westfalen", type: "state", aliases: ["NRW", "Nordrhein Westfalen"] },
  { name: "Rheinland-Pfalz", type: "state", aliases: ["RLP"] },
  { name: "Saarland", type: "state" },
  { name: "Sachsen", type: "state", aliases: ["Freistaat Sachsen"] },
  { name: "Sachsen-Anhalt", type: "state" },
  { name: "Schleswig-Holstein", type: "state" },
  { name: "Thüringen", type: "state", aliases: ["Freistaat Thüringen"] },
];

const COUNTRIES: PlaceEntry[] = [
  "Deutschland", "Österreich", "Schweiz", "Frankreich", "Italien", "Spanien", "Portugal", "Belgien",
  "Luxemburg", "Dänemark", "Schweden", "Norwegen", "Finnland", "Island", "Estland", "Lettland", "Litauen",
  "Polen", "Tschechien", "Slowakei", "Ungarn", "Slowenien", "Kroatien", "Rumänien", "Bulgarien",
  "Griechenland", "Irland", "Großbritannien", "Ukraine", "Russland", "China", "Japan", "Indien",
  "Israel", "Kanada", "Brasilien", "Australien", "Singapur", "Südkorea", "Türkei", "Serbien", "Albanien",
  "Georgien", "Moldau", "Belarus", "Malta", "Zypern", "Liechtenstein", "Mexiko", "Argentinien", "Chile",
  "Ägypten", "Marokko", "Tunesien", "Nigeria", "Kenia", "Südafrika", "Taiwan", "Vietnam", "Indonesien",
].map((name): PlaceEntry => ({ name, type: "country" }));
COUNTRIES.push(
  { name: "Deutschland", type: "country", aliases: ["Bundesrepublik", "Bundesrepublik Deutschland", "BRD"] },
  { name: "Niederlande", type: "country", aliases: ["Niederlanden", "Holland"] },
  { name: "Vereinigte Staaten", type: "country", aliases: ["USA", "Vereinigten Staaten"] },
  { name: "Vereinigtes Königreich", type: "country", aliases: ["Vereinigten Königreich"] },
  { name: "Europa", type: "region" },
  { name: "Skandinavien", type: "region" },
);

const REGIONS: PlaceEntry[] = [
  "Ostwestfalen-Lippe", "Ruhrgebiet", "Münsterland", "Sauerland", "Siegerland", "Rheinland", "Westfalen",
  "Niederrhein", "Bergisches Land", "Eifel", "Allgäu", "Oberschwaben", "Schwarzwald", "Bodensee",
  "Nordthüringen", "Südthüringen", "Lausitz", "Altmark", "Harz", "Emsland", "Ostfriesland", "Vorpommern",
  "Oberbayern", "Niederbayern", "Franken", "Oberfranken", "Mittelfranken", "Unterfranken", "Schwaben",
  "Pfalz", "Rheinhessen", "Mittelhessen", "Nordhessen", "Osthessen", "Erzgebirge", "Vogtland",
  "Uckermark", "Prignitz", "Havelland", "Wetterau", "Hunsrück", "Westerwald", "Odenwald", "Spessart",
].map((name): PlaceEntry => ({ name, type: "region" }));
REGIONS.push({ name: "Ostwestfalen-Lippe", type: "region", aliases: ["OWL", "Ostwestfalen Lippe"] }, { name: "Ruhrgebiet", type: "region", aliases: ["Ruhrpott"] });

const CITIES_PLAIN = [
  // Nordrhein-Westfalen
  "Düsseldorf", "Köln", "Dortmund", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster",
  "Gelsenkirchen", "Mönchengladbach", "Aachen", "Krefeld", "Oberhausen", "Hamm", "Mülheim an der Ruhr",
  "Leverkusen", "Solingen", "Herne", "Neuss", "Paderborn", "Bottrop", "Recklinghausen", "Bergisch Gladbach",
  "Remscheid", "Moers", "Gütersloh", "Witten", "Iserlohn", "Düren", "Ratingen", "Marl", "Lünen", "Velbert",
  "Minden", "Viersen", "Gladbeck", "Rheine", "Troisdorf", "Dorsten", "Detmold", "Arnsberg", "Castrop-Rauxel",
  "Lüdenscheid", "Bocholt", "Soest", "Unna", "Herford", "Dinslaken", "Kerpen", "Grevenbroich", "Bergheim",
  "Wesel", "Lippstadt", "Dormagen", "Langenfeld", "Hürth", "Erftstadt", "Euskirchen", "Kleve", "Coesfeld",
  "Borken", "Steinfurt", "Warendorf", "Olpe", "Meschede", "Brilon", "Höxter", "Bad Oeynhausen", "Ahlen",
  "Emsdetten", "Greven", "Ibbenbüren", "Raesfeld", "Sankt Augustin", "Siegburg", "Königswinter", "Mettmann",
  "Hilden", "Haan", "Monheim am Rhein", "Wermelskirchen", "Gummersbach", "Wipperfürth", "Schwerte",
  // other large German cities
  "München", "Frankfurt am Main", "Stuttgart", "Leipzig", "Dresden", "Hannover", "Nürnberg",
  "Karlsruhe", "Mannheim", "Augsburg", "Wiesbaden", "Braunschweig", "Kiel", "Chemnitz", "Halle (Saale)",
  "Magdeburg", "Freiburg im Breisgau", "Lübeck", "Erfurt", "Rostock", "Mainz", "Kassel", "Saarbrücken",
  "Potsdam", "Oldenburg", "Osnabrück", "Heidelberg", "Darmstadt", "Regensburg", "Ingolstadt", "Würzburg",
  "Wolfsburg", "Ulm", "Heilbronn", "Pforzheim", "Göttingen", "Reutlingen", "Koblenz", "Bremerhaven",
  "Jena", "Trier", "Erlangen", "Cottbus", "Schwerin", "Gießen", "Konstanz", "Lüneburg", "Uelzen",
  "Flensburg", "Stralsund", "Greifswald", "Weimar", "Gera", "Zwickau", "Dessau-Roßlau", "Speyer",
  "Ludwigshafen am Rhein", "Kaiserslautern", "Landau", "Tübingen", "Esslingen am Neckar", "Ludwigsburg",
  "Bamberg", "Bayreuth", "Passau", "Landshut", "Rosenheim", "Kempten", "Fulda", "Marburg", "Hanau",
  "Offenbach am Main", "Celle", "Hildesheim", "Salzgitter", "Wilhelmshaven", "Emden", "Lingen",
  "Merseburg", "Herzberg", "Neubrandenburg", "Wismar", "Frankfurt (Oder)", "Eberswalde", "Tallinn",
  "Wien", "Zürich", "Bern", "Paris", "Brüssel", "Amsterdam", "Kopenhagen", "Stockholm", "Oslo", "Helsinki",
  "Warschau", "Prag", "Budapest", "Rom", "Madrid", "Lissabon", "London", "Dublin", "Riga", "Vilnius",
  "Washington", "New York", "Peking", "Tokio", "Straßburg", "Luxemburg-Stadt",
];
const CITIES: PlaceEntry[] = CITIES_PLAIN.map((name): PlaceEntry => ({ name, type: "city" }));
CITIES.push(
  { name: "Frankfurt am Main", type: "city", aliases: ["Frankfurt"] },
  { name: "Freiburg im Breisgau", type: "city", aliases: ["Freiburg"] },
  { name: "Halle (Saale)", type: "city", aliases: ["Halle"], needsCue: true },
  { name: "Ludwigshafen am Rhein", type: "city", aliases: ["Ludwigshafen"] },
  { name: "Mülheim an der Ruhr", type: "city", aliases: ["Mülheim"] },
  { name: "Offenbach am Main", type: "city", aliases: ["Offenbach"] },
  { name: "Kreuztal", type: "city" },
);

const DISTRICTS: PlaceEntry[] = [
  "Kreis Soest", "Kreis Unna", "Kreis Wesel", "Kreis Kleve", "Kreis Borken", "Kreis Coesfeld",
  "Kreis Steinfurt", "Kreis Warendorf", "Kreis Gütersloh", "Kreis Herford", "Kreis Höxter", "Kreis Lippe",
  "Kreis Minden-Lübbecke", "Kreis Paderborn", "Kreis Olpe", "Kreis Siegen-Wittgenstein", "Hochsauerlandkreis",
  "Märkischer Kreis", "Ennepe-Ruhr-Kreis", "Rhein-Sieg-Kreis", "Rhein-Kreis Neuss", "Rhein-Erft-Kreis",
  "Rheinisch-Bergischer Kreis", "Oberbergischer Kreis", "Kreis Mettmann", "Kreis Viersen", "Kreis Heinsberg",
  "Kreis Düren", "Kreis Euskirchen", "Städteregion Aachen", "Kreis Recklinghausen", "Kreis Segeberg",
  "Landkreis Konstanz", "Landkreis Lüneburg", "Landkreis Uelzen", "Landkreis Börde", "Landkreis Nordsachsen",
  "Region Hannover",
].map((name): PlaceEntry => ({ name, type: "district" }));

export const PLACES: readonly PlaceEntry[] = [...STATES, ...COUNTRIES, ...REGIONS, ...CITIES, ...DISTRICTS];

/**
 * Place names that are also common German words, first names or surnames: they count only after a cue
 * ("in Essen", "Stadt Hagen", a postcode) or inside a list of places. Every municipality that is not a
 * town ("Gemeinde") needs a cue anyway; this list is for towns, regions and countries.
 */
export const COMMON_WORD_PLACES: readonly string[] = [
  "Essen", "Hagen", "Siegen", "Lage", "Löhne", "Werne", "Brühl", "Hof", "Zell", "Weil", "Kirchen", "Linden",
  "Senden", "Buchen", "Bergen", "Burg", "Lauf", "Laufen", "Leer", "Waren", "Wehr", "Wissen", "Baden",
  "Weiden", "Aue", "Rain", "Zeil", "Stein", "Berg", "Bünde", "Tann", "Kamen", "Datteln", "Halle", "Marne",
  "Horn", "Hausen", "Wald", "Au", "Feld", "Elster", "Stelle", "Werden", "Ende", "Mali", "Chile", "Jersey",
  "Panama", "Niger", "Bad", "Dorf", "Hohen", "Mark", "Rot", "Nord", "Süd", "Ost", "West", "Recke",
  "Wetter", "Stadt", "Land", "Kreis", "Hall", "Werther", "Weißenfels", "Bismark", "Kappeln", "Lehre",
  "Hütten", "Mittenwalde", "Treuen", "Rechlin", "Gnarrenburg", "Welle", "Sande", "Moor", "Loxstedt",
  "Hagenow", "Mainhardt", "Grafing", "Landsberg", "Kaufungen", "Wanne", "Garten", "Schule", "Post",
  "Insel", "Wiese", "Anger", "Brücken", "Ecke", "Kirch", "Markt", "Schloss", "Weg", "Heide", "Furth",
  "Wolfen", "Borna", "Norden", "Rodenberg", "Freiheit", "Friedrich", "Georg", "Paul", "Konrad",
];

/** Words that look like places in running text but are levels of government or common nouns. */
export const NOT_PLACES: readonly string[] = ["Bund", "Land", "Länder", "Bundesländer", "Freistaat", "Kommune", "Landeshauptstadt", "Norden", "Süden", "Osten", "Westen"];

/** Words before a name that make it a place ("in Essen", "Stadt Hagen"). */
export const PLACE_CUES: readonly string[] = [
  "in", "In", "aus", "nach", "bei", "Stadt", "Gemeinde", "Kreis", "Landkreis", "Region", "von", "um",
  "Uni", "Universität", "Hochschule", "Fachhochschule", "TU", "FH", "Landeshauptstadt", "Stadtverwaltung",
  "Samtgemeinde", "Verbandsgemeinde", "Flecken", "Markt", "Raum", "zwischen",
];

/** Buildings and sites whose names contain a place ("Schloss Raesfeld"): the place is not meant there. */
export const SITE_WORDS: readonly string[] = ["Schloss", "Burg", "Kloster", "Rathaus", "Kokerei", "Zeche", "Dom", "Hotel", "Bahnhof", "Flughafen", "Hafen", "Messe", "Kaserne", "Klinikum", "Stadion", "Arena"];

/** Capitalised function words at the start of a sentence, never a settlement. */
export const NOT_SETTLEMENTS: readonly string[] = ["Im", "In", "Am", "An", "Auf", "Aus", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Mit", "Nach", "Bei", "Von", "Vom", "Zu", "Zum", "Zur", "Für", "Über", "Unter", "Als", "Auch", "Es", "Sie", "Er", "Wir", "Und", "Oder", "So", "Wie", "Was", "Wo", "Dort", "Hier", "Dabei", "Damit", "Doch"];

/**
 * Adjective stems of places ("estnischen" → Estland). An adjective alone names no place (DESIGN.md):
 * such places are listed with `adjectival: true` and left out of counts.
 */
export const PLACE_ADJECTIVES: Readonly<Record<string, string>> = {
  "baden-württembergisch": "Baden-Württemberg", bayerisch: "Bayern", berlinerisch: "Berlin",
  brandenburgisch: "Brandenburg", bremisch: "Bremen", hamburgisch: "Hamburg", hessisch: "Hessen",
  "mecklenburg-vorpommersch": "Mecklenburg-Vorpommern", mecklenburgisch: "Mecklenburg-Vorpommern",
  niedersächsisch: "Niedersachsen", "nordrhein-westfälisch": "Nordrhein-Westfalen",
  "rheinland-pfälzisch": "Rheinland-Pfalz", saarländisch: "Saarland", sächsisch: "Sachsen",
  "sachsen-anhaltisch": "Sachsen-Anhalt", "schleswig-holsteinisch": "Schleswig-Holstein", thüringisch: "Thüringen",
  deutsch: "Deutschland", österreichisch: "Österreich", schweizerisch: "Schweiz", französisch: "Frankreich",
  niederländisch: "Niederlande", belgisch: "Belgien", luxemburgisch: "Luxemburg", dänisch: "Dänemark",
  polnisch: "Polen", tschechisch: "Tschechien", europäisch: "Europa", skandinavisch: "Skandinavien",
  italienisch: "Italien", spanisch: "Spanien", portugiesisch: "Portugal", britisch: "Großbritannien",
  irisch: "Irland", amerikanisch: "Vereinigte Staaten", kanadisch: "Kanada", chinesisch: "China",
  japanisch: "Japan", indisch: "Indien", israelisch: "Israel", türkisch: "Türkei", griechisch: "Griechenland",
  finnisch: "Finnland", schwedisch: "Schweden", norwegisch: "Norwegen", estnisch: "Estland", lettisch: "Lettland",
  litauisch: "Litauen", ukrainisch: "Ukraine", russisch: "Russland", ungarisch: "Ungarn", rumänisch: "Rumänien",
  bulgarisch: "Bulgarien", kroatisch: "Kroatien", slowakisch: "Slowakei", slowenisch: "Slowenien",
};
