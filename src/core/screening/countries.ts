/**
 * ISO 3166-1 countries with English names and common alternative names, for nationality
 * normalisation: alpha-2, alpha-3 (any case) or an English name → alpha-2.
 */

// alpha-2 alpha-3 name[;alternative names]
const TABLE = `AF AFG Afghanistan;Islamic Republic of Afghanistan;Afghan
AX ALA Aland Islands
AL ALB Albania;Albanian
DZ DZA Algeria;Algerian
AS ASM American Samoa
AD AND Andorra
AO AGO Angola;Angolan
AI AIA Anguilla
AQ ATA Antarctica
AG ATG Antigua and Barbuda
AR ARG Argentina;Argentine;Argentinian
AM ARM Armenia;Armenian
AW ABW Aruba
AU AUS Australia;Australian
AT AUT Austria;Austrian
AZ AZE Azerbaijan;Azerbaijani
BS BHS Bahamas;The Bahamas
BH BHR Bahrain;Bahraini
BD BGD Bangladesh;Bangladeshi
BB BRB Barbados
BY BLR Belarus;Belarusian;Byelorussia
BE BEL Belgium;Belgian
BZ BLZ Belize
BJ BEN Benin
BM BMU Bermuda
BT BTN Bhutan
BO BOL Bolivia;Plurinational State of Bolivia;Bolivia (Plurinational State of);Bolivian
BQ BES Bonaire, Sint Eustatius and Saba
BA BIH Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia;Bosnian
BW BWA Botswana
BV BVT Bouvet Island
BR BRA Brazil;Brazilian
IO IOT British Indian Ocean Territory
BN BRN Brunei;Brunei Darussalam
BG BGR Bulgaria;Bulgarian
BF BFA Burkina Faso
BI BDI Burundi;Burundian
CV CPV Cabo Verde;Cape Verde
KH KHM Cambodia;Cambodian
CM CMR Cameroon;Cameroonian
CA CAN Canada;Canadian
KY CYM Cayman Islands
CF CAF Central African Republic;CAR
TD TCD Chad;Chadian
CL CHL Chile;Chilean
CN CHN China;People's Republic of China;Chinese
CX CXR Christmas Island
CC CCK Cocos (Keeling) Islands
CO COL Colombia;Colombian
KM COM Comoros;Comorian
CG COG Congo;Republic of the Congo;Congo-Brazzaville;Congo, Republic of the
CD COD Democratic Republic of the Congo;Congo, Democratic Republic of the;DR Congo;DRC;Congo-Kinshasa;Zaire
CK COK Cook Islands
CR CRI Costa Rica
CI CIV Cote d'Ivoire;Ivory Coast;Ivorian
HR HRV Croatia;Croatian
CU CUB Cuba;Cuban
CW CUW Curacao
CY CYP Cyprus;Cypriot
CZ CZE Czechia;Czech Republic;Czech
DK DNK Denmark;Danish
DJ DJI Djibouti
DM DMA Dominica
DO DOM Dominican Republic;Dominican
EC ECU Ecuador;Ecuadorian
EG EGY Egypt;Egyptian;Arab Republic of Egypt
SV SLV El Salvador;Salvadoran
GQ GNQ Equatorial Guinea
ER ERI Eritrea;Eritrean
EE EST Estonia;Estonian
SZ SWZ Eswatini;Swaziland
ET ETH Ethiopia;Ethiopian
FK FLK Falkland Islands
FO FRO Faroe Islands
FJ FJI Fiji
FI FIN Finland;Finnish
FR FRA France;French
GF GUF French Guiana
PF PYF French Polynesia
TF ATF French Southern Territories
GA GAB Gabon
GM GMB Gambia;The Gambia;Gambian
GE GEO Georgia;Georgian
DE DEU Germany;German;Federal Republic of Germany
GH GHA Ghana;Ghanaian
GI GIB Gibraltar
GR GRC Greece;Greek
GL GRL Greenland
GD GRD Grenada
GP GLP Guadeloupe
GU GUM Guam
GT GTM Guatemala;Guatemalan
GG GGY Guernsey
GN GIN Guinea;Guinean
GW GNB Guinea-Bissau
GY GUY Guyana
HT HTI Haiti;Haitian
HM HMD Heard Island and McDonald Islands
VA VAT Holy See;Vatican;Vatican City
HN HND Honduras;Honduran
HK HKG Hong Kong
HU HUN Hungary;Hungarian
IS ISL Iceland
IN IND India;Indian
ID IDN Indonesia;Indonesian
IR IRN Iran;Iran (Islamic Republic of);Islamic Republic of Iran;Iranian
IQ IRQ Iraq;Iraqi
IE IRL Ireland;Irish
IM IMN Isle of Man
IL ISR Israel;Israeli
IT ITA Italy;Italian
JM JAM Jamaica;Jamaican
JP JPN Japan;Japanese
JE JEY Jersey
JO JOR Jordan;Jordanian
KZ KAZ Kazakhstan;Kazakh
KE KEN Kenya;Kenyan
KI KIR Kiribati
KP PRK North Korea;Democratic People's Republic of Korea;Korea, North;DPRK;Korea, Democratic People's Republic of
KR KOR South Korea;Republic of Korea;Korea, South;Korea
XK XKX Kosovo
KW KWT Kuwait;Kuwaiti
KG KGZ Kyrgyzstan;Kyrgyz
LA LAO Laos;Lao People's Democratic Republic
LV LVA Latvia;Latvian
LB LBN Lebanon;Lebanese
LS LSO Lesotho
LR LBR Liberia;Liberian
LY LBY Libya;Libyan;Libyan Arab Jamahiriya
LI LIE Liechtenstein
LT LTU Lithuania;Lithuanian
LU LUX Luxembourg
MO MAC Macao;Macau
MG MDG Madagascar
MW MWI Malawi
MY MYS Malaysia;Malaysian
MV MDV Maldives;Maldivian
ML MLI Mali;Malian
MT MLT Malta;Maltese
MH MHL Marshall Islands
MQ MTQ Martinique
MR MRT Mauritania;Mauritanian
MU MUS Mauritius
YT MYT Mayotte
MX MEX Mexico;Mexican
FM FSM Micronesia;Micronesia (Federated States of)
MD MDA Moldova;Republic of Moldova;Moldovan
MC MCO Monaco
MN MNG Mongolia;Mongolian
ME MNE Montenegro
MS MSR Montserrat
MA MAR Morocco;Moroccan
MZ MOZ Mozambique
MM MMR Myanmar;Burma;Burmese
NA NAM Namibia
NR NRU Nauru
NP NPL Nepal;Nepalese
NL NLD Netherlands;Dutch;Holland
NC NCL New Caledonia
NZ NZL New Zealand
NI NIC Nicaragua;Nicaraguan
NE NER Niger;Nigerien
NG NGA Nigeria;Nigerian
NU NIU Niue
NF NFK Norfolk Island
MK MKD North Macedonia;Macedonia;The former Yugoslav Republic of Macedonia;Macedonia, The Former Yugoslav Republic of
MP MNP Northern Mariana Islands
NO NOR Norway;Norwegian
OM OMN Oman;Omani
PK PAK Pakistan;Pakistani
PW PLW Palau
PS PSE Palestine;State of Palestine;Palestinian;West Bank;Gaza;Palestinian Territories;Occupied Palestinian Territory
PA PAN Panama;Panamanian
PG PNG Papua New Guinea
PY PRY Paraguay;Paraguayan
PE PER Peru;Peruvian
PH PHL Philippines;Filipino
PN PCN Pitcairn
PL POL Poland;Polish
PT PRT Portugal;Portuguese
PR PRI Puerto Rico
QA QAT Qatar;Qatari
RE REU Reunion
RO ROU Romania;Romanian
RU RUS Russia;Russian Federation;Russian
RW RWA Rwanda;Rwandan
BL BLM Saint Barthelemy
SH SHN Saint Helena
KN KNA Saint Kitts and Nevis
LC LCA Saint Lucia
MF MAF Saint Martin
PM SPM Saint Pierre and Miquelon
VC VCT Saint Vincent and the Grenadines
WS WSM Samoa
SM SMR San Marino
ST STP Sao Tome and Principe
SA SAU Saudi Arabia;Saudi;Kingdom of Saudi Arabia
SN SEN Senegal;Senegalese
RS SRB Serbia;Serbian
SC SYC Seychelles
SL SLE Sierra Leone
SG SGP Singapore;Singaporean
SX SXM Sint Maarten
SK SVK Slovakia;Slovak
SI SVN Slovenia;Slovenian
SB SLB Solomon Islands
SO SOM Somalia;Somali
ZA ZAF South Africa;South African
GS SGS South Georgia and the South Sandwich Islands
SS SSD South Sudan;South Sudanese
ES ESP Spain;Spanish
LK LKA Sri Lanka;Sri Lankan
SD SDN Sudan;Sudanese
SR SUR Suriname
SJ SJM Svalbard and Jan Mayen
SE SWE Sweden;Swedish
CH CHE Switzerland;Swiss
SY SYR Syria;Syrian Arab Republic;Syrian
TW TWN Taiwan;Taiwan, Province of China
TJ TJK Tajikistan;Tajik
TZ TZA Tanzania;United Republic of Tanzania;Tanzanian
TH THA Thailand;Thai
TL TLS Timor-Leste;East Timor
TG TGO Togo
TK TKL Tokelau
TO TON Tonga
TT TTO Trinidad and Tobago
TN TUN Tunisia;Tunisian
TR TUR Turkey;Turkiye;Turkish
TM TKM Turkmenistan;Turkmen
TC TCA Turks and Caicos Islands
TV TUV Tuvalu
UG UGA Uganda;Ugandan
UA UKR Ukraine;Ukrainian
AE ARE United Arab Emirates;UAE;Emirati
GB GBR United Kingdom;United Kingdom of Great Britain and Northern Ireland;Great Britain;Britain;British;UK;England;Scotland;Wales
US USA United States;United States of America;USA;American;U.S.
UM UMI United States Minor Outlying Islands
UY URY Uruguay;Uruguayan
UZ UZB Uzbekistan;Uzbek
VU VUT Vanuatu
VE VEN Venezuela;Venezuela (Bolivarian Republic of);Bolivarian Republic of Venezuela;Venezuelan
VN VNM Viet Nam;Vietnam;Vietnamese
VG VGB British Virgin Islands;Virgin Islands, British
VI VIR US Virgin Islands;Virgin Islands, U.S.
WF WLF Wallis and Futuna
EH ESH Western Sahara
YE YEM Yemen;Yemeni
ZM ZMB Zambia;Zambian
ZW ZWE Zimbabwe;Zimbabwean`;

function key(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

const BY_KEY = new Map<string, string>();
const NAMES = new Map<string, string>();
for (const line of TABLE.split('\n')) {
  const [a2, a3, ...rest] = line.split(' ');
  const names = rest.join(' ').split(';');
  NAMES.set(a2!, names[0]!);
  BY_KEY.set(a2!.toLowerCase(), a2!);
  BY_KEY.set(a3!.toLowerCase(), a2!);
  for (const n of names) BY_KEY.set(key(n), a2!);
}
// ICAO/MRZ and historical codes
for (const [k, v] of [['d', 'DE'], ['uk', 'GB'], ['rks', 'XK'], ['ussr', 'RU'], ['soviet union', 'RU'], ['yugoslavia', 'RS'], ['serbia and montenegro', 'RS']] as const) BY_KEY.set(k, v);

/**
 * Normalises a nationality or country (alpha-2, alpha-3 in any case, or an English name such as
 * "Iran (Islamic Republic of)" or "Syrian") to ISO 3166-1 alpha-2, or undefined when unknown.
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

/** English short name of an alpha-2 country code. */
export function countryName(alpha2: string): string | undefined {
  return NAMES.get(alpha2.toUpperCase());
}

/** Every alpha-2 code of the table (for name look-ups in other languages). */
export function countryCodes(): string[] {
  return [...NAMES.keys()];
}

/** The folding toAlpha2 applies to names (accents, case, punctuation). */
export function countryKey(s: string): string {
  return key(s);
}
