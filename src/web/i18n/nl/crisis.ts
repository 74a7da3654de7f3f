/** Dutch: the crisis screens. */
export const crisis = {
  "flag": "Als belangrijk markeren",
  "significance": {"flagged": "Gemarkeerd", "confirmed": "Belangrijke gebeurtenis"},
  "nav": "Crisis",
  "title": "Crisisincidenten",
  "intro": "Incidenten die uw organisatie afkondigde of waaraan ze deelneemt. Elke wijziging bereikt de andere organisaties live.",
  "declare": "Incident afkondigen",
  "none": "Geen incidenten",
  "exercise": "OEFENING",
  "live": "live",
  "offline": "opnieuw verbinden…",
  "report": "Afdrukbaar rapport",
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
    "terror-state": "Terreurplan"
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
  }
};
