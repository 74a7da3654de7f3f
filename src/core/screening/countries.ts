/**
 * Nationality normalisation: an ISO 3166-1 alpha-2 or alpha-3 code (any case) or a country name in
 * English, Dutch, French or German → alpha-2. Codes and names come from the maintained
 * i18n-iso-countries package (static JSON imports, no I/O); the project keeps only what it lacks:
 * demonyms, older and list-specific names (UN, OFAC) and MRZ/historical codes.
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };

// alpha-2 alternative names the package lacks (demonyms, older or list-specific names); ';'-separated
const SUPPLEMENT = `AF Islamic Republic of Afghanistan;Afghan
AL Albanian
DZ Algerian
AO Angolan
AR Argentinian
AM Armenian
AU Australian
AT Austrian
AZ Azerbaijani
BS The Bahamas
BH Bahraini
BD Bangladeshi
BY Belarusian;Byelorussia
BE Belgian
BO Plurinational State of Bolivia;Bolivia (Plurinational State of);Bolivian
BA Bosnia-Herzegovina;Bosnia;Bosnian
BR Brazilian
BG Bulgarian
BI Burundian
CV Cabo Verde
KH Cambodian
CM Cameroonian
CA Canadian
CF CAR
TD Chadian
CL Chilean
CN Chinese
CO Colombian
KM Comorian
CG Congo;Congo, Republic of the
CD Congo, Democratic Republic of the;DR Congo;DRC;Zaire
CI Ivorian
HR Croatian
CU Cuban
CY Cypriot
CZ Czech
DK Danish
DO Dominican
EC Ecuadorian
EG Egyptian;Arab Republic of Egypt
SV Salvadoran
ER Eritrean
EE Estonian
ET Ethiopian
FK Falkland Islands
FI Finnish
FR French
GM Gambian
GE Georgian
DE German;Federal Republic of Germany
GH Ghanaian
GR Greek
GT Guatemalan
GN Guinean
HT Haitian
VA Holy See;Vatican;Vatican City
HN Honduran
HU Hungarian
IN Indian
ID Indonesian
IR Iran (Islamic Republic of);Iranian
IQ Iraqi
IE Irish
IL Israeli
IT Italian
JM Jamaican
JP Japanese
JO Jordanian
KZ Kazakh
KE Kenyan
KP Democratic People's Republic of Korea;Korea, North;DPRK;Korea, Democratic People's Republic of
KR Korea, South;Korea
KW Kuwaiti
KG Kyrgyz
LV Latvian
LB Lebanese
LR Liberian
LY Libyan;Libyan Arab Jamahiriya
LT Lithuanian
MO Macau
MY Malaysian
MV Maldivian
ML Malian
MT Maltese
MR Mauritanian
MX Mexican
FM Micronesia
MD Moldova;Republic of Moldova;Moldovan
MN Mongolian
MA Moroccan
MM Burma;Burmese
NP Nepalese
NL Dutch;Holland
NI Nicaraguan
NE Nigerien
NG Nigerian
MK Macedonia;The former Yugoslav Republic of Macedonia;Macedonia, The Former Yugoslav Republic of
NO Norwegian
OM Omani
PK Pakistani
PS Palestinian;West Bank;Gaza;Palestinian Territories;Occupied Palestinian Territory
PA Panamanian
PY Paraguayan
PE Peruvian
PH Filipino
PL Polish
PT Portuguese
QA Qatari
RO Romanian
RU Russian
RW Rwandan
SA Saudi;Kingdom of Saudi Arabia
SN Senegalese
RS Serbian
SG Singaporean
SK Slovak
SI Slovenian
SO Somali
ZA South African
SS South Sudanese
ES Spanish
LK Sri Lankan
SD Sudanese
SE Swedish
CH Swiss
SY Syria;Syrian
TJ Tajik
TZ Tanzanian
TH Thai
TL East Timor
TN Tunisian
TR Turkish
TM Turkmen
UG Ugandan
UA Ukrainian
AE Emirati
GB United Kingdom of Great Britain and Northern Ireland;Britain;British;England;Scotland;Wales
US American
UY Uruguayan
UZ Uzbek
VE Venezuela (Bolivarian Republic of);Bolivarian Republic of Venezuela;Venezuelan
VN Viet Nam;Vietnamese
VG British Virgin Islands
VI US Virgin Islands
YE Yemeni
ZM Zambian
ZW Zimbabwean`;

// ICAO/MRZ and historical codes and names
const EXTRA: readonly (readonly [string, string])[] = [['d', 'DE'], ['uk', 'GB'], ['rks', 'XK'], ['xkx', 'XK'], ['ussr', 'RU'], ['soviet union', 'RU'], ['yugoslavia', 'RS'], ['serbia and montenegro', 'RS']];

function key(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

type Names = Record<string, string | string[]>;
const LANGS: Names[] = [en.countries, nl.countries, fr.countries, de.countries];
const ALPHA2 = (codes as string[][]).map((c) => c[0]!);

// Built once at module load (toAlpha2 is on the screening hot path).
const BY_KEY = new Map<string, string>();
{
  // package names in en/nl/fr/de; a name that two countries share ("Congo") is left out here
  const shared = new Set<string>();
  for (const names of LANGS) {
    for (const [a2, n] of Object.entries(names)) {
      for (const name of [n].flat()) {
        const k = key(name);
        if (!k || shared.has(k)) continue;
        const had = BY_KEY.get(k);
        if (had && had !== a2) {
          BY_KEY.delete(k);
          shared.add(k);
        } else BY_KEY.set(k, a2);
      }
    }
  }
  for (const line of SUPPLEMENT.split('\n')) {
    const a2 = line.slice(0, 2);
    for (const name of line.slice(3).split(';')) BY_KEY.set(key(name), a2);
  }
  for (const [k, a2] of EXTRA) BY_KEY.set(k, a2);
  for (const [a2, a3] of codes as string[][]) {
    BY_KEY.set(a2!.toLowerCase(), a2!);
    BY_KEY.set(a3!.toLowerCase(), a2!);
  }
}

/**
 * Normalises a nationality or country (alpha-2, alpha-3 in any case, or a name in en/nl/fr/de such
 * as "Iran (Islamic Republic of)", "Syrian" or "Belgique") to ISO 3166-1 alpha-2, or undefined when unknown.
 */
export function toAlpha2(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const k = key(value).replace(/^(possibly|probably|reportedly|allegedly) /, '');
  if (!k) return undefined;
  const direct = BY_KEY.get(k);
  if (direct) return direct;
  // "Korea, Republic of" / "the Netherlands" / "Republic of Iraq"
  const flipped = k.replace(/^(.*) (republic of|the)$/, '$2 $1').replace(/^(the|republic of) /, '');
  return BY_KEY.get(flipped);
}

/** English name of an alpha-2 country code (the package's official name). */
export function countryName(alpha2: string): string | undefined {
  const n = en.countries[alpha2.toUpperCase() as keyof typeof en.countries] as string | string[] | undefined;
  return n === undefined ? undefined : [n].flat()[0];
}

/** Every ISO 3166-1 alpha-2 code (for name look-ups in other languages). */
export function countryCodes(): string[] {
  return [...ALPHA2];
}

/** The folding toAlpha2 applies to names (accents, case, punctuation). */
export function countryKey(s: string): string {
  return key(s);
}
