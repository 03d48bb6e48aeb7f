/**
 * The units a figure in content may carry, per language, each mapped to one canonical name so
 * "12 uur" in Dutch and "12 hours" in English are the same figure. `shared` words are written
 * alike in every language (symbols, SI units, currency codes). The proof rule and the
 * translation checks read units from this one table.
 */
export interface UnitWords {
  shared?: readonly string[];
  [lang: string]: readonly string[] | undefined;
}

export const unitTable: Readonly<Record<string, UnitWords>> = {
  '%': { shared: ['%', 'pct'], en: ['percent', 'per cent'], nl: ['procent'] },
  '‰': { shared: ['‰'] },
  'percentage points': { en: ['percentage points', 'percentage point'], nl: ['procentpunten', 'procentpunt'] },
  ppm: { shared: ['ppm'] },
  times: { shared: ['x', '×'], en: ['times', 'fold'], nl: ['keer', 'maal'] },
  EUR: { shared: ['eur', '€'], en: ['euros', 'euro'], nl: ['euro'] },
  USD: { shared: ['usd', '$'], en: ['dollars', 'dollar'], nl: ['dollar'] },
  GBP: { shared: ['gbp', '£'] },
  CHF: { shared: ['chf'] },
  SEK: { shared: ['sek'] },
  DKK: { shared: ['dkk'] },
  NOK: { shared: ['nok'] },
  PLN: { shared: ['pln'] },
  CZK: { shared: ['czk'] },
  CNY: { shared: ['cny'] },
  JPY: { shared: ['jpy', '¥'] },
  hours: { shared: ['h'], en: ['hours', 'hour', 'hrs', 'hr'], nl: ['uren', 'uur'] },
  days: { en: ['working days', 'working day', 'business days', 'business day', 'days', 'day'], nl: ['dagen', 'dag', 'werkdagen', 'werkdag'] },
  weeks: { en: ['weeks', 'week'], nl: ['weken', 'week'] },
  months: { en: ['months', 'month'], nl: ['maanden', 'maand'] },
  years: { en: ['years', 'year'], nl: ['jaren', 'jaar'] },
  minutes: { shared: ['min'], en: ['minutes', 'minute', 'mins'], nl: ['minuten', 'minuut'] },
  seconds: { shared: ['s', 'sec'], en: ['seconds', 'second'], nl: ['seconden', 'seconde'] },
  shifts: { en: ['shifts', 'shift'], nl: ['ploegen', 'ploeg', 'diensten', 'dienst'] },
  pieces: { shared: ['pcs'], en: ['pieces', 'piece'], nl: ['stuks', 'stuk'] },
  parts: { en: ['parts', 'part'], nl: ['onderdelen', 'onderdeel'] },
  units: { en: ['units', 'unit'], nl: ['eenheden', 'eenheid'] },
  batches: { en: ['batches', 'batch', 'lots'], nl: ['batches', 'batch', 'partijen'] },
  samples: { en: ['samples'], nl: ['monsters', 'steekproeven'] },
  measurements: { en: ['measurements', 'readings'], nl: ['metingen'] },
  audits: { en: ['audits'], nl: ['audits'] },
  complaints: { en: ['complaints'], nl: ['klachten'] },
  defects: { en: ['defects', 'rejects'], nl: ['fouten', 'afkeuringen'] },
  returns: { en: ['returns'], nl: ['retouren'] },
  claims: { en: ['claims'], nl: ['claims'] },
  orders: { en: ['orders'], nl: ['orders', 'bestellingen'] },
  customers: { en: ['customers'], nl: ['klanten'] },
  plants: { en: ['plants', 'sites'], nl: ['fabrieken', 'vestigingen', 'locaties'] },
  lines: { en: ['lines'], nl: ['lijnen'] },
  machines: { en: ['machines'], nl: ['machines'] },
  operators: { en: ['operators'], nl: ['operators'] },
  people: { shared: ['fte'], en: ['people'], nl: ['mensen', 'personen'] },
  points: { en: ['points'], nl: ['punten'] },
  stops: { en: ['stops'], nl: ['stilstanden', 'stops'] },
  users: { en: ['users'], nl: ['gebruikers'] },
  packs: { en: ['packs'], nl: ['verpakkingen'] },
  mm: { shared: ['mm'] },
  µm: { shared: ['µm', 'μm', 'um'] },
  nm: { shared: ['nm'] },
  cm: { shared: ['cm'] },
  m: { shared: ['m'] },
  km: { shared: ['km'] },
  kg: { shared: ['kg'] },
  g: { shared: ['g'] },
  t: { shared: ['t'], en: ['tonnes', 'tons', 'ton'], nl: ['ton'] },
  kWh: { shared: ['kwh'] },
  MWh: { shared: ['mwh'] },
  l: { shared: ['l'], en: ['litres', 'liters'], nl: ['liter'] },
};

/** Units written before the number: "€ 34.000", "EUR 34,000". */
export const unitsBefore: Readonly<Record<string, readonly string[]>> = {
  EUR: ['€', 'eur'],
  USD: ['$', 'usd'],
  GBP: ['£', 'gbp'],
  JPY: ['¥', 'jpy'],
  CHF: ['chf'],
  SEK: ['sek'],
  DKK: ['dkk'],
  NOK: ['nok'],
  PLN: ['pln'],
  CZK: ['czk'],
  CNY: ['cny'],
};

const unitWordsCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * Every unit word of a language (shared ones included, lower case), mapped to its canonical unit.
 * Built once per language: the checker reads figures in every text of every entry.
 */
export function unitWords(lang: string): ReadonlyMap<string, string> {
  let words = unitWordsCache.get(lang);
  if (!words) {
    words = buildUnitWords(lang);
    unitWordsCache.set(lang, words);
  }
  return words;
}

function buildUnitWords(lang: string): Map<string, string> {
  const code = lang.split('-')[0] ?? lang;
  // A language without words of its own here reads English unit words.
  const base = Object.values(unitTable).some((byLang) => byLang[code]) ? code : 'en';
  const words = new Map<string, string>();
  for (const [unit, byLang] of Object.entries(unitTable)) {
    for (const word of [...(byLang.shared ?? []), ...(byLang[base] ?? [])]) {
      if (!words.has(word)) words.set(word, unit);
    }
  }
  return words;
}
