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
  cells: { queueState: { soon: 'Überprüfung bald fällig', overdue: 'Überprüfung überfällig', restricted: 'eingeschränkt (Aufbewahrungsfrist abgelaufen)' }, newCell: 'Zelle anlegen', newCellHelp: 'Eine Zelle je Gemeinde; mehrere Gemeinden können eine teilen. Koordinator ist der Präventionsbeamte, der sie leitet.', name: 'Name der Zelle', coordinatorPick: 'Koordinator', coordinatorHelp: 'Der Präventionsbeamte, der die Zelle leitet; seine Organisation koordiniert sie.', create: 'Zelle anlegen', addMember: 'Mitglied hinzufügen', role: 'Rolle', add: 'Hinzufügen', agendaItemN: 'Tagesordnungspunkt {{n}}', agendaCase: 'Fall (optional)', removeItem: 'Diesen Punkt entfernen', addItem: 'Tagesordnungspunkt hinzufügen', schedule: 'Planen', legalBasisHelp: 'Aus dem Rechtsregister: die geltende Grundlage, die diese Verarbeitung erlaubt.', legalBasisText: 'Rechtsgrundlage (als Text)', },
  meeting: { editAgenda: 'Tagesordnung ändern', saveAgenda: 'Tagesordnung speichern', hiddenKept: 'Punkte zu Fällen, die nicht mit Ihnen geteilt sind, bleiben unverändert auf der Tagesordnung.', },
  case: { fromRegistry: 'Rechtsregister', changeBasis: 'Rechtsgrundlage ändern', },
  members: {
    change: 'Ändern', remove: 'Entfernen', organisation: 'Organisation', reasonOptional: 'Grund (optional)', reason: 'Warum das Mitglied ausscheidet', removeButton: 'Aus der Zelle entfernen',
    removeHelp: '{{name}} sieht die Zelle und ihre Fälle nicht mehr; was gesagt wurde, bleibt unter diesem Namen in der Akte.',
    confirmVacancy: 'Ich bestätige: Die Zelle bleibt ohne diese Rolle, bis jemand sie übernimmt.',
    history_one: 'Mitgliedschaftsverlauf ({{count}} ehemaliges Mitglied)', history_other: 'Mitgliedschaftsverlauf ({{count}} ehemalige Mitglieder)',
    former: 'Ehemaliges Mitglied: {{name}}, {{role}}, {{org}} (bis {{date}})',
    kind: { added: 'aufgenommen als {{to}} ({{toOrg}})', changed: '{{from}} ({{fromOrg}}) → {{to}} ({{toOrg}})', removed: 'entfernt als {{from}} ({{fromOrg}})' },
    vacancies: 'ohne: {{roles}}', by: 'durch {{name}}',
  },
  programmes: { startsOn: 'Läuft ab', endsOn: 'Bis', runs: 'Läuft {{from}} – {{to}}', contact: 'Kontakt', removePartner: 'Entfernen', new: 'Programm anlegen', name: 'Name', kindLabel: 'Art', municipality: 'Gemeinde', description: 'Beschreibung', create: 'Programm anlegen', partnerName: 'Partner', partnerKindLabel: 'Art des Partners', addPartner: 'Partner hinzufügen', heldOn: 'Datum', topic: 'Thema', ledBy: 'Geleitet von (Partner)', addSession: 'Sitzung hinzufügen', enrolCase: 'Aufzunehmender Fall', enrolledOn: 'Aufgenommen am', enrol: 'Aufnehmen', session: 'Sitzung', present: 'anwesend', absent: 'abwesend', recordAttendance: 'Anwesenheit erfassen', milestoneText: 'Was erreicht wurde', reachedOn: 'Erreicht am', addMilestone: 'Meilenstein hinzufügen', outcome: 'Ergebnis', outcomeNote: 'Anmerkung', recordOutcome: 'Ergebnis erfassen', record: 'Erfassen…', enrolmentStatus: { active: 'aktiv', completed: 'abgeschlossen', left: 'ausgeschieden' }, outcomes: { completed: 'abgeschlossen', partly: 'teilweise abgeschlossen', dropped_out: 'abgebrochen', transferred: 'weitervermittelt' }, },
  theory: {
    title: 'Wirkungslogik', help: 'Wie die Aktivitäten des Programms zu seinen Leistungen und Wirkungen führen sollen und welche Indikatoren sie messen.',
    write: 'Eine Wirkungslogik verfassen', edit: 'Wirkungslogik bearbeiten', proposalTitle: 'Vorschlag aus dem Programmtyp',
    proposal: 'Dieses Programm hat noch keine eigene Wirkungslogik. Hier steht die Wirkungslogik seines Typs ({{type}}) als Ausgangspunkt.',
    startFromType: 'Mit der Wirkungslogik des Typs beginnen', adapt: 'Vor dem Speichern anpassen', startHelp: 'Speichert sie als erste Version dieses Programms; Sie können sie danach ändern.',
    none: 'Für dieses Programm und seinen Typ ist noch keine Wirkungslogik erfasst.', version: 'Version {{version}}', savedBy: 'gespeichert von {{by}} am {{at}}',
    basedOnType: 'ausgehend von der Wirkungslogik des Typs {{type}}', viewing: 'Sie sehen Version {{version}}, gespeichert von {{by}} am {{at}}.', backToCurrent: 'Zurück zur aktuellen Version',
    leadsTo: 'führt zu', measuredBy: 'gemessen durch', noSteps: 'Nichts genannt.', rationale: 'Warum das wirken sollte', unknownIndicator: 'Indikator nicht mehr im Register ({{id}})',
    level: { activities: 'Aktivitäten', outputs: 'Leistungen', outcomes: 'Wirkungen', indicators: 'Gemessen durch', rationale: 'Warum das wirken sollte', version: 'Version' },
    history: 'Verlauf', historyEmpty: 'Noch keine Version gespeichert.', latest: 'aktuell', view: 'Ansehen',
    step: '{{level}}, Schritt {{n}}', tooMany: 'Höchstens {{max}} Schritte', atLeastOne: 'Nennen Sie mindestens eine Aktivität, Leistung oder Wirkung.',
    editingProposal: 'Sie passen die Wirkungslogik des Typs an; beim Speichern wird sie die erste Version dieses Programms.',
    moveUp: '{{label}} nach oben', removeStep: '{{label}} entfernen', add: { activities: 'Aktivität hinzufügen', outputs: 'Leistung hinzufügen', outcomes: 'Wirkung hinzufügen' },
    indicatorsLabel: 'Indikatoren, die die Wirkungen messen', indicatorsHelp: 'Aus dem Indikatorenregister, in der gewählten Reihenfolge.',
    conflictTitle: 'Inzwischen hat jemand anderes gespeichert', conflict: 'Eine andere Person hat eine neue Version dieser Wirkungslogik gespeichert, nachdem Sie sie geöffnet haben. Laden Sie neu, um diese Version zu sehen; die Änderungen in diesem Formular werden ersetzt.',
    reload: 'Neueste Version laden', errorsTitle: 'Bitte diese Felder prüfen', save: 'Als Version {{version}} speichern',
  },
  exchanges: { new: 'Austausch erfassen', typeLabel: 'Art', titleLabel: 'Titel', donors: 'Gebergemeinden', donorsHelp: 'Belgische Gemeinden, die neben der Gaststadt teilnehmen und ihre Praxis teilen.', partnersHelp: 'Partnerstädte im Ausland: Namen eingeben und Enter drücken.', startsOn: 'Beginn', endsOn: 'Ende', description: 'Beschreibung', record: 'Austausch erfassen', cohortLabel: 'Kohorte', year: 'Jahr', addCohort: 'Kohorte hinzufügen', heldOn: 'Datum', activity: 'Aktivität', addActivity: 'Aktivität hinzufügen', lesson: 'Erkenntnis', addLesson: 'Erkenntnis hinzufügen', followUp: 'Folgemaßnahme im Plan der Stadt', planRef: 'Verweis im Plan', dueOn: 'Fällig', indicatorId: 'Indikator (Code)', addFollowUp: 'Maßnahme hinzufügen', },
  training: {
    title: 'Schulung interkulturelle Kompetenz', intro: 'Kurze Szenarien aus dem Polizeialltag. Ihre erste Antwort zählt; lesen Sie die Rückmeldung, dann geht es weiter.',
    start: 'Beginnen', continue: 'Fortsetzen', review: 'Ansehen', done: 'Abgeschlossen', next: 'Nächstes Szenario', finish: 'Zurück zu den Modulen', right: 'Richtig', wrong: 'Nicht ganz',
  },
  trainer: {
    title: 'Teamergebnisse', intro: 'Nur Summen je Team. Teams mit weniger als fünf Personen erhalten keine Punktzahl, damit kein Ergebnis auf eine einzelne Person zeigt.',
    withheld: { 'team-under-5': 'Keine Punktzahl: weniger als fünf Personen', 'none-completed': 'Noch keine Punktzahl: niemand hat abgeschlossen' },
  },
};
