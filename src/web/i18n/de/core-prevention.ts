/** Deutsch: the prevention texts missing from de/prevention.ts, merged into de.ts. */
export const corePrevention = {
  prevention: {
    cells: {
      title: 'Fallkonferenz (LIVC-R)', none: 'Sie sind nicht Mitglied einer Zelle', noneHelp: 'Zellen werden von einem Präventionsadministrator angelegt; der Koordinator fügt Mitglieder hinzu.',
      members: 'Mitglieder', municipalities: 'Gemeinden', coordinator: 'Koordinator', core: 'Kernmitglied', cases: 'Fälle, an denen Sie beteiligt sind', noCases: 'Kein Fall, an dem Sie beteiligt sind.',
      queue: 'Überprüfungswarteschlange', queueHelp: 'Fälle der von Ihnen koordinierten Zellen, deren Überprüfungsdatum erreicht ist oder in 30 Tagen fällt.', queueEmpty: 'Nichts zu überprüfen.',
      meetings: 'Sitzungen', noMeetings: 'Noch keine Sitzungen.', newMeeting: 'Sitzung planen', agendaItem: 'Tagesordnungspunkt', heldOn: 'Datum', newCase: 'Fall einbringen',
      minimumHelp: 'Nur Mindestdaten: ein pseudonymes Kennzeichen, das Geburtsjahr und die Gemeinde. Jedes weitere Feld erfordert eine Begründung.',
      reference: 'Pseudonymes Kennzeichen', birthYear: 'Geburtsjahr', municipality: 'Gemeinde', legalBasis: 'Rechtsgrundlage', consent: 'Einwilligung der Person',
      consentNote: 'Warum keine Einwilligung erforderlich ist', open: 'Fall eröffnen',
    },
    role: { mayor: 'Bürgermeister', police_chief: 'Polizeichef', prevention_official: 'Präventionsbeauftragter', police: 'Polizei', social_services: 'Sozialdienste', youth_services: 'Jugenddienste', education: 'Bildung', other: 'Sonstige' },
    sharingHelp: {
      own_service: 'Nur Mitglieder Ihrer Organisation lesen es. Sie sind nie zum Teilen verpflichtet.',
      cell: 'Jedes am Fall beteiligte Mitglied liest es; es darf in den Rückmeldebogen an die Polizei aufgenommen werden.',
      secrecy: 'Jedes beteiligte Mitglied liest es unter geteiltem Berufsgeheimnis; es verlässt die Zelle nie.',
    },
    case: {
      born: 'geboren {{year}}', review: 'Überprüfung bis {{date}}', reviewDue: 'Überprüfung fällig',
      restricted: 'Durch Aufbewahrungsfrist eingeschränkt: Bis zur Überprüfung liest nur der Koordinator diesen Fall.', reviewNow: 'Fall überprüfen', nextReview: 'Nächstes Überprüfungsdatum',
      legalBasis: 'Rechtsgrundlage', consent: 'Einwilligung', fields: 'Felder über das Minimum hinaus', reason: 'Grund: {{reason}}', participants: 'Beteiligt', invite: 'Mitglied einladen',
      stage: 'Phase', moveTo: 'Wechseln zu', stageReason: 'Grund (erforderlich für Abschluss und Rückschritt)', move: 'Wechseln', history: 'Phasenverlauf', contributions: 'Beiträge',
      noContributions: 'Noch nichts mit Ihnen geteilt.', from: '{{name}}, {{role}}, {{org}}', add: 'Beitrag hinzufügen', text: 'Text', kind: 'Art', note: 'Notiz', conclusion: 'Schlussfolgerung',
      sharing: 'Freigabestufe', save: 'Hinzufügen', plan: 'Begleitplan', goal: 'Ziel', action: 'Maßnahme', responsible: 'Zuständiger Dienst', actionReview: 'Überprüfung am',
      addPlan: 'Zum Plan hinzufügen', noPlan: 'Noch keine Ziele oder Maßnahmen.', intel: 'Verbindungen zu nachrichtendienstlichen Datensätzen',
      intelNone: 'Keine. Ein Fall wird nur durch eine dokumentierte Entscheidung der Zelle mit einer Person der Nachrichtendienste verbunden.',
    },
    sheet: {
      quote: 'Schlussfolgerungen der Zelle zitieren', draft: 'Bogen entwerfen', sent: 'Gesendet {{when}}', draftState: 'Entwurf, wartet auf Zustimmung', consented: 'zugestimmt',
      refusedBy: 'abgelehnt', waiting: 'ausstehend', none: 'Noch kein Rückmeldebogen.', missing_one: '{{count}} Zustimmung fehlt', missing_other: '{{count}} Zustimmungen fehlen',
    },
    meeting: { title: 'Sitzung vom {{date}}', agenda: 'Tagesordnung', minutes: 'Protokoll', noMinutes: 'Noch kein Protokoll.', saveMinutes: 'Protokoll speichern', notShared: 'Fall (nicht mit Ihnen geteilt)' },
    programmes: {
      title: 'Programme', kind: { 'livc-r': 'LIVC-R', deradicalisation: 'Deradikalisierung', reintegration: 'Wiedereingliederung' }, partners: 'Partner', sessions: 'Sitzungen',
      enrolments: 'Für Sie sichtbare Teilnahmen', enrolmentsHelp: 'Nur Teilnahmen von Fällen, an denen Sie beteiligt sind. Die Summen zählen jede Teilnahme.',
      totals: '{{enrolled}} aufgenommen · {{active}} aktiv · {{completed}} abgeschlossen · {{left}} ausgeschieden', milestones: 'Meilensteine',
      attendance: '{{attended}} teilgenommen · {{missed}} versäumt',
      domain: { education: 'Bildung', work: 'Arbeit', housing: 'Wohnen', family: 'Familie' },
      partnerKind: { community: 'Gemeinschaft', religious: 'religiös', education: 'Bildung', employment: 'Beschäftigung', housing: 'Wohnen', health: 'Gesundheit', family: 'Familie', other: 'Sonstige' },
    },
    exchanges: {
      title: 'CVE-Austausch und Netzwerke', city: 'Stadt', partners: 'Partnerstädte', participants: 'Teilnehmende', cohorts: 'Jahrgänge', activities: 'Aktivitäten',
      lessons: 'Erkenntnisse', followUps: 'Folgemaßnahmen im Plan der Stadt', indicator: 'gemessen durch {{id}}', countsOnly: 'Teilnehmende werden je Jahrgang gezählt; keine Person wird erfasst.',
      type: { 'city-pair': 'Städtepaar', ivlp: 'IVLP', 'strong-cities': 'Strong-Cities-Workshop', 'young-cities': 'Young Cities', 'mother-schools': 'Mütterschulen', 'father-schools': 'Väterschulen', speakers: 'Rednerprogramm', 'community-policing': 'Bürgernahe Polizeiarbeit', 'diversity-training': 'Diversitätsschulung' },
      status: { planned: 'geplant', in_progress: 'laufend', done: 'abgeschlossen' },
    },
    training: {
      progress: '{{answered}} von {{total}} beantwortet · {{correct}} beim ersten Mal richtig', answer: 'Antworten', scenario: 'Szenario {{n}} von {{total}}',
      completedAll: 'Modul abgeschlossen: {{correct}} von {{total}} beim ersten Mal richtig.', language: 'Sprache der Schulung',
      install: 'Fügen Sie die Schulung über das Browsermenü Ihrem Startbildschirm hinzu.',
    },
    trainer: { team: 'Team', members: 'Mitglieder', completed: 'Abgeschlossen', score: 'Durchschnittliche Punktzahl', none: 'Sie schulen kein Team.' },
  },
};
