/** German: the crisis screens. */
export const crisis = {
  "flag": "Als wichtig markieren",
  "significance": {"flagged": "Markiert", "confirmed": "Wichtiges Ereignis"},
  "nav": "Krise",
  "title": "Krisenereignisse",
  "intro": "Ereignisse, die Ihre Organisation ausgerufen hat oder an denen sie teilnimmt. Jede Änderung erreicht die anderen Organisationen live.",
  "declare": "Ereignis ausrufen",
  "none": "Keine Ereignisse",
  "exercise": "ÜBUNG",
  "live": "live",
  "offline": "verbinde neu…",
  "report": "Druckbarer Bericht",
  "transitions": "Phase und Terrorplan",
  "apply": "Anwenden",
  "participants": "Organisationen",
  "log": "Protokoll",
  "tasks": "Aufgaben",
  "units": "Einheiten und Mittel",
  "sitreps": "Lageberichte",
  "chainOk": "Hash-Kette intakt",
  "chainBroken": "Hash-Kette gebrochen bei #{{seq}}",
  "logPlaceholder": "Entscheidung oder Kommunikation…",
  "addLog": "Ins Protokoll",
  "significant": "Wichtig",
  "confirm": "Bestätigen",
  "correction": "Korrektur",
  "protocol": "Protokollvorlage",
  "activate": "Aktivieren",
  "blockedReason": "Warum ist es blockiert?",
  "sitrepNo": "Lagebericht {{n}}",
  "approvedBy": "genehmigt von {{who}}",
  "approve": "Genehmigen",
  "sitrepPlaceholder": "Zusammenfassung der Lage…",
  "addSitrep": "Lagebericht schreiben",
  "col": {
    "title": "Ereignis",
    "state": "Stand",
    "organisation": "Ausgerufen von",
    "occurred": "Zeitpunkt"
  },
  "field": {
    "title": "Titel",
    "type": "Art",
    "municipality": "Gemeinde",
    "occurredAt": "Zeitpunkt",
    "lat": "Breitengrad",
    "lon": "Längengrad",
    "description": "Beschreibung",
    "exercise": "Übung",
    "phase": "Phase",
    "terror": "Terrorplan",
    "reason": "Grund"
  },
  "status": {
    "open": "Offen",
    "closed": "Geschlossen"
  },
  "phase": {
    "municipal": "Gemeindephase",
    "provincial": "Provinzphase",
    "federal": "Föderale Phase"
  },
  "terror": {
    "none": "Terrorplan: keiner",
    "pre-alert": "Terrorplan: Voralarm",
    "alert": "Terrorplan: Alarm"
  },
  "type": {
    "terror-attack": "Terroranschlag",
    "explosion": "Explosion",
    "shooting": "Schießerei",
    "hostage-taking": "Geiselnahme",
    "cbrn": "CBRN",
    "vehicle-ramming": "Fahrzeugangriff",
    "other": "Sonstiges"
  },
  "participant": {
    "alerted": "alarmiert",
    "standing-by": "in Bereitschaft",
    "active": "aktiv",
    "deactivated": "deaktiviert",
    "unable": "nicht verfügbar"
  },
  "logKind": {
    "decision": "Entscheidung",
    "communication": "Kommunikation",
    "phase": "Phase",
    "closure": "Abschluss",
    "participant": "Organisation",
    "protocol": "Protokollvorlage",
    "terror-state": "Terrorplan"
  },
  "taskStatus": {
    "todo": "Offen",
    "doing": "In Arbeit",
    "done": "Erledigt",
    "blocked": "Blockiert"
  },
  "unitStatus": {
    "requested": "Angefordert",
    "dispatched": "Entsandt",
    "on-site": "Vor Ort",
    "released": "Freigegeben"
  }
};
