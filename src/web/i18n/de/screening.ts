/** Deutsch: the screening screens. */
import type { PartialResources } from '../en.ts';

export const screening: NonNullable<PartialResources['screening']> = {
    encounterActions: { discreet_check: 'diskrete Kontrolle', stop: 'anhalten', inform: 'informieren' },
    quality: { title: 'Datenqualität: die Person wurde anhand aller übrigen Angaben geprüft', read: '{{field}} gelesen als {{read}}', unknown: '{{field}} unbekannt ({{given}})', fields: { name: 'Name', birthDate: 'Geburtsdatum', nationality: 'Staatsangehörigkeit', documentNumber: 'Dokument', gender: 'Geschlecht' } },
    nav: { screening: 'Screening', lists: 'Fahndungslisten', suppressions: 'Unterdrückungen' },
    title: 'Grenzscreening',
    neverDecides: 'Vigil entscheidet nie. Ein Score misst, wie ähnlich sich zwei Datensätze sind — er identifiziert niemanden. Prüfen Sie die reisende Person und das vorliegende Dokument; Sie entscheiden, und Ihre Entscheidung wird unter Ihrem Namen erfasst.',
    scoreHelp: 'Ähnlichkeit der Datensätze von 0 bis 1 (Treffer ab dem Schwellenwert, standardmäßig 0,80). Keine Wahrscheinlichkeit der Identität.',
    line: 'Zeile', problem: 'Problem', birthDate: 'Geburtsdatum', nationality: 'Staatsangehörigkeit', document: 'Dokumentnummer', gender: 'Geschlecht', born: 'geb.', you: 'Sie', system: 'System',
    progressLabel: 'Fortschritt des Screenings', progressText: '{{processed}} von {{total}} Reisenden geprüft ({{percent}} %)',
    kind: { un: 'UN', ofac: 'OFAC', national: 'National', custom: 'Eigene Liste' },
    change: { all: 'Alle', added: 'Hinzugefügt', removed: 'Entfernt (gestrichen)', changed: 'Geändert' },
    batchStatus: { receiving: 'Empfang', queued: 'Wartend', running: 'Läuft', done: 'Fertig', failed: 'Fehlgeschlagen' },
    hitStatus: { open: 'Offen', true_match: 'Echter Treffer', false_positive: 'Falsch positiv', escalated: 'Eskaliert', suppressed: 'Unterdrückt' },
    decision: { true_match: 'Echter Treffer', false_positive: 'Falsch positiv', escalate: 'Eskalieren' },
    how: { exact: 'exakt', transliteration: 'Transliteration', phonetic: 'gleicher Klang', particle: 'Partikel', compound: 'zusammengesetzt', typo: 'Tippfehler', initial: 'Initiale', fuzzy: 'ähnlich', short: 'Kurzform' },
    lists: { title: 'Fahndungslisten', import: 'Liste importieren', importNew: 'Neue Version importieren', rebuild: 'Nationale Liste neu aufbauen', list: 'Liste', kind: 'Art', activeVersion: 'Aktive Version', entries: 'Einträge', lastImport: 'Letzte Version' },
    import: {
      title: 'Fahndungsliste importieren', source: 'Name der Liste', file: 'Datei', choose: 'Datei wählen', pickFile: 'Datei wählen', skipInvalid: 'Fehlerhafte Zeilen überspringen',
      refused_one: 'Nichts importiert: {{count}} fehlerhafte Zeile.', refused_other: 'Nichts importiert: {{count}} fehlerhafte Zeilen.', submit: 'Importieren',
    },
    preview: {
      title: '{{source}} ersetzen: Änderungen vor dem Anwenden prüfen', help: 'Eine globale Liste gilt für jede Organisation. Noch hat sich nichts geändert: Die neue Version wird erst aktiv, wenn Sie sie anwenden.',
      base: 'Verglichen mit der aktiven Version {{number}}.', first: 'Dies ist die erste Version dieser Liste.', counts: '{{entries}} Einträge: {{added}} hinzugefügt, {{removed}} entfernt, {{changed}} geändert.',
      expires: 'Diese Vorschau kann bis {{at}} angewendet werden.', noChanges: 'Kein Eintrag ändert sich.', change: 'Änderung', entry: 'Eintrag', name: 'Name', fields: 'Geänderte Felder',
      showing: '{{shown}} von {{total}} Änderungen angezeigt.', confirm: 'Diese Version anwenden', discard: 'Verwerfen', discarded: 'Der Import wurde verworfen; die Liste hat sich nicht geändert.',
    },
    form: { title: 'Eine reisende Person prüfen', name: 'Vollständiger Name', givenName: 'Vornamen', familyName: 'Familienname', submit: 'Prüfen', clear: 'Leeren', noHit: 'Kein Treffer', incomplete: 'Nicht vollständig geprüft', incompleteHelp: 'Einige Einträge konnten nicht geprüft werden: kein unbedenkliches Ergebnis. Erneut prüfen oder die Listenverwaltung fragen.', screenedAgainst: 'Geprüft gegen {{text}}', },
    batch: { title: 'Passagierliste prüfen', fromFile: 'Datei', paste: 'Einfügen', file: 'Passagierliste', format: 'Format', flight: 'Flug', date: 'Datum', port: 'Grenzübergang', threshold: 'Schwellenwert', submit: 'Screening starten' },
    batches: { title: 'Stapel Ihrer Organisation', travellers: 'Reisende', hits: 'Treffer', openHits: 'Offene Treffer', suppressed: 'Unterdrückt', errors: 'Unlesbare Zeilen', flightN: 'Flug {{flight}}' },
    queue: { title: 'Zu prüfende Treffer', open: 'Offen', decided: 'Entschieden', suppressed: 'Unterdrückt', all: 'Alle' },
    hit: {
      title: 'Trefferprüfung', score: 'Score', traveller: 'Reisende Person', listedEntry: 'Listeneintrag', list: 'Liste', status: 'Status', review: 'Prüfen', open: 'Öffnen',
      listedContact: 'Gelistet — wenden Sie sich an {{organisation}}', hitNoHitHelp: 'Der Eigentümer teilt Ihnen nur mit, dass diese Person gelistet ist: kein Name, keine Einzelheiten. Wenden Sie sich über den üblichen Weg an {{organisation}}, bevor Sie die Person gehen lassen.',
      encounterAction: 'Maßnahme: {{action}}',
    },
    decide: {
      title: 'Ihre Entscheidung', question: 'Ist die reisende Person die gelistete Person?', pick: 'Wählen Sie eine Entscheidung', reasonLabel: 'Begründung',
      noteLabel: 'Vermerk für die empfangende Stelle', record: 'Erfassen: {{decision}}', recordPlain: 'Entscheidung erfassen',
    },
    history: { title: 'Entscheidungen', byAt: 'von {{by}} · {{at}}', nextHit: 'Nächster offener Treffer' },
    suppressions: { title: 'Unterdrückungen und Weiterleitungen', tab: 'Unterdrückungen', reason: 'Begründung', revoke: 'Widerrufen', revokeReason: 'Grund des Widerrufs' },
    referrals: { tab: 'Weiterleitungen' },
};
