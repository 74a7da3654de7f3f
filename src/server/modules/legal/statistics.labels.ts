/**
 * The names the statistics PDF gives methods and months, in its four languages. The server cannot use the
 * web's translations (src/web/i18n/<lang>/legal.ts, `legal.method.*`), so they are kept here and a test
 * (test/integration/pdf-exports.test.ts) holds them equal to the screen's in every language. Months are written as the screen's
 * formatMonth writes them (Intl, month 'long' and year: "March 2026", "mars 2026", "maart 2026", "März 2026"),
 * from a fixed table so the PDF does not depend on the ICU data the server runs with.
 */
import type { MethodCode } from '../../../core/legal/methods.ts';
import type { PdfLang } from '../../platform/pdf.ts';

export const METHOD_LABELS: Record<PdfLang, Record<MethodCode, string>> = {
  en: {
    'open-sources': 'open sources',
    'observation-public': 'observation in public places',
    'observation-technical-public': 'technical observation in public places',
    'inspection-public-places': 'inspection of public places',
    'mail-identification': 'identification of mail',
    'communication-identification': 'identification of communications',
    'location-data': 'location data',
    'observation-private-places': 'observation in private places',
    'entry-private-places': 'entry into private places',
    'fictitious-legal-person': 'fictitious legal person',
    'mail-opening': 'opening of mail',
    'bank-data': 'bank data',
    'computer-intrusion': 'computer intrusion',
    interception: 'interception of communications',
  },
  nl: {
    'open-sources': 'open bronnen',
    'observation-public': 'observatie op publieke plaatsen',
    'observation-technical-public': 'technische observatie op publieke plaatsen',
    'inspection-public-places': 'doorzoeking van publieke plaatsen',
    'mail-identification': 'identificatie van post',
    'communication-identification': 'identificatie van communicatie',
    'location-data': 'lokalisatiegegevens',
    'observation-private-places': 'observatie in private plaatsen',
    'entry-private-places': 'betreden van private plaatsen',
    'fictitious-legal-person': 'fictieve rechtspersoon',
    'mail-opening': 'openen van post',
    'bank-data': 'bankgegevens',
    'computer-intrusion': 'binnendringen in een informaticasysteem',
    interception: 'interceptie van communicatie',
  },
  fr: {
    'open-sources': 'sources ouvertes',
    'observation-public': 'observation dans des lieux publics',
    'observation-technical-public': 'observation technique dans des lieux publics',
    'inspection-public-places': 'inspection de lieux publics',
    'mail-identification': 'identification du courrier',
    'communication-identification': 'identification des communications',
    'location-data': 'données de localisation',
    'observation-private-places': 'observation dans des lieux privés',
    'entry-private-places': 'pénétration dans des lieux privés',
    'fictitious-legal-person': 'personne morale fictive',
    'mail-opening': 'ouverture du courrier',
    'bank-data': 'données bancaires',
    'computer-intrusion': 'intrusion dans un système informatique',
    interception: 'interception des communications',
  },
  de: {
    'open-sources': 'offene Quellen',
    'observation-public': 'Observation an öffentlichen Orten',
    'observation-technical-public': 'technische Observation an öffentlichen Orten',
    'inspection-public-places': 'Durchsuchung öffentlicher Orte',
    'mail-identification': 'Identifizierung von Post',
    'communication-identification': 'Identifizierung von Kommunikation',
    'location-data': 'Standortdaten',
    'observation-private-places': 'Observation an privaten Orten',
    'entry-private-places': 'Betreten privater Orte',
    'fictitious-legal-person': 'fiktive juristische Person',
    'mail-opening': 'Öffnen von Post',
    'bank-data': 'Bankdaten',
    'computer-intrusion': 'Eindringen in ein Informationssystem',
    interception: 'Abhören von Kommunikation',
  },
};

/** The months' names as Intl writes them with { month: 'long' } (en as en-GB, the screen's intlLocale). */
export const MONTH_NAMES: Record<PdfLang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

/** A method's name in the language; as the screen, the code itself when the method is not known. */
export function methodLabel(lang: PdfLang, code: string): string {
  return (METHOD_LABELS[lang] as Record<string, string>)[code] ?? code;
}

/** "YYYY-MM" as the screen's formatMonth writes it ("March 2026", "mars 2026"); anything else as given. */
export function monthLabel(lang: PdfLang, isoMonth: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])/.exec(isoMonth);
  return m ? `${MONTH_NAMES[lang][Number(m[2]) - 1]} ${m[1]}` : isoMonth;
}
