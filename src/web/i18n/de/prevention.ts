/** Deutsch (teilweise): die Präventionsbildschirme; fehlende Texte erscheinen auf Englisch. */
import type { PartialResources } from '../en.ts';

export const prevention: NonNullable<PartialResources['prevention']> = {
  nav: 'Prävention', navTraining: 'Schulung',
  tabs: { cells: 'Fallkonferenz', programmes: 'Programme', exchanges: 'Austausch', training: 'Schulung', trainer: 'Teamergebnisse' },
  stage: { identification: 'Erkennung', assessment: 'Bewertung', planning: 'Planung', delivery: 'Umsetzung', monitoring: 'Begleitung und Bewertung', exit: 'Abschluss' },
  sharing: { own_service: 'Nur eigener Dienst', cell: 'Mit der Zelle geteilt', secrecy: 'Unter Berufsgeheimnis geteilt' },
  consent: { not_applicable: 'entfällt', given: 'erteilt', refused: 'verweigert', withdrawn: 'widerrufen' },
  sheet: {
    title: 'Rückmeldebogen an die Polizei', help: 'Er verlässt die Zelle: Jedes beteiligte Mitglied muss zustimmen, und er enthält nie, was unter Berufsgeheimnis geteilt wurde.',
    summary: 'Zusammenfassung', advice: 'Empfehlung', consent: 'Ich stimme zu', refuse: 'Ich lehne ab', send: 'An die Polizei senden',
  },
  training: {
    title: 'Schulung interkulturelle Kompetenz', intro: 'Kurze Szenarien aus dem Polizeialltag. Ihre erste Antwort zählt; lesen Sie die Rückmeldung, dann geht es weiter.',
    start: 'Beginnen', continue: 'Fortsetzen', review: 'Ansehen', done: 'Abgeschlossen', next: 'Nächstes Szenario', finish: 'Zurück zu den Modulen', right: 'Richtig', wrong: 'Nicht ganz',
  },
  trainer: {
    title: 'Teamergebnisse', intro: 'Nur Summen je Team. Teams mit weniger als fünf Personen erhalten keine Punktzahl, damit kein Ergebnis auf eine einzelne Person zeigt.',
    withheld: { 'team-under-5': 'Keine Punktzahl: weniger als fünf Personen', 'none-completed': 'Noch keine Punktzahl: niemand hat abgeschlossen' },
  },
};
