/** Deutsch: complete (test/i18n.test.ts checks every key against English). */
import type { PartialResources } from './en.ts';

import { screening } from './de/screening.ts';
import { content } from './de/content.ts';
import { sharing } from './de/sharing.ts';
import { alerts } from './de/alerts.ts';
import { crisis } from './de/crisis.ts';
import { prevention } from './de/prevention.ts';
import { legal } from './de/legal.ts';
import { evaluation } from './de/evaluation.ts';
import { tables } from './de/tables.ts';
import { core } from './de/core.ts';
import { coreSharing } from './de/core-sharing.ts';
import { corePrevention } from './de/core-prevention.ts';
import { coreContent } from './de/core-content.ts';
import { coreScreening } from './de/core-screening.ts';

type Tree = { [k: string]: unknown };
/** Deep merge: the core screens' texts (de/core.ts) fill in beside the sections below. */
function merge<T>(base: T, add: Tree): T {
  const out = { ...(base as Tree) };
  for (const [k, v] of Object.entries(add)) {
    const b = out[k];
    out[k] = b && typeof b === 'object' && v && typeof v === 'object' ? merge(b, v as Tree) : v;
  }
  return out as T;
}

const base: PartialResources = {
  common: {
    loading: 'Wird geladen…', loadingChart: 'Diagramm wird geladen…', loadingGraph: 'Netzwerk wird geladen…', retry: 'Erneut versuchen', cancel: 'Abbrechen', save: 'Speichern', close: 'Schließen',
    edit: 'Bearbeiten', delete: 'Löschen', remove: 'Entfernen', more: 'Mehr', reload: 'Neu laden', yes: 'ja', copy: 'Kopieren', copied: 'Kopiert', datePattern: 'TT.MM.JJJJ', pickDate: 'Datum wählen', timePattern: 'HH:MM', time: 'Uhrzeit',
  },
  nav: { search: 'Suche', subjects: 'Personen', reports: 'Berichte', review: 'Überprüfung', threat: 'Bedrohung', admin: 'Verwaltung', oversight: 'Aufsicht', notifications: 'Benachrichtigungen', tokens: 'API-Token' },
  shell: {
    language: 'Sprache', clearance: 'Ermächtigung', logout: 'Abmelden', menu: 'Menü', home: 'Vigil Start', account: 'Ihr Konto', navigation: 'Hauptnavigation',
    skip: 'Zum Inhalt', auditNotice: 'Jeder Zugriff wird für die Aufsicht protokolliert.',
  },
  login: {
    intro: 'Melden Sie sich bei der nationalen Plattform zur Terrorismusbekämpfung an.', username: 'Benutzername', password: 'Passwort', submit: 'Anmelden',
    wrong: 'Falscher Benutzername oder falsches Passwort.', rateLimited: 'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es erneut.',
    expired: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.', enterUsername: 'Geben Sie Ihren Benutzernamen ein', enterPassword: 'Geben Sie Ihr Passwort ein',
    notice: 'Nur für befugte Benutzer. Jede Anmeldung und jeder Zugriff wird protokolliert.',
  },
  errors: {
    title: 'Etwas ist schiefgelaufen', unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.', network: 'Der Server ist nicht erreichbar.',
    noSuchRecord: 'Kein solcher Datensatz', noSuchRecordHelp: 'Er existiert nicht, oder Sie haben keinen Zugriff.', notAllowedTitle: 'Für Sie nicht verfügbar',
    notAllowed: 'Ihre Rollen öffnen diese Seite nicht.', noPageTitle: 'Keine solche Seite', noPage: 'Nutzen Sie die Navigation links.',
  },
  validation: { required: 'Pflichtfeld', choose: 'Wählen Sie einen Wert', legalBasis: 'Nennen Sie die Rechtsgrundlage', purpose: 'Nennen Sie den Zweck', fixFields_one: 'Korrigieren Sie das markierte Feld.', fixFields_other: 'Korrigieren Sie die {{count}} markierten Felder.' },
  search: {
    title: 'Suche', tabSubjects: 'Personen', tabReports: 'Berichte (Volltext)', nameLabel: 'Name', submit: 'Suchen', any: 'Alle', owner: 'Eigentümer', reviewDue: 'Überprüfung fällig',
    startTitle: 'Person oder Organisation suchen', startHelp: 'Geben Sie einen Namen ein und drücken Sie die Eingabetaste.', noneTitle: 'Nichts gefunden',
    hitsTitle: 'Anderswo erfasst', listedContact: 'Erfasst — wenden Sie sich an {{organisation}}',
  },
  subject: {
    romanized: 'gelesen: {{name}}', romanizedHint: 'Lesbare Umschrift, von Vigil aus dem Namen in seiner Schrift gebildet (kein erfasster Alias)',
    names: 'Namen', category: 'Kategorie', threatLevel: 'Bedrohungsstufe', nationalities: 'Staatsangehörigkeiten', birthDate: 'Geburtsdatum', gender: 'Geschlecht',
    followUp: 'Nachverfolgung', documents: 'Ausweisdokumente', notes: 'Notizen', identity: 'Identität', threatHistory: 'Bedrohungsstufe', reports: 'Berichte', links: 'Verbindungen',
    new: 'Neue Person', create: 'Person anlegen', addReport: 'Bericht hinzufügen', addLink: 'Verbindung hinzufügen',
  },
  hit: { title: 'Dieser Datensatz existiert', contact: 'Dieser Datensatz existiert — wenden Sie sich an {{organisation}}', help: 'Sie dürfen ihn nicht lesen.' },
  markings: {
    banner: 'Kennzeichnungen', section: 'Kennzeichnungen und Rechtsgrundlage', classification: 'Einstufung', distribution: 'Verteilung', handlingCode: 'Handhabungscode',
    owner: 'Eigentümer', legalBasis: 'Rechtsgrundlage', purpose: 'Zweck', reviewDate: 'Überprüfungsdatum', noReviewDate: 'keines', overdue: 'überfällig',
  },
  threat: {
    title: 'Bedrohungsbewertung', current: 'Aktuelle Stufen', queue: 'Neubewertungen', assess: 'Bedrohung bewerten',
    level: { '1': 'Niedrig', '2': 'Mittel', '3': 'Ernst', '4': 'Sehr ernst' },
    levelDesc: { '1': 'Nicht bedroht.', '2': 'Bedrohung unwahrscheinlich.', '3': 'Bedrohung möglich und wahrscheinlich.', '4': 'Bedrohung ernst und unmittelbar.' },
  },
  review: { title: 'Aufbewahrungsprüfung', action: 'Überprüfen' },
  notifications: { title: 'Benachrichtigungen', markAll: 'Alle als gelesen markieren', none: 'Keine Benachrichtigungen', all: 'Alle Benachrichtigungen' },
  admin: { title: 'Verwaltung', users: 'Benutzer', organisations: 'Organisationen', groups: 'Austauschgruppen', newUser: 'Neuer Benutzer',
    editUser: '{{user}} bearbeiten', needsApproval: 'Änderungen von Organisation, Freigabe oder Rollen brauchen die Genehmigung eines zweiten Administrators: sie gelten erst, wenn ein anderer Administrator sie genehmigt.', sentForApproval: 'Gespeichert. Die Änderung von Organisation, Freigabe oder Rollen wartet auf die Genehmigung eines zweiten Administrators.', pendingChanges: 'Änderungen, die auf Genehmigung warten', pendingHelp: 'Eine Änderung von Freigabe, Rollen oder Organisation eines Benutzers gilt erst, wenn ein anderer Administrator als der Antragsteller sie genehmigt.', change: 'Änderung', requestedBy: 'Beantragt von', approve: 'Genehmigen', reject: 'Ablehnen', awaitsAnother: 'wartet auf einen anderen Administrator',
  },
  audit: {
    q: { tabActor: "Was hat jemand gelesen", hitAnswer: "nur Treffer/kein Treffer beantwortet (der Datensatz existiert, Eigentümer kontaktieren)", more_one: "+{{count}} weiterer", more_other: "+{{count}} weitere", any: "Alle", whoSummary_one: "Gelesen von {{count}} Benutzer oder Partner", whoSummary_other: "Gelesen von {{count}} Benutzern oder Partnern", person: "Benutzer, Partner oder Token", times: "Mal", first: "Erstmals", last: "Zuletzt", how: "Was sie taten", hits_one: "{{count}} Treffer/kein Treffer", hits_other: "{{count}} Treffer/kein Treffer", noPurpose: "keiner angegeben", whatSummary_one: "{{count}} Datensatz", whatSummary_other: "{{count}} Datensätze", rawRows_one: "{{count}} Protokolleintrag", rawRows_other: "{{count}} Protokolleinträge", byName: "Name", byDocument: "Dokumentnummer", byId: "Datensatz-ID", nameLabel: "Name der Person oder Organisation", documentLabel: "Dokumentnummer (Reisepass, Personalausweis…)", lookupHelp: "Die Aufsicht sieht nur, welche Datensätze passen (ID und Eigentümer), nie deren Inhalt. Die Suche wird protokolliert.", find: "Datensatz finden", noMatch: "Kein Datensatz passt. Prüfen Sie die Schreibweise oder geben Sie die vollständige Dokumentnummer an.", match: "Sie suchten nach", tooMany: "Weitere Datensätze passen: geben Sie den vollständigen Namen an.", lookupNote: "Nur ID und Eigentümer werden gezeigt; Ihre Suche steht im Prüfprotokoll.", startTitle: "Datensatz nach Name, Dokumentnummer oder ID finden", aboutRecord: "Zugriffe auf Datensatz", actorLabel: "Benutzername, Partner oder Token", actorHelp: "Alles, was dieser Benutzer, Partner oder Token gelesen oder getan hat, je Datensatz, dann jeder Eintrag.", whatRead: "Zeigen, was gelesen wurde", actorStart: "Benutzernamen eingeben" },
    title: 'Aufsicht', tabRecord: 'Wer hat einen Datensatz abgerufen', tabLog: 'Protokoll', tabStats: 'Zugriffsstatistik', verify: 'Kette prüfen' },
  screening,
  sharing,
  alerts,
  crisis,
  prevention,
  legal,
  evaluation,
  tables,
  content,
  vocab: {
    classification: { unclassified: 'Nicht eingestuft', restricted: 'VS – Nur für den Dienstgebrauch', confidential: 'VS – Vertraulich', secret: 'Geheim', top_secret: 'Streng geheim' },
    distribution: { organisation: 'Eigene Organisation', organisations: 'Benannte Organisationen', group: 'Austauschgruppen', all: 'Alle Organisationen' },
    kind: { person: 'Person', organisation: 'Organisation' },
  },
};

export const de: PartialResources = [core, coreSharing, corePrevention, coreContent, coreScreening].reduce(merge, base);
