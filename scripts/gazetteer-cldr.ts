// Arabic place names from CLDR (territories, time-zone exemplar cities) and i18n-iso-countries,
// with the small reviewed tables of corrections this project applies to them.
import { createRequire } from 'node:module';
import type { SourceEntry } from './gazetteer-data.js';

const require = createRequire(import.meta.url);

export const CLDR = 'cldr';
export const I18N = 'i18n-iso-countries';

/** Numeric UN M.49 regions left out: 001 is العالم ("the world"), a common word, not a place name. */
const SKIP_REGIONS = new Set(['001']);

/** Two-letter CLDR codes that are not countries. */
const NON_COUNTRY: Record<string, { type: 'ORG'; id: string; kind: string } | null> = {
  EU: { type: 'ORG', id: 'eu', kind: 'intl' }, // الاتحاد الأوروبي
  UN: { type: 'ORG', id: 'un', kind: 'intl' }, // الأمم المتحدة
  EZ: null, // منطقة اليورو: a currency area
  QO: null, // أوقيانوسيا النائية: a statistical grouping
  XA: null, // pseudo-locales
  XB: null,
  ZZ: null, // منطقة غير معروفة
};

/** CLDR territories that are not ISO 3166-1 countries, with the country they belong to. */
const TERRITORY_OF: Record<string, string> = { AC: 'SH', CP: 'FR', CQ: 'GG', DG: 'IO', EA: 'ES', IC: 'ES', TA: 'SH' };

/** The name news uses, where it is neither CLDR's main name nor its -alt-short. */
const COUNTRY_NAME: Record<string, string> = {
  SA: 'السعودية',
  AE: 'الإمارات',
  CD: 'جمهورية الكونغو الديمقراطية',
  CG: 'جمهورية الكونغو',
  MO: 'ماكاو',
};

/** Frequent spellings missing from both sources (written for this project from general usage). */
const COUNTRY_ALIASES: Record<string, string[]> = {
  // Official names too (ANNOTATION.md: a country is a place, whatever form names it): the
  // longest form is matched, so دولة [الإمارات] does not leave العربية المتحدة behind.
  AE: ['دولة الإمارات', 'دولة الإمارات العربية المتحدة'],
  CD: ['الكونغو الديمقراطية'],
  CZ: ['تشيكيا'],
  DZ: ['الجمهورية الجزائرية', 'الجمهورية الجزائرية الديمقراطية الشعبية'],
  EG: ['جمهورية مصر العربية'],
  GB: ['بريطانيا'],
  IQ: ['جمهورية العراق'],
  IR: ['الجمهورية الإسلامية الإيرانية'],
  JO: ['المملكة الأردنية الهاشمية'],
  LB: ['الجمهورية اللبنانية'],
  MA: ['المملكة المغربية'],
  MR: ['الجمهورية الإسلامية الموريتانية'],
  PS: ['دولة فلسطين'],
  RU: ['روسيا الاتحادية'],
  SY: ['سورية', 'الجمهورية العربية السورية'],
  TN: ['الجمهورية التونسية'],
  YE: ['الجمهورية اليمنية'],
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  // Spellings of the press beside CLDR's (general knowledge), and the short names news uses.
  AO: ['أنجولا'],
  BA: ['البوسنة'],
  BD: ['بنجلاديش'],
  BY: ['بيلاروسيا'],
  DK: ['الدانمارك'],
  CG: ['الكونغو', 'الكونغو برازافيل'],
  CL: ['الشيلي'],
  KG: ['قرغيزستان', 'قرغيزيا'],
  KZ: ['قازاقستان'],
  MD: ['مولدافيا'],
  MK: ['مقدونيا'],
  NL: ['هولندة'],
  PE: ['البيرو'],
  PL: ['بولندة'],
  PY: ['الباراغواي'],
  TH: ['تايلند'],
  TJ: ['طاجكستان'],
  TM: ['تركمنستان'],
  UY: ['أوروغواي'],
  UZ: ['أوزباكستان'],
};

/**
 * Exemplar cities left out, reviewed one by one: the Arabic is a common word or a personal name
 * (ترك "left", نوم "sleep", ماهي "what is", جوني, ستانلي), or not a city name at all.
 */
export const EXCLUDED_ZONES: Record<string, string> = {
  'Etc/Unknown': 'مدينة غير معروفة, "unknown city"',
  'Pacific/Truk': 'ترك is a common word ("left")',
  'Pacific/Wake': 'واك, not a city',
  'Pacific/Easter': 'استر, the island is جزيرة القيامة in news',
  'America/Nome': 'نوم is a common word ("sleep")',
  'America/North_Dakota/Center': 'سنتر, "centre"',
  'America/North_Dakota/Beulah': 'بيولا، داكوتا الشمالية: a descriptive label',
  'America/Indiana/Tell_City': 'مدينة تل، إنديانا: a descriptive label',
  'America/Lower_Princes': 'حي الأمير السفلي, a translation, not a name',
  'America/Juneau': 'جوني is a given name',
  'America/Belem': 'بلم, not how news writes Belém',
  'America/Thule': 'ثيل, not how news writes Thule',
  'America/Jujuy': 'جوجو, not how news writes Jujuy',
  'Indian/Mahe': 'ماهي is a common word ("what is")',
  'Indian/Christmas': 'كريسماس, "Christmas"',
  'Atlantic/Canary': 'كناري, "canary"; the islands are جزر الكناري (IC)',
  'Atlantic/Stanley': 'استانلي is a personal name',
  'Atlantic/Faeroe': 'فارو duplicates جزر فارو (FO)',
  'Antarctica/Troll': 'ترول, a research station',
};

/** Exemplar cities whose CLDR Arabic is misspelt or unusual, corrected to the spelling of Arabic news. */
export const CORRECTED_ZONES: Record<string, { name: string; aliases?: string[]; country?: string | null }> = {
  'Australia/Perth': { name: 'بيرث' }, // CLDR: برثا
  'Australia/Brisbane': { name: 'بريسبان' }, // CLDR: برسيبان
  'Australia/Adelaide': { name: 'أديلايد', aliases: ['أديليد'] },
  'Australia/Darwin': { name: 'داروين' }, // CLDR: دارون (the naturalist's spelling)
  'Europe/Samara': { name: 'سامارا' }, // CLDR: سمراء, a common adjective ("brown")
  'Europe/Volgograd': { name: 'فولغوغراد', aliases: ['فولجوجراد'] }, // CLDR: فولوجراد
  'Europe/Kaliningrad': { name: 'كالينينغراد', aliases: ['كالينينجراد'] }, // CLDR: كالينجراد
  'Asia/Seoul': { name: 'سيول' }, // CLDR: سول
  'Asia/Hebron': { name: 'الخليل', aliases: ['هيبرون'] }, // CLDR: هيبرون (مدينة الخليل)
  'Asia/Saigon': { name: 'مدينة هو تشي منه', aliases: ['هو تشي منه', 'سايغون'] }, // CLDR: …منة
  'Asia/Calcutta': { name: 'كلكتا', aliases: ['كالكتا', 'كولكاتا'] },
  'Asia/Irkutsk': { name: 'إيركوتسك' }, // CLDR: ايركيتسك
  'Asia/Yakutsk': { name: 'ياكوتسك' }, // CLDR: ياكتسك
  'Asia/Yekaterinburg': { name: 'يكاترينبورغ' }, // CLDR: يكاترنبيرج
  'Asia/Novosibirsk': { name: 'نوفوسيبيرسك' }, // CLDR: نوفوسبيرسك
  'Asia/Sakhalin': { name: 'سخالين' }, // CLDR: سكالين
  'Asia/Magadan': { name: 'ماغادان' }, // CLDR: مجادن
  'Asia/Jerusalem': { name: 'القدس', country: null }, // status disputed: no country attached
  'Africa/Ceuta': { name: 'سبتة' }, // CLDR: سيتا
  'Africa/Mogadishu': { name: 'مقديشو', aliases: ['مقديشيو'] },
  'Africa/Lubumbashi': { name: 'لوبومباشي' }, // CLDR: لومبباشا
  'America/Moncton': { name: 'مونكتون' }, // CLDR: وينكتون
  'America/Argentina/Ushuaia': { name: 'أوشوايا' }, // CLDR: أشوا
  'America/Los_Angeles': { name: 'لوس أنجلوس', aliases: ['لوس انجلوس', 'لوس أنجليس'] },
};

interface TerritoryNames { main?: string; short?: string; variant: string[] }

function cleanCldrName(name: string): string {
  // هونغ كونغ الصينية (منطقة إدارية خاصة) → هونغ كونغ الصينية; ميانمار (بورما) → ميانمار (بورما is an i18n name).
  return name.replace(/\s*\([^)]*\)/g, '').trim();
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[_\s]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Countries, territories, regions and the two international bodies CLDR names, with i18n-iso-countries names merged in. */
export function loadTerritories(isoCodes: ReadonlySet<string>): SourceEntry[] {
  const territories = require('cldr-localenames-full/main/ar/territories.json').main.ar.localeDisplayNames.territories as Record<string, string>;
  const i18n = require('i18n-iso-countries/langs/ar.json').countries as Record<string, string | string[]>;
  const by = new Map<string, TerritoryNames>();
  for (const [key, value] of Object.entries(territories)) {
    const [code, alt] = key.split('-alt-') as [string, string | undefined];
    const t = by.get(code) ?? { variant: [] };
    by.set(code, t);
    const name = cleanCldrName(value);
    if (!alt) t.main = name;
    else if (alt === 'short') t.short = name;
    else t.variant.push(name);
  }
  const out: SourceEntry[] = [];
  for (const code of [...by.keys()].sort()) {
    const t = by.get(code)!;
    if (!t.main) continue;
    const at = `cldr-localenames-full/main/ar/territories.json#${code}`;
    if (/^\d{3}$/.test(code)) {
      if (!SKIP_REGIONS.has(code)) out.push({ type: 'LOC', id: `m49-${code}`, name: t.main, aliases: t.variant, kind: 'region', source: CLDR, at });
      continue;
    }
    if (code in NON_COUNTRY) {
      const nc = NON_COUNTRY[code];
      if (nc) out.push({ type: nc.type, id: nc.id, name: t.main, aliases: [...(t.short ? [t.short] : []), ...t.variant], kind: nc.kind, source: CLDR, at });
      continue;
    }
    const spellings = [t.short, t.main, ...t.variant].filter((s): s is string => !!s);
    const i18nNames = i18n[code] === undefined ? [] : ([] as string[]).concat(i18n[code]!).map(cleanCldrName);
    const name = COUNTRY_NAME[code] ?? spellings[0]!;
    const aliases = [...spellings, ...i18nNames, ...(COUNTRY_ALIASES[code] ?? [])].filter((s) => s !== name);
    const country = isoCodes.has(code) ? code : TERRITORY_OF[code];
    const e: SourceEntry = { type: 'LOC', id: code, name, aliases, kind: isoCodes.has(code) ? 'country' : 'territory', source: CLDR, at };
    if (country) e.country = country;
    out.push(e);
  }
  // The i18n-only spellings are counted separately in the statistics.
  return out;
}

/** Every i18n-iso-countries spelling, for the statistics (`code` → names). */
export function i18nNames(): Map<string, string[]> {
  const i18n = require('i18n-iso-countries/langs/ar.json').countries as Record<string, string | string[]>;
  return new Map(Object.entries(i18n).map(([k, v]) => [k, ([] as string[]).concat(v).map(cleanCldrName)]));
}

/** Zone → ISO country, from CLDR's windowsZones mapping (the only zone → territory table in cldr-core). */
function zoneCountries(): Map<string, string> {
  const map = require('cldr-core/supplemental/windowsZones.json').supplemental.windowsZones.mapTimezones as Array<{ mapZone: { _territory: string; _type: string } }>;
  const out = new Map<string, string>();
  for (const { mapZone: z } of map) {
    if (z._territory === '001' || z._territory === 'ZZ') continue;
    for (const zone of z._type.split(' ')) if (!out.has(zone)) out.set(zone, z._territory);
  }
  return out;
}

export interface CityReport { entries: SourceEntry[]; excluded: string[]; corrected: string[]; countryNamed: string[] }

/**
 * Cities from the Arabic exemplar cities of CLDR time zones. Zones named after their country
 * (Asia/Bahrain → البحرين, Asia/Kuwait → الكويت) are left out: the country entry already has the name.
 */
export function loadExemplarCities(countryKeys: Map<string, Set<string>>, keyOf: (s: string) => string): CityReport {
  const zones = require('cldr-dates-full/main/ar/timeZoneNames.json').main.ar.dates.timeZoneNames.zone as Record<string, unknown>;
  const countries = zoneCountries();
  const report: CityReport = { entries: [], excluded: [], corrected: [], countryNamed: [] };
  const walk = (node: Record<string, unknown>, path: string[]): void => {
    for (const [k, v] of Object.entries(node)) {
      if (!v || typeof v !== 'object') continue;
      const rec = v as Record<string, unknown>;
      if (typeof rec.exemplarCity === 'string') {
        const zone = [...path, k].join('/');
        if (zone in EXCLUDED_ZONES) {
          report.excluded.push(zone);
          continue;
        }
        const fix = CORRECTED_ZONES[zone];
        if (fix) report.corrected.push(zone);
        const name = fix?.name ?? cleanCldrName(rec.exemplarCity);
        const country = fix && fix.country !== undefined ? fix.country ?? undefined : countries.get(zone);
        if (country && countryKeys.get(country)?.has(keyOf(name))) {
          report.countryNamed.push(zone);
          continue;
        }
        const e: SourceEntry = {
          type: 'LOC',
          id: (country ? country.toLowerCase() + '-' : '') + slug(k),
          name,
          aliases: fix?.aliases ?? [],
          kind: 'city',
          source: CLDR,
          at: `cldr-dates-full/main/ar/timeZoneNames.json#${zone}`,
        };
        if (country) e.country = country;
        report.entries.push(e);
      } else walk(rec, [...path, k]);
    }
  };
  walk(zones, []);
  return report;
}
