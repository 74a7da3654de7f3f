/** German: the crisis screens. */
export const crisis = {
  "flag": "Als wichtig markieren",
  "significance": {"flagged": "Markiert", "confirmed": "Wichtiges Ereignis"},
  "nav": "Krise",
  "map": {"open": "Karte", "title": "Karte des Ereignisses", "intro": "Der Ort des Ereignisses, Einheiten mit Position, aktive Absperrungen und die Gebiete seiner öffentlichen Warnungen.", "noMap": "Die Karte kann in diesem Browser nicht gezeichnet werden (kein WebGL). Absperrungen können weiterhin als Kreis mit den Feldern unten errichtet werden.", "unplaced_one": "{{count}} Einheit hat keine Position und steht nicht auf der Karte.", "unplaced_other": "{{count}} Einheiten haben keine Position und stehen nicht auf der Karte.", "newCordon": "Neue Absperrung", "mode": {"view": "Ansehen", "circle": "Kreis", "polygon": "Polygon"}, "finish": "Polygon schließen", "undo": "Ecke zurücknehmen", "polygonHelp": "Klicken Sie die Ecken der Absperrung auf der Karte an und schließen Sie dann das Polygon.", "circleHelp": "Klicken Sie den Mittelpunkt auf der Karte an, dann einen Punkt am Rand.", "kindLabel": "Art der Absperrung", "kind": {"inner": "Innere Absperrung", "outer": "Äußere Absperrung", "traffic": "Verkehrsabsperrung"}, "label": "Bezeichnung", "polygonReady_one": "Polygon mit {{count}} Ecke, bereit zum Speichern.", "polygonReady_other": "Polygon mit {{count}} Ecken, bereit zum Speichern.", "polygonPending_one": "{{count}} Ecke gesetzt.", "polygonPending_other": "{{count}} Ecken gesetzt.", "radius": "Radius (km)", "save": "Absperrung errichten", "clear": "Leeren", "cordons": "Absperrungen", "noCordons": "Noch keine Absperrungen.", "setBy": "errichtet von {{who}}, {{at}}", "liftedBy": "aufgehoben von {{who}}, {{at}}", "lift": "Aufheben", "alerts": "Öffentliche Warnungen des Ereignisses", "noAlerts": "Keine öffentlichen Warnungen zu diesem Ereignis.", "circleText": "Kreis, {{km}} km", "polygonText_one": "Polygon, {{count}} Ecke", "polygonText_other": "Polygon, {{count}} Ecken", "legend": {"incident": "Ereignis", "alert": "Warngebiet", "municipalities": "Gewarnte Gemeinden"}, "pickHelp": "Klicken Sie auf die Karte, um den Ort zu wählen (Breite und Länge unten).", "place": {"title": "Einheit platzieren", "unit": "Einheit", "help": "Wählen Sie eine Einheit und klicken Sie dann auf ihren Ort auf der Karte (oder geben Sie Breiten- und Längengrad ein).", "save": "Position speichern", "none": "Keine Einheit zu platzieren (freigegebene Einheiten sind nicht auf der Karte)."}},
  "title": "Krisenereignisse",
  "intro": "Ereignisse, die Ihre Organisation ausgerufen hat oder an denen sie teilnimmt. Jede Änderung erreicht die anderen Organisationen live.",
  "declare": "Ereignis ausrufen",
  "none": "Keine Ereignisse",
  "exercise": "ÜBUNG",
  "live": "live",
  "offline": "verbinde neu…",
  "report": "Druckbarer Bericht",
  "reportPdf": "PDF herunterladen",
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
    "organisation": "Organisation",
    "status": "Status",
    "discipline": "Disziplin",
    "task": "Aufgabe",
    "role": "Rolle",
    "dueAt": "Fällig",
    "unitName": "Einheit",
    "unitKind": "Art",
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
    "terror-state": "Terrorplan",
    "cordon": "Absperrung"
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
  },
  "participantStatus": "Status von {{org}}",
  "addParticipant": "Organisation hinzufügen",
  "add": "Hinzufügen",
  "cancel": "Abbrechen",
  "remove": "Entfernen",
  "correctionOf": "Korrektur von Nr. {{seq}}",
  "correctedBy": "korrigiert durch {{seqs}}",
  "correct": "Korrigieren",
  "correcting": "Korrektur von Nr. {{seq}}: {{text}}",
  "correctionPlaceholder": "Der korrigierte Text…",
  "correctionReason": "Warum der Eintrag korrigiert wird…",
  "addCorrection": "Korrektur hinzufügen",
  "logKindLabel": "Art des Eintrags",
  "addTask": "Aufgabe hinzufügen",
  "requestUnit": "Einheit anfordern",
  "taskStatusOf": "Status von {{title}}",
  "unitStatusOf": "Status von {{name}}",
  "position": {"none": "keine Position", "edit": "Position…", "save": "Position speichern", "clear": "Von der Karte nehmen", "both": "Geben Sie Breiten- und Längengrad an, oder keinen von beiden.", "outsideLat": "Muss in Belgien liegen (Breitengrad {{min}}–{{max}}).", "outsideLon": "Muss in Belgien liegen (Längengrad {{min}}–{{max}}).", "of": "Position von {{name}}", "hint": "Optional: wo die Einheit ist, damit sie auf der Karte des Ereignisses erscheint."},
  "terrorShort": {"none": "keine", "pre-alert": "Voralarm", "alert": "Alarm"},
  "discipline": {"D1": "Rettung", "D2": "medizinisch und psychosozial", "D3": "Polizei", "D4": "Logistik", "D5": "Information"},
  "close": {
    "title": "Vorfall abschließen",
    "hint": "Das Abschließen beendet den Einsatz: keine Logeinträge, Aufgaben oder Einheiten mehr. Die Nachbereitung bleibt änderbar.",
    "button": "Vorfall abschließen…",
    "confirm": "Jetzt abschließen"
  },
  "links": {
    "assessments": "Verknüpfte Gefährdungsbewertungen",
    "noAssessments": "Keine verknüpften Gefährdungsbewertungen, die Sie sehen dürfen",
    "assessment": "Gefährdungsbewertung",
    "addAssessment": "Bewertung verknüpfen",
    "assessedAt": "bewertet {{at}}",
    "target": {"subject": "Subjekt", "country": "Land", "sector": "Sektor", "event": "Veranstaltung", "place": "Ort"},
    "title": "Verknüpfte nachrichtendienstliche Subjekte",
    "hint": "Sie sehen nur die Subjekte, die Ihre Organisation lesen darf.",
    "none": "Keine verknüpften Subjekte, die Sie sehen dürfen",
    "level": "Gefährdungsstufe {{level}}",
    "remove": "Entfernen",
    "subject": "Subjekt",
    "add": "Subjekt verknüpfen"
  },
  "review": {
    "open": "Nachbereitung",
    "title": "Nachbereitung (After-Action-Review)",
    "intro": "Ziele und die Fähigkeiten, die sie prüfen, bewertet mit P / S / M / U; Stärken; Verbesserungsbereiche; und der Verbesserungsplan, der in die Protokolle zurückfließt.",
    "none": "Für diesen Vorfall wurde noch keine Nachbereitung geschrieben.",
    "start": "Nachbereitung beginnen",
    "edit": "Bearbeiten",
    "complete": "Nachbereitung abschließen",
    "completedAt": "abgeschlossen {{at}}",
    "status": {
      "draft": "Entwurf",
      "completed": "Abgeschlossen"
    },
    "objectives": "Ziele und Fähigkeiten",
    "objective": "Ziel",
    "capability": "Fähigkeit",
    "ratingLabel": "Bewertung",
    "rating": {
      "P": "ohne Schwierigkeiten ausgeführt",
      "S": "mit einigen Schwierigkeiten ausgeführt",
      "M": "mit großen Schwierigkeiten ausgeführt",
      "U": "konnte nicht ausgeführt werden"
    },
    "addObjective": "Ziel hinzufügen",
    "strengths": "Stärken",
    "strength": "Stärke",
    "addStrength": "Stärke hinzufügen",
    "improvements": "Verbesserungsbereiche",
    "observation": "Feststellung (Beobachtung)",
    "analysis": "Analyse",
    "recommendation": "Lehre (Empfehlung)",
    "addImprovement": "Verbesserungsbereich hinzufügen",
    "save": "Nachbereitung speichern",
    "noneYet": "Noch keine",
    "plan": "Verbesserungsplan",
    "planHint": "Korrekturmaßnahmen mit verantwortlicher Organisation und Rolle. Eine mit einer Protokollvorlage verknüpfte Maßnahme wird abgeschlossen, wenn die überarbeitete Version der Vorlage veröffentlicht wird.",
    "addAction": "Korrekturmaßnahme hinzufügen",
    "noActions": "Noch keine Korrekturmaßnahmen",
    "owner": "Verantwortlich",
    "due": "fällig {{date}}",
    "closedByVersion": "Abgeschlossen durch Version {{version}} von „{{title}}“ ({{at}})",
    "closesWith": "Wird abgeschlossen, wenn „{{title}}“ (jetzt Version {{version}}) überarbeitet wird",
    "overdue": "Überfällig",
    "actionStatus": {
      "open": "Offen",
      "in-progress": "In Arbeit",
      "closed": "Abgeschlossen"
    },
    "statusOf": "Status der Maßnahme",
    "revise": "Vorlage überarbeiten…",
    "actionDescription": "Korrekturmaßnahme",
    "ownerOrg": "Verantwortliche Organisation",
    "ownerRole": "Verantwortliche Rolle",
    "dueDate": "Fälligkeitsdatum",
    "template": "Geänderte Protokollvorlage",
    "noTemplate": "Keine"
  },
  "revise": {
    "published": "Version {{version}} veröffentlicht; {{closed}} Korrekturmaßnahme(n) abgeschlossen.",
    "title": "{{title}}: Version {{version}}",
    "hint": "Die Veröffentlichung der neuen Version schließt jede offene Korrekturmaßnahme, die mit dieser Vorlage verknüpft ist.",
    "dueMinutes": "Frist (Minuten)",
    "changeNote": "Was diese Version ändert",
    "publish": "Überarbeitete Version veröffentlichen"
  },
  "timeline": {
    "open": "Zeitleiste",
    "title": "Zeitleiste",
    "none": "Nichts anzuzeigen",
    "notInvolved": "nicht beteiligt",
    "offMap": "von der Karte genommen",
    "ticked": "abgehakt",
    "unticked": "nicht mehr abgehakt",
    "correction": "Korrektur eines früheren Eintrags",
    "category": {
      "links": "Verknüpfungen",
      "phase": "Phase und Terrorplan",
      "organisations": "Organisationen",
      "log": "Log",
      "tasks": "Aufgaben",
      "units": "Einheiten",
      "sitreps": "Lageberichte",
      "review": "Nachbereitung",
      "alerts": "Öffentliche Warnungen",
      "cordons": "Absperrungen",
      "other": "Sonstiges"
    },
    "kind": {
      "assessment": {"linked": "Gefährdungsbewertung verknüpft", "unlinked": "Verknüpfung mit Gefährdungsbewertung entfernt"},
      "incident": {
        "declared": "Vorfall ausgerufen: {{title}}",
        "phase": "Phase: {{from}} → {{to}}",
        "terror-state": "Terrorplan: {{from}} → {{to}}",
        "closed": "Vorfall abgeschlossen"
      },
      "participant": {
        "changed": "{{org}}: {{from}} → {{to}}"
      },
      "subject": {
        "linked": "Nachrichtendienstliches Subjekt verknüpft",
        "unlinked": "Verknüpfung mit nachrichtendienstlichem Subjekt entfernt"
      },
      "log": {
        "appended": "{{kind}} Nr. {{seq}}: {{text}}",
        "flagged": "Logeintrag als wichtig markiert",
        "confirmed": "Wichtiges Ereignis bestätigt: Nr. {{seq}} {{text}}"
      },
      "sitrep": {
        "created": "Lagebericht {{number}} geschrieben",
        "approved": "Lagebericht {{number}} freigegeben"
      },
      "protocol": {
        "activated": "Protokoll aktiviert: {{title}} (Version {{version}}), {{tasks}} Aufgaben"
      },
      "task": {
        "created": "Aufgabe hinzugefügt ({{discipline}}): {{title}}",
        "updated": "Aufgabe ({{discipline}}) {{title}}: {{from}} → {{to}}",
        "checklist": "{{title}}: „{{item}}“ {{done}}"
      },
      "unit": {
        "requested": "Einheit angefordert ({{discipline}}): {{name}}",
        "updated": "Einheit {{name}}: {{from}} → {{to}}",
        "placed": "Einheit {{name}}: Position {{where}}"
      },
      "review": {
        "saved": "Nachbereitung gespeichert",
        "completed": "Nachbereitung abgeschlossen"
      },
      "action": {
        "created": "Korrekturmaßnahme hinzugefügt (fällig {{dueDate}})",
        "updated": "Korrekturmaßnahme: {{from}} → {{to}}",
        "closed": "Korrekturmaßnahme durch Protokollversion {{version}} abgeschlossen"
      },
      "cordon": {"created": "Absperrung errichtet ({{kind}}): {{label}}", "lifted": "Absperrung aufgehoben ({{kind}}): {{label}}"},
      "alert": {
        "drafted": "Öffentliche Warnung entworfen",
        "submitted": "Öffentliche Warnung zur Freigabe vorgelegt",
        "approved": "Öffentliche Warnung freigegeben",
        "published": "Öffentliche Warnung veröffentlicht"
      }
    }
  }
};
