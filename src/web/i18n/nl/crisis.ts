/** Dutch: the crisis screens. */
export const crisis = {
  "flag": "Als belangrijk markeren",
  "significance": {"flagged": "Gemarkeerd", "confirmed": "Belangrijke gebeurtenis"},
  "nav": "Crisis",
  "map": {"open": "Kaart", "title": "Kaart van het incident", "intro": "De plaats van het incident, eenheden met een positie, actieve afzettingen en de gebieden van de publieke alarmen.", "noMap": "De kaart kan in deze browser niet worden getekend (geen WebGL). Een afzetting kan nog als cirkel worden ingesteld met de velden hieronder.", "unplaced_one": "{{count}} eenheid heeft geen positie en staat niet op de kaart.", "unplaced_other": "{{count}} eenheden hebben geen positie en staan niet op de kaart.", "newCordon": "Nieuwe afzetting", "mode": {"view": "Bekijken", "circle": "Cirkel", "polygon": "Veelhoek"}, "finish": "Veelhoek sluiten", "undo": "Hoek ongedaan maken", "polygonHelp": "Klik de hoeken van de afzetting op de kaart en sluit dan de veelhoek.", "circleHelp": "Klik het middelpunt op de kaart en dan een punt op de rand.", "kindLabel": "Soort afzetting", "kind": {"inner": "Binnenafzetting", "outer": "Buitenafzetting", "traffic": "Verkeersafzetting"}, "label": "Omschrijving", "polygonReady_one": "Veelhoek met {{count}} hoek, klaar om te bewaren.", "polygonReady_other": "Veelhoek met {{count}} hoeken, klaar om te bewaren.", "polygonPending_one": "{{count}} hoek geplaatst.", "polygonPending_other": "{{count}} hoeken geplaatst.", "radius": "Straal (km)", "save": "Afzetting instellen", "clear": "Wissen", "cordons": "Afzettingen", "noCordons": "Nog geen afzettingen.", "setBy": "ingesteld door {{who}}, {{at}}", "liftedBy": "opgeheven door {{who}}, {{at}}", "lift": "Opheffen", "alerts": "Publieke alarmen van het incident", "noAlerts": "Geen publieke alarmen voor dit incident.", "circleText": "cirkel, {{km}} km", "polygonText_one": "veelhoek, {{count}} hoek", "polygonText_other": "veelhoek, {{count}} hoeken", "legend": {"incident": "Incident", "alert": "Alarmgebied", "municipalities": "Gealarmeerde gemeenten"}, "pickHelp": "Klik op de kaart om de plaats te kiezen (breedte- en lengtegraad hieronder).", "place": {"title": "Een eenheid plaatsen", "unit": "Eenheid", "help": "Kies een eenheid en klik dan op haar plaats op de kaart (of typ de breedte- en lengtegraad).", "save": "Positie opslaan", "none": "Geen eenheid om te plaatsen (vrijgegeven eenheden staan niet op de kaart)."}},
  "title": "Crisisincidenten",
  "intro": "Incidenten die uw organisatie afkondigde of waaraan ze deelneemt. Elke wijziging bereikt de andere organisaties live.",
  "declare": "Incident afkondigen",
  "none": "Geen incidenten",
  "exercise": "OEFENING",
  "live": "live",
  "offline": "opnieuw verbinden…",
  "report": "Afdrukbaar rapport",
  "reportPdf": "PDF downloaden",
  "transitions": "Fase en terreurplan",
  "apply": "Toepassen",
  "participants": "Organisaties",
  "log": "Logboek",
  "tasks": "Taken",
  "units": "Eenheden en middelen",
  "sitreps": "Situatierapporten",
  "chainOk": "Hashketen intact",
  "chainBroken": "Hashketen gebroken bij #{{seq}}",
  "logPlaceholder": "Beslissing of communicatie…",
  "addLog": "Aan logboek toevoegen",
  "significant": "Belangrijk",
  "confirm": "Bevestigen",
  "correction": "correctie",
  "protocol": "Protocol",
  "activate": "Activeren",
  "blockedReason": "Waarom is het geblokkeerd?",
  "sitrepNo": "Situatierapport {{n}}",
  "approvedBy": "goedgekeurd door {{who}}",
  "approve": "Goedkeuren",
  "sitrepPlaceholder": "Samenvatting van de situatie…",
  "addSitrep": "Situatierapport schrijven",
  "col": {
    "title": "Incident",
    "state": "Toestand",
    "organisation": "Afgekondigd door",
    "occurred": "Tijdstip"
  },
  "field": {
    "organisation": "Organisatie",
    "status": "Status",
    "discipline": "Discipline",
    "task": "Taak",
    "role": "Rol",
    "dueAt": "Uiterlijk",
    "unitName": "Eenheid",
    "unitKind": "Soort",
    "title": "Titel",
    "type": "Soort",
    "municipality": "Gemeente",
    "occurredAt": "Tijdstip",
    "lat": "Breedtegraad",
    "lon": "Lengtegraad",
    "description": "Beschrijving",
    "exercise": "Oefening",
    "phase": "Fase",
    "terror": "Terreurplan",
    "reason": "Reden"
  },
  "status": {
    "open": "Open",
    "closed": "Gesloten"
  },
  "phase": {
    "municipal": "Gemeentelijke fase",
    "provincial": "Provinciale fase",
    "federal": "Federale fase"
  },
  "terror": {
    "none": "Terreurplan: geen",
    "pre-alert": "Terreurplan: vooralarm",
    "alert": "Terreurplan: alarm"
  },
  "type": {
    "terror-attack": "Terreuraanslag",
    "explosion": "Ontploffing",
    "shooting": "Schietpartij",
    "hostage-taking": "Gijzeling",
    "cbrn": "CBRN",
    "vehicle-ramming": "Voertuigaanslag",
    "other": "Andere"
  },
  "participant": {
    "alerted": "gealarmeerd",
    "standing-by": "stand-by",
    "active": "actief",
    "deactivated": "gedeactiveerd",
    "unable": "niet beschikbaar"
  },
  "logKind": {
    "decision": "Beslissing",
    "communication": "Communicatie",
    "phase": "Fase",
    "closure": "Afsluiting",
    "participant": "Organisatie",
    "protocol": "Protocol",
    "terror-state": "Terreurplan",
    "cordon": "Afzetting"
  },
  "taskStatus": {
    "todo": "Te doen",
    "doing": "Bezig",
    "done": "Klaar",
    "blocked": "Geblokkeerd"
  },
  "unitStatus": {
    "requested": "Gevraagd",
    "dispatched": "Uitgestuurd",
    "on-site": "Ter plaatse",
    "released": "Vrijgegeven"
  },
  "participantStatus": "Status van {{org}}",
  "addParticipant": "Organisatie toevoegen",
  "add": "Toevoegen",
  "cancel": "Annuleren",
  "remove": "Verwijderen",
  "correctionOf": "correctie van #{{seq}}",
  "correctedBy": "gecorrigeerd door {{seqs}}",
  "correct": "Corrigeren",
  "correcting": "Correctie van #{{seq}}: {{text}}",
  "correctionPlaceholder": "De gecorrigeerde tekst…",
  "correctionReason": "Waarom de vermelding wordt gecorrigeerd…",
  "addCorrection": "Correctie toevoegen",
  "logKindLabel": "Soort vermelding",
  "addTask": "Taak toevoegen",
  "requestUnit": "Eenheid aanvragen",
  "taskStatusOf": "Status van {{title}}",
  "unitStatusOf": "Status van {{name}}",
  "position": {"none": "geen positie", "edit": "Positie…", "save": "Positie opslaan", "clear": "Van de kaart halen", "both": "Geef zowel breedte- als lengtegraad, of geen van beide.", "outsideLat": "Moet in België liggen (breedtegraad {{min}}–{{max}}).", "outsideLon": "Moet in België liggen (lengtegraad {{min}}–{{max}}).", "of": "Positie van {{name}}", "hint": "Optioneel: waar de eenheid is, om ze op de kaart van het incident te tonen."},
  "terrorShort": {"none": "geen", "pre-alert": "pre-alarm", "alert": "alarm"},
  "discipline": {"D1": "hulpverlening", "D2": "medisch en psychosociaal", "D3": "politie", "D4": "logistiek", "D5": "informatie"},
  "close": {
    "title": "Incident afsluiten",
    "hint": "Afsluiten beëindigt de respons: geen logvermeldingen, taken of eenheden meer. De evaluatie blijft open voor wijzigingen.",
    "button": "Incident afsluiten…",
    "confirm": "Nu afsluiten"
  },
  "links": {
    "assessments": "Gekoppelde dreigingsevaluaties",
    "noAssessments": "Geen gekoppelde dreigingsevaluaties die u mag zien",
    "assessment": "Dreigingsevaluatie",
    "addAssessment": "Evaluatie koppelen",
    "assessedAt": "geëvalueerd {{at}}",
    "target": {"subject": "subject", "country": "land", "sector": "sector", "event": "evenement", "place": "plaats"},
    "title": "Gekoppelde inlichtingensubjecten",
    "hint": "U ziet alleen de subjecten die uw organisatie mag lezen.",
    "none": "Geen gekoppelde subjecten die u mag zien",
    "level": "dreigingsniveau {{level}}",
    "remove": "Verwijderen",
    "subject": "Subject",
    "add": "Subject koppelen"
  },
  "review": {
    "open": "Evaluatie achteraf",
    "title": "Evaluatie achteraf",
    "intro": "Doelstellingen en de capaciteiten die ze toetsen, beoordeeld P / S / M / U; sterke punten; verbeterpunten; en het verbeterplan dat terugvloeit naar de protocollen.",
    "none": "Voor dit incident is nog geen evaluatie geschreven.",
    "start": "Evaluatie starten",
    "edit": "Bewerken",
    "complete": "Evaluatie afronden",
    "completedAt": "afgerond {{at}}",
    "status": {
      "draft": "Ontwerp",
      "completed": "Afgerond"
    },
    "objectives": "Doelstellingen en capaciteiten",
    "objective": "Doelstelling",
    "capability": "Capaciteit",
    "ratingLabel": "Beoordeling",
    "rating": {
      "P": "uitgevoerd zonder problemen",
      "S": "uitgevoerd met enkele problemen",
      "M": "uitgevoerd met grote problemen",
      "U": "kon niet worden uitgevoerd"
    },
    "addObjective": "Doelstelling toevoegen",
    "strengths": "Sterke punten",
    "strength": "Sterk punt",
    "addStrength": "Sterk punt toevoegen",
    "improvements": "Verbeterpunten",
    "observation": "Bevinding (waarneming)",
    "analysis": "Analyse",
    "recommendation": "Les (aanbeveling)",
    "addImprovement": "Verbeterpunt toevoegen",
    "save": "Evaluatie opslaan",
    "noneYet": "Nog geen",
    "plan": "Verbeterplan",
    "planHint": "Corrigerende acties met een verantwoordelijke organisatie en rol. Een actie gekoppeld aan een protocolsjabloon wordt afgesloten wanneer de herziene versie van het sjabloon wordt gepubliceerd.",
    "addAction": "Corrigerende actie toevoegen",
    "noActions": "Nog geen corrigerende acties",
    "owner": "Verantwoordelijke",
    "due": "uiterlijk {{date}}",
    "closedByVersion": "Afgesloten door versie {{version}} van \"{{title}}\" ({{at}})",
    "closesWith": "Wordt afgesloten wanneer \"{{title}}\" (nu versie {{version}}) wordt herzien",
    "overdue": "Te laat",
    "actionStatus": {
      "open": "Open",
      "in-progress": "Bezig",
      "closed": "Afgesloten"
    },
    "statusOf": "Status van de actie",
    "revise": "Sjabloon herzien…",
    "actionDescription": "Corrigerende actie",
    "ownerOrg": "Verantwoordelijke organisatie",
    "ownerRole": "Verantwoordelijke rol",
    "dueDate": "Uiterste datum",
    "template": "Protocolsjabloon dat ze wijzigt",
    "noTemplate": "Geen"
  },
  "revise": {
    "published": "Versie {{version}} gepubliceerd; {{closed}} corrigerende actie(s) afgesloten.",
    "title": "{{title}}: versie {{version}}",
    "hint": "Het publiceren van de nieuwe versie sluit elke open corrigerende actie die aan dit sjabloon is gekoppeld.",
    "dueMinutes": "Termijn (minuten)",
    "changeNote": "Wat deze versie wijzigt",
    "publish": "Herziene versie publiceren"
  },
  "timeline": {
    "open": "Tijdlijn",
    "title": "Tijdlijn",
    "none": "Niets te tonen",
    "notInvolved": "niet betrokken",
    "offMap": "van de kaart gehaald",
    "ticked": "afgevinkt",
    "unticked": "niet meer afgevinkt",
    "correction": "correctie van een eerdere vermelding",
    "category": {
      "links": "Koppelingen",
      "phase": "Fase en terreurplan",
      "organisations": "Organisaties",
      "log": "Logboek",
      "tasks": "Taken",
      "units": "Eenheden",
      "sitreps": "Situatierapporten",
      "review": "Evaluatie",
      "alerts": "Publieke alarmen",
      "cordons": "Afzettingen",
      "other": "Overig"
    },
    "kind": {
      "assessment": {"linked": "Dreigingsevaluatie gekoppeld", "unlinked": "Koppeling met dreigingsevaluatie verwijderd"},
      "incident": {
        "declared": "Incident afgekondigd: {{title}}",
        "phase": "Fase: {{from}} → {{to}}",
        "terror-state": "Terreurplan: {{from}} → {{to}}",
        "closed": "Incident afgesloten"
      },
      "participant": {
        "changed": "{{org}}: {{from}} → {{to}}"
      },
      "subject": {
        "linked": "Inlichtingensubject gekoppeld",
        "unlinked": "Koppeling met inlichtingensubject verwijderd"
      },
      "log": {
        "appended": "{{kind}} #{{seq}}: {{text}}",
        "flagged": "Logvermelding als belangrijk gemarkeerd",
        "confirmed": "Belangrijke gebeurtenis bevestigd: #{{seq}} {{text}}"
      },
      "sitrep": {
        "created": "Situatierapport {{number}} geschreven",
        "approved": "Situatierapport {{number}} goedgekeurd"
      },
      "protocol": {
        "activated": "Protocol geactiveerd: {{title}} (versie {{version}}), {{tasks}} taken"
      },
      "task": {
        "created": "Taak toegevoegd ({{discipline}}): {{title}}",
        "updated": "Taak ({{discipline}}) {{title}}: {{from}} → {{to}}",
        "checklist": "{{title}}: \"{{item}}\" {{done}}"
      },
      "unit": {
        "requested": "Eenheid aangevraagd ({{discipline}}): {{name}}",
        "updated": "Eenheid {{name}}: {{from}} → {{to}}",
        "placed": "Eenheid {{name}}: positie {{where}}"
      },
      "review": {
        "saved": "Evaluatie opgeslagen",
        "completed": "Evaluatie afgerond"
      },
      "action": {
        "created": "Corrigerende actie toegevoegd (uiterlijk {{dueDate}})",
        "updated": "Corrigerende actie: {{from}} → {{to}}",
        "closed": "Corrigerende actie afgesloten door protocolversie {{version}}"
      },
      "cordon": {"created": "Afzetting ingesteld ({{kind}}): {{label}}", "lifted": "Afzetting opgeheven ({{kind}}): {{label}}"},
      "alert": {
        "drafted": "Publiek alarm opgesteld",
        "submitted": "Publiek alarm ter goedkeuring voorgelegd",
        "approved": "Publiek alarm goedgekeurd",
        "published": "Publiek alarm gepubliceerd"
      }
    }
  }
};
