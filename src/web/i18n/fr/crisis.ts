/** French: the crisis screens. */
export const crisis = {
  "flag": "Signaler comme important",
  "significance": {"flagged": "Signalé", "confirmed": "Événement important"},
  "nav": "Crise",
  "title": "Incidents de crise",
  "intro": "Incidents déclarés par votre organisation ou auxquels elle participe. Chaque changement parvient en direct aux autres organisations.",
  "declare": "Déclarer un incident",
  "none": "Aucun incident",
  "exercise": "EXERCICE",
  "live": "en direct",
  "offline": "reconnexion…",
  "report": "Rapport imprimable",
  "transitions": "Phase et plan terreur",
  "apply": "Appliquer",
  "participants": "Organisations",
  "log": "Journal",
  "tasks": "Tâches",
  "units": "Unités et moyens",
  "sitreps": "Rapports de situation",
  "chainOk": "Chaîne de hachage intacte",
  "chainBroken": "Chaîne de hachage rompue au n° {{seq}}",
  "logPlaceholder": "Décision ou communication…",
  "addLog": "Ajouter au journal",
  "significant": "Important",
  "confirm": "Confirmer",
  "correction": "correction",
  "protocol": "Protocole",
  "activate": "Activer",
  "blockedReason": "Pourquoi est-ce bloqué ?",
  "sitrepNo": "Rapport de situation {{n}}",
  "approvedBy": "approuvé par {{who}}",
  "approve": "Approuver",
  "sitrepPlaceholder": "Résumé de la situation…",
  "addSitrep": "Rédiger un rapport de situation",
  "col": {
    "title": "Incident",
    "state": "État",
    "organisation": "Déclaré par",
    "occurred": "Survenu"
  },
  "field": {
    "title": "Titre",
    "type": "Type",
    "municipality": "Commune",
    "occurredAt": "Heure",
    "lat": "Latitude",
    "lon": "Longitude",
    "description": "Description",
    "exercise": "Exercice",
    "phase": "Phase",
    "terror": "Plan terreur",
    "reason": "Motif"
  },
  "status": {
    "open": "Ouvert",
    "closed": "Clôturé"
  },
  "phase": {
    "municipal": "Phase communale",
    "provincial": "Phase provinciale",
    "federal": "Phase fédérale"
  },
  "terror": {
    "none": "Plan terreur : aucun",
    "pre-alert": "Plan terreur : pré-alerte",
    "alert": "Plan terreur : alerte"
  },
  "type": {
    "terror-attack": "Attentat terroriste",
    "explosion": "Explosion",
    "shooting": "Fusillade",
    "hostage-taking": "Prise d'otages",
    "cbrn": "NRBC",
    "vehicle-ramming": "Attaque au véhicule",
    "other": "Autre"
  },
  "participant": {
    "alerted": "alertée",
    "standing-by": "en attente",
    "active": "active",
    "deactivated": "désactivée",
    "unable": "indisponible"
  },
  "logKind": {
    "decision": "Décision",
    "communication": "Communication",
    "phase": "Phase",
    "closure": "Clôture",
    "participant": "Organisation",
    "protocol": "Protocole",
    "terror-state": "Plan terreur"
  },
  "taskStatus": {
    "todo": "À faire",
    "doing": "En cours",
    "done": "Terminé",
    "blocked": "Bloqué"
  },
  "unitStatus": {
    "requested": "Demandée",
    "dispatched": "Envoyée",
    "on-site": "Sur place",
    "released": "Libérée"
  }
};
