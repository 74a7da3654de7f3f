/** Deutsch: the content screens. */
import type { PartialResources } from '../en.ts';

export const content: NonNullable<PartialResources['content']> = {
    orderSafety: { confirmTitle: 'Verbindliche Entfernungsanordnung erlassen?', confirmReferralTitle: 'Diese Meldung senden?', confirmBinding: 'Diese Entfernungsanordnung ist für {{provider}} ({{country}}) verbindlich. Nach dem Erlass muss der Anbieter den Inhalt binnen einer Stunde in allen Mitgliedstaaten entfernen oder sperren.', confirmReferral: 'Die Meldung geht an {{provider}} ({{country}}), der sie anhand seiner Nutzungsbedingungen prüft.', confirmDeadline: 'Frist: eine Stunde ab Erlass.', confirmCrossBorder: 'Der Anbieter ist in einem anderen Mitgliedstaat niedergelassen: Die gewählte zuständige Behörde erhält eine Kopie zur Prüfung binnen 72 Stunden.', confirm: 'Verbindliche Anordnung erlassen', confirmReferralButton: 'Meldung senden', noAuthorities: 'Für {{country}} ist keine zuständige Behörde eingerichtet. Bitten Sie eine Administration für Online-Inhalte, eine hinzuzufügen.', failedTitle: 'Zustellung an den Anbieter fehlgeschlagen', failedBadge: 'Zustellung fehlgeschlagen', failedHelp: 'Der Anbieter hat diese Anordnung nicht erhalten. Die Frist läuft ab Erlass: erneut versuchen, den Portal-Link weitergeben oder festhalten, wie der Anbieter informiert wurde.', reason: 'Grund: {{error}}', retry: 'Zustellung wiederholen', copyLink: 'Portal-Link kopieren', linkCopied: 'Portal-Link kopiert. Er öffnet die Anordnung für den Anbieter; geben Sie ihn über einen sicheren Kanal weiter.', linkShown: 'Portal-Link (einmalig angezeigt)', otherMeans: 'Als anderweitig zugestellt markieren', otherMeansTitle: 'Anderweitig zugestellt', otherMeansHelp: 'Geben Sie an, wie und wann der Anbieter informiert wurde (Telefon, E-Mail, Portal des Anbieters). Die Notiz kommt ins Audit-Protokoll.', note: 'Notiz', otherMeansDone: 'Anderweitig zugestellt', caseFailed: 'Eine Zustellung an den Anbieter ist fehlgeschlagen', caseFailedOrder: 'Anordnung {{id}}: {{error}}', retried: 'Zustellung wiederholt', authorities: 'Zuständige Behörden', authoritiesHelp: 'Behörden der Mitgliedstaaten (Organisationen je Land, von einer Administration eingerichtet), zur Prüfung grenzüberschreitender Entfernungsanordnungen.', country: 'Mitgliedstaat', },
    nav: 'Online-Inhalte',
    tabs: { cases: 'Fälle und Anordnungen', banks: 'Hash-Datenbanken', match: 'Hochladen und abgleichen', scrutiny: 'Überprüfung', transparency: 'Transparenzbericht', providers: 'Hostingdiensteanbieter' },
    common: { all: 'Alle', previous: '← Zurück', next: 'Weiter →', rows: 'Zeilen {{from}}–{{to}}' },
    duration: { hm: '{{h}} Std. {{m}} Min.', ms: '{{m}} Min. {{s}} s', s: '{{s}} s' },
    state: { draft: 'Entwurf', pending: 'Offen', overdue: 'Frist überschritten', removed: 'Entfernt', contested: 'Angefochten', declined: 'Abgelehnt', revoked: 'Widerrufen', withdrawn: 'Zurückgezogen' },
    caseStatus: { open: 'Offen', closed: 'Geschlossen' },
    offence: {
      incitement: { label: 'Aufstachelung', text: 'Stachelt zur Begehung terroristischer Straftaten an (Richtlinie 2017/541, Art. 3 Abs. 1 Buchst. a–i; Verordnung 2021/784, Art. 2 Nr. 7 Buchst. a).' },
      solicitation: { label: 'Anstiftung', text: 'Stiftet eine Person oder Gruppe zur Begehung terroristischer Straftaten oder zum Beitrag dazu an (Art. 2 Nr. 7 Buchst. b).' },
      participation: { label: 'Beteiligung an einer terroristischen Vereinigung', text: 'Stiftet zur Beteiligung an den Aktivitäten einer terroristischen Vereinigung an (Art. 2 Nr. 7 Buchst. c).' },
      instruction: { label: 'Anleitung', text: 'Gibt Anleitungen zur Herstellung oder Verwendung von Sprengstoffen, Waffen oder gefährlichen Stoffen für terroristische Straftaten (Art. 2 Nr. 7 Buchst. d).' },
      threat: { label: 'Drohung', text: 'Stellt eine Drohung mit der Begehung einer terroristischen Straftat dar (Art. 2 Nr. 7 Buchst. e).' },
    },
    countdown: { title: 'Eine Stunde zur Entfernung', left: 'verbleibend', overdue: 'überfällig', due: 'Fällig {{when}}', dueWas: 'War fällig {{when}}', escalatedAt: 'eskaliert {{when}}', notYetEscalated: 'Eskalation folgt' },
    upload: { file: 'Datei', choose: 'Bild oder Video wählen', pickFile: 'Wählen Sie zuerst eine Datei.' },
    signals: { title: 'Signale', caseTitle: 'Inhalts-Hashes', kindLabel: 'Datei', kind: { image: 'Bild', video: 'Video' }, quality: 'Qualität', low: 'niedrig', none: 'Keine Inhalts-Hashes.' },
    banks: { title: 'Hash-Datenbanken', new: 'Neue Datenbank', name: 'Name', source: 'Quellorganisation', threshold: 'Abstandsschwelle', enabled: 'Aktiv', entries: 'Einträge', lowQuality: 'Niedrige Qualität', owner: 'Eigentümer', entryLabel: 'Bezeichnung', entrySource: 'Quelle' },
    import: { title: 'CSV-Import und -Export', file: 'CSV-Datei', choose: 'CSV-Datei wählen', submit: 'Importieren', export: 'CSV exportieren', line: 'Zeile', problem: 'Problem' },
    match: { title: 'Hochladen und abgleichen', submit: 'Hashen und abgleichen', uploaded: 'Hochgeladenes Bild', matches: 'Treffer', count_one: '{{count}} Treffer', count_other: '{{count}} Treffer', none: 'Kein Eintrag stimmt mit dieser Datei überein.', bank: 'Datenbank', signal: 'Signal', distance: 'Abstand' },
    providers: { title: 'Hostingdiensteanbieter', new: 'Anbieter registrieren', register: 'Registrieren', name: 'Name', country: 'Land', contact: 'Kontakt', webhook: 'Webhook-URL', signing: 'Signatur' },
    cases: { title: 'Fälle und Anordnungen', new: 'Neuer Fall', listTitle: 'Fälle', ordersTitle: 'Anordnungen', stateFilter: 'Status', anyState: 'Jeder Status' },
    case: { url: 'URL', provider: 'Hostingdiensteanbieter', offence: 'Straftat', assessment: 'Rechtliche Bewertung', status: 'Status', owner: 'Eigentümer', opened: 'Eröffnet', closed: 'Geschlossen', timeToRemoval: 'Zeit bis zur Entfernung' },
    order: {
      title: 'Meldungen und Entfernungsanordnungen', kind: { referral: 'Meldung', removal_order: 'Entfernungsanordnung' }, kindLabel: 'Art', state: 'Status', reasons: 'Begründung',
      issuingAuthority: 'Erlassende Behörde', issued: 'Erlassen', deadline: 'Frist', crossBorder: 'Grenzüberschreitend', issueRemoval: 'Entfernungsanordnung erlassen', issueReferral: 'Meldung senden', withdraw: 'Zurückziehen', revoke: 'Widerrufen',
    },
    outcome: {
      removed: 'Vom Anbieter entfernt', disabled: 'Zugang vom Anbieter gesperrt', contested: 'Vom Anbieter angefochten', declined: 'Vom Anbieter abgelehnt',
      answered: 'Beantwortet {{when}}', removedAt: 'entfernt {{when}}', timeToRemoval: 'Zeit bis zur Entfernung: {{duration}}', withinHour: 'innerhalb der Stunde', late: 'verspätet',
    },
    scrutiny: { title: 'Überprüfung', decision: { no_infringement: 'Kein Verstoß', infringement: 'Verstoß' }, state: { pending: 'Überprüfung läuft', decided: 'Entschieden', expired: 'Frist abgelaufen', not_sent: 'Nicht gesendet' } },
    transparency: { title: 'Transparenzbericht', year: 'Jahr', csv: 'CSV herunterladen' },
    portal: {
      title: 'Portal für Hostingdiensteanbieter', footer: 'Diese Seite öffnet sich nur mit dem Link, der an Ihren Webhook gesendet wurde. Jeder Aufruf und jede Antwort wird protokolliert.',
      invalidTitle: 'Dieser Link öffnet keine Anordnung', invalid: 'Der Link ist falsch, abgelaufen oder durch einen neueren ersetzt. Verwenden Sie den Link der neuesten Nachricht oder wenden Sie sich an die erlassende Behörde.',
      noToken: 'Der Link ist unvollständig: Er muss mit #token=… enden, wie an Ihren Webhook gesendet.',
      removalHelp: 'Eine verbindliche Anordnung nach Verordnung (EU) 2021/784, Art. 3: Entfernen Sie den Inhalt oder sperren Sie den Zugang in allen Mitgliedstaaten innerhalb einer Stunde.',
      referralHelp: 'Eine freiwillige Meldung: Prüfen Sie den Inhalt anhand Ihrer Nutzungsbedingungen.', timeLeft: 'Verbleibende Zeit', provider: 'Anbieter',
      answerTitle: 'Ihre Antwort', whatDone: 'Was haben Sie getan?',
      answer: { removed: 'Entfernt', disabled: 'Zugang gesperrt', contested: 'Anordnung anfechten', declined: 'Meldung ablehnen' },
      answerHelp: {
        removed: 'Der Inhalt ist nicht mehr online.', disabled: 'Der Zugang zum Inhalt ist in allen Mitgliedstaaten gesperrt.',
        contested: 'Sie widersprechen der Anordnung: Nennen Sie Ihre Gründe. Ein Rechtsbehelf wird erfasst.', declined: 'Der Inhalt verstößt nicht gegen Ihre Nutzungsbedingungen.',
      },
      actionAt: 'Wann', actionAtHelp: 'Optional: wann Sie gehandelt haben, falls nicht jetzt', note: 'Anmerkung (optional)', reasons: 'Gründe', contestReasons: 'Nennen Sie Ihre Gründe (mindestens 10 Zeichen)',
      send: 'Antwort senden', nothingToAnswer: 'Die Anordnung ist {{state}}: nichts zu beantworten.',
      redress: 'Hier können Sie die Anordnung anfechten oder melden, dass Sie ihr nicht nachkommen können; siehe Artikel 3 Abs. 7, 3 Abs. 8 und 9 der',
    },
};
