/** Français: the public-alert screens (CAP 1.2). */
import type { Resources } from '../en.ts';

export const alerts: Resources['alerts'] = {
    nav: 'Alertes publiques', title: 'Alertes publiques', intro: 'Avertissements à la population en messages CAP 1.2 (BE-Alert, panneaux d’information) : rédigés, approuvés par une deuxième personne de l’autorité émettrice, puis publiés et signés.',
    newAlert: 'Nouvelle alerte', none: 'Aucune alerte', noneHelp: 'Rien dans cette liste pour l’instant.', feed: 'Flux public',
    exercise: 'EXERCICE', exerciseHelp: 'Message d’exercice : statut CAP Exercise ; aucune action de la population.',
    state: { all: 'Toutes', draft: 'Projet', awaiting_approval: 'En attente d’approbation', approved: 'Approuvée', published: 'Publiée', cancelled: 'Annulée' },
    superseded: 'remplacée par un message ultérieur',
    col: { headline: 'Titre', type: 'Type', state: 'État', incident: 'Incident', changed: 'Modifiée', organisation: 'Émetteur' },
    msgType: { Alert: 'Alerte', Update: 'Mise à jour', Cancel: 'Annulation' },
    status: { Actual: 'Réelle', Exercise: 'Exercice' },
    field: {
      status: 'Statut', category: 'Catégorie', responseType: 'Réaction', urgency: 'Urgence', severity: 'Gravité', certainty: 'Certitude', onset: 'Début', expires: 'Expire',
      web: 'Page web', contact: 'Contact', event: 'Événement', headline: 'Titre', description: 'Description', instruction: 'Consigne', sms: 'Texte SMS / diffusion cellulaire',
      areaDescription: 'Description de la zone', municipalities: 'Communes', polygons: 'Polygones', circles: 'Cercles',
    },
    language: { 'nl-BE': 'Néerlandais', 'fr-BE': 'Français', 'de-DE': 'Allemand', 'en-GB': 'Anglais' },
    sms: { count: '{{units}} / {{limit}} ({{encoding}})', ucs2: 'Hors de l’alphabet GSM : {{chars}} — le texte part en UCS-2 (70 caractères). Remplacez-les pour disposer de 160.', tooLong: 'Trop long pour un SMS' },
    area: {
      title: 'Zone', mode: 'Dessiner', view: 'Voir', polygon: 'Polygone', circle: 'Cercle', municipalities: 'Communes', finish: 'Fermer le polygone', undo: 'Annuler le point', clear: 'Effacer les formes dessinées',
      polygonHelp: 'Cliquez les sommets ; fermez le polygone avec le bouton.', circleHelp: 'Cliquez le centre, puis un point du bord.', municipalitiesHelp: 'Cliquez les communes pour les ajouter ou les retirer, ou choisissez-les dans la liste.',
      noMap: 'La carte ne peut pas être dessinée dans ce navigateur (pas de WebGL) ; choisissez les communes dans la liste.', pick: 'Choisir des communes', radius: '{{km}} km',
      summary: '{{polygons}} polygone(s), {{circles}} cercle(s), {{municipalities}} commune(s)',
    },
    action: {
      save: 'Enregistrer le projet', submit: 'Soumettre à l’approbation', approve: 'Approuver', publish: 'Publier', return: 'Renvoyer au rédacteur', returnReason: 'Pourquoi la renvoyer ?', discard: 'Supprimer le projet',
      update: 'Émettre une mise à jour', cancel: 'Émettre une annulation', viewXml: 'XML CAP', signature: 'Signature', confirmPublish: 'Publier cette alerte maintenant dans le flux public ? Une alerte publiée ne peut plus être modifiée, seulement mise à jour ou annulée.',
    },
    problems: 'À corriger avant l’approbation', noProblems: 'Tous les champs sont prêts pour l’approbation.', returned: 'Renvoyée par l’approbateur : {{reason}}', saved: 'Projet enregistré',
    review: { title: 'Approbation', diff: 'Changements depuis le message précédent', noDiff: 'Pas de message antérieur : c’est une nouvelle alerte.', preview: 'Le message tel qu’il sera publié', secondPerson: 'Une deuxième personne de l’autorité émettrice approuve et publie : vous avez rédigé cette alerte.' },
    meta: { draftedBy: 'Rédigée par', approvedBy: 'Approuvée par', publishedBy: 'Publiée par', identifier: 'Identifiant', references: 'Fait suite à', incident: 'Incident' },
};
