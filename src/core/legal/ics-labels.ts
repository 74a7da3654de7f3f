/**
 * The words of the iCalendar export of legal deadlines, in the requesting user's interface language
 * (en, nl, fr, de; any other falls back to English). The kinds of deadline are named as on the
 * deadlines screen (src/web/i18n/<lang>/legal.ts, `deadline`; ics-labels.test.ts keeps them equal).
 * Pure: no personal data is ever part of these texts — the caller adds only reference numbers and the
 * legal reference of the rule.
 */

export const ICS_LOCALES = ['en', 'nl', 'fr', 'de'] as const;
export type IcsLocale = (typeof ICS_LOCALES)[number];

export interface IcsLabels {
  /** The calendar's name (X-WR-CALNAME). */
  calendarName: string;
  record: { authorisation: string; cooperation: string };
  deadline: Record<string, string>;
  /** The event's description: the kind of deadline, the record and the legal reference. */
  description: (v: { deadline: string; record: string; reference: string; legalReference: string }) => string;
}

const LABELS: Record<IcsLocale, IcsLabels> = {
  en: {
    calendarName: 'Vigil legal deadlines',
    record: { authorisation: 'authorisation', cooperation: 'cooperation request' },
    deadline: { opinion: 'Commission opinion', 'urgent-review': 'Review of urgency', 'period-end': 'End of the period', 'renewal-notice': 'Prepare renewal', report: 'Report to the commission', destruction: 'Destroy the data', 'eaw-decision': 'EAW decision', 'eaw-surrender': 'Surrender', 'mla-recognition': 'Recognition', 'mla-execution': 'Execution' },
    description: (v) => `${v.deadline}: ${v.record} ${v.reference}. Legal reference: ${v.legalReference}.`,
  },
  nl: {
    calendarName: 'Vigil juridische termijnen',
    record: { authorisation: 'machtiging', cooperation: 'samenwerkingsverzoek' },
    deadline: { opinion: 'Advies van de commissie', 'urgent-review': 'Toetsing van hoogdringendheid', 'period-end': 'Einde van de periode', 'renewal-notice': 'Verlenging voorbereiden', report: 'Verslag aan de commissie', destruction: 'Gegevens vernietigen', 'eaw-decision': 'Beslissing EAB', 'eaw-surrender': 'Overlevering', 'mla-recognition': 'Erkenning', 'mla-execution': 'Uitvoering' },
    description: (v) => `${v.deadline}: ${v.record} ${v.reference}. Wettelijke grondslag: ${v.legalReference}.`,
  },
  fr: {
    calendarName: 'Vigil délais légaux',
    record: { authorisation: 'autorisation', cooperation: 'demande de coopération' },
    deadline: { opinion: 'Avis de la commission', 'urgent-review': 'Contrôle de l’urgence', 'period-end': 'Fin de la période', 'renewal-notice': 'Préparer la prolongation', report: 'Rapport à la commission', destruction: 'Détruire les données', 'eaw-decision': 'Décision MAE', 'eaw-surrender': 'Remise', 'mla-recognition': 'Reconnaissance', 'mla-execution': 'Exécution' },
    description: (v) => `${v.deadline} : ${v.record} ${v.reference}. Référence légale : ${v.legalReference}.`,
  },
  de: {
    calendarName: 'Vigil gesetzliche Fristen',
    record: { authorisation: 'Genehmigung', cooperation: 'Kooperationsersuchen' },
    deadline: { opinion: 'Stellungnahme', 'urgent-review': 'Prüfung der Dringlichkeit', 'period-end': 'Ende des Zeitraums', 'renewal-notice': 'Verlängerung vorbereiten', report: 'Bericht an die Kommission', destruction: 'Daten vernichten', 'eaw-decision': 'EuHb-Entscheidung', 'eaw-surrender': 'Übergabe', 'mla-recognition': 'Anerkennung', 'mla-execution': 'Vollstreckung' },
    description: (v) => `${v.deadline}: ${v.record} ${v.reference}. Rechtsgrundlage: ${v.legalReference}.`,
  },
};

/** The export's words in `locale` (a user's interface language); English for any other. */
export function icsLabels(locale: string | null | undefined): IcsLabels & { locale: IcsLocale } {
  const l = (ICS_LOCALES as readonly string[]).includes(locale ?? '') ? (locale as IcsLocale) : 'en';
  return { ...LABELS[l], locale: l };
}
