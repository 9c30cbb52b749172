// English names of first-level regions, for the place gazetteer (places.ts), beside the regions of
// `country-region-data`. That dataset names many regions in their own language ("Bayern", "Toscana",
// "Genève", "Donetska oblast") and lists the nations of the United Kingdom not at all; English news
// writes "Bavaria", "Tuscany", "Geneva", "Donetsk", "Scotland". Written for this project (MIT):
// [English name, ISO alpha-2 country]. Names a city of the same name already covers are left out.

// The nations of the United Kingdom, which field their own teams and have their own ministers: "the
// England coach", "the Wales captain" are that nation's, as "the Brazil coach" is Brazil's.
export const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

export const ENGLISH_REGION_NAMES: ReadonlyArray<readonly [string, string]> = [
  // The nations of the United Kingdom ("in Northern Ireland", "Scotland's first minister").
  ['England', 'GB'], ['Scotland', 'GB'], ['Wales', 'GB'], ['Northern Ireland', 'GB'],
  // German Länder ("Bayern", "Nordrhein-Westfalen" in the dataset).
  ['Bavaria', 'DE'], ['Hesse', 'DE'], ['Lower Saxony', 'DE'], ['North Rhine-Westphalia', 'DE'],
  ['Rhineland-Palatinate', 'DE'], ['Saxony', 'DE'], ['Saxony-Anhalt', 'DE'], ['Thuringia', 'DE'],
  ['Mecklenburg-Western Pomerania', 'DE'],
  // Austrian states ("Tirol", "Kärnten").
  ['Tyrol', 'AT'], ['Carinthia', 'AT'], ['Styria', 'AT'], ['Lower Austria', 'AT'], ['Upper Austria', 'AT'],
  // Swiss cantons ("Genève", "Zürich", "Graubünden").
  ['Geneva', 'CH'], ['Zurich', 'CH'], ['Lucerne', 'CH'], ['Grisons', 'CH'], ['St. Gallen', 'CH'],
  // Italian regions ("Lombardia", "Sicilia").
  ['Lombardy', 'IT'], ['Piedmont', 'IT'], ['Tuscany', 'IT'], ['Sicily', 'IT'], ['Sardinia', 'IT'],
  ['Apulia', 'IT'], ['Aosta Valley', 'IT'], ['Trentino-South Tyrol', 'IT'], ['South Tyrol', 'IT'],
  // Spanish communities ("Andalucìa", "Cataluña" is missing altogether).
  ['Andalusia', 'ES'], ['Catalonia', 'ES'], ['Basque Country', 'ES'], ['Balearic Islands', 'ES'],
  ['Canary Islands', 'ES'], ['Navarre', 'ES'], ['Castile and León', 'ES'], ['Castile-La Mancha', 'ES'],
  ['Aragon', 'ES'], ['Galicia', 'ES'], ['Valencian Community', 'ES'],
  // French regions and overseas territories ("Bretagne", "Corse", "Guyane").
  ['Brittany', 'FR'], ['Normandy', 'FR'], ['Corsica', 'FR'], ['Burgundy', 'FR'], ['Alsace', 'FR'],
  ['Provence', 'FR'], ['New Caledonia', 'FR'], ['French Polynesia', 'FR'],
  // Greek regions ("Attikḯ", "Krítí").
  ['Attica', 'GR'], ['Crete', 'GR'], ['Peloponnese', 'GR'], ['Thessaly', 'GR'], ['Epirus', 'GR'],
  ['Central Macedonia', 'GR'], ['Mount Athos', 'GR'],
  // Dutch and Portuguese provinces and regions ("Noord-Holland", "Açores").
  ['North Holland', 'NL'], ['South Holland', 'NL'], ['North Brabant', 'NL'], ['Azores', 'PT'],
  // Polish voivodeships ("Śląskie", "Mazowieckie").
  ['Silesia', 'PL'], ['Lower Silesia', 'PL'], ['Masovia', 'PL'], ['Lesser Poland', 'PL'], ['Greater Poland', 'PL'],
  ['Pomerania', 'PL'],
  // Ukrainian oblasts by their English short names ("Donetska oblast", "Khersonska oblast").
  ['Donetsk region', 'UA'], ['Luhansk region', 'UA'], ['Kherson region', 'UA'], ['Zaporizhzhia region', 'UA'],
  ['Kharkiv region', 'UA'], ['Zaporizhzhia', 'UA'],
  // Russian republics by their usual English names ("Chechen Republic", "Republic of Dagestan").
  ['Chechnya', 'RU'], ['Dagestan', 'RU'], ['Ingushetia', 'RU'], ['Tatarstan', 'RU'], ['Bashkortostan', 'RU'],
  // Mexican states ("Ciudad de México", "Michoacán de Ocampo").
  ['Michoacán', 'MX'], ['Coahuila', 'MX'], ['Querétaro', 'MX'],
];
