/**
 * Word lists of the synthetic collection (bench/search-corpus.ts), in English and French, about the Second
 * World War as museums hold it. Every list is in rank order: the generator draws from it with a Zipf-like
 * weight (rank^-1.07), so the first entries are very common and the last ones rare. With about 10 nouns
 * per item, what that gives (measured on 100k and 1M items by the bench, which prints the frequencies):
 * - very common (in 20–80 % of items): the first nouns (war, resistance, family, soldier, city,
 *   liberation), the most frequent years (1944, 1943), Paris;
 * - medium (about 0.5–5 %): nouns of rank 20–120 (parachute, bicycle, ration, tramway, barricade),
 *   mid-list towns (Bayeux, Montluc), less frequent famous people (Rol-Tanguy, Leclerc);
 * - rare (under 0.1 %): the end of RARE_WORDS (drawn in about a third of the items only: ausweis,
 *   stalag, gazogène, théodolite, ronéotype, zazou), the last surnames and the last towns.
 * Accented French words are kept accented (sœur, libération, déportés): the index drops the accents.
 */

/** [English, French, French gender]: the gender picks le/la and the adjective's ending. */
export type Noun = readonly [en: string, fr: string, gender: "m" | "f"];
/** [English, French masculine, French feminine]. */
export type Adjective = readonly [en: string, frM: string, frF: string];
/** [English past tense, French passé composé]. */
export type Verb = readonly [en: string, fr: string];
export type Pair = readonly [en: string, fr: string];

export const NOUNS: readonly Noun[] = [
  ["war", "guerre", "f"], ["resistance", "résistance", "f"], ["family", "famille", "f"], ["soldier", "soldat", "m"],
  ["city", "ville", "f"], ["liberation", "libération", "f"], ["army", "armée", "f"], ["occupation", "occupation", "f"],
  ["prisoner", "prisonnier", "m"], ["street", "rue", "f"], ["village", "village", "m"], ["camp", "camp", "m"],
  ["station", "gare", "f"], ["train", "train", "m"], ["bridge", "pont", "m"], ["newspaper", "journal", "m"],
  ["radio", "radio", "f"], ["network", "réseau", "m"], ["mother", "mère", "f"], ["father", "père", "m"],
  ["child", "enfant", "m"], ["school", "école", "f"], ["church", "église", "f"], ["farm", "ferme", "f"],
  ["factory", "usine", "f"], ["hospital", "hôpital", "m"], ["prison", "prison", "f"], ["message", "message", "m"],
  ["deportation", "déportation", "f"], ["uniform", "uniforme", "m"], ["weapon", "arme", "f"], ["map", "carte", "f"],
  ["flag", "drapeau", "m"], ["square", "place", "f"], ["battle", "bataille", "f"], ["landing", "débarquement", "m"],
  ["beach", "plage", "f"], ["tank", "char", "m"], ["aircraft", "avion", "m"], ["bombing", "bombardement", "m"],
  ["shelter", "abri", "m"], ["cellar", "cave", "f"], ["border", "frontière", "f"], ["port", "port", "m"],
  ["harbour", "rade", "f"], ["forest", "forêt", "f"], ["mountain", "montagne", "f"], ["river", "fleuve", "m"],
  ["courage", "courage", "m"], ["hunger", "faim", "f"], ["winter", "hiver", "m"], ["night", "nuit", "f"],
  ["parachute", "parachute", "m"], ["bicycle", "bicyclette", "f"], ["ration", "ration", "f"], ["ticket", "ticket", "m"],
  ["tramway", "tramway", "m"], ["barricade", "barricade", "f"], ["insurrection", "insurrection", "f"], ["strike", "grève", "f"],
  ["printing press", "imprimerie", "f"], ["leaflet", "tract", "m"], ["poster", "affiche", "f"], ["diary", "carnet", "m"],
  ["suitcase", "valise", "f"], ["armband", "brassard", "m"], ["helmet", "casque", "m"], ["medal", "médaille", "f"],
  ["rifle", "fusil", "m"], ["grenade", "grenade", "f"], ["mine", "mine", "f"], ["convoy", "convoi", "m"],
  ["roundup", "rafle", "f"], ["hostage", "otage", "m"], ["execution", "exécution", "f"], ["trial", "procès", "m"],
  ["tribunal", "tribunal", "m"], ["memory", "mémoire", "f"], ["testimony", "témoignage", "m"], ["monument", "monument", "m"],
  ["cemetery", "cimetière", "m"], ["grave", "tombe", "f"], ["wreath", "gerbe", "f"], ["ceremony", "cérémonie", "f"],
  ["curfew", "couvre-feu", "m"], ["checkpoint", "barrage", "m"], ["identity card", "carte d'identité", "f"], ["pass", "laissez-passer", "m"],
  ["safe house", "planque", "f"], ["escape line", "filière", "f"], ["smuggler", "passeur", "m"], ["informer", "indicateur", "m"],
  ["transmitter", "émetteur", "m"], ["receiver", "récepteur", "m"], ["code", "code", "m"], ["cipher", "chiffre", "m"],
  ["sabotage", "sabotage", "m"], ["railway line", "voie ferrée", "f"], ["locomotive", "locomotive", "f"], ["wagon", "wagon", "m"],
  ["lorry", "camion", "m"], ["motorcycle", "moto", "f"], ["jeep", "jeep", "f"], ["bunker", "blockhaus", "m"],
  ["trench", "tranchée", "f"], ["fortification", "fortification", "f"], ["lighthouse", "phare", "m"], ["cliff", "falaise", "f"],
  ["marsh", "marais", "m"], ["orchard", "verger", "m"], ["mill", "moulin", "m"], ["quarry", "carrière", "f"],
  ["bakery", "boulangerie", "f"], ["café", "café", "m"], ["town hall", "mairie", "f"], ["police station", "commissariat", "m"],
  ["barracks", "caserne", "f"], ["citadel", "citadelle", "f"], ["garden", "jardin", "m"], ["attic", "grenier", "m"],
  ["photograph album", "album", "m"], ["notebook", "cahier", "m"], ["postcard", "carte postale", "f"], ["stamp", "timbre", "m"],
  ["banknote", "billet", "m"], ["coin", "pièce", "f"], ["ration book", "carte de ravitaillement", "f"], ["queue", "queue", "f"],
  ["black market", "marché noir", "m"], ["requisition", "réquisition", "f"], ["forced labour", "travail obligatoire", "m"], ["refugee", "réfugié", "m"],
  ["exodus", "exode", "m"], ["armistice", "armistice", "m"], ["collaboration", "collaboration", "f"], ["purge", "épuration", "f"],
  ["nurse", "infirmière", "f"], ["doctor", "médecin", "m"], ["priest", "prêtre", "m"], ["teacher", "instituteur", "m"],
  ["railwayman", "cheminot", "m"], ["policeman", "gendarme", "m"], ["fisherman", "pêcheur", "m"], ["miner", "mineur", "m"],
];

export const ADJECTIVES: readonly Adjective[] = [
  ["old", "vieux", "vieille"], ["small", "petit", "petite"], ["destroyed", "détruit", "détruite"], ["hidden", "caché", "cachée"],
  ["clandestine", "clandestin", "clandestine"], ["German", "allemand", "allemande"], ["American", "américain", "américaine"],
  ["British", "britannique", "britannique"], ["French", "français", "française"], ["occupied", "occupé", "occupée"],
  ["free", "libre", "libre"], ["damaged", "endommagé", "endommagée"], ["handwritten", "manuscrit", "manuscrite"],
  ["printed", "imprimé", "imprimée"], ["torn", "déchiré", "déchirée"], ["burnt", "brûlé", "brûlée"], ["frozen", "gelé", "gelée"],
  ["secret", "secret", "secrète"], ["forbidden", "interdit", "interdite"], ["abandoned", "abandonné", "abandonnée"],
  ["Canadian", "canadien", "canadienne"], ["Polish", "polonais", "polonaise"], ["Italian", "italien", "italienne"],
  ["requisitioned", "réquisitionné", "réquisitionnée"], ["mended", "raccommodé", "raccommodée"], ["faded", "délavé", "délavée"],
  ["rusty", "rouillé", "rouillée"], ["camouflaged", "camouflé", "camouflée"], ["improvised", "improvisé", "improvisée"],
  ["forged", "falsifié", "falsifiée"], ["embroidered", "brodé", "brodée"], ["engraved", "gravé", "gravée"],
];

export const VERBS: readonly Verb[] = [
  ["kept", "a gardé"], ["hid", "a caché"], ["carried", "a transporté"], ["found", "a retrouvé"], ["photographed", "a photographié"],
  ["described", "a décrit"], ["defended", "a défendu"], ["crossed", "a traversé"], ["left", "a quitté"], ["reached", "a rejoint"],
  ["repaired", "a réparé"], ["drew", "a dessiné"], ["wrote about", "a raconté"], ["printed", "a imprimé"], ["guarded", "a gardé"],
  ["sheltered", "a abrité"], ["sabotaged", "a saboté"], ["blew up", "a fait sauter"], ["buried", "a enterré"], ["recovered", "a récupéré"],
  ["smuggled", "a fait passer"], ["signed", "a signé"], ["sewed", "a cousu"], ["engraved", "a gravé"], ["decoded", "a déchiffré"],
];

/** Towns and sites, most cited first; the last ones are rare. */
export const TOWNS: readonly string[] = [
  "Paris", "Caen", "Lyon", "Marseille", "Bordeaux", "Lille", "Brest", "Saint-Lô", "Cherbourg", "Le Havre", "Rouen", "Toulouse",
  "Grenoble", "Strasbourg", "Nantes", "Rennes", "Limoges", "Vichy", "Dijon", "Reims", "Bayeux", "Falaise", "Arromanches",
  "Sainte-Mère-Église", "Colleville-sur-Mer", "Montluc", "Drancy", "Compiègne", "Oradour-sur-Glane", "Tulle", "Vassieux-en-Vercors",
  "Saint-Nazaire", "Lorient", "Dunkerque", "Calais", "Boulogne-sur-Mer", "Amiens", "Clermont-Ferrand", "Annecy", "Chambéry",
  "Nice", "Toulon", "Montpellier", "Nîmes", "Avignon", "Besançon", "Nancy", "Metz", "Orléans", "Tours", "Poitiers", "Angers",
  "Le Mans", "Chartres", "Évreux", "Alençon", "Saint-Malo", "Quimper", "Vannes", "Périgueux", "Brive-la-Gaillarde", "Figeac",
  "Mont-Mouchet", "Glières", "Écouves", "Saint-Marcel", "Plumelec", "Pointe du Hoc", "Ouistreham", "Bénouville", "Carentan",
  "Mortain", "Chambois", "Montormel", "Royan", "La Rochelle", "Natzweiler", "Schirmeck", "Gurs", "Rivesaltes", "Les Milles",
  "Pithiviers", "Beaune-la-Rolande", "Izieu", "Châteaubriant", "Mont-Valérien", "Ivry-sur-Seine", "Romainville", "Fresnes",
  "Tréguier", "Ploërmel", "Douarnenez", "Cancale", "Avranches", "Granville", "Villedieu-les-Poêles", "Vire", "Condé-sur-Noireau",
];

export const MONTHS: readonly Pair[] = [
  ["January", "janvier"], ["February", "février"], ["March", "mars"], ["April", "avril"], ["May", "mai"], ["June", "juin"],
  ["July", "juillet"], ["August", "août"], ["September", "septembre"], ["October", "octobre"], ["November", "novembre"], ["December", "décembre"],
];

/** Years in rank order: the liberation years are the most represented. */
export const YEARS: readonly number[] = [1944, 1943, 1942, 1940, 1945, 1941, 1939, 1946, 1938, 1947];

/** Famous people, most cited first; [name, gender]. */
export const FAMOUS: readonly (readonly [string, "m" | "f"])[] = [
  ["Charles de Gaulle", "m"], ["Jean Moulin", "m"], ["Philippe Leclerc de Hauteclocque", "m"], ["Lucie Aubrac", "f"],
  ["Raymond Aubrac", "m"], ["Henri Rol-Tanguy", "m"], ["Pierre Brossolette", "m"], ["Germaine Tillion", "f"],
  ["Geneviève de Gaulle-Anthonioz", "f"], ["Missak Manouchian", "m"], ["Berty Albrecht", "f"], ["Honoré d'Estienne d'Orves", "m"],
  ["Guy Môquet", "m"], ["Danielle Casanova", "f"], ["Marie-Madeleine Fourcade", "f"], ["Jean Cavaillès", "m"],
  ["Simone Veil", "f"], ["Joséphine Baker", "f"], ["Pierre Kœnig", "m"], ["Jean de Lattre de Tassigny", "m"],
  ["Madeleine Riffaud", "f"], ["Olga Bancic", "f"], ["Boris Vildé", "m"], ["Agnès Humbert", "f"], ["Marcel Pasche", "m"],
];

export const GIVEN_NAMES: readonly (readonly [string, "m" | "f"])[] = [
  ["Jean", "m"], ["Marie", "f"], ["Pierre", "m"], ["Jeanne", "f"], ["André", "m"], ["Marguerite", "f"], ["Louis", "m"],
  ["Germaine", "f"], ["René", "m"], ["Madeleine", "f"], ["Marcel", "m"], ["Suzanne", "f"], ["Henri", "m"], ["Yvonne", "f"],
  ["Georges", "m"], ["Simone", "f"], ["Paul", "m"], ["Odette", "f"], ["Robert", "m"], ["Denise", "f"], ["Roger", "m"],
  ["Lucienne", "f"], ["Maurice", "m"], ["Hélène", "f"], ["Raymond", "m"], ["Geneviève", "f"], ["Joseph", "m"], ["Thérèse", "f"],
  ["Lucien", "m"], ["Andrée", "f"], ["Fernand", "m"], ["Renée", "f"], ["Émile", "m"], ["Gisèle", "f"], ["Albert", "m"],
  ["Colette", "f"], ["Gaston", "m"], ["Paulette", "f"], ["Léon", "m"], ["Raymonde", "f"], ["Étienne", "m"], ["Berthe", "f"],
  ["Abraham", "m"], ["Rachel", "f"], ["Stanisław", "m"], ["Rywka", "f"], ["Antonio", "m"], ["Francesca", "f"], ["Ahmed", "m"], ["Fatima", "f"],
];

/** Family names, most frequent first; the tail (Breton, Alsatian, Polish, Yiddish names) is rare. */
export const SURNAMES: readonly string[] = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
  "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre",
  "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
  "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez",
  "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly",
  "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour", "Blanchard",
  "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre", "Renard", "Arnaud",
  "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe",
  "Lacroix", "Dupuis", "Olivier", "Louis", "Charpentier", "Moulin", "Guillaume", "Rivière", "Le Gall", "Le Goff", "Kerjean",
  "Le Bihan", "Quéméner", "Tanguy", "Jaouen", "Ollivier", "Riou", "Hamon", "Kieffer", "Zimmermann", "Schneider", "Weber",
  "Haag", "Heitz", "Ostermann", "Kowalski", "Nowak", "Wiśniewski", "Lewandowski", "Zieliński", "Szymański", "Goldberg",
  "Rosenberg", "Weinstein", "Grynszpan", "Lévy", "Cohen", "Bloch", "Dreyfus", "Weill", "Halbwachs", "Rapoport", "Zylberberg",
  "Ferrandi", "Santucci", "Pietri", "Benamou", "Haddad", "Ben Saïd", "Oukhitou", "Boudjemaa", "Quintana", "Azéma",
  "Sauvageot", "Trébuchet", "Vaugirard", "Pelletan", "Chabrol", "Castagnède", "Mauriac", "Larzac", "Tessendier", "Escoffier",
];

/** Relatives a letter may be written to; [English noun, French with its possessive]. */
export const RELATIVES: readonly Pair[] = [
  ["wife", "sa femme"], ["mother", "sa mère"], ["sister", "sa sœur"], ["brother", "son frère"], ["parents", "ses parents"],
  ["fiancée", "sa fiancée"], ["son", "son fils"], ["daughter", "sa fille"], ["husband", "son mari"], ["cousin", "son cousin"],
];

/** Groups a thing may have belonged to, most cited first. */
export const GROUPS: readonly Pair[] = [
  ["the Free French Forces", "les Forces françaises libres"], ["the French Forces of the Interior", "les Forces françaises de l'intérieur"],
  ["the 2nd Armoured Division", "la 2e division blindée"], ["the maquis of the Vercors", "le maquis du Vercors"],
  ["the Combat movement", "le mouvement Combat"], ["the Francs-Tireurs et Partisans", "les Francs-tireurs et partisans"],
  ["the Red Cross", "la Croix-Rouge"], ["the Libération-Sud movement", "le mouvement Libération-Sud"],
  ["the Musée de l'Homme network", "le réseau du musée de l'Homme"], ["the Alliance network", "le réseau Alliance"],
  ["the Manouchian group", "le groupe Manouchian"], ["the Jewish Scouts of France", "les Éclaireurs israélites de France"],
  ["the Kieffer commando", "le commando Kieffer"], ["the Normandie-Niemen squadron", "l'escadrille Normandie-Niemen"],
];

/**
 * Specialised words: at most one per item, in about a third of the items, so even the first is
 * medium and the last ones are rare. [English, French].
 */
export const RARE_WORDS: readonly Pair[] = [
  ["ration coupon", "ticket de rationnement"], ["demarcation line", "ligne de démarcation"], ["yellow star", "étoile jaune"],
  ["carrier pigeon", "pigeon voyageur"], ["crystal set", "poste à galène"], ["Sten gun", "mitraillette Sten"],
  ["Lysander", "Lysander"], ["cyclostyle", "ronéo"], ["gazogene", "gazogène"], ["ausweis", "ausweis"], ["stalag", "stalag"],
  ["oflag", "oflag"], ["kommandantur", "kommandantur"], ["feldgendarmerie", "feldgendarmerie"], ["zazou", "zazou"],
  ["periscope", "périscope"], ["theodolite", "théodolite"], ["mimeograph", "ronéotype"], ["spirit duplicator", "duplicateur"],
  ["microfilm", "microfilm"], ["invisible ink", "encre sympathique"], ["false bottom", "double fond"], ["bakelite", "bakélite"],
  ["gas mask", "masque à gaz"], ["mess tin", "gamelle"], ["canteen", "bidon"], ["puttees", "bandes molletières"],
  ["kepi", "képi"], ["beret", "béret"], ["sabot", "sabot"], ["crinoline", "crinoline"], ["sewing machine", "machine à coudre"],
  ["typewriter", "machine à écrire"], ["ledger", "registre"], ["herbarium", "herbier"], ["rosary", "chapelet"],
  ["harmonica", "harmonica"], ["accordion", "accordéon"], ["chessboard", "échiquier"], ["playing cards", "jeu de cartes"],
  ["penknife", "canif"], ["compass", "boussole"], ["sextant", "sextant"], ["barometer", "baromètre"], ["stopwatch", "chronomètre"],
  ["ciborium", "ciboire"], ["reliquary", "reliquaire"], ["tabernacle", "tabernacle"], ["menorah", "menorah"], ["tallit", "tallith"],
  ["samovar", "samovar"], ["tobacco pouch", "blague à tabac"], ["snuffbox", "tabatière"], ["cigarette case", "étui à cigarettes"],
  ["trench art", "artisanat de tranchée"], ["shell case", "douille"], ["shrapnel", "éclat d'obus"], ["detonator", "détonateur"],
  ["plastic explosive", "plastic"], ["fuse", "mèche"], ["wire cutters", "pince coupante"], ["crowbar", "pied-de-biche"],
  ["lantern", "lanterne"], ["carbide lamp", "lampe à carbure"], ["dynamo torch", "lampe dynamo"], ["semaphore", "sémaphore"],
  ["Enigma", "Enigma"], ["teleprinter", "téléscripteur"], ["switchboard", "standard téléphonique"], ["Morse key", "manipulateur morse"],
  ["glider", "planeur"], ["Horsa", "Horsa"], ["Dakota", "Dakota"], ["Spitfire", "Spitfire"], ["Messerschmitt", "Messerschmitt"],
  ["Sherman", "Sherman"], ["half-track", "half-track"], ["bazooka", "bazooka"], ["mortar", "mortier"], ["flamethrower", "lance-flammes"],
  ["Mulberry", "Mulberry"], ["caisson", "caisson"], ["pontoon", "ponton"], ["Bailey bridge", "pont Bailey"], ["Atlantic Wall", "mur de l'Atlantique"],
  ["ondograph", "ondographe"], ["stereoscope", "stéréoscope"], ["magic lantern", "lanterne magique"], ["phonograph", "phonographe"],
  ["gramophone", "gramophone"], ["cinematograph", "cinématographe"], ["daguerreotype", "daguerréotype"], ["ambrotype", "ambrotype"],
  ["cyanotype", "cyanotype"], ["palimpsest", "palimpseste"], ["colophon", "colophon"], ["incunabulum", "incunable"],
];

/** Kinds of item: [object_type, English title word, French title word, French gender]. */
export const ITEM_TYPES: readonly (readonly [type: string, en: string, fr: string, gender: "m" | "f"])[] = [
  ["letter", "Letter", "Lettre", "f"], ["photograph", "Photograph", "Photographie", "f"], ["document", "Document", "Document", "m"],
  ["poster", "Poster", "Affiche", "f"], ["uniform", "Uniform", "Uniforme", "m"], ["object", "Armband", "Brassard", "m"],
  ["archive", "Diary", "Journal intime", "m"], ["drawing", "Drawing", "Dessin", "m"], ["weapon", "Rifle", "Fusil", "m"],
  ["document", "Identity card", "Carte d'identité", "f"], ["film", "Film", "Film", "m"], ["audio", "Recorded testimony", "Témoignage enregistré", "m"],
  ["object", "Radio set", "Poste de radio", "m"], ["furniture", "Desk", "Bureau", "m"], ["video", "Interview", "Entretien filmé", "m"],
];
