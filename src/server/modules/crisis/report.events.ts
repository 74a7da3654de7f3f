/**
 * The printed timeline's lines in the report's language (en, nl, fr, de): one sentence per incident
 * event kind, with the states it names (phases, statuses, kinds) translated. The server has no
 * translation catalogue of its own, so the words live here, beside the report (report.html.ts,
 * report.pdf.ts). English keeps the states as the API names them.
 */
import type { PdfLang } from '../../platform/pdf.ts';

/** The event's fields as a line uses them: strings, states already translated. */
type V = Record<'title' | 'from' | 'to' | 'reason' | 'org' | 'kind' | 'seq' | 'text' | 'version' | 'tasks' | 'discipline' | 'name' | 'number' | 'label' | 'where' | 'item' | 'done' | 'dueDate', string>;
type Lines = Record<string, (v: V) => string>;

/** What a state is called, per group; a value not listed is printed as it is. */
type States = Partial<Record<'phase' | 'terror' | 'participant' | 'task' | 'unit' | 'action' | 'log' | 'cordon', Record<string, string>>>;

interface Words {
  lines: Lines;
  states: States;
  /** A state that is not set (an organisation not yet involved). */
  none: string;
  /** A unit taken off the map. */
  offMap: string;
  ticked: string;
  unticked: string;
}

const EN: Words = {
  none: '—', offMap: 'off the map', ticked: 'ticked', unticked: 'unticked', states: {},
  lines: {
    'incident.declared': (v) => `Incident declared: ${v.title}`,
    'incident.phase': (v) => `Phase ${v.from} → ${v.to}: ${v.reason}`,
    'incident.terror-state': (v) => `Terror plan ${v.from} → ${v.to}: ${v.reason}`,
    'incident.closed': (v) => `Incident closed: ${v.reason}`,
    'participant.changed': (v) => `${v.org}: ${v.from} → ${v.to}`,
    'subject.linked': () => 'Intelligence subject linked',
    'subject.unlinked': () => 'Intelligence subject link removed',
    'assessment.linked': () => 'Threat assessment linked',
    'assessment.unlinked': () => 'Threat-assessment link removed',
    'log.appended': (v) => `Log ${v.kind} #${v.seq}: ${v.text}`,
    'log.flagged': () => 'Log entry flagged significant',
    'log.confirmed': (v) => `Significant event confirmed: #${v.seq} ${v.text}`,
    'protocol.activated': (v) => `Protocol activated: ${v.title} v${v.version} (${v.tasks} tasks)`,
    'task.created': (v) => `Task ${v.discipline}: ${v.title}`,
    'task.updated': (v) => `Task ${v.discipline} "${v.title}": ${v.from} → ${v.to}`,
    'task.checklist': (v) => `Task "${v.title}": "${v.item}" ${v.done}`,
    'unit.requested': (v) => `Unit requested: ${v.name} (${v.discipline}, ${v.org})`,
    'unit.updated': (v) => `Unit ${v.name}: ${v.from} → ${v.to}`,
    'unit.placed': (v) => `Unit ${v.name}: position ${v.where}`,
    'cordon.created': (v) => `Cordon set (${v.kind}): ${v.label}`,
    'cordon.lifted': (v) => `Cordon lifted (${v.kind}): ${v.label}`,
    'sitrep.created': (v) => `Situation report ${v.number} written`,
    'sitrep.approved': (v) => `Situation report ${v.number} approved`,
    'review.saved': () => 'After-action review saved',
    'review.completed': () => 'After-action review completed',
    'action.created': (v) => `Corrective action added (due ${v.dueDate})`,
    'action.updated': (v) => `Corrective action: ${v.from} → ${v.to}`,
    'action.closed': (v) => `Corrective action closed by protocol version ${v.version}`,
  },
};

const NL: Words = {
  none: 'niet betrokken', offMap: 'van de kaart gehaald', ticked: 'afgevinkt', unticked: 'niet meer afgevinkt',
  states: {
    phase: { municipal: 'gemeentelijk', provincial: 'provinciaal', federal: 'federaal' },
    terror: { none: 'geen', 'pre-alert': 'pre-alert', alert: 'alarm' },
    participant: { alerted: 'gealarmeerd', 'standing-by': 'stand-by', active: 'actief', deactivated: 'gedeactiveerd', unable: 'niet beschikbaar' },
    task: { todo: 'te doen', doing: 'bezig', done: 'klaar', blocked: 'geblokkeerd' },
    unit: { requested: 'aangevraagd', dispatched: 'uitgestuurd', 'on-site': 'ter plaatse', released: 'vrijgegeven' },
    action: { open: 'open', 'in-progress': 'bezig', closed: 'afgesloten' },
    log: { decision: 'beslissing', communication: 'communicatie', phase: 'fase', closure: 'afsluiting', participant: 'organisatie', protocol: 'protocol', 'terror-state': 'terreurplan', cordon: 'afzetting' },
    cordon: { inner: 'binnenafzetting', outer: 'buitenafzetting', traffic: 'verkeersafzetting' },
  },
  lines: {
    'incident.declared': (v) => `Incident afgekondigd: ${v.title}`,
    'incident.phase': (v) => `Fase ${v.from} → ${v.to}: ${v.reason}`,
    'incident.terror-state': (v) => `Terreurplan ${v.from} → ${v.to}: ${v.reason}`,
    'incident.closed': (v) => `Incident afgesloten: ${v.reason}`,
    'participant.changed': (v) => `${v.org}: ${v.from} → ${v.to}`,
    'subject.linked': () => 'Inlichtingensubject gekoppeld',
    'subject.unlinked': () => 'Koppeling met inlichtingensubject verwijderd',
    'assessment.linked': () => 'Dreigingsevaluatie gekoppeld',
    'assessment.unlinked': () => 'Koppeling met dreigingsevaluatie verwijderd',
    'log.appended': (v) => `Logboek ${v.kind} #${v.seq}: ${v.text}`,
    'log.flagged': () => 'Logboekvermelding als belangrijk gemarkeerd',
    'log.confirmed': (v) => `Belangrijke gebeurtenis bevestigd: #${v.seq} ${v.text}`,
    'protocol.activated': (v) => `Protocol geactiveerd: ${v.title} v${v.version} (${v.tasks} taken)`,
    'task.created': (v) => `Taak ${v.discipline}: ${v.title}`,
    'task.updated': (v) => `Taak ${v.discipline} "${v.title}": ${v.from} → ${v.to}`,
    'task.checklist': (v) => `Taak "${v.title}": "${v.item}" ${v.done}`,
    'unit.requested': (v) => `Eenheid aangevraagd: ${v.name} (${v.discipline}, ${v.org})`,
    'unit.updated': (v) => `Eenheid ${v.name}: ${v.from} → ${v.to}`,
    'unit.placed': (v) => `Eenheid ${v.name}: positie ${v.where}`,
    'cordon.created': (v) => `Afzetting ingesteld (${v.kind}): ${v.label}`,
    'cordon.lifted': (v) => `Afzetting opgeheven (${v.kind}): ${v.label}`,
    'sitrep.created': (v) => `Situatierapport ${v.number} geschreven`,
    'sitrep.approved': (v) => `Situatierapport ${v.number} goedgekeurd`,
    'review.saved': () => 'Evaluatie achteraf opgeslagen',
    'review.completed': () => 'Evaluatie achteraf afgerond',
    'action.created': (v) => `Corrigerende actie toegevoegd (tegen ${v.dueDate})`,
    'action.updated': (v) => `Corrigerende actie: ${v.from} → ${v.to}`,
    'action.closed': (v) => `Corrigerende actie afgesloten door protocolversie ${v.version}`,
  },
};

const FR: Words = {
  none: 'non impliquée', offMap: 'retirée de la carte', ticked: 'cochée', unticked: 'décochée',
  states: {
    phase: { municipal: 'communale', provincial: 'provinciale', federal: 'fédérale' },
    terror: { none: 'aucun', 'pre-alert': 'pré-alerte', alert: 'alerte' },
    participant: { alerted: 'alertée', 'standing-by': 'en attente', active: 'active', deactivated: 'désactivée', unable: 'indisponible' },
    task: { todo: 'à faire', doing: 'en cours', done: 'terminée', blocked: 'bloquée' },
    unit: { requested: 'demandée', dispatched: 'envoyée', 'on-site': 'sur place', released: 'libérée' },
    action: { open: 'ouverte', 'in-progress': 'en cours', closed: 'clôturée' },
    log: { decision: 'décision', communication: 'communication', phase: 'phase', closure: 'clôture', participant: 'organisation', protocol: 'protocole', 'terror-state': 'plan terreur', cordon: 'périmètre' },
    cordon: { inner: 'périmètre d’exclusion', outer: 'périmètre d’isolation', traffic: 'périmètre de circulation' },
  },
  lines: {
    'incident.declared': (v) => `Incident déclaré : ${v.title}`,
    'incident.phase': (v) => `Phase ${v.from} → ${v.to} : ${v.reason}`,
    'incident.terror-state': (v) => `Plan terreur ${v.from} → ${v.to} : ${v.reason}`,
    'incident.closed': (v) => `Incident clôturé : ${v.reason}`,
    'participant.changed': (v) => `${v.org} : ${v.from} → ${v.to}`,
    'subject.linked': () => 'Sujet de renseignement lié',
    'subject.unlinked': () => 'Lien avec un sujet de renseignement supprimé',
    'assessment.linked': () => 'Évaluation de la menace liée',
    'assessment.unlinked': () => 'Lien avec une évaluation de la menace supprimé',
    'log.appended': (v) => `Journal ${v.kind} n° ${v.seq} : ${v.text}`,
    'log.flagged': () => 'Entrée du journal signalée comme importante',
    'log.confirmed': (v) => `Événement important confirmé : n° ${v.seq} ${v.text}`,
    'protocol.activated': (v) => `Protocole activé : ${v.title} v${v.version} (${v.tasks} tâches)`,
    'task.created': (v) => `Tâche ${v.discipline} : ${v.title}`,
    'task.updated': (v) => `Tâche ${v.discipline} « ${v.title} » : ${v.from} → ${v.to}`,
    'task.checklist': (v) => `Tâche « ${v.title} » : « ${v.item} » ${v.done}`,
    'unit.requested': (v) => `Unité demandée : ${v.name} (${v.discipline}, ${v.org})`,
    'unit.updated': (v) => `Unité ${v.name} : ${v.from} → ${v.to}`,
    'unit.placed': (v) => `Unité ${v.name} : position ${v.where}`,
    'cordon.created': (v) => `Périmètre établi (${v.kind}) : ${v.label}`,
    'cordon.lifted': (v) => `Périmètre levé (${v.kind}) : ${v.label}`,
    'sitrep.created': (v) => `Rapport de situation ${v.number} rédigé`,
    'sitrep.approved': (v) => `Rapport de situation ${v.number} approuvé`,
    'review.saved': () => 'Retour d’expérience enregistré',
    'review.completed': () => 'Retour d’expérience terminé',
    'action.created': (v) => `Action corrective ajoutée (échéance ${v.dueDate})`,
    'action.updated': (v) => `Action corrective : ${v.from} → ${v.to}`,
    'action.closed': (v) => `Action corrective clôturée par la version ${v.version} du protocole`,
  },
};

const DE: Words = {
  none: 'nicht beteiligt', offMap: 'von der Karte genommen', ticked: 'abgehakt', unticked: 'nicht mehr abgehakt',
  states: {
    phase: { municipal: 'kommunal', provincial: 'provinzial', federal: 'föderal' },
    terror: { none: 'keine', 'pre-alert': 'Voralarm', alert: 'Alarm' },
    participant: { alerted: 'alarmiert', 'standing-by': 'in Bereitschaft', active: 'aktiv', deactivated: 'deaktiviert', unable: 'nicht verfügbar' },
    task: { todo: 'offen', doing: 'in Arbeit', done: 'erledigt', blocked: 'blockiert' },
    unit: { requested: 'angefordert', dispatched: 'entsandt', 'on-site': 'vor Ort', released: 'freigegeben' },
    action: { open: 'offen', 'in-progress': 'in Arbeit', closed: 'abgeschlossen' },
    log: { decision: 'Entscheidung', communication: 'Kommunikation', phase: 'Phase', closure: 'Abschluss', participant: 'Organisation', protocol: 'Protokoll', 'terror-state': 'Terrorplan', cordon: 'Absperrung' },
    cordon: { inner: 'innere Absperrung', outer: 'äußere Absperrung', traffic: 'Verkehrsabsperrung' },
  },
  lines: {
    'incident.declared': (v) => `Ereignis ausgerufen: ${v.title}`,
    'incident.phase': (v) => `Phase ${v.from} → ${v.to}: ${v.reason}`,
    'incident.terror-state': (v) => `Terrorplan ${v.from} → ${v.to}: ${v.reason}`,
    'incident.closed': (v) => `Ereignis abgeschlossen: ${v.reason}`,
    'participant.changed': (v) => `${v.org}: ${v.from} → ${v.to}`,
    'subject.linked': () => 'Nachrichtendienstliches Subjekt verknüpft',
    'subject.unlinked': () => 'Verknüpfung mit nachrichtendienstlichem Subjekt entfernt',
    'assessment.linked': () => 'Gefährdungsbewertung verknüpft',
    'assessment.unlinked': () => 'Verknüpfung mit Gefährdungsbewertung entfernt',
    'log.appended': (v) => `Protokoll ${v.kind} Nr. ${v.seq}: ${v.text}`,
    'log.flagged': () => 'Protokolleintrag als wichtig markiert',
    'log.confirmed': (v) => `Wichtiges Ereignis bestätigt: Nr. ${v.seq} ${v.text}`,
    'protocol.activated': (v) => `Einsatzprotokoll aktiviert: ${v.title} v${v.version} (${v.tasks} Aufgaben)`,
    'task.created': (v) => `Aufgabe ${v.discipline}: ${v.title}`,
    'task.updated': (v) => `Aufgabe ${v.discipline} „${v.title}“: ${v.from} → ${v.to}`,
    'task.checklist': (v) => `Aufgabe „${v.title}“: „${v.item}“ ${v.done}`,
    'unit.requested': (v) => `Einheit angefordert: ${v.name} (${v.discipline}, ${v.org})`,
    'unit.updated': (v) => `Einheit ${v.name}: ${v.from} → ${v.to}`,
    'unit.placed': (v) => `Einheit ${v.name}: Position ${v.where}`,
    'cordon.created': (v) => `Absperrung errichtet (${v.kind}): ${v.label}`,
    'cordon.lifted': (v) => `Absperrung aufgehoben (${v.kind}): ${v.label}`,
    'sitrep.created': (v) => `Lagebericht ${v.number} verfasst`,
    'sitrep.approved': (v) => `Lagebericht ${v.number} freigegeben`,
    'review.saved': () => 'Nachbesprechung gespeichert',
    'review.completed': () => 'Nachbesprechung abgeschlossen',
    'action.created': (v) => `Korrekturmaßnahme hinzugefügt (fällig ${v.dueDate})`,
    'action.updated': (v) => `Korrekturmaßnahme: ${v.from} → ${v.to}`,
    'action.closed': (v) => `Korrekturmaßnahme durch Protokollversion ${v.version} abgeschlossen`,
  },
};

export const EVENT_WORDS: Record<PdfLang, Words> = { en: EN, nl: NL, fr: FR, de: DE };

/** Which state vocabulary an event kind's from/to use. */
const MOVES: Record<string, keyof States> = { 'incident.phase': 'phase', 'incident.terror-state': 'terror', 'participant.changed': 'participant', 'task.updated': 'task', 'unit.updated': 'unit', 'action.updated': 'action' };

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The line of an event kind in a language, or null when the kind has none (the caller prints the kind). */
export function eventLine(kind: string, p: Record<string, unknown>, lang: PdfLang): string | null {
  const w = EVENT_WORDS[lang];
  const line = w.lines[kind];
  if (!line) return null;
  const state = (group: keyof States | undefined, v: unknown) => (v === null || v === undefined ? w.none : (group && w.states[group]?.[str(v)]) || str(v));
  const group = MOVES[kind];
  const v: V = {
    title: str(p.title), reason: str(p.reason), org: str(p.org), seq: str(p.seq), text: str(p.text), version: str(p.version), tasks: str(p.tasks),
    discipline: str(p.discipline), name: str(p.name), number: str(p.number), label: str(p.label), item: str(p.text), dueDate: str(p.dueDate),
    from: state(group, p.from),
    to: state(group, p.to),
    kind: state(kind.startsWith('cordon.') ? 'cordon' : kind === 'log.appended' ? 'log' : undefined, p.kind),
    where: typeof p.lat === 'number' && typeof p.lon === 'number' ? `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}` : w.offMap,
    done: p.done ? w.ticked : w.unticked,
  };
  return line(v);
}
