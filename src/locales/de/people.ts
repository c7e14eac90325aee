// Role nouns, titles and first names for finding people in German text. Hand-compiled for this
// project (common German given names are facts of the language, not third-party data).

/** Stems of role nouns; a role is any word ending in a stem, with the feminine "-in" ("Digitalministerin"). */
export const ROLE_STEMS: readonly string[] = [
  "minister", "ministerpräsident", "präsident", "bürgermeister", "landrat", "landrätin", "staatssekretär",
  "staatsminister", "staatsrat", "senator", "dezernent", "geschäftsführer", "vorsitzender", "vorsitzende",
  "sprecher", "chef", "leiter", "direktor", "kanzler", "beauftragter", "beauftragte", "abgeordneter",
  "abgeordnete", "amtsleiter", "kämmerer", "stadtrat", "stadträtin", "referent", "koordinator",
  "projektleiter", "vorstand", "vorstandsvorsitzender", "gründer", "professor", "kreispräsident",
  "regierungspräsident", "oberbürgermeister", "ortsbürgermeister", "beigeordneter", "beigeordnete",
  "cio", "cdo", "ceo", "cto", "ob", "redakteur", "chefredakteur", "experte", "expertin", "forscher", "wissenschaftler",
];

/** Titles and forms of address that precede a name but are not part of it. */
export const NAME_TITLES: readonly string[] = ["Dr.", "Prof.", "Prof. Dr.", "Dipl.-Ing.", "Herr", "Frau", "Herrn"];

/** Political parties, which in brackets after a name give the person's role ("Armin Laschet (CDU)"). */
export const PARTIES: readonly string[] = ["CDU", "CSU", "SPD", "FDP", "Grüne", "Bündnis 90/Die Grünen", "Die Linke", "Linke", "AfD", "BSW", "Freie Wähler", "parteilos"];

/** Capitalised words that follow a role noun but are no surname ("Sprecher Anfang Mai", "Minister Digitales"). */
export const NOT_SURNAMES: readonly string[] = [
  "Anfang", "Ende", "Mitte", "Beginn", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
  "Sonntag", "Heute", "Gestern", "Morgen", "Digitales", "Inneres", "Finanzen", "Wirtschaft", "Bildung",
  "Gesundheit", "Justiz", "Umwelt", "Verkehr", "Kultur", "Soziales", "Arbeit", "Energie", "Europa", "Bund",
  "Land", "Stadt", "Kreis", "Gemeinde", "Deutschland", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein",
  "Eine", "Einer", "Im", "In", "Am", "Zum", "Zur", "Mit", "Von", "Vom", "Für", "Auf", "Aus", "Nach", "Bei",
  "Dr", "Prof", "Herr", "Frau", "Jahr", "Jahres", "Amt", "Amtes", "Haus", "Hauses", "Stellvertreter",
];

export const FIRST_NAMES: readonly string[] = [
  "Cathleen", "Kathleen", "Mandy", "Peggy", "Ronny", "Ramona", "Silvio", "Enrico", "Maik", "Urte", "Ute",
  "Günther", "Bodo", "Reiner", "Gabi", "Lore", "Aydan", "Sawsan", "Serpil", "Derya", "Gökay", "Ekin",
  // male
  "Achim", "Adrian", "Albert", "Alexander", "Alfred", "Andreas", "André", "Andre", "Anton", "Armin", "Arne",
  "Axel", "Benedikt", "Benjamin", "Bernd", "Bernhard", "Björn", "Bodo", "Boris", "Burkhard", "Carsten",
  "Cem", "Christian", "Christoph", "Claus", "Clemens", "Daniel", "David", "Denis", "Dennis", "Dieter",
  "Dietmar", "Dirk", "Dominik", "Eckhard", "Edgar", "Erik", "Ernst", "Erwin", "Fabian", "Felix",
  "Florian", "Frank", "Franz", "Friedrich", "Fritz", "Georg", "Gerd", "Gerhard", "Günter", "Günther",
  "Hans", "Harald", "Hartmut", "Heiko", "Heinrich", "Heinz", "Helmut", "Hendrik", "Henning", "Herbert",
  "Hermann", "Holger", "Horst", "Hubert", "Hubertus", "Ingo", "Jan", "Jens", "Joachim", "Jochen",
  "Johannes", "Jonas", "Jörg", "Josef", "Jürgen", "Kai", "Karl", "Karsten", "Klaus", "Konrad", "Kurt",
  "Lars", "Lothar", "Lukas", "Manfred", "Manuel", "Marc", "Marcel", "Marco", "Marcus", "Mario", "Markus",
  "Martin", "Mathias", "Matthias", "Max", "Maximilian", "Michael", "Mike", "Moritz", "Nils", "Norbert",
  "Olaf", "Oliver", "Otto", "Pascal", "Patrick", "Paul", "Peter", "Philipp", "Rainer", "Ralf", "Ralph",
  "Reiner", "Reinhard", "René", "Richard", "Robert", "Roland", "Rolf", "Roman", "Rüdiger", "Rudolf",
  "Sascha", "Sebastian", "Siegfried", "Simon", "Stefan", "Steffen", "Stephan", "Sven", "Thomas", "Thorsten",
  "Tilo", "Tim", "Timo", "Tobias", "Torsten", "Ulf", "Ulrich", "Uwe", "Volker", "Walter", "Werner",
  "Wilfried", "Wilhelm", "Winfried", "Wolfgang", "Hendrik", "Hendrick", "Jakob", "Julian", "Justus", "Malte",
  "Niklas", "Olaf", "Rainer", "Sören", "Till", "Ulli", "Veit", "Volkmar", "Friedrich", "Hubert", "Emmanuel",
  "Joe", "Donald", "Boris", "Wladimir", "Emanuel", "Gerold", "Detlef", "Detlev", "Ekkehard", "Guido", "Knut",
  // female
  "Alexandra", "Andrea", "Angela", "Anja", "Anke", "Anna", "Anne", "Annette", "Antje", "Barbara", "Bärbel",
  "Beate", "Bettina", "Birgit", "Brigitte", "Carmen", "Carola", "Caroline", "Christa", "Christiane",
  "Christina", "Christine", "Claudia", "Cornelia", "Dagmar", "Daniela", "Doris", "Dorothea", "Dorothee",
  "Elena", "Elisabeth", "Elke", "Ellen", "Eva", "Franziska", "Gabriele", "Gisela", "Gudrun", "Hannelore",
  "Heike", "Helga", "Ilse", "Ina", "Ines", "Ingrid", "Iris", "Jana", "Janine", "Jessica", "Johanna",
  "Julia", "Jutta", "Karin", "Katharina", "Kathrin", "Katja", "Katrin", "Kerstin", "Kirsten", "Klara",
  "Kristina", "Laura", "Lena", "Lisa", "Manuela", "Maria", "Marie", "Marion", "Martina", "Melanie",
  "Melitta", "Michaela", "Miriam", "Monika", "Monique", "Nadine", "Nancy", "Natalie", "Nicole", "Nina",
  "Petra", "Rebecca", "Regina", "Renate", "Rita", "Sabine", "Sandra", "Sarah", "Silke", "Simone", "Sonja",
  "Stefanie", "Stephanie", "Susanne", "Svenja", "Tanja", "Ulrike", "Ursula", "Ute", "Verena", "Veronika",
  "Wiebke", "Yvonne", "Malu", "Manuela", "Anke", "Christiane", "Hildegard", "Gabi", "Kristin", "Judith",
  "Henriette", "Ricarda", "Annalena", "Franziska", "Mona", "Ilka", "Isabel", "Isabelle",
];
