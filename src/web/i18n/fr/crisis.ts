/** French: the crisis screens. */
export const crisis = {
  "flag": "Signaler comme important",
  "significance": {"flagged": "Signalé", "confirmed": "Événement important"},
  "nav": "Crise",
  "map": {"open": "Carte", "title": "Carte de l’incident", "intro": "Le lieu de l’incident, les unités positionnées, les périmètres actifs et les zones de ses alertes publiques.", "noMap": "La carte ne peut pas être dessinée dans ce navigateur (pas de WebGL). Un périmètre peut encore être établi comme cercle avec les champs ci-dessous.", "unplaced_one": "{{count}} unité n’a pas de position et n’est pas sur la carte.", "unplaced_other": "{{count}} unités n’ont pas de position et ne sont pas sur la carte.", "newCordon": "Nouveau périmètre", "mode": {"view": "Consulter", "circle": "Cercle", "polygon": "Polygone"}, "finish": "Fermer le polygone", "undo": "Annuler le coin", "polygonHelp": "Cliquez les coins du périmètre sur la carte, puis fermez le polygone.", "circleHelp": "Cliquez le centre sur la carte, puis un point du bord.", "kindLabel": "Type de périmètre", "kind": {"inner": "Périmètre d’exclusion", "outer": "Périmètre d’isolation", "traffic": "Périmètre de circulation"}, "label": "Libellé", "polygonReady_one": "Polygone de {{count}} coin, prêt à enregistrer.", "polygonReady_other": "Polygone de {{count}} coins, prêt à enregistrer.", "polygonPending_one": "{{count}} coin placé.", "polygonPending_other": "{{count}} coins placés.", "radius": "Rayon (km)", "save": "Établir le périmètre", "clear": "Effacer", "cordons": "Périmètres", "noCordons": "Aucun périmètre pour l’instant.", "setBy": "établi par {{who}}, {{at}}", "liftedBy": "levé par {{who}}, {{at}}", "lift": "Lever", "alerts": "Alertes publiques de l’incident", "noAlerts": "Aucune alerte publique pour cet incident.", "circleText": "cercle, {{km}} km", "polygonText_one": "polygone, {{count}} coin", "polygonText_other": "polygone, {{count}} coins", "legend": {"incident": "Incident", "alert": "Zone d’alerte", "municipalities": "Communes alertées"}, "pickHelp": "Cliquez sur la carte pour choisir le lieu (latitude et longitude ci-dessous).", "place": {"title": "Placer une unité", "unit": "Unité", "help": "Choisissez une unité, puis cliquez sur son emplacement sur la carte (ou saisissez la latitude et la longitude).", "save": "Enregistrer la position", "none": "Aucune unité à placer (les unités libérées ne figurent pas sur la carte)."}},
  "title": "Incidents de crise",
  "intro": "Incidents déclarés par votre organisation ou auxquels elle participe. Chaque changement parvient en direct aux autres organisations.",
  "declare": "Déclarer un incident",
  "none": "Aucun incident",
  "exercise": "EXERCICE",
  "live": "en direct",
  "offline": "reconnexion…",
  "report": "Rapport imprimable",
  "reportPdf": "Télécharger le PDF",
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
    "organisation": "Organisation",
    "status": "Statut",
    "discipline": "Discipline",
    "task": "Tâche",
    "role": "Rôle",
    "dueAt": "Échéance",
    "unitName": "Unité",
    "unitKind": "Type",
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
    "terror-state": "Plan terreur",
    "cordon": "Périmètre"
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
  },
  "participantStatus": "Statut de {{org}}",
  "addParticipant": "Ajouter une organisation",
  "add": "Ajouter",
  "cancel": "Annuler",
  "remove": "Retirer",
  "correctionOf": "correction du n° {{seq}}",
  "correctedBy": "corrigée par {{seqs}}",
  "correct": "Corriger",
  "correcting": "Correction du n° {{seq}} : {{text}}",
  "correctionPlaceholder": "Le texte corrigé…",
  "correctionReason": "Pourquoi l’entrée est corrigée…",
  "addCorrection": "Ajouter la correction",
  "logKindLabel": "Type d’entrée",
  "addTask": "Ajouter une tâche",
  "requestUnit": "Demander une unité",
  "taskStatusOf": "Statut de {{title}}",
  "unitStatusOf": "Statut de {{name}}",
  "position": {"none": "sans position", "edit": "Position…", "save": "Enregistrer la position", "clear": "Retirer de la carte", "both": "Indiquez la latitude et la longitude, ou aucune des deux.", "outsideLat": "Doit se situer en Belgique (latitude {{min}}–{{max}}).", "outsideLon": "Doit se situer en Belgique (longitude {{min}}–{{max}}).", "of": "Position de {{name}}", "hint": "Facultatif : où se trouve l’unité, pour l’afficher sur la carte de l’incident."},
  "terrorShort": {"none": "aucun", "pre-alert": "pré-alerte", "alert": "alerte"},
  "discipline": {"D1": "secours", "D2": "médical et psychosocial", "D3": "police", "D4": "logistique", "D5": "information"},
  "close": {
    "title": "Clôturer l’incident",
    "hint": "La clôture met fin à la réponse : plus d’entrées au journal, de tâches ni d’unités. L’évaluation reste modifiable.",
    "button": "Clôturer l’incident…",
    "confirm": "Clôturer maintenant"
  },
  "links": {
    "assessments": "Évaluations de la menace liées",
    "noAssessments": "Aucune évaluation de la menace liée visible pour vous",
    "assessment": "Évaluation de la menace",
    "addAssessment": "Lier l’évaluation",
    "assessedAt": "évaluée le {{at}}",
    "target": {"subject": "sujet", "country": "pays", "sector": "secteur", "event": "événement", "place": "lieu"},
    "title": "Sujets de renseignement liés",
    "hint": "Vous ne voyez que les sujets que votre organisation peut lire.",
    "none": "Aucun sujet lié visible pour vous",
    "level": "niveau de menace {{level}}",
    "remove": "Retirer",
    "subject": "Sujet",
    "add": "Lier le sujet"
  },
  "review": {
    "open": "Évaluation après action",
    "title": "Évaluation après action",
    "intro": "Objectifs et capacités qu’ils mettent à l’épreuve, notés P / S / M / U ; points forts ; axes d’amélioration ; et le plan d’amélioration qui alimente les protocoles.",
    "none": "Aucune évaluation n’a encore été rédigée pour cet incident.",
    "start": "Commencer l’évaluation",
    "edit": "Modifier",
    "complete": "Terminer l’évaluation",
    "completedAt": "terminée le {{at}}",
    "status": {
      "draft": "Brouillon",
      "completed": "Terminée"
    },
    "objectives": "Objectifs et capacités",
    "objective": "Objectif",
    "capability": "Capacité",
    "ratingLabel": "Note",
    "rating": {
      "P": "réalisé sans difficulté",
      "S": "réalisé avec quelques difficultés",
      "M": "réalisé avec des difficultés majeures",
      "U": "n’a pas pu être réalisé"
    },
    "addObjective": "Ajouter un objectif",
    "strengths": "Points forts",
    "strength": "Point fort",
    "addStrength": "Ajouter un point fort",
    "improvements": "Axes d’amélioration",
    "observation": "Constat (observation)",
    "analysis": "Analyse",
    "recommendation": "Enseignement (recommandation)",
    "addImprovement": "Ajouter un axe d’amélioration",
    "save": "Enregistrer l’évaluation",
    "noneYet": "Aucun pour l’instant",
    "plan": "Plan d’amélioration",
    "planHint": "Actions correctives avec une organisation et un rôle responsables. Une action liée à un modèle de protocole est close lorsque la version révisée du modèle est publiée.",
    "addAction": "Ajouter une action corrective",
    "noActions": "Aucune action corrective pour l’instant",
    "owner": "Responsable",
    "due": "échéance {{date}}",
    "closedByVersion": "Close par la version {{version}} de « {{title}} » ({{at}})",
    "closesWith": "Sera close lors de la révision de « {{title}} » (version actuelle {{version}})",
    "overdue": "En retard",
    "actionStatus": {
      "open": "Ouverte",
      "in-progress": "En cours",
      "closed": "Close"
    },
    "statusOf": "Statut de l’action",
    "revise": "Réviser le modèle…",
    "actionDescription": "Action corrective",
    "ownerOrg": "Organisation responsable",
    "ownerRole": "Rôle responsable",
    "dueDate": "Échéance",
    "template": "Modèle de protocole modifié",
    "noTemplate": "Aucun"
  },
  "revise": {
    "published": "Version {{version}} publiée ; {{closed}} action(s) corrective(s) close(s).",
    "title": "{{title}} : version {{version}}",
    "hint": "La publication de la nouvelle version clôt toutes les actions correctives ouvertes liées à ce modèle.",
    "dueMinutes": "Délai (minutes)",
    "changeNote": "Ce que cette version change",
    "publish": "Publier la version révisée"
  },
  "timeline": {
    "open": "Chronologie",
    "title": "Chronologie",
    "none": "Rien à afficher",
    "notInvolved": "non impliquée",
    "offMap": "retirée de la carte",
    "ticked": "cochée",
    "unticked": "décochée",
    "correction": "correction d’une entrée antérieure",
    "category": {
      "links": "Liens",
      "phase": "Phase et plan terrorisme",
      "organisations": "Organisations",
      "log": "Journal",
      "tasks": "Tâches",
      "units": "Unités",
      "sitreps": "Rapports de situation",
      "review": "Évaluation",
      "alerts": "Alertes publiques",
      "cordons": "Périmètres",
      "other": "Autre"
    },
    "kind": {
      "assessment": {"linked": "Évaluation de la menace liée", "unlinked": "Lien vers une évaluation de la menace retiré"},
      "incident": {
        "declared": "Incident déclaré : {{title}}",
        "phase": "Phase : {{from}} → {{to}}",
        "terror-state": "Plan terrorisme : {{from}} → {{to}}",
        "closed": "Incident clôturé"
      },
      "participant": {
        "changed": "{{org}} : {{from}} → {{to}}"
      },
      "subject": {
        "linked": "Sujet de renseignement lié",
        "unlinked": "Lien vers un sujet de renseignement retiré"
      },
      "log": {
        "appended": "{{kind}} n° {{seq}} : {{text}}",
        "flagged": "Entrée du journal signalée importante",
        "confirmed": "Événement important confirmé : n° {{seq}} {{text}}"
      },
      "sitrep": {
        "created": "Rapport de situation {{number}} rédigé",
        "approved": "Rapport de situation {{number}} approuvé"
      },
      "protocol": {
        "activated": "Protocole activé : {{title}} (version {{version}}), {{tasks}} tâches"
      },
      "task": {
        "created": "Tâche ajoutée ({{discipline}}) : {{title}}",
        "updated": "Tâche ({{discipline}}) {{title}} : {{from}} → {{to}}",
        "checklist": "{{title}} : « {{item}} » {{done}}"
      },
      "unit": {
        "requested": "Unité demandée ({{discipline}}) : {{name}}",
        "updated": "Unité {{name}} : {{from}} → {{to}}",
        "placed": "Unité {{name}} : position {{where}}"
      },
      "review": {
        "saved": "Évaluation enregistrée",
        "completed": "Évaluation terminée"
      },
      "action": {
        "created": "Action corrective ajoutée (échéance {{dueDate}})",
        "updated": "Action corrective : {{from}} → {{to}}",
        "closed": "Action corrective close par la version {{version}} du protocole"
      },
      "cordon": {"created": "Périmètre établi ({{kind}}) : {{label}}", "lifted": "Périmètre levé ({{kind}}) : {{label}}"},
      "alert": {
        "drafted": "Alerte publique rédigée",
        "submitted": "Alerte publique soumise pour approbation",
        "approved": "Alerte publique approuvée",
        "published": "Alerte publique publiée"
      }
    }
  }
};
